import { describe, expect, it } from "vitest";
import { planBackup } from "../../src/backup/index.js";
import type { Finding } from "../../src/base/findings.js";
import { linuxVm, makeTenant, windowsVm } from "./fixtures.js";

const codes = (findings: Finding[]) => findings.map((f) => f.code);
const only = (findings: Finding[], code: string) => findings.filter((f) => f.code === code);

describe("backup rules: each triggered by a tenant that makes the mistake", () => {
  it("a clean tenant has no errors or warnings", () => {
    const plan = planBackup(makeTenant());
    expect(plan.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("backup.target-on-stamp: the target is the source stamp itself", () => {
    const plan = planBackup(makeTenant({ target: { kind: "second-stamp", stampName: "ash-test", location: "east-dc" } }));
    const found = only(plan.findings, "backup.target-on-stamp");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    // and through the endpoint: a host under the stamp's domain
    const byEndpoint = planBackup(makeTenant({ target: { kind: "s3-compatible", location: "dc2", endpoint: "https://s3.east.azs.example.com" } }));
    expect(codes(byEndpoint.findings)).toContain("backup.target-on-stamp");
    // a target elsewhere is fine
    expect(codes(planBackup(makeTenant({ target: { kind: "second-stamp", stampName: "ash-other", location: "west" } })).findings)).not.toContain(
      "backup.target-on-stamp",
    );
  });

  it("backup.mabs-only-copy-on-stack: MABS with a target that is not a Recovery Services vault", () => {
    const plan = planBackup(makeTenant({ target: { kind: "smb-share", location: "dc2" } }));
    expect(plan.vms[0]!.method).toBe("mabs-mars");
    const found = only(plan.findings, "backup.mabs-only-copy-on-stack");
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe("error");
    expect(found[0]!.message).toContain("14 days"); // the std tier keeps 14 daily points
  });

  it("backup.retention-exceeds-points: more than 9,999 recovery points", () => {
    // a 24 h window holds both MABS runs (22:00 and 10:00): 5,000 days × 2 runs a day = 10,000 > 9,999
    const plan = planBackup(
      makeTenant({
        tiers: [{ name: "std", rpoHours: 12, rtoHours: 24, retention: { daily: 5000 }, backupWindow: { start: "22:00", durationHours: 24 } }],
      }),
    );
    expect(plan.vms[0]!.recoveryPoints.value).toBe(10000);
    expect(only(plan.findings, "backup.retention-exceeds-points")[0]?.severity).toBe("error");
    const fits = planBackup(
      makeTenant({
        tiers: [{ name: "std", rpoHours: 24, rtoHours: 24, retention: { daily: 5000 }, backupWindow: { start: "22:00", durationHours: 8 } }],
      }),
    );
    expect(codes(fits.findings)).not.toContain("backup.retention-exceeds-points");
  });

  it("backup.vm-agent-missing: MARS is installed by extension but the VM has no VM agent", () => {
    const plan = planBackup(makeTenant({ vms: [windowsVm("wg", { domainJoined: false, vmAgent: false })] }));
    expect(plan.vms[0]!.method).toBe("mars");
    expect(only(plan.findings, "backup.vm-agent-missing")).toHaveLength(1);
    // MABS pushes its agent: no finding for a domain member without the VM agent
    expect(codes(planBackup(makeTenant({ vms: [windowsVm("dm", { vmAgent: false })] })).findings)).not.toContain("backup.vm-agent-missing");
  });

  it("backup.method-unsupported-os: a Linux VM assigned MABS or MARS, MARS on Server Core", () => {
    const plan = planBackup(makeTenant({ vms: [linuxVm("l1", { backup: { method: "mabs-mars" } }), linuxVm("l2", { backup: { method: "mars" } })] }));
    expect(plan.vms.map((v) => v.method)).toEqual(["mabs-mars", "mars"]);
    expect(only(plan.findings, "backup.method-unsupported-os").map((f) => f.severity)).toEqual(["error", "error"]);
    const core = planBackup(
      makeTenant({
        vms: [windowsVm("core", { serverCore: true, osVersion: "Windows Server 2019 Datacenter Server Core", backup: { method: "mars" } })],
      }),
    );
    expect(only(core.findings, "backup.method-unsupported-os")[0]!.message).toContain("Server Core");
  });

  it("backup.volume-too-large: a disk over the product's volume limit", () => {
    // 60,000 GiB = 64,424.5 GB > MARS's 54,400 GB (the schema alone accepts the size)
    const big = planBackup(makeTenant({ vms: [windowsVm("big", { disks: [{ name: "os", role: "os", sizeGiB: 60000, usedGiB: 100 }] })] }));
    expect(only(big.findings, "backup.volume-too-large")).toHaveLength(1);
    // Windows Server 2008 R2: 1,700 GB; 1,600 GiB = 1,718 GB is over
    const old = planBackup(
      makeTenant({
        vms: [
          windowsVm("old", {
            osVersion: "Windows Server 2008 R2 Datacenter",
            disks: [{ name: "os", role: "os", sizeGiB: 1600, usedGiB: 100 }],
          }),
        ],
      }),
    );
    expect(only(old.findings, "backup.volume-too-large")[0]!.message).toContain("1,700 GB");
    // 1,023 GiB on 2019 is fine
    expect(codes(planBackup(makeTenant()).findings)).not.toContain("backup.volume-too-large");
  });

  it("backup.wan-insufficient: the link cannot carry the daily change inside the window", () => {
    // 140 GiB used at 5 % × 1.3 = 9.1 GiB a day, × 0.5 = 4.55 GiB; at 1 Mbit/s × 0.8 = 0.1 MB/s that is
    // 4.55 × 1,073.74 ÷ 0.1 ÷ 60 ≈ 814 min, more than the 480-minute window
    const plan = planBackup(makeTenant({ target: { wanBandwidthMbps: 1 } }));
    const found = only(plan.findings, "backup.wan-insufficient");
    expect(found).toHaveLength(1);
    expect(found[0]!.path).toEqual(["protection", "tiers", 0, "backupWindow"]);
    expect(plan.transfer.windows[0]!.demandMinutes.value).toBeCloseTo((4.55 * 1073.741824) / 0.1 / 60, 6);
    expect(plan.transfer.windows[0]!.feasible).toBe(false);
  });

  it("backup.window-overrun: each window alone fits, together on one link they do not", () => {
    // Two tiers, same 60-minute window; each VM's run needs 40 minutes of the whole link.
    // Run size: 40 min × 60 s × 0.1 MB/s = 240 MB = 0.2235 GiB → daily change raw 0.447 GiB at C = 0.5
    const sizeForRun = (40 * 60 * 0.1) / 1073.741824 / 0.5 / 1.3; // raw daily change before growth
    const disks = [{ name: "os", role: "os" as const, sizeGiB: 127, usedGiB: sizeForRun * 20, changeRatePercent: 5 }];
    const tiers = [
      { name: "a", rpoHours: 24, rtoHours: 72, retention: { daily: 7 }, backupWindow: { start: "00:00", durationHours: 1 } },
      { name: "b", rpoHours: 24, rtoHours: 72, retention: { daily: 7 }, backupWindow: { start: "00:00", durationHours: 1 } },
    ];
    const plan = planBackup(
      makeTenant({
        target: { wanBandwidthMbps: 1 },
        tiers,
        protection: { defaultTier: "a" },
        vms: [windowsVm("va", { tier: "a", disks }), windowsVm("vb", { tier: "b", disks: disks.map((d) => ({ ...d, name: "os-b" })) })],
      }),
    );
    expect(plan.transfer.windows.map((w) => Math.round(w.demandMinutes.value))).toEqual([40, 40]);
    expect(codes(plan.findings)).not.toContain("backup.wan-insufficient");
    expect(only(plan.findings, "backup.window-overrun")).toHaveLength(2);
    // fluid sharing: both runs end at 80 minutes, 20 after the window closes
    expect(plan.vms.map((v) => Math.round(v.schedule!.durationMinutes))).toEqual([80, 80]);
    expect(plan.vms.every((v) => v.schedule!.withinWindow === false)).toBe(true);
  });

  it("backup.rpo-below-product: a 4 h RPO on MARS (3 a day) and MABS (2 a day)", () => {
    const tiers = [{ name: "std", rpoHours: 4, rtoHours: 24, retention: { daily: 7 }, backupWindow: { start: "22:00", durationHours: 24 } }];
    // a plain Windows VM gets MARS (3 a day beats MABS's 2); SQL Server needs MABS for application-aware backup
    const plan = planBackup(makeTenant({ tiers, vms: [windowsVm("plain"), windowsVm("sql", { roles: ["sql-server"] })] }));
    expect(plan.vms.map((v) => [v.method, v.runsPerDay.value])).toEqual([
      ["mars", 3],
      ["mabs-mars", 2],
    ]);
    // copies complete 24 ÷ runs apart, give or take the difference between the runs' durations on the shared link
    plan.vms.forEach((v, i) => {
      const spacing = [8, 12][i]!;
      const longest = Math.max(...v.runs.map((r) => r.durationMinutes)) / 60;
      expect(v.achievedRpoHours!.value).toBeGreaterThanOrEqual(spacing - longest);
      expect(v.achievedRpoHours!.value).toBeLessThanOrEqual(spacing + longest);
      expect(v.achievedRpoHours!.value).toBeGreaterThan(4); // either way the 4 h tier is missed
    });
    expect(only(plan.findings, "backup.rpo-below-product")).toHaveLength(2);
    // the three MARS runs are spread 8 h apart from the window start
    expect(plan.vms[0]!.runStartsMinuteOfDay).toEqual([1320, 360, 840]);
  });

  it("backup.rto-not-met: a restore slower than the tier's RTO", () => {
    const tiers = [{ name: "std", rpoHours: 24, rtoHours: 1, retention: { daily: 7 }, backupWindow: { start: "22:00", durationHours: 8 } }];
    // 140 GiB at 20 MB/s ≈ 2.09 h + 0.5 h > 1 h
    const plan = planBackup(makeTenant({ tiers }));
    expect(only(plan.findings, "backup.rto-not-met")).toHaveLength(1);
  });

  it("backup.offline-seeding: initial fulls slower than the threshold", () => {
    // MABS/MARS seed raw (no source says they reduce before the link): 140 GiB used at 0.1 MB/s ≈ 417 h ≈ 17.4 days > 3 days
    const plan = planBackup(makeTenant({ target: { wanBandwidthMbps: 1 } }));
    expect(plan.transfer.offlineSeedingRecommended).toBe(true);
    expect(plan.vms[0]!.seedingHours.value).toBeCloseTo((140 * 1073.741824) / 0.1 / 3600, 6);
    expect(plan.vms[0]!.offlineSeeding).toBe(true);
    expect(only(plan.findings, "backup.offline-seeding")).toHaveLength(1);
    expect(planBackup(makeTenant()).transfer.offlineSeedingRecommended).toBe(false);
  });

  it("gaps are reported, never hidden: unprotected VMs and resources", () => {
    const plan = planBackup(
      makeTenant({
        protection: { defaultTier: undefined },
        vms: [windowsVm("tiered", { tier: "std" }), windowsVm("loose")],
        group: {
          otherResources: [{ id: "/subscriptions/x/resourceGroups/rg-a/providers/Microsoft.Sql/servers/db", name: "db", type: "Microsoft.Sql/servers" }],
        },
      }),
    );
    expect(plan.vms.map((v) => [v.qualifiedName, v.method, v.protected])).toEqual([
      ["rg-a/tiered", "mabs-mars", true],
      ["rg-a/loose", "none", false],
    ]);
    expect(only(plan.findings, "backup.unprotected-vm")).toHaveLength(1);
    const other = plan.resources.find((r) => r.kind === "other-resource")!;
    expect(other.method).toBe("none");
    expect(only(plan.findings, "backup.unprotected-resource")[0]!.message).toContain("Microsoft.Sql/servers");
  });

  it("backup.unknown-method: a backup.method the catalogue does not know", () => {
    const plan = planBackup(makeTenant({ vms: [windowsVm("x", { backup: { method: "tape-robot" } })] }));
    expect(only(plan.findings, "backup.unknown-method")[0]!.severity).toBe("error");
    expect(plan.vms[0]!.method).toBe("mabs-mars"); // falls back to the automatic choice
  });

  it("backup.method-target-mismatch: a generic agent cannot write to a Recovery Services vault", () => {
    const plan = planBackup(makeTenant({ protection: { productFamily: "generic" } }));
    expect(plan.vms[0]!.method).toBe("generic-agent");
    expect(only(plan.findings, "backup.method-target-mismatch")[0]!.severity).toBe("error");
  });

  it("backup.table-storage-not-copied: AzCopy v10 leaves table data behind", () => {
    const plan = planBackup(makeTenant({ group: { storageAccounts: [{ name: "sta", usedGiB: { blob: 10, table: 3 } }] } }));
    expect(only(plan.findings, "backup.table-storage-not-copied")).toHaveLength(1);
    expect(plan.resources[0]!.method).toBe("blob-copy");
  });
});
