import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { midsizeExamplePath, smallExamplePath } from "../helpers/tenant-fixtures.js";

describe("azs-backup-planner simulate", () => {
  it("prints both worlds as a table, with totals", () => {
    const r = runCli(["simulate", smallExamplePath, "--days", "7"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Simulation of contoso-tokyo over 7 days \(seed 1\)/);
    expect(r.stdout).toMatch(/Azure VM Backup, as if the VMs ran in public Azure/);
    expect(r.stdout).toMatch(/rg-data\/sql01 +enhanced 12h/);
    expect(r.stdout).toMatch(/Agent-based plan on the stack/);
    expect(r.stdout).toMatch(/WAN link busy [\d.]+ % of the time/);
    expect(r.stdout.match(/^ {2}total /gm)).toHaveLength(2);
  });

  it("prints JSON that is byte-identical for the same seed", () => {
    const a = runCli(["simulate", smallExamplePath, "--days", "5", "--seed", "42", "--json"]);
    const b = runCli(["simulate", smallExamplePath, "--days", "5", "--seed", "42", "--json"]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const json = JSON.parse(a.stdout);
    expect(json).toMatchObject({ tenant: "contoso-tokyo", days: 5, seed: 42, offlineSeed: false });
    expect(json.azure.vms).toHaveLength(7);
    expect(json.agent.totals.jobs).toBeGreaterThan(0);
  });

  it.each([
    [["--days", "0"], /--days must be between 1 and 366/],
    [["--days", "two"], /--days must be a whole number/],
    [["--seed", "-1"], /--seed must be a whole number/],
  ])("rejects %j with a clear message and the usage exit code", (args, message) => {
    const r = runCli(["simulate", smallExamplePath, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it("reports a missing file as invalid input", () => {
    const r = runCli(["simulate", "no-such-tenant.yaml"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
  });

  it.skipIf(!existsSync(midsizeExamplePath))("works on the midsize example", () => {
    const r = runCli(["simulate", midsizeExamplePath, "--days", "30", "--json"]);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.azure.vms.length).toBeGreaterThan(10);
    expect(json.azure.totals.jobs).toBeGreaterThan(json.azure.vms.length * 29);
  });

  it("plan prints the contrast section", () => {
    const r = runCli(["plan", smallExamplePath]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^contoso-tokyo: this plan beside Azure Backup$/m);
    // The forced-tunnelling question, with the count of VMs it applies to (none in the small example).
    expect(r.stdout).toMatch(/\(forced tunnelling\)\. Does backup still work\? +0\n/);
    const json = JSON.parse(runCli(["plan", smallExamplePath, "--json"]).stdout);
    expect(json.contrast.vms).toHaveLength(7);
  });
});
