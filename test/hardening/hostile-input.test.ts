import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTenantFile, MAX_INPUT_BYTES, parseTenant } from "../../src/inventory/load.js";
import { buildPlan } from "../../src/plan/build.js";
import { runCli } from "../helpers/cli.js";
import { buildCorpus } from "./corpus.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

const corpus = buildCorpus();
const stackTrace = /\n\s+at .+:\d+:\d+\)?/;

describe("hostile tenant.yaml corpus", () => {
  it("holds at least 200 cases", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    expect(new Set(corpus.map((c) => c.name)).size).toBe(corpus.length);
  });

  it("every case ends in clear errors or a valid plan, never an exception", () => {
    const outcomes = { invalid: 0, planned: 0 };
    for (const { name, text } of corpus) {
      let result: ReturnType<typeof parseTenant>;
      try {
        result = parseTenant(text, `${name}.yaml`);
      } catch (error) {
        throw new Error(`${name}: the loader threw ${String(error)}`);
      }
      if (result.ok) {
        try {
          JSON.stringify(buildPlan(result.tenant, PLAN_TEMPLATES, result.findings));
        } catch (error) {
          throw new Error(`${name}: planning a valid tenant threw ${(error as Error).stack}`);
        }
        outcomes.planned += 1;
      } else {
        const errors = result.findings.filter((f) => f.severity === "error");
        expect(errors.length, name).toBeGreaterThan(0);
        for (const f of errors) {
          expect(f.message.length, `${name}: empty message`).toBeGreaterThan(0);
          expect(f.file, name).toBe(`${name}.yaml`);
        }
        outcomes.invalid += 1;
      }
    }
    // Both outcomes occur: the corpus tests acceptance of odd but valid names as well as rejection.
    expect(outcomes.invalid).toBeGreaterThan(100);
    expect(outcomes.planned).toBeGreaterThan(20);
    // Plans every valid case in full (one holds 2,000 VMs): a few seconds alone, far more on a shared 2-core machine.
  }, 300_000);

  it("a file over the size limit is refused before it is read", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "azs-big-")), "huge.yaml");
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, "a"));
    await expect(loadTenantFile(file)).rejects.toThrow(`larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit`);
    const run = runCli(["validate", file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MiB limit for a tenant file/);
  });

  it("the CLI answers one case of each kind with exit 1 or 0 and no stack trace", () => {
    const scratch = mkdtempSync(join(tmpdir(), "azs-hostile-"));
    const sample = [
      "alias-bomb-10",
      "alias-cycle",
      "deep-flow",
      "random-binary",
      "two-documents",
      "hostile-name-0",
      "hostile-name-16",
      "wrong-nan@protection.target.wanBandwidthMbps",
      "js-function-tag",
      "truncated@",
    ];
    for (const prefix of sample) {
      const c = corpus.find((x) => x.name.startsWith(prefix))!;
      const file = join(scratch, "case.yaml");
      writeFileSync(file, c.text);
      for (const command of ["validate", "plan"]) {
        const run = runCli([command, file]);
        expect([0, 1], `${command} ${c.name}: ${run.stderr}`).toContain(run.status);
        expect(run.stderr, c.name).not.toMatch(stackTrace);
        expect(run.stderr, c.name).not.toContain("internal error");
      }
    }
  });
});
