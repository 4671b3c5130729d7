import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planBackup } from "../../src/backup/index.js";
import { parseTenant } from "../../src/inventory/load.js";
import { buildPlan, type Plan } from "../../src/plan/build.js";
import { planText } from "../../src/report/terminal.js";
import { clock } from "../../src/base/units.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { linuxVm, makeTenant, windowsVm } from "./fixtures.js";

describe("plan text: backup section", () => {
  it("prints methods, schedule, windows, network rules and findings from the model", () => {
    const tenant = makeTenant({
      vms: [windowsVm("sql", { roles: ["sql-server"] }), linuxVm("app"), windowsVm("loose", { tier: undefined })],
      protection: { defaultTier: undefined },
      target: { wanBandwidthMbps: 1 },
    });
    const printed = planText(buildPlan(tenant, PLAN_TEMPLATES), { lang: "en" });
    expect(printed).toMatch(/Backup product family +microsoft\n/);
    expect(printed).toMatch(/rg-a\/sql +— +none/); // no tier: listed, not hidden
    // The only rule Azure VM Backup needs, in the contrast beside the plan's own rules.
    expect(printed).toContain("outbound TCP 80 and 32526 to 168.63.129.16");
    expect(printed).toMatch(new RegExp(`Network rules the plan needs: ${planBackup(tenant).networkRules.length}\n`));
    expect(printed).toContain("[backup.unprotected-vm]");
    expect(printed).not.toContain("\u001b["); // no colour codes when colour is off
  });

  it("formats minutes of the day as a clock", () => {
    expect(clock(0)).toBe("00:00");
    expect(clock(1330)).toBe("22:10");
    expect(clock(1440 + 75)).toBe("01:15");
  });
});

const dist = new URL("../../dist/", import.meta.url);
const cli = new URL("src/cli/main.js", dist);
const gen = new URL("scripts/gen-tenant.js", dist);

describe("built CLI and scripts (need `npm run build`, which `npm test` runs first)", () => {
  it("plan --json carries the backup section of the small example", () => {
    const out = execFileSync(process.execPath, [cli.pathname, "plan", "--json", "examples/small/tenant.yaml"], {
      cwd: new URL("../..", import.meta.url).pathname,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    }).toString();
    const plan = JSON.parse(out) as Plan;
    expect(plan.backup.vms.map((v) => v.qualifiedName)).toContain("rg-data/sql01");
    expect(plan.backup.transfer.makespanRatio).toBe(1);
  });

  it.skipIf(!existsSync(gen))("gen-tenant writes a valid tenant to a file and to stdout, and rejects bad arguments", () => {
    const folder = mkdtempSync(join(tmpdir(), "gen-"));
    try {
      const file = join(folder, "t.yaml");
      const run = spawnSync(process.execPath, [gen.pathname, "--vms", "25", "--seed", "3", "-o", file]);
      expect(run.status).toBe(0);
      const written = readFileSync(file, "utf8");
      expect(parseTenant(written).ok).toBe(true);
      const stdout = spawnSync(process.execPath, [gen.pathname, "--vms", "25", "--seed", "3"]);
      expect(stdout.stdout.toString()).toBe(written);
      const bad = spawnSync(process.execPath, [gen.pathname, "--vms", "many"]);
      expect(bad.status).toBe(2);
      expect(bad.stderr.toString()).toContain("--vms must be a whole number");
      expect(bad.stderr.toString()).not.toMatch(/at .*\.js:\d+/); // no stack trace
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
