/**
 * Bench stages for the whole `plan tenant.yaml -o <dir>` path, as the CLI runs it: parseTenant of the YAML,
 * buildPlan (every section), the text sections printed (to a sink), then every document and file rendered
 * and written atomically (writePlanDocuments) into a fresh folder under the system's temporary folder.
 * The folders are removed after the size is measured (outside the measurement).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { printPlanText } from "../src/cli/commands/plan.js";
import type { Output } from "../src/cli/output.js";
import { loadTemplates } from "../src/base/template-files.js";
import { parseTenant } from "../src/inventory/load.js";
import { buildPlan } from "../src/plan/build.js";
import { writePlanDocuments } from "../src/report/documents.js";
import type { Lang } from "../src/base/messages/index.js";
import type { BenchInput, BenchStage } from "./bench.js";

/** stdout and stderr of the run: the text is produced as the CLI produces it, then dropped. */
function sinkOutput(): Output {
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  return { out: sink(), err: sink(), color: false };
}

interface Prepared {
  root: string;
}

async function runPlan({ yaml }: BenchInput, prepared: unknown, lang: Lang): Promise<number> {
  const { root } = prepared as Prepared;
  const result = parseTenant(yaml, "bench.yaml");
  if (!result.ok) throw new Error(`generated tenant does not validate: ${result.findings[0]?.message}`);
  const plan = buildPlan(result.tenant, { iac: loadTemplates("iac") }, result.findings);
  printPlanText(sinkOutput(), plan);
  // A fresh folder each run (the CLI's first run into an empty --output); `out` does not exist yet.
  const written = await writePlanDocuments(plan, { output: join(mkdtempSync(join(root, "run-")), "out"), lang });
  return written.files;
}

function stage(lang: Lang, onlySizes?: readonly number[]): BenchStage {
  return {
    name: lang === "en" ? "plan (every section, documents included)" : `plan (every section, documents, ${lang})`,
    ...(onlySizes ? { onlySizes } : {}),
    prepare: async () => ({ root: mkdtempSync(join(tmpdir(), "azs-bench-plan-")) }) satisfies Prepared,
    dispose: async (prepared) => rmSync((prepared as Prepared).root, { recursive: true, force: true }),
    run: (input, prepared) => runPlan(input, prepared, lang),
  };
}

/** English at every size; Japanese once, at 10,000 VMs (its rendering differs only in the catalogue). */
export const planDocumentStages: BenchStage[] = [stage("en"), stage("ja", [10_000])];
