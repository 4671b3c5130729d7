import { describe, expect, it } from "vitest";
import { planBackup } from "../../src/backup/index.js";
import { agentSpecFromPlan, simulateTenant } from "../../src/simulate/index.js";
import type { AzureSimParams } from "../../src/simulate/engine.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";

/** GiB → Mbit: 1024³ bytes × 8 bits ÷ 10⁶ (binary GiB, decimal Mbit). */
const MBIT_PER_GIB = (1024 ** 3 * 8) / 1e6;

/** Every random range collapsed to one value, so the timeline can be worked out by hand. */
const fixed: Partial<AzureSimParams> = {
  typicalStartDelayMinutes: [10, 10],
  lateStartProbability: 0,
  snapshotFactor: [1, 1],
  loadFactor: [1, 1],
  vssWriterFailureProbability: 0,
  transferQueueMinutes: [0, 0],
  peakQueueProbability: 0,
  churnFactor: [1, 1],
};

describe("simulateTenant on the small example", () => {
  const tenant = tenantFrom();

  it("gives byte-identical JSON for the same seed, and different results for another seed", () => {
    const a = JSON.stringify(simulateTenant(tenant, { days: 10, seed: 7 }));
    const b = JSON.stringify(simulateTenant(tenant, { days: 10, seed: 7 }));
    const c = JSON.stringify(simulateTenant(tenant, { days: 10, seed: 8 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("simulates every protected VM on both sides and the plan's resource jobs on the agent side", () => {
    const plan = planBackup(tenant);
    const r = simulateTenant(tenant, { days: 5, seed: 1 });
    expect(r.azure.vms.map((v) => v.name)).toEqual(plan.vms.filter((v) => v.tier !== null).map((v) => v.qualifiedName));
    const agent = agentSpecFromPlan(plan);
    expect(r.agent!.vms.map((v) => v.name)).toEqual(agent.vms.map((v) => v.name));
    expect(agent.linkMbps).toBeCloseTo(plan.transfer.wanBandwidthMbps * plan.transfer.wanEfficiency, 6);
    for (const v of r.azure.vms) {
      // Jobs at start + k × interval before 5 × 1440 = 7200 min. Silver, standard daily from 23:00 (1380):
      // k = 0..4 → 5. Gold, Enhanced every 12 h from 22:00 (1320): 1320 + 720k < 7200 → k = 0..8 → 9.
      expect(v.jobs).toBe(v.policy === "standard-daily" ? 5 : 9);
      // Each finished job made a point or failed; a job cut off by the end may have done neither yet.
      const accounted = v.recoveryPoints + Object.values(v.failed).reduce((s, n) => s + n, 0);
      expect(accounted).toBeLessThanOrEqual(v.jobs);
      expect(accounted).toBeGreaterThanOrEqual(v.jobs - v.unfinished);
    }
    // The agent side's points never outnumber its jobs, and what it sent is what the link carried: the link is
    // shared by every active transfer, so sent GiB = capacity × busy minutes (busy % is rounded to 0.01 %).
    for (const v of r.agent!.vms) expect(v.recoveryPoints).toBeLessThanOrEqual(v.jobs);
    const t = r.agent!.totals;
    expect(t.sentGiB).toBeCloseTo(
      r.agent!.vms.reduce((s, v) => s + v.sentGiB, 0),
      1,
    );
    const end = 5 * 1440;
    const capacityGiBPerMinute = (agent.linkMbps / MBIT_PER_GIB) * 60;
    expect(t.linkBusyPercent).toBeGreaterThan(0);
    expect(Math.abs(t.sentGiB - (capacityGiBPerMinute * t.linkBusyPercent * end) / 100)).toBeLessThanOrEqual((capacityGiBPerMinute * 0.005 * end) / 100 + 0.01);
  });

  it("takes the plan's start minutes and streams as they are", () => {
    const plan = planBackup(tenant);
    const agent = agentSpecFromPlan(plan);
    const sql = plan.vms.find((v) => v.qualifiedName === "rg-data/sql01")!;
    const spec = agent.vms.find((v) => v.name === "rg-data/sql01")!;
    expect(spec.startMinute).toBe(sql.schedule!.startMinuteOfDay);
    expect(spec.stream).toBe(sql.schedule!.stream);
    expect(spec.intervalHours).toBe(24 / sql.runsPerDay.value);
    // The first run carries the initial full as the plan seeds it: MABS/MARS send it unreduced (raw used data).
    expect(sql.seeding.basis).toBe("raw");
    expect(spec.fullGiB).toBe(sql.usedGiB.value);
  });
});

describe("a tiny tenant worked out by hand", () => {
  it("gives the Azure side's totals for web01 alone over two days", () => {
    // Every VM but web01 is excluded from backup. web01: silver (RPO 24 h → Standard daily at 23:00 = 1380 min),
    // disks 127 GiB (33 used) + 64 GiB (12 used), role web → 1 % change: used 45 GiB, churn 0.45 GiB a day.
    const tenant = tenantFrom((d) => {
      for (const g of d.subscriptions[0].resourceGroups) for (const vm of g.virtualMachines ?? []) if (vm.name !== "web01") vm.backup = { exclude: true };
    });
    const r = simulateTenant(tenant, { days: 2, seed: 3 }, { azure: fixed });
    // Day 1: start 1380 + 10 = 1390; snapshot 5 + 1 × 2 disks + 2 × 191/1024 TiB = 7.373 min → 1397.373.
    //   Full 45 GiB × 8589.934592 Mbit ÷ 160 Mbit/s = 2415.9 s = 40.265 min → vault 1437.638.
    // Day 2: start 2830, snapshot → 2837.373; 0.45 GiB × 8589.934592 ÷ 640 = 6.04 s → vault 2837.474. End 2880.
    // Snapshot exposures 1440 and 2880 − 2837.373 = 42.627 min: worst 24 h, typical 741.31 min = 12.36 h,
    //   first 1397.373 min = 23.29 h. Vault: 2837.474 − 1397.373 = 1440.10 min = 24.00 h and 42.627 min:
    //   typical 741.36 min = 12.36 h; first 1437.638 min = 23.96 h.
    expect(r.azure.vms.map((v) => v.name)).toEqual(["rg-web/web01"]);
    const v = r.azure.vms[0]!;
    expect(v).toMatchObject({
      policy: "standard-daily",
      jobs: 2,
      recoveryPoints: 2,
      vaultPoints: 2,
      unfinished: 0,
      worstHours: 24,
      typicalHours: 12.36,
      firstRestorableHours: 23.29,
    });
    expect(v.vault).toEqual({ worstHours: 24, typicalHours: 12.36, firstRestorableHours: 23.96 });
    expect(r.azure.totals).toMatchObject({
      vms: 1,
      jobs: 2,
      recoveryPoints: 2,
      vaultPoints: 2,
      failed: {},
      skipped: {},
      worstRpoHours: 24,
      typicalRpoHours: 12.36,
      firstRestorableHoursWorst: 23.29,
      worstVaultRpoHours: 24,
    });
    // The agent side runs web01 and the plan's two resource jobs (storage account, key vault).
    expect(r.agent!.vms.map((x) => x.name)).toEqual(["rg-web/web01", "rg-data/stcontosoprod01", "rg-data/kv-contoso-prod"]);
  });

  it("sends on the agent side exactly what the jobs needed, and the link carried it in the minutes worked out", () => {
    // Same tenant, agent churn fixed at 1. The plan seeds web01 raw (its product sends the first full before any
    // reduction: src/backup/catalogue.ts reductionBeforeLink), 45 GiB, then 0.2925 GiB a day (compressed); the storage
    // account 120 GiB + 7.8 GiB a day, the key vault 0; all three start at 23:00 (1380) on their own streams.
    // Link: 200 Mbit/s × 0.8 = 160 Mbit/s = 160e6 ÷ 8 × 60 ÷ 2^30 = 1.117587 GiB/min, shared equally.
    // Day 1: 165 GiB ÷ 1.117587 = 147.639 min (web01 done after 45 ÷ 0.558794 = 80.531 min, at 1460.53 = 24.34 h;
    //   the storage account at 1527.639 = 25.46 h). Day 2 at 2820: 0.2925 + 7.8 = 8.0925 GiB, 7.241 min, done by 2880.
    // Sent: web01 45.2925 → 45.29, storage 127.8, total 173.0925 → 173.09; busy 154.880 min ÷ 2880 = 5.38 %.
    const tenant = tenantFrom((d) => {
      for (const g of d.subscriptions[0].resourceGroups) for (const vm of g.virtualMachines ?? []) if (vm.name !== "web01") vm.backup = { exclude: true };
    });
    const spec = agentSpecFromPlan(planBackup(tenant));
    expect(spec.linkMbps).toBeCloseTo(160, 9);
    expect(spec.vms.map((v) => [v.name, v.startMinute, v.intervalHours, v.fullGiB, v.incrementalGiB])).toEqual([
      ["rg-web/web01", 1380, 24, 45, 0.2925],
      ["rg-data/stcontosoprod01", 1380, 24, 120, 7.8],
      ["rg-data/kv-contoso-prod", 1380, 24, 0, 0],
    ]);
    const r = simulateTenant(tenant, { days: 2, seed: 3 }, { agent: { churnFactor: [1, 1] } });
    expect(r.agent!.vms.map((v) => [v.name, v.jobs, v.recoveryPoints, v.unfinished, v.sentGiB])).toEqual([
      ["rg-web/web01", 2, 2, 0, 45.29],
      ["rg-data/stcontosoprod01", 2, 2, 0, 127.8],
      ["rg-data/kv-contoso-prod", 2, 2, 0, 0],
    ]);
    expect(r.agent!.vms.map((v) => v.firstRestorableHours)).toEqual([24.34, 25.46, 23]);
    expect(r.agent!.totals).toMatchObject({ sentGiB: 173.09, linkBusyPercent: 5.38, skipped: {} });
  });
});
