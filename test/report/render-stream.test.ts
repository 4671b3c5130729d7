/**
 * Streaming changed nothing: the plan folder written file by file (each rendered only when the writer reaches it,
 * plan.yaml dumped one top-level key at a time) holds exactly the files rendered whole, and plan.yaml is exactly
 * the dump of the whole model in one call, as it was written before the writer streamed.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Formatter } from "../../src/report/format.js";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { buildPlan, type Plan } from "../../src/plan/build.js";
import { writePlanDocuments } from "../../src/report/documents.js";
import { documentModel, planFiles, renderPlan } from "../../src/report/render.js";
import { readPlanFolder } from "../../src/report/write.js";
import { dumpYaml } from "../../src/report/yaml-dump.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { examplePlan, exampleExists, examples } from "./plans.js";

const scratch = mkdtempSync(join(tmpdir(), "azs-stream-"));

function generatedPlan(vms: number): Plan {
  const parsed = parseTenant(serializeTenant(generateTenant({ vms, seed: 20240601 })), "tenant.yaml");
  if (!parsed.ok) throw new Error("the generated tenant does not validate");
  return buildPlan(parsed.tenant, PLAN_TEMPLATES, parsed.findings);
}

/** plan.yaml as it was written before streaming: the header, then the whole English model dumped in one call. */
function wholePlanYaml(plan: Plan): string {
  const fmt = new Formatter("en");
  return `# ${fmt.t("yaml.header", { generator: plan.generatedBy })}\n# ${fmt.t("yaml.formulas")}\n${dumpYaml(documentModel(plan))}`;
}

async function expectStreamedEqualsWhole(plan: Plan, name: string): Promise<void> {
  const whole = renderPlan(plan, { lang: "en" });
  expect(whole.get("plan.yaml"), `${name}: plan.yaml`).toBe(wholePlanYaml(plan));
  const pieces = planFiles(plan, { lang: "en" })
    .find((f) => f.path === "plan.yaml")!
    .render();
  expect(typeof pieces).not.toBe("string");
  const output = join(scratch, name);
  const result = await writePlanDocuments(plan, { output, lang: "en" });
  const written = await readPlanFolder(output);
  expect(result.files).toBe(whole.size);
  expect([...written.keys()]).toEqual([...whole.keys()]);
  for (const [path, content] of whole) expect(written.get(path), `${name}: ${path}`).toBe(content);
}

describe("the plan folder written file by file", () => {
  it.each(examples.filter(exampleExists))("holds exactly the rendered files of the %s example", async (example) => {
    await expectStreamedEqualsWhole(await examplePlan(example), example);
  });

  it("holds exactly the rendered files of a generated 1,000-VM tenant", async () => {
    await expectStreamedEqualsWhole(generatedPlan(1_000), "generated-1000");
  }, 120_000);
});
