/**
 * Restore estimates (RTO per VM): how long bringing one VM back from the off-stack copy takes.
 *
 * The estimate is for the case backup exists for: the stamp (or the VM with its disks) is lost, so the data
 * comes back from the copy off the stack, over the WAN link to the target. Restoring from a MABS server's
 * local short-term disks is faster but is lost with the stamp, so it is not what an RTO can be promised on.
 *
 *   restoreGiB     = Σ effectiveUsedGiB(disk) over the disks that are backed up          (formula backup.restore.size)
 *   throughputMBps = min(settings.restoreThroughputMBps, wanBandwidthMbps × wanEfficiency ÷ 8)
 *                                                                                         (formula backup.restore.throughput)
 *   transferHours  = restoreGiB × 1.073741824 × 1000 ÷ throughputMBps ÷ 3600             (formula backup.restore.transfer)
 *   redeployHours  = settings.redeployMinutes ÷ 60
 *   totalHours     = transferHours + redeployHours                                        (formula backup.restore.rto)
 *
 * Units: GiB = 2^30 bytes; MB/s and Mbit/s are decimal (10^6), as link speeds and the restore figures are.
 * The restore writes the data back at its full (un-reduced) size, so the data reduction ratio does not apply.
 * Sources: restore throughput and redeploy defaults in src/inventory/defaults.ts (PLANNER_DEFAULTS); the
 * in-guest restore sequence (recreate VM, OS and agent, then restore data) from
 * learn.microsoft.com/azure-stack/user/azure-stack-manage-vm-protect (MicrosoftDocs/azure-stack-docs,
 * azure-stack/user/azure-stack-manage-vm-protect.md, 2020 version).
 */
import { MB_PER_GIB, SECONDS_PER_HOUR } from "../base/units.js";
import type { PlannerSettings } from "../inventory/defaults.js";
import { effectiveUsedGiB } from "../inventory/defaults.js";
import type { Tenant } from "../inventory/schema.js";
import type { VmRef } from "../inventory/walk.js";

export interface RestoreEstimate {
  /** "resourceGroup/vm", the VmRef's qualified name. */
  vm: string;
  /** Data written back: used GiB of the backed-up disks (excluded disks are recreated empty). */
  restoreGiB: number;
  /** MB/s (decimal) one VM's restore gets: the restore throughput setting, capped by the WAN link. */
  throughputMBps: number;
  transferHours: number;
  /** Time to redeploy the VM shell (from IaC or the portal) before its data is restored. */
  redeployHours: number;
  totalHours: number;
  /** Id of the formula in src/backup/formulas.ts that produced totalHours. */
  formula: string;
}

export { MB_PER_GIB, SECONDS_PER_HOUR } from "../base/units.js";

/** Effective WAN capacity to the target in MB/s (decimal): Mbit/s × efficiency ÷ 8 bits per byte. */
export function wanCapacityMBps(tenant: Tenant, settings: PlannerSettings): number {
  return (tenant.protection.target.wanBandwidthMbps * settings.wanEfficiency) / 8;
}

export function estimateRestore(tenant: Tenant, ref: VmRef, settings: PlannerSettings): RestoreEstimate {
  const restoreGiB = ref.vm.disks.filter((disk) => disk.excludeFromBackup !== true).reduce((sum, disk) => sum + effectiveUsedGiB(disk), 0);
  const throughputMBps = Math.min(settings.restoreThroughputMBps, wanCapacityMBps(tenant, settings));
  const transferHours = (restoreGiB * MB_PER_GIB) / throughputMBps / SECONDS_PER_HOUR;
  const redeployHours = settings.redeployMinutes / 60;
  return {
    vm: ref.qualifiedName,
    restoreGiB,
    throughputMBps,
    transferHours,
    redeployHours,
    totalHours: transferHours + redeployHours,
    formula: "backup.restore.rto",
  };
}
