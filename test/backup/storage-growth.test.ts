import { describe, expect, it } from "vitest";
import { planBackup } from "../../src/backup/index.js";
import { gfsStorageGiB, gfsStorageOnDayGiB, growthSampleDays, retentionHorizonDays } from "../../src/backup/sizing.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";

const retention = { daily: 14, weekly: 4, monthly: 3 };

describe("backup.storage.growth", () => {
  it("counts only the points made by a given day", () => {
    // Data 100 GiB, C 0.5, D 0.02 (2 %/day).
    // Day 0: only the full → 0.5 × 100 × 1 = 50.
    expect(gfsStorageOnDayGiB(100, 0.5, 0.02, retention, 0)).toBeCloseTo(50, 9);
    // Day 10: 10 dailies, 1 weekly (⌊10/7⌋), 0 monthly → 0.5 × 100 × (1 + 10×0.02 + 1×0.14) = 67.
    expect(gfsStorageOnDayGiB(100, 0.5, 0.02, retention, 10)).toBeCloseTo(67, 9);
    // Day 60: 14 dailies, 4 weeklies (capped), 2 monthlies (min(1, 0.6) = 0.6 each)
    //   → 0.5 × 100 × (1 + 0.28 + 0.56 + 1.2) = 152.
    expect(gfsStorageOnDayGiB(100, 0.5, 0.02, retention, 60)).toBeCloseTo(152, 9);
    // Full retention (day 90 and after): 3 monthlies → 0.5 × 100 × (1 + 0.28 + 0.56 + 1.8) = 182, the gfs formula.
    expect(gfsStorageOnDayGiB(100, 0.5, 0.02, retention, 90)).toBeCloseTo(182, 9);
    expect(gfsStorageGiB(100, 0.5, 0.02, retention)).toBeCloseTo(182, 9);
  });

  it("finds the horizon and samples up to it", () => {
    expect(retentionHorizonDays(retention)).toBe(90);
    expect(retentionHorizonDays({ daily: 14, weekly: 8, monthly: 12, yearly: 3 })).toBe(1095);
    expect(growthSampleDays(90)).toEqual([0, 1, 7, 14, 30, 60, 90]);
    expect(growthSampleDays(14)).toEqual([0, 1, 7, 14]);
  });

  it("the plan's series starts at the fulls, never falls, and ends at the storage over full retention", () => {
    const plan = planBackup(tenantFrom());
    const gib = plan.storageGrowth.map((p) => p.gib.value);
    expect(gib[0]).toBeCloseTo(plan.totals.fullGiB.value, 6);
    expect(gib.at(-1)).toBeCloseTo(plan.totals.targetStorageGiB.value, 6);
    for (let i = 1; i < gib.length; i++) expect(gib[i]!).toBeGreaterThanOrEqual(gib[i - 1]!);
    // The small example keeps 3 yearly points in tier gold: the series runs to 3 × 365 days.
    expect(plan.storageGrowth.at(-1)!.day).toBe(1095);
    expect(plan.storageGrowth.every((p) => p.gib.formula === "backup.storage.growth")).toBe(true);
  });
});
