/**
 * Issue 14, items 1-3: each case of the issue, with the expected figures worked out by hand here (not read
 * back from the planner), checked in the plan model, the rendered documents and the CLI's exit code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { planExitCode } from "../../src/cli/commands/plan.js";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { buildPlan } from "../../src/plan/build.js";
import { tenantFindings } from "../../src/plan/check.js";
import { countFindings, planFindings } from "../../src/plan/findings.js";
import { renderPlan } from "../../src/report/render.js";
import { checkCandidate } from "../../src/wizard/review.js";
import { makeTenant, windowsVm } from "../backup/fixtures.js";
import { runCli } from "../helpers/cli.js";
import { PLANNER_CHECK, PLAN_TEMPLATES } from "../helpers/templates.js";

const codes = (plan: ReturnType<typeof buildPlan>) => planFindings(plan).map((f) => f.finding.code);
/** The README tier table's row of a tier: its cells, trimmed. */
function tierRow(readme: string, tier: string): string[] {
  const line = readme.split("\n").find((l) => l.startsWith(`| ${tier} |`));
  if (!line) throw new Error(`no row for tier ${tier} in README.md`);
  return line
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());
}

describe("RPO from the off-stack copies, not the tier's target", () => {
  // 4 h RPO → 6 runs wanted; MARS sends at most 3 a day, MABS 2; a 24 h window holds them all.
  const tiers = [{ name: "fast", rpoHours: 4, rtoHours: 24, retention: { daily: 7 }, backupWindow: { start: "22:00", durationHours: 24 } }];
  const tenant = makeTenant({
    tiers,
    protection: { defaultTier: "fast" },
    vms: [windowsVm("plain"), windowsVm("sql", { roles: ["sql-server"] })],
  });
  const plan = buildPlan(tenant, PLAN_TEMPLATES);

  it("MARS (3 a day) gives copies about 8 h apart and MABS online copies (2 a day) about 12 h: a 4 h RPO is not met", () => {
    const [mars, mabs] = plan.verdicts.vms;
    expect(plan.backup.vms.map((v) => v.method)).toEqual(["mars", "mabs-mars"]);
    expect(mars!.rpo.source).toBe("off-stack-backup");
    // 24 ÷ 3 = 8 h and 24 ÷ 2 = 12 h, each give or take the runs' durations on the link (well under an hour here)
    expect(Math.abs(mars!.rpo.hours! - 8)).toBeLessThan(1);
    expect(Math.abs(mabs!.rpo.hours! - 12)).toBeLessThan(1);
    expect([mars!.rpo.met, mabs!.rpo.met]).toEqual([false, false]);
    expect(plan.verdicts.tiers).toMatchObject([{ tier: "fast", vms: 2, rpoHours: 4, rpoMet: false, met: false }]);
  });

  it("the README tier table and bcdr.md say NOT met", () => {
    const files = renderPlan(plan, { lang: "en" });
    const row = tierRow(files.get("README.md")!, "fast");
    expect(row[4]).toBe("NOT met"); // RPO column
    expect(files.get("bcdr.md")!).toMatch(/\| fast \| 2 \| NOT met \|/);
    const model = yaml.load(files.get("plan.yaml")!) as { verdicts: { tiers: Array<{ rpoMet: boolean }> } };
    expect(model.verdicts.tiers[0]!.rpoMet).toBe(false);
  });
});

describe("RTO from the restore off the stack", () => {
  // 40 + 980 = 1,020 GiB used; link 200 Mbit/s × 0.8 ÷ 8 = 20 MB/s (below the 100 MB/s restore setting):
  // 1,020 × 1,073.741824 MB ÷ 20 MB/s ÷ 3,600 = 15.211 h, + 0.5 h redeploy = 15.711 h > 8 h
  const big = windowsVm("big", {
    disks: [
      { name: "big-os", role: "os", sizeGiB: 127, usedGiB: 40 },
      { name: "big-data", role: "data", lun: 0, sizeGiB: 1023, usedGiB: 980 },
    ],
  });
  const tiers = [{ name: "gold", rpoHours: 24, rtoHours: 8, retention: { daily: 7 }, backupWindow: { start: "22:00", durationHours: 8 } }];
  const plan = buildPlan(makeTenant({ tiers, protection: { defaultTier: "gold" }, vms: [big] }), PLAN_TEMPLATES);

  it("a 15.7 h restore against an 8 h RTO is not met, and the RTO cell says so", () => {
    const verdict = plan.verdicts.vms[0]!;
    expect(verdict.rto.hours).toBeCloseTo(15.711, 2);
    expect(verdict.rto.source).toBe("off-stack-backup");
    expect(verdict.rto.met).toBe(false);
    expect(plan.verdicts.tiers[0]).toMatchObject({ rtoMet: false, met: false, unmetVms: ["rg-a/big"] });
    const readme = renderPlan(plan, { lang: "en" }).get("README.md")!;
    expect(tierRow(readme, "gold")[5]).toBe("NOT met");
  });
});

