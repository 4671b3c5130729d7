/**
 * The sizing formulas, one small pure function each, named after their ids in formulas.ts. Inputs are
 * plain numbers so tests can check each against hand-worked arithmetic.
 */
import { effectiveChangeRatePercent, effectiveUsedGiB } from "../inventory/defaults.js";
import type { Tier, VirtualMachine, WorkloadRole } from "../inventory/schema.js";
import { findVmSize, MAX_DISK_SIZE_GIB } from "../inventory/vm-sizes.js";
import { MB_PER_GIB, SECONDS_PER_HOUR } from "./restore.js";

/** backup.size.used */
export function vmUsedGiB(vm: VirtualMachine): number {
  return vm.disks.filter((d) => d.excludeFromBackup !== true).reduce((sum, d) => sum + effectiveUsedGiB(d), 0);
}

/** backup.size.daily-change: raw GiB changed a day, with the churn growth factor. */
export function vmDailyChangeGiB(vm: VirtualMachine, churnGrowthFactor: number): number {
  return (
    vm.disks.filter((d) => d.excludeFromBackup !== true).reduce((sum, d) => sum + (effectiveUsedGiB(d) * effectiveChangeRatePercent(vm, d)) / 100, 0) *
    churnGrowthFactor
  );
}

/** backup.size.full and backup.size.incremental: both scale by C, the share left after reduction. */
export const reduced = (rawGiB: number, dataReductionRatio: number): number => rawGiB * dataReductionRatio;

/** backup.runs.per-day */
export function runsPerDay(rpoHours: number, maxBackupsPerDay: number | undefined): { runs: number; wanted: number } {
  const wanted = Math.max(1, Math.ceil(24 / rpoHours - 1e-9));
  return { runs: Math.min(wanted, maxBackupsPerDay ?? wanted), wanted };
}

/** backup.points.count */
export function recoveryPointCount(retention: Tier["retention"], runs: number): number {
  return retention.daily * runs + (retention.weekly ?? 0) + (retention.monthly ?? 0) + (retention.yearly ?? 0);
}

/**
 * backup.storage.gfs: C × Data × (F + Rd × D + W × min(1, 7D) + M × min(1, 30D) + Y × min(1, 365D)), F = 1.
 * `dailyChangeShare` is D, the raw daily change over the used data (0..1).
 */
export function gfsStorageGiB(dataGiB: number, dataReductionRatio: number, dailyChangeShare: number, retention: Tier["retention"]): number {
  return gfsStorageOnDayGiB(dataGiB, dataReductionRatio, dailyChangeShare, retention, Number.POSITIVE_INFINITY);
}

/**
 * backup.storage.growth: the same formula `day` days after the first full, when only the points made so far
 * are kept: Rd(day) = min(Rd, day), W(day) = min(W, ⌊day/7⌋), M(day) = min(M, ⌊day/30⌋), Y(day) = min(Y, ⌊day/365⌋).
 * It reaches backup.storage.gfs once the longest retention has filled.
 */
export function gfsStorageOnDayGiB(dataGiB: number, dataReductionRatio: number, dailyChangeShare: number, retention: Tier["retention"], day: number): number {
  const d = dailyChangeShare;
  const kept = (limit: number | undefined, periodDays: number) => Math.min(limit ?? 0, Math.floor(day / periodDays));
  const points =
    1 +
    kept(retention.daily, 1) * d +
    kept(retention.weekly, 7) * Math.min(1, 7 * d) +
    kept(retention.monthly, 30) * Math.min(1, 30 * d) +
    kept(retention.yearly, 365) * Math.min(1, 365 * d);
  return dataReductionRatio * dataGiB * points;
}

/** Days after which a retention holds all its points: the last yearly, monthly, weekly or daily one. */
export function retentionHorizonDays(retention: Tier["retention"]): number {
  return Math.max(retention.daily, (retention.weekly ?? 0) * 7, (retention.monthly ?? 0) * 30, (retention.yearly ?? 0) * 365);
}

