/** `plan` shows the BC/DR section for the bundled examples, as text and as JSON (runs the built CLI). */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { planBcdr } from "../../src/bcdr/index.js";
import { loadTenantFile } from "../../src/inventory/load.js";
import { englishModel } from "../../src/report/localize.js";
import { expandPlanDocument } from "../../src/report/plan-document.js";
import { spawnSync } from "node:child_process";
import { cliPath, runCli } from "../helpers/cli.js";
import { CLI_RUN_MS } from "../helpers/timeouts.js";
import { midsizeExamplePath, smallExamplePath, smallExampleDocument } from "../helpers/tenant-fixtures.js";

const examples = [
  ["small", smallExamplePath],
  ["midsize", midsizeExamplePath],
] as const;

describe.each(examples)("plan %s example: BC/DR section", (_name, file) => {
  it.skipIf(!existsSync(file))("--json carries the same BC/DR plan the planner builds", async () => {
    // The whole plan of the midsize example is over 1 MiB of JSON: more than spawnSync's default buffer.
    const run = spawnSync(process.execPath, [cliPath, "plan", file, "--json"], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      maxBuffer: 256 * 1024 * 1024,
      timeout: CLI_RUN_MS,
    });
    expect(run.status, run.stderr).toBe(0);
    // --json is plan.yaml's document (format 2): expanded, it is the model in English.
    const printed = expandPlanDocument(JSON.parse(run.stdout)) as Record<string, any>;
    const loaded = await loadTenantFile(file);
    if (!loaded.ok) throw new Error("example does not load");
    // The CLI adds nothing and drops nothing: its JSON, expanded, equals the pure planner's output in English.
    expect(printed.bcdr).toEqual(JSON.parse(JSON.stringify(englishModel(planBcdr(loaded.tenant)))));
    expect(printed.bcdr.vms).toHaveLength(printed.inventory.counts.virtualMachines);
    for (const vm of printed.bcdr.vms) expect(vm.reason, vm.name).not.toBe("");
  });

  it.skipIf(!existsSync(file))("text shows methods, bandwidth, the components, the failover order and failback", () => {
    const run = runCli(["plan", file]);
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^BC\/DR plan \(DR site: /m);
    // The step-by-step runbook is in bcdr.md; the terminal gives the order and says where the steps are.
    for (const heading of [
      "Replication bandwidth",
      "Network at the DR site",
      "Failover order",
      "1. Group 1: identity and DNS",
      "Failback",
      "The runbook step by step",
    ]) {
      expect(out, heading).toContain(heading);
    }
    // The midsize example protects VMs with Site Recovery to Azure: its configuration servers are sized per subscription.
    if (_name === "midsize") expect(out).toMatch(/Site Recovery to Azure: subscription .+\n +VMs protected +\d+\n/);
    expect(out).not.toMatch(/\u001b\[/); // NO_COLOR is set by the helper
  });
});

describe("plan with a dependency cycle", () => {
  it("still prints the plan and names the cycle", () => {
    const document = smallExampleDocument();
    document.subscriptions[0].resourceGroups[0].virtualMachines[0].dependsOn = ["sql01"];
    const file = join(mkdtempSync(join(tmpdir(), "azs-bcdr-")), "cycle.yaml");
    writeFileSync(file, yaml.dump(document));
    const run = runCli(["plan", file]);
    expect(run.status).toBe(9); // the cycle is an error finding: the plan is printed but not valid (docs/cli.md)
    expect(run.stdout).toContain("error [bcdr-dependency-cycle] dependency cycle: dc01 → sql01 → dc01");
    expect(readFileSync(file, "utf8")).toContain("sql01");
  });
});