describe("every run inside a window of its tier", () => {
  // Gold: RPO 12 h → 2 runs, 12 h apart from 22:00; the window 22:00 + 8 h closes at 06:00, so the 10:00 run is not placed.
  const tiers = [{ name: "gold", rpoHours: 12, rtoHours: 24, retention: { daily: 7 }, backupWindow: { start: "22:00", durationHours: 8 } }];
  const plan = buildPlan(makeTenant({ tiers, protection: { defaultTier: "gold" }, vms: [windowsVm("sql", { roles: ["sql-server"] })] }), PLAN_TEMPLATES);

  it("one run at 22:00, none at 10:00, and a finding that the window holds 1 of 2", () => {
    const vm = plan.backup.vms[0]!;
    expect(vm.runStartsMinuteOfDay).toEqual([22 * 60]);
    expect(vm.runs.every((r) => r.windowStartMinuteOfDay === 1320 && r.windowEndMinuteOfDay === 1320 + 480)).toBe(true);
    expect(codes(plan)).toContain("backup.window-holds-fewer-runs");
    // one copy a day: 24 h between completed copies, against a 12 h target
    expect(vm.achievedRpoHours!.value).toBe(24);
    expect(plan.verdicts.vms[0]!.rpo).toMatchObject({ hours: 24, met: false });
  });

  it("backup.md lists no run at 10:00 marked as fitting", () => {
    const backupMd = renderPlan(plan, { lang: "en" }).get("backup.md")!;
    expect(backupMd).not.toMatch(/\| 10:00 /);
  });
});

describe("backed up counts only copies that leave the stack; plan validity and exit code", () => {
  // Three SQL Servers on MABS with an SMB share as the target: MABS sends copies off the stack only to a
  // Recovery Services vault, so its local disks on the stamp hold the only copy (backup.mabs-only-copy-on-stack).
  const vms = [windowsVm("a"), windowsVm("b"), windowsVm("c")];
  const sqlVms = vms.map((v) => ({ ...v, roles: ["sql-server" as const] }));
  const tenant = makeTenant({ vms: sqlVms, target: { kind: "smb-share", name: "share", location: "osaka-dc" } });
  const plan = buildPlan(tenant, PLAN_TEMPLATES);

  it("0 of 3 backed up, valid false, exit code 9", () => {
    expect(codes(plan)).toContain("backup.mabs-only-copy-on-stack");
    expect(plan.verdicts.backedUp).toEqual({ vms: 0, of: 3 });
    expect(plan.valid).toBe(false);
    expect(planExitCode(plan)).toBe(ExitCode.planInvalid);
    expect(ExitCode.planInvalid).toBe(9);
    // no off-stack copy, no DR: no RPO or RTO figure, so nothing is met
    expect(plan.verdicts.vms.every((v) => v.rpo.hours === null && !v.met)).toBe(true);
  });

  it("the documents open with the not-valid banner and the headline says 0 of 3", () => {
    const files = renderPlan(plan, { lang: "en" });
    for (const name of ["README.md", "backup.md", "bcdr.md", "gaps.md"]) {
      expect(files.get(name)!.split("\n")[2], name).toMatch(/^> \*\*This plan is not valid/);
    }
    expect(files.get("README.md")!).toContain("| VMs backed up | 0 of 3 |");
    expect(files.get("report.html")!).toContain("data-invalid");
    expect(files.get("plan.yaml")!).toMatch(/^valid: false$/m);
  });

  it("the same tenant with the vault off the stamp: 3 of 3, valid, exit 0, no banner", () => {
    const good = buildPlan(makeTenant({ vms }), PLAN_TEMPLATES);
    expect(good.verdicts.backedUp).toEqual({ vms: 3, of: 3 });
    expect(good.valid).toBe(true);
    expect(planExitCode(good)).toBe(ExitCode.ok);
    expect(renderPlan(good, { lang: "en" }).get("README.md")!).not.toContain("not valid");
  });

  it("a target on the stamp itself: 0 of 3 (the validator refuses such a file; the planner checks it again)", () => {
    const onStamp = buildPlan(makeTenant({ vms, target: { stampName: "ash-test" } }), PLAN_TEMPLATES);
    expect(codes(onStamp)).toContain("backup.target-on-stamp");
    expect(onStamp.verdicts.backedUp).toEqual({ vms: 0, of: 3 });
    expect(onStamp.valid).toBe(false);
  });

  it("validate and the wizard's review count what plan counts", () => {
    const fromPlan = countFindings(planFindings(plan));
    expect(countFindings(tenantFindings(tenant, PLAN_TEMPLATES))).toEqual(fromPlan);
    expect(countFindings(checkCandidate(tenant, "tenant.yaml", PLANNER_CHECK).findings)).toEqual(fromPlan);
  });

  it("the CLI: plan -o writes the documents and exits 9; --json carries valid: false; validate exits 9 with the same counts", () => {
    const dir = mkdtempSync(join(tmpdir(), "azs-verdict-"));
    const file = join(dir, "tenant.yaml");
    writeFileSync(file, yaml.dump(JSON.parse(JSON.stringify(tenant))));
    const run = runCli(["plan", file, "-o", join(dir, "out"), "--json"]);
    expect(run.status, run.stderr).toBe(9);
    expect(JSON.parse(run.stdout).valid).toBe(false);
    expect(readFileSync(join(dir, "out", "README.md"), "utf8")).toContain("This plan is not valid");
    const validate = runCli(["validate", file, "--json"]);
    expect(validate.status).toBe(9);
    const reported = JSON.parse(validate.stdout) as { valid: boolean; findings: Array<{ severity: string }> };
    expect(reported.valid).toBe(false);
    expect(reported.findings.filter((f) => f.severity === "error").length).toBe(countFindings(planFindings(plan)).error);
  });
});