/** Days at which the storage-growth series is sampled: the steps a reader cares about, then the horizon. */
export function growthSampleDays(horizonDays: number): number[] {
  const steps = [0, 1, 7, 14, 30, 60, 90, 180, 365, 730, 1095, 1460, 1825, 2555, 3650];
  return [...new Set([...steps.filter((day) => day < horizonDays), horizonDays])].sort((a, b) => a - b);
}

/** DPM workload class of a VM for the replica and recovery-point formulas. */
export type DpmWorkload = "files" | "sql" | "exchange" | "sharepoint";
export function dpmWorkload(roles: readonly WorkloadRole[]): DpmWorkload {
  if (roles.includes("exchange")) return "exchange";
  if (roles.includes("sql-server")) return "sql";
  if (roles.includes("sharepoint")) return "sharepoint";
  return "files";
}

/** DPM defaults (SystemCenterDocs Deploy-protection-groups.md): alert threshold 90 %, log change 6 % (SQL/Exchange), 10 % (SharePoint). */
export const DPM_ALERT_THRESHOLD = 0.9;
export const DPM_LOG_CHANGE = 0.06;
export const DPM_SHAREPOINT_LOG_CHANGE = 0.1;
/** 1,600 MB of recovery-point overhead per volume, in GiB (1600 ÷ 1024). */
export const DPM_RECOVERY_POINT_OVERHEAD_GIB = 1600 / 1024;
/** 300 MB change journal per protected volume, in GiB. */
export const DPM_CHANGE_JOURNAL_GIB = 300 / 1024;
/** MABS short-term rule: at most 5 days on the server's disks (backup-mabs-install-azure-stack.md). */
export const MABS_LOCAL_DAYS = 5;

/** backup.mabs.replica */
export function mabsReplicaGiB(ds: number, workload: DpmWorkload): number {
  switch (workload) {
    case "files":
      return (ds * 3) / 2;
    case "sql":
    case "exchange":
      return (ds * (1 + DPM_LOG_CHANGE)) / (DPM_ALERT_THRESHOLD - 0.05);
    case "sharepoint":
      return ds / (DPM_ALERT_THRESHOLD - 0.05);
  }
}

/** backup.mabs.recovery-points, RR = retention days on disk. */
export function mabsRecoveryPointGiB(ds: number, workload: DpmWorkload, rrDays: number): number {
  const overhead = DPM_RECOVERY_POINT_OVERHEAD_GIB;
  switch (workload) {
    case "files":
      return (ds * rrDays * 2) / 100 + overhead;
    case "sql":
      return 2.5 * rrDays * DPM_LOG_CHANGE * ds + overhead;
    case "exchange":
      return 4.0 * rrDays * DPM_LOG_CHANGE * ds + overhead;
    case "sharepoint":
      return 1.5 * rrDays * DPM_SHAREPOINT_LOG_CHANGE * ds + overhead;
  }
}

/** Sizes a MABS server may take, smallest first (A2 minimum; scale up to D series: backup-mabs-install-azure-stack.md). */
export const MABS_SIZE_LADDER = ["Standard_A2", "Standard_A3", "Standard_A4", "Standard_DS4_v2", "Standard_DS5_v2"] as const;

/** backup.mabs.disks: data disks of the largest Azure Stack Hub size, and the smallest VM size with that many slots. */
export function mabsDisksAndSize(poolGiB: number): { disks: number; size: string | null } {
  const disks = Math.max(1, Math.ceil(poolGiB / MAX_DISK_SIZE_GIB - 1e-9));
  const size = MABS_SIZE_LADDER.find((name) => (findVmSize(name)?.maxDataDisks ?? 0) >= disks) ?? null;
  return { disks, size };
}

/** MARS cache share (upper end of 5–10 %) and MABS scratch share (≥ 5 %). */
export const MARS_CACHE_SHARE = 0.1;
export const MABS_SCRATCH_SHARE = 0.05;

/** backup.seeding.vm: hours to move `giB` over a link of `linkMBps` (decimal MB/s). */
export const transferHours = (giB: number, linkMBps: number): number => (giB * MB_PER_GIB) / linkMBps / SECONDS_PER_HOUR;
