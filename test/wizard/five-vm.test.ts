/** The five-VM tenant of issue 19 through the fake prompter: presets, bulk entry and tier presets keep it short. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { countFindings } from "../../src/plan/findings.js";
import { loadTenantFile } from "../../src/inventory/load.js";
import { tenantFindings } from "../../src/plan/check.js";
import { loadAnswersFile } from "../../src/wizard/files.js";
import { dumpAnswers, runWizard } from "../../src/wizard/run.js";
import { PLANNER_CHECK, PLAN_TEMPLATES } from "../helpers/templates.js";
import { FakePrompter } from "./fake-prompter.js";
import { fiveVmSteps } from "./scripts.js";

describe("the five-VM tenant", () => {
  it("is recorded in at most 40 answered prompts and plans without an error", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "wizard-five-")), "tenant.yaml");
    const prompter = new FakePrompter(fiveVmSteps);
    const lines: string[] = [];
    const result = await runWizard({
      file,
      prompter,
      timeZone: "Asia/Tokyo",
      plannerCheck: PLANNER_CHECK,
      print: (l) => lines.push(l),
      warn: (l) => lines.push(l),
    });
    expect(prompter.remaining).toEqual([]);
    expect(prompter.asked.length).toBeLessThanOrEqual(40);
    const vms = result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines;
    expect(vms.map((v) => [v.name, v.size, v.tier, v.roles, v.disks.length])).toEqual([
      ["dc01", "Standard_DS2_v2", "gold", ["active-directory", "dns"], 1],
      ["sql01", "Standard_DS4_v2", "gold", ["sql-server"], 2],
      ["web01", "Standard_DS2_v2", "silver", ["web"], 1],
      ["web02", "Standard_DS2_v2", "silver", ["web"], 1],
      ["web03", "Standard_DS2_v2", "silver", ["web"], 1],
    ]);
    expect(vms.slice(2).map((v) => v.nics[0]?.loadBalancerBackendPools)).toEqual([["lb-web/backend"], ["lb-web/backend"], ["lb-web/backend"]]);
    expect(result.tenant.protection.timeZone).toBe("Asia/Tokyo");
    expect(result.tenant.protection.drSite?.kind).toBe("azure-region");
    // Validates, and plans with no error, as `plan` finds it on the saved file.
    const saved = await loadTenantFile(file);
    expect(saved.ok).toBe(true);
    const counts = countFindings(saved.ok ? tenantFindings(saved.tenant, PLAN_TEMPLATES, saved.findings) : saved.findings);
    expect(counts.error).toBe(0);
    expect(prompter.notes.some((n) => n.includes("VM 3 of 5"))).toBe(true);
  });
});

describe("--dump-answers", () => {
  it("writes the answers of an existing tenant, which replay from nothing to the same file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wizard-dump-"));
    const file = join(dir, "tenant.yaml");
    await runWizard({ file, prompter: new FakePrompter(fiveVmSteps), timeZone: "Asia/Tokyo", plannerCheck: PLANNER_CHECK, print: () => {}, warn: () => {} });
    const count = await dumpAnswers(file, join(dir, "answers.yaml"));
    expect(count).toBeGreaterThan(40);
    const answers = await loadAnswersFile(join(dir, "answers.yaml"));
    expect(answers["vm[sql01].disk[1].sizeGiB"]).toBe(512);
    expect(answers["protection.timeZone"]).toBe("Asia/Tokyo");
    const warnings: string[] = [];
    await runWizard({ file: join(dir, "replayed.yaml"), answers, plannerCheck: PLANNER_CHECK, print: () => {}, warn: (l) => warnings.push(l) });
    expect(readFileSync(join(dir, "replayed.yaml"), "utf8")).toBe(readFileSync(file, "utf8"));
    expect(warnings).toEqual([]);
  });
});
