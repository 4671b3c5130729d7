import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FORMULAS } from "../../src/backup/formulas.js";
import { estimateRestore, wanCapacityMBps } from "../../src/backup/restore.js";
import {
  gfsStorageGiB,
  mabsDisksAndSize,
  mabsRecoveryPointGiB,
  mabsReplicaGiB,
  recoveryPointCount,
  reduced,
  runsPerDay,
  transferHours,
  vmDailyChangeGiB,
  vmUsedGiB,
} from "../../src/backup/sizing.js";
import { plannerSettings } from "../../src/inventory/defaults.js";
import { virtualMachines } from "../../src/inventory/walk.js";
import { makeTenant, windowsVm, type VmInput } from "./fixtures.js";

const vmWith = (disks: VmInput["disks"], roles?: VmInput["roles"]) =>
  virtualMachines(makeTenant({ vms: [windowsVm("v", { disks, ...(roles ? { roles } : {}) })] }))[0]!.vm;

describe("backup sizing formulas, against hand-worked arithmetic", () => {
  it("backup.size.used: used GiB of the disks not excluded, half the size when unknown", () => {
    const vm = vmWith([
      { name: "os", role: "os", sizeGiB: 127, usedGiB: 40 },
      { name: "d0", role: "data", lun: 0, sizeGiB: 100 }, // no usedGiB: 100 × 0.5 = 50
      { name: "d1", role: "data", lun: 1, sizeGiB: 64, usedGiB: 20, excludeFromBackup: true },
    ]);
    // 40 + 50 = 90 (the excluded 20 GiB does not count)
    expect(vmUsedGiB(vm)).toBe(90);
  });

  it("backup.size.daily-change: Σ used × rate ÷ 100 × growth", () => {
    const vm = vmWith(
      [
        { name: "os", role: "os", sizeGiB: 127, usedGiB: 50, changeRatePercent: 2 },
        { name: "d0", role: "data", lun: 0, sizeGiB: 512, usedGiB: 100 }, // sql-server role: 10 %
      ],
      ["sql-server"],
    );
    // (50 × 2 % + 100 × 10 %) × 1.3 = (1 + 10) × 1.3 = 14.3
    expect(vmDailyChangeGiB(vm, 1.3)).toBeCloseTo(14.3, 10);
  });

  it("backup.size.full / incremental: raw × C", () => {
    // 200 GiB used at C = 0.5 → 100 GiB; 14.3 GiB change at 0.4 → 5.72 GiB
    expect(reduced(200, 0.5)).toBe(100);
    expect(reduced(14.3, 0.4)).toBeCloseTo(5.72, 10);
  });

  it("backup.runs.per-day: ceil(24 ÷ RPO), capped by the product", () => {
    expect(runsPerDay(24, 2)).toEqual({ runs: 1, wanted: 1 });
    expect(runsPerDay(12, 2)).toEqual({ runs: 2, wanted: 2 });
    // RPO 4 h → 24 ÷ 4 = 6 wanted; MARS caps at 3
    expect(runsPerDay(4, 3)).toEqual({ runs: 3, wanted: 6 });
    // RPO 5 h → ceil(4.8) = 5; no cap
    expect(runsPerDay(5, undefined)).toEqual({ runs: 5, wanted: 5 });
    // RPO longer than a day still means one run a day
    expect(runsPerDay(48, 2)).toEqual({ runs: 1, wanted: 1 });
  });

  it("backup.points.count: daily × runs + weekly + monthly + yearly", () => {
    // 14 × 2 + 8 + 12 + 3 = 51
    expect(recoveryPointCount({ daily: 14, weekly: 8, monthly: 12, yearly: 3 }, 2)).toBe(51);
  });

  it("backup.storage.gfs reduces to the RPS formula C × (F × Data + R × D × Data) without GFS points", () => {
    // RPS defaults: Data 1,000 GB, C 50 %, F 1, R 14, D 10 % → 0.5 × (1,000 + 14 × 0.1 × 1,000) = 0.5 × 2,400 = 1,200
    expect(gfsStorageGiB(1000, 0.5, 0.1, { daily: 14 })).toBeCloseTo(1200, 10);
  });

  it("backup.storage.gfs with weekly, monthly and yearly points, each capped at a full", () => {
    // D = 2 %: 1 + 14 × 0.02 + 4 × min(1, 0.14) + 6 × min(1, 0.6) + 1 × min(1, 7.3)
    //        = 1 + 0.28 + 0.56 + 3.6 + 1 = 6.44; × 0.5 × 1,000 = 3,220
    expect(gfsStorageGiB(1000, 0.5, 0.02, { daily: 14, weekly: 4, monthly: 6, yearly: 1 })).toBeCloseTo(3220, 10);
  });

  it("backup.mabs.replica: DPM default allocation", () => {
    expect(mabsReplicaGiB(100, "files")).toBe(150); // 100 × 3 ÷ 2
    expect(mabsReplicaGiB(100, "sql")).toBeCloseTo((100 * 1.06) / 0.85, 10); // 124.7059
    expect(mabsReplicaGiB(100, "exchange")).toBeCloseTo(124.70588235, 6);
    expect(mabsReplicaGiB(100, "sharepoint")).toBeCloseTo(117.64705882, 6); // 100 ÷ 0.85
  });

  it("backup.mabs.recovery-points: DPM default allocation with RR = 5 days and 1,600 MB", () => {
    const mb1600 = 1600 / 1024; // 1.5625 GiB
    expect(mabsRecoveryPointGiB(100, "files", 5)).toBeCloseTo(10 + mb1600, 10); // 100 × 5 × 2 ÷ 100 = 10
    expect(mabsRecoveryPointGiB(100, "sql", 5)).toBeCloseTo(75 + mb1600, 10); // 2.5 × 5 × 0.06 × 100 = 75
    expect(mabsRecoveryPointGiB(100, "exchange", 5)).toBeCloseTo(120 + mb1600, 10); // 4 × 5 × 0.06 × 100 = 120
    expect(mabsRecoveryPointGiB(100, "sharepoint", 5)).toBeCloseTo(75 + mb1600, 10); // 1.5 × 5 × 0.1 × 100 = 75
  });

  it("backup.mabs.disks: 1,023 GiB disks, smallest size with enough slots", () => {
    expect(mabsDisksAndSize(2336)).toEqual({ disks: 3, size: "Standard_A2" }); // ceil(2.28) = 3 ≤ 4
    expect(mabsDisksAndSize(5000)).toEqual({ disks: 5, size: "Standard_A3" }); // ceil(4.89) = 5 ≤ 8
    expect(mabsDisksAndSize(20000)).toEqual({ disks: 20, size: "Standard_DS4_v2" }); // 20 > 16 (A4) → 32 slots
    expect(mabsDisksAndSize(70000)).toEqual({ disks: 69, size: null }); // more than 64 slots: scale out
  });

  it("backup.seeding.vm: GiB × 1,073.741824 ÷ MB/s ÷ 3,600", () => {
    // 100 GiB at 20 MB/s: 107,374.1824 MB ÷ 20 = 5,368.70912 s = 1.49130809 h
    expect(transferHours(100, 20)).toBeCloseTo(1.49130809, 7);
  });

  it("backup.wan.capacity and backup.restore.rto", () => {
    const tenant = makeTenant({
      vms: [
        windowsVm("big", {
          disks: [
            { name: "os", role: "os", sizeGiB: 127, usedGiB: 100 },
            { name: "d0", role: "data", lun: 0, sizeGiB: 512, usedGiB: 200 },
            { name: "tmp", role: "data", lun: 1, sizeGiB: 64, usedGiB: 50, excludeFromBackup: true },
          ],
        }),
      ],
    });
    const settings = plannerSettings(tenant);
    // 200 Mbit/s × 0.8 ÷ 8 = 20 MB/s, below the 100 MB/s restore default
    expect(wanCapacityMBps(tenant, settings)).toBe(20);
    const estimate = estimateRestore(tenant, virtualMachines(tenant)[0]!, settings);
    // 300 GiB × 1,073.741824 ÷ 20 ÷ 3,600 = 4.47392427 h, + 30 min redeploy = 4.97392427 h
    expect(estimate.restoreGiB).toBe(300);
    expect(estimate.throughputMBps).toBe(20);
    expect(estimate.transferHours).toBeCloseTo(4.47392427, 7);
    expect(estimate.redeployHours).toBe(0.5);
    expect(estimate.totalHours).toBeCloseTo(4.97392427, 7);
    expect(estimate.formula).toBe("backup.restore.rto");
  });

  it("restore throughput is the setting when the link is faster", () => {
    const tenant = makeTenant({ target: { wanBandwidthMbps: 10000 } }); // 1,000 MB/s usable
    const estimate = estimateRestore(tenant, virtualMachines(tenant)[0]!, plannerSettings(tenant));
    expect(estimate.throughputMBps).toBe(100);
  });
});

describe("formula registry", () => {
  const docs = new URL("../../docs/formulas.md", import.meta.url);
  it.skipIf(!existsSync(docs))("docs/formulas.md lists every backup formula id", () => {
    const text = readFileSync(docs, "utf8");
    const missing = Object.keys(FORMULAS).filter((id) => !text.includes(`\`${id}\``));
    expect(missing).toEqual([]);
  });

  it("every formula has text and a source", () => {
    for (const [id, f] of Object.entries(FORMULAS)) {
      expect(id).toMatch(/^backup\./);
      expect(f.text.length).toBeGreaterThan(10);
      expect(f.source.length).toBeGreaterThan(3);
    }
  });
});
