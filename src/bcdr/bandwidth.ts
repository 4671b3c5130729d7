/**
 * Replication bandwidth and RPO arithmetic. Pure numbers; docs/formulas.md ("## BC/DR") writes them out.
 *
 * Units: GiB = 2^30 bytes; link speeds in decimal Mbit/s (10^6 bit/s). One GiB is 8 × 1,073.741824 =
 * 8,589.934592 Mbit. ASR's churn table uses binary MB/s (2 MB/s × 86,400 s = 168.75 GiB ≈ its "168 GB per
 * day"), so per-disk churn is compared in MiB/s (GiB × 1,024 ÷ seconds).
 *
 * The churn model: a disk changes `used × changeRate` a day (src/inventory/defaults.ts), times the growth
 * factor (the Site Recovery Deployment Planner's 95th percentile + 30 %, settings.churnGrowthFactor). The day's
 * change is written within a busy window of H hours (assumption, BCDR_ASSUMPTIONS.busyHoursPerDay).
 *
 * RPO for a link of effective capacity C (GiB/h) and daily change D (GiB): during the busy window data arrives
 * at D/H and leaves at C; the backlog peaks at the end of the window at D − C·H, and the newest write then
 * waits (D − C·H)/C = D/C − H hours. So
 *     RPO(C) = floor + max(0, D/C − H)            for C·24 ≥ D (otherwise the backlog never drains: no RPO)
 * and the capacity a target RPO R needs is
 *     C(R)   = D / min(24, H + R − floor)          (no capacity can beat the floor)
 */
import { HOURS_PER_DAY, MBIT_PER_GIB, MIB_PER_GIB, SECONDS_PER_DAY, SECONDS_PER_HOUR } from "../base/units.js";
import type { Disk, VirtualMachine } from "../inventory/schema.js";
import { effectiveChangeRatePercent, effectiveUsedGiB } from "../inventory/defaults.js";

export { HOURS_PER_DAY, MBIT_PER_GIB, SECONDS_PER_DAY } from "../base/units.js";

/** Disks that replicate: all but those marked excludeFromBackup ("excluded from backup and replication"). */
export const replicatedDisks = (vm: VirtualMachine): Disk[] => vm.disks.filter((d) => d.excludeFromBackup !== true);

/** GiB a disk changes per day, growth included: used × rate% × growth. */
export const diskDailyChurnGiB = (vm: VirtualMachine, disk: Disk, growthFactor: number): number =>
  (effectiveUsedGiB(disk) * effectiveChangeRatePercent(vm, disk) * growthFactor) / 100;

export const vmDailyChurnGiB = (vm: VirtualMachine, growthFactor: number): number =>
  replicatedDisks(vm).reduce((sum, disk) => sum + diskDailyChurnGiB(vm, disk, growthFactor), 0);

/** Daily GiB written within `busyHours`, as a rate in MiB/s: GiB × 1,024 ÷ (H × 3,600). */
export const busyRateMiBps = (dailyGiB: number, busyHours: number): number => (dailyGiB * MIB_PER_GIB) / (busyHours * SECONDS_PER_HOUR);

/** Daily GiB spread over the whole day, in MiB/s. */
export const averageRateMiBps = (dailyGiB: number): number => (dailyGiB * MIB_PER_GIB) / SECONDS_PER_DAY;

/** GiB over `hours` as decimal Mbit/s. */
export const mbpsFor = (gib: number, hours: number): number => (gib * MBIT_PER_GIB) / (hours * SECONDS_PER_HOUR);

/** GiB a link of `mbps` moves in an hour. */
export const gibPerHour = (mbps: number): number => (mbps * SECONDS_PER_HOUR) / MBIT_PER_GIB;

/** RPO(C) above; undefined when the link cannot carry even the daily average (replication never catches up). */
export function achievableRpoHours(dailyGiB: number, effectiveMbps: number, busyHours: number, floorHours: number): number | undefined {
  if (dailyGiB <= 0) return floorHours;
  if (effectiveMbps <= 0) return undefined;
  const capacity = gibPerHour(effectiveMbps);
  if (capacity * HOURS_PER_DAY < dailyGiB) return undefined;
  return floorHours + Math.max(0, dailyGiB / capacity - busyHours);
}

/** C(R) above, in Mbit/s of effective capacity; undefined when R is below the floor. */
export function requiredMbpsForRpo(dailyGiB: number, rpoHours: number, busyHours: number, floorHours: number): number | undefined {
  const window = Math.min(HOURS_PER_DAY, busyHours + rpoHours - floorHours);
  if (rpoHours < floorHours || window <= 0) return undefined;
  return mbpsFor(dailyGiB, window);
}

/**
 * Hours to seed `initialGiB` while the day's average change keeps flowing: the seed gets what the average
 * leaves of the link. undefined when nothing is left.
 */
export function initialReplicationHours(initialGiB: number, dailyGiB: number, effectiveMbps: number): number | undefined {
  if (initialGiB <= 0) return 0;
  const spare = effectiveMbps - mbpsFor(dailyGiB, HOURS_PER_DAY);
  if (spare <= 0) return undefined;
  return (initialGiB * MBIT_PER_GIB) / (spare * SECONDS_PER_HOUR);
}

/** Hours to move `gib` over a link of `effectiveMbps` (failback download). */
export const transferHours = (gib: number, effectiveMbps: number): number | undefined =>
  effectiveMbps > 0 ? (gib * MBIT_PER_GIB) / (effectiveMbps * SECONDS_PER_HOUR) : undefined;
