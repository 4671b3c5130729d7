/**
 * The dependency rules of .dependency-cruiser.cjs can fail: a copy of src/ with forbidden imports injected
 * makes the checker exit non-zero and name each broken rule, while the repository's own src/ passes.
 * Both runs use the real dependency-cruiser with the repository's configuration.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const depcruise = join(repo, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

function cruise(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [depcruise, "src", "--config", ".dependency-cruiser.cjs", "--output-type", "err"], {
    cwd,
    encoding: "utf8",
    timeout: 170_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Each injected import, the rule it must break, and the edge the checker must report. */
const INJECTED: ReadonlyArray<{ file: string; line: string; rule: string; edge: string }> = [
  {
    file: "src/backup/formulas.ts",
    line: 'import "../cli/exit-codes.js";',
    rule: "core-not-shell",
    edge: "src/backup/formulas.ts → src/cli/exit-codes.ts",
  },
  {
    file: "src/discovery/drift.ts",
    line: 'import "../report/escape.js";',
    rule: "core-not-shell",
    edge: "src/discovery/drift.ts → src/report/escape.ts",
  },
  {
    file: "src/wizard/review.ts",
    line: 'import "../discovery/merge.js";',
    rule: "core-wizard-peers",
    edge: "src/wizard/review.ts → src/discovery/merge.ts",
  },
  {
    file: "src/base/text.ts",
    line: 'import "../stamp/api-profile.js";',
    rule: "base-imports-no-room",
    edge: "src/base/text.ts → src/stamp/api-profile.ts",
  },
  {
    file: "src/stamp/api-profile.ts",
    line: 'import "../inventory/vm-sizes.js";',
    rule: "stamp-only-base",
    edge: "src/stamp/api-profile.ts → src/inventory/vm-sizes.ts",
  },
  {
    file: "src/inventory/summary.ts",
    line: 'import "../backup/formulas.js";',
    rule: "inventory-only-base-stamp",
    edge: "src/inventory/summary.ts → src/backup/formulas.ts",
  },
  {
    file: "src/plan/build.ts",
    line: 'import "../report/escape.js";',
    rule: "plan-not-shell",
    edge: "src/plan/build.ts → src/report/escape.ts",
  },
  {
    file: "src/report/paths.ts",
    line: 'import "../cli/output.js";',
    rule: "report-not-cli",
    edge: "src/report/paths.ts → src/cli/output.ts",
  },
  {
    file: "src/iac/index.ts",
    line: 'import { loadTemplates } from "../base/template-files.js";\nvoid loadTemplates;',
    rule: "templates-loaded-at-the-edge",
    edge: "src/iac/index.ts → src/base/template-files.ts",
  },
  {
    file: "src/simulate/index.ts",
    line: 'import "../../test/support/fixture.js";',
    rule: "product-not-test-code",
    edge: "src/simulate/index.ts → test/support/fixture.ts",
  },
  // node_modules is a link to the repository's, so the checker names the package by its real path.
  {
    file: "src/bcdr/graph.ts",
    line: 'import "fast-check";',
    rule: "product-not-dev-dependency",
    edge: "src/bcdr/graph.ts → *node_modules/fast-check/",
  },
  {
    file: "src/synthetic/generate.ts",
    line: 'import "./no-such-module.js";',
    rule: "no-unresolvable",
    edge: "src/synthetic/generate.ts → ./no-such-module.js",
  },
];

describe("dependency rules", () => {
  const work = mkdtempSync(join(tmpdir(), "azs-deps-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("pass on the repository's own src/", () => {
    const { status, output } = cruise(repo);
    expect(output).toContain("no dependency violations found");
    expect(status).toBe(0);
  });

  it("fail on forbidden imports, naming each rule and edge", () => {
    cpSync(join(repo, "src"), join(work, "src"), { recursive: true });
    for (const file of [".dependency-cruiser.cjs", "tsconfig.json", "package.json"]) cpSync(join(repo, file), join(work, file));
    symlinkSync(join(repo, "node_modules"), join(work, "node_modules"), "dir");
    mkdirSync(join(work, "test/support"), { recursive: true });
    writeFileSync(join(work, "test/support/fixture.ts"), "export const fixture = 1;\n");
    for (const { file, line } of INJECTED) appendFileSync(join(work, file), `\n${line}\n`);
    // Two modules of one room that import each other: a cycle.
    writeFileSync(join(work, "src/bcdr/cycle-a.ts"), 'import { b } from "./cycle-b.js";\nexport const a = () => b;\n');
    writeFileSync(join(work, "src/bcdr/cycle-b.ts"), 'import { a } from "./cycle-a.js";\nexport const b = () => a;\n');

    const { status, output } = cruise(work);
    expect(status).not.toBe(0);
    for (const { rule, edge } of INJECTED) expect(output).toMatch(edgePattern(rule, edge));
    expect(output).toMatch(/error no-circular: src\/bcdr\/cycle-[ab]\.ts → /);
  });
});

/** `error <rule>: <edge>` on one line; a `*` in the edge stands for any text. */
function edgePattern(rule: string, edge: string): RegExp {
  const escaped = edge.split("*").map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`error ${rule}: ${escaped.join(".*")}`);
}
