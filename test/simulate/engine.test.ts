import { describe, expect, it } from "vitest";
import { policyForTier } from "../../src/azure-backup/vm-model.js";
import { rpoStats, simulate, type AzureSimParams } from "../../src/simulate/engine.js";
import type { AzureVmSpec } from "../../src/azure-backup/vm-inventory.js";
import type { AgentSpec } from "../../src/simulate/types.js";

/** Every random range collapsed to one value, so the timeline can be worked out by hand. */
const fixed: Partial<AzureSimParams> = {
  typicalStartDelayMinutes: [10, 10],
  lateStartProbability: 0,
  snapshotBaseMinutes: 5,
  snapshotMinutesPerDisk: 1,
  snapshotMinutesPerTiB: 2,
  snapshotFactor: [1, 1],
  loadFactor: [1, 1],
  vssWriterFailureProbability: 0,
  fullTransferMbps: 160,
  incrementalTransferMbps: 640,
  transferQueueMinutes: [0, 0],
  peakQueueProbability: 0,
  transferFailureProbability: 0,
  churnFactor: [1, 1],
};

function vm(overrides: Partial<AzureVmSpec> = {}): AzureVmSpec {
  return {
    name: "rg/vm1",
    osType: "windows",
    vmAgent: true,
    powerState: "running",
    diskCount: 1,
    provisionedGiB: 1024,
    usedGiB: 100,
    dailyChurnGiB: 5,
    peakLoadPercent: 0,
    linuxScripts: "none",
    policy: policyForTier(24, 22 * 60),
    ...overrides,
  };
}

describe("Azure side, worked out by hand", () => {
  it("counts points and RPO for one VM over two days", () => {
    const r = simulate({ days: 2, seed: 1, azure: [vm()] }, { azure: fixed });
    // Day 1: scheduled 22:00 = 1320 min, starts +10 = 1330, snapshot 5 + 1 (disk) + 2 (1 TiB) = 8 min → 1338.
    // Full transfer 100 GiB × 8589.934592 Mbit/GiB ÷ 160 Mbit/s = 5368.71 s = 89.48 min → vault at 1427.48.
    // Day 2: 2760 → start 2770 → snapshot 2778; incremental 5 GiB/day × (2778 − 1338)/1440 = 5 GiB
    //   → 5 × 8589.934592 ÷ 640 = 67.11 s = 1.12 min → vault at 2779.12. End = 2 × 1440 = 2880.
    // Snapshot points at 1338 and 2778: exposures 2778 − 1338 = 1440 and 2880 − 2778 = 102 min.
    //   worst 1440 min = 24 h; typical = median(1440, 102) = 771 min = 12.85 h; first 1338 min = 22.3 h.
    // Vault: exposures 2779.12 − 1338 = 1441.12 min = 24.02 h and 102; median 771.56 min = 12.86 h; first 1427.48 min = 23.79 h.
    const v = r.azure.vms[0]!;
    expect(v.jobs).toBe(2);
    expect(v.recoveryPoints).toBe(2);
    expect(v.vaultPoints).toBe(2);
    expect(v.worstHours).toBe(24);
    expect(v.typicalHours).toBe(12.85);
    expect(v.firstRestorableHours).toBe(22.3);
    expect(v.vault).toEqual({ worstHours: 24.02, typicalHours: 12.86, firstRestorableHours: 23.79 });
    expect(v.consistency).toEqual({ "application-consistent": 2 });
    expect(r.azure.totals).toMatchObject({
      vms: 1,
      jobs: 2,
      recoveryPoints: 2,
      vaultPoints: 2,
      failed: {},
      skipped: {},
      worstRpoHours: 24,
      worstVaultRpoHours: 24.02,
    });
    expect(r.agent).toBeNull();
  });

  it("skips the next transfer when a full transfer runs longer than a day", () => {
    // 2,000 GiB at 160 Mbit/s = 107,374 s ≈ 29.8 h: day 2's transfer is skipped; day 3's carries the churn since day 1.
    const r = simulate({ days: 3, seed: 1, azure: [vm({ usedGiB: 2000 })] }, { azure: fixed });
    const v = r.azure.vms[0]!;
    expect(v.transferSkipped).toEqual({ "overlap-transfer-skipped": 1 });
    expect(v.recoveryPoints).toBe(3);
    expect(v.vaultPoints).toBe(2);
    expect(v.failed).toEqual({});
  });

  it("times a hot VM's snapshots out, and fails jobs that start while one is still delayed", () => {
    // Peak 100 % with load factor 1: every attempt is above 90 %. Enhanced every 4 h; a retry every 300 min,
    // at most 1: each job is still delayed when the next one starts (240 min later), then times out.
    const hot = vm({ peakLoadPercent: 100, policy: policyForTier(4, 0) });
    const r = simulate({ days: 1, seed: 1, azure: [hot] }, { azure: { ...fixed, highLoadRetryMinutes: 300, highLoadMaxRetries: 1 } });
    const v = r.azure.vms[0]!;
    expect(v.recoveryPoints).toBe(0);
    expect(v.failed["high-load-snapshot-timeout"]).toBeGreaterThan(0);
    expect(v.failed["overlap-snapshot-fails"]).toBeGreaterThan(0);
    expect(v.worstHours).toBeNull();
    expect(v.firstRestorableHours).toBeNull();
    expect(r.azure.totals.vmsWithoutPoint).toBe(1);
  });

  it("gives a deallocated VM crash-consistent points and ignores its load", () => {
    const r = simulate({ days: 2, seed: 1, azure: [vm({ powerState: "deallocated", peakLoadPercent: 100, vmAgent: false })] }, { azure: fixed });
    expect(r.azure.vms[0]!.consistency).toEqual({ "crash-consistent": 2 });
  });

  it("sends only the day's last Enhanced backup to the vault", () => {
    // Every 6 h from 00:00: 4 snapshots a day, the 18:00 one goes to the vault.
    const r = simulate({ days: 2, seed: 1, azure: [vm({ policy: policyForTier(6, 0) })] }, { azure: fixed });
    const v = r.azure.vms[0]!;
    expect(v.jobs).toBe(8);
    expect(v.recoveryPoints).toBe(8);
    expect(v.vaultPoints).toBe(2);
  });
});

