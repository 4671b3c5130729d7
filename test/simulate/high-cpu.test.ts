/**
 * The >90 % CPU rule: Azure VM Backup queues and delays a snapshot while the VM is above 90 % CPU, and the
 * job fails when the delay outlasts the retries ("high-load-snapshot-timeout", backup-azure-vms-troubleshoot).
 * Expectations are worked out by hand from the retry policy: attempts at 0, 30, 60, 90 and 120 minutes.
 */
import { describe, expect, it } from "vitest";
import { HIGH_LOAD_RETRY, highCpuFailureProbability, policyForTier } from "../../src/azure-backup/vm-model.js";
import { azureVmViews } from "../../src/azure-backup/vm-inventory.js";
import type { AzureVmSpec } from "../../src/azure-backup/vm-inventory.js";
import { simulate } from "../../src/simulate/engine.js";
import { rgData, tenantFrom } from "../helpers/tenant-fixtures.js";

function vm(name: string, overrides: Partial<AzureVmSpec> = {}): AzureVmSpec {
  return {
    name,
    osType: "windows",
    vmAgent: true,
    powerState: "running",
    diskCount: 1,
    provisionedGiB: 128,
    usedGiB: 60,
    dailyChurnGiB: 1,
    peakLoadPercent: 95,
    linuxScripts: "none",
    // Daily at 01:00: every job, its two-hour retries included, ends inside the simulated days.
    policy: policyForTier(24, 60),
    ...overrides,
  };
}

const timeouts = (result: ReturnType<typeof simulate>) => result.azure.vms.reduce((sum, v) => sum + (v.failed["high-load-snapshot-timeout"] ?? 0), 0);

describe("probability that a busy VM's snapshot job fails", () => {
  it("follows the quiet gap of the day", () => {
    expect(HIGH_LOAD_RETRY).toEqual({ retryMinutes: 30, maxRetries: 4 });
    // Busy all day: no attempt can find it quiet.
    expect(highCpuFailureProbability(1440, 30, 4)).toBe(1);
    // Busy 8 h: the job fails when it starts in the first 480 − 120 = 360 minutes of the stretch: 360 / 1440.
    expect(highCpuFailureProbability(480, 30, 4)).toBe(0.25);
    // Busy 2 h or less: the fifth attempt, 120 minutes after the first, is always past the stretch.
    expect(highCpuFailureProbability(120, 30, 4)).toBe(0);
    expect(highCpuFailureProbability(60, 30, 4)).toBe(0);
    // A 15-minute quiet gap is shorter than the 30-minute retry interval: each of the 5 attempts escapes it
    // over 15 minutes of start times, 75 in all: 1 − 75 / 1440.
    expect(highCpuFailureProbability(1425, 30, 4)).toBeCloseTo(1 - 75 / 1440, 12);
  });
});

describe("the simulator turns a VM busy through every retry into failed jobs", () => {
  it("600 daily jobs of a VM at 95 % CPU all day: 600 failures, no recovery point", () => {
    const r = simulate({ days: 600, seed: 7, azure: [vm("rg/hot", { highCpuMinutesPerDay: 1440 })] });
    const v = r.azure.vms[0]!;
    expect(v.jobs).toBe(600);
    expect(v.failed["high-load-snapshot-timeout"]).toBe(600);
    expect(v.recoveryPoints).toBe(0);
  });

  it("600 VMs busy 8 h a day fail about a quarter of their jobs (150 expected, within four standard deviations)", () => {
    const azure = Array.from({ length: 600 }, (_, i) => vm(`rg/vm${i}`, { highCpuMinutesPerDay: 480 }));
    const r = simulate({ days: 1, seed: 11, azure });
    expect(r.azure.totals.jobs).toBe(600);
    // Binomial(600, 0.25): mean 150, standard deviation √(600 × 0.25 × 0.75) ≈ 10.6.
    const failed = timeouts(r);
    expect(failed).toBeGreaterThan(150 - 43);
    expect(failed).toBeLessThan(150 + 43);
  });

  it("a VM busy 2 h a day or less never fails on load, though its snapshots are delayed", () => {
    const azure = Array.from({ length: 200 }, (_, i) => vm(`rg/vm${i}`, { highCpuMinutesPerDay: 120 }));
    const r = simulate({ days: 1, seed: 3, azure });
    expect(timeouts(r)).toBe(0);
    // The job starts inside the 2 h stretch with probability 120 / 1440: some are delayed.
    expect(r.azure.vms.reduce((sum, v) => sum + v.delayedSnapshots, 0)).toBeGreaterThan(0);
  });
});

describe("the inventory says how long a VM stays busy", () => {
  it("highCpuHoursPerDay reaches the model as minutes, with the expected failure share in the issue", () => {
    const tenant = tenantFrom((d) => {
      Object.assign(rgData(d).virtualMachines[0], { peakCpuPercent: 95, highCpuHoursPerDay: 8 });
    });
    const view = azureVmViews(tenant).find((v) => v.spec.name === "rg-data/sql01")!;
    expect(view.spec.highCpuMinutesPerDay).toBe(480);
    expect(view.issues.find((i) => i.code === "high-load")?.message).toContain("about 25 % of the jobs");
  });
});