describe("agent side, worked out by hand", () => {
  const one = (overrides: Partial<AgentSpec["vms"][number]> = {}): AgentSpec["vms"][number] => ({
    name: "rg/a",
    startMinute: 23 * 60,
    intervalHours: 24,
    stream: 0,
    fullGiB: 50,
    incrementalGiB: 2,
    method: "generic-agent",
    ...overrides,
  });

  it("runs a full, then an incremental, over the link", () => {
    const r = simulate({ days: 2, seed: 1, azure: [], agent: { linkMbps: 100, streams: 1, vms: [one()] } }, { agent: { churnFactor: [1, 1] } });
    // Full 50 GiB × 8589.934592 Mbit ÷ 100 Mbit/s = 4294.97 s = 71.58 min: 1380 → 1451.58.
    // Incremental 2 GiB/day × 1 day = 2 GiB → 171.80 s = 2.86 min: 2820 → 2822.86. End 2880.
    // Exposures: 2822.86 − 1380 = 1442.86 min = 24.05 h; 2880 − 2820 = 60 min; median 751.43 min = 12.52 h.
    const a = r.agent!.vms[0]!;
    expect(a.recoveryPoints).toBe(2);
    expect(a.sentGiB).toBe(52);
    expect(a.worstHours).toBe(24.05);
    expect(a.typicalHours).toBe(12.52);
    expect(a.firstRestorableHours).toBe(24.19);
    // Busy 71.583 + 2.863 = 74.446 min of 2880 = 2.585 % → 2.58 (rounded to two decimals).
    expect(r.agent!.totals.linkBusyPercent).toBe(2.58);
  });

  it("shares the link between parallel streams and serialises jobs on one stream", () => {
    // Two 10 GiB fulls at 00:00 on a 100 Mbit/s link: one alone takes 858.99 s = 14.32 min.
    const two = (streams: number, stream2: number) =>
      simulate({
        days: 1,
        seed: 1,
        azure: [],
        agent: {
          linkMbps: 100,
          streams,
          vms: [one({ name: "a", startMinute: 0, fullGiB: 10 }), one({ name: "b", startMinute: 0, fullGiB: 10, stream: stream2 })],
        },
      }).agent!.vms;
    // Two streams: each gets half the link, both finish at 28.63 min = 0.48 h.
    expect(two(2, 1).map((v) => v.firstRestorableHours)).toEqual([0.48, 0.48]);
    // One stream: a finishes at 14.32 min (0.24 h), b starts then and finishes at 28.63 min (0.48 h).
    expect(two(1, 0).map((v) => v.firstRestorableHours)).toEqual([0.24, 0.48]);
  });

  it("skips a run while the previous one is still transferring", () => {
    // 2,000 GiB at 100 Mbit/s = 171,799 s = 47.7 h from 00:00: the 24 h run is skipped, the 48 h run starts after it.
    const r = simulate(
      { days: 3, seed: 1, azure: [], agent: { linkMbps: 100, streams: 1, vms: [one({ startMinute: 0, fullGiB: 2000 })] } },
      { agent: { churnFactor: [1, 1] } },
    );
    const a = r.agent!.vms[0]!;
    expect(a.jobs).toBe(3);
    expect(a.skipped).toEqual({ "agent-previous-job-running": 1 });
    expect(a.recoveryPoints).toBe(2);
    expect(a.firstRestorableHours).toBe(47.72);
    expect(r.agent!.totals.skipped).toEqual({ "agent-previous-job-running": 1 });
  });

  it("starts from a restorable full when the first copy is seeded offline", () => {
    const r = simulate(
      {
        days: 1,
        seed: 1,
        azure: [],
        agent: { linkMbps: 100, streams: 1, vms: [one({ startMinute: 0, fullGiB: 2000, offlineSeed: true })] },
      },
      { agent: { churnFactor: [1, 1] } },
    );
    const a = r.agent!.vms[0]!;
    expect(a.firstRestorableHours).toBe(0);
    // The first run then carries one day of change at most (2 GiB × 0 days since the seed at 00:00 = 0 GiB).
    expect(a.recoveryPoints).toBe(2);
  });
});

describe("RPO statistics", () => {
  it("measures exposure from the newest restorable point, also when points become restorable out of order", () => {
    // Points (pointAt, availableAt): (0, 100), (60, 80). At 80 the newest is 60; before 80 there was none.
    // Exposures: end 200 − 60 = 140 only (the (0,100) point arrives later but is older).
    expect(
      rpoStats(
        [
          [0, 100],
          [60, 80],
        ],
        200,
      ),
    ).toEqual({ worstHours: 2.33, typicalHours: 2.33, firstRestorableHours: 1.33 });
    expect(rpoStats([], 100)).toEqual({ worstHours: null, typicalHours: null, firstRestorableHours: null });
  });

  it("rejects a simulation of less than a day", () => {
    expect(() => simulate({ days: 0, seed: 1, azure: [] })).toThrow(RangeError);
  });
});
