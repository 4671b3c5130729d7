/**
 * The tenant's VMs as Azure VM Backup would see them if they ran in public Azure: which disks it
 * backs up, how much changes a day, the policy a tier maps to, and what would stop it.
 */
import { minuteOfDay } from "../base/units.js";
import { effectiveChangeRatePercent, effectiveTierName, effectiveUsedGiB } from "../inventory/defaults.js";
import type { Tenant, Tier } from "../inventory/schema.js";
import { virtualMachines, type VmRef } from "../inventory/walk.js";
import type { SourceKey } from "./sources.js";
import { HIGH_LOAD_RETRY, highCpuFailureProbability, policyForTier, type VmBackupPolicy } from "./vm-model.js";

/** One VM as Azure VM Backup would see it in public Azure. */
export interface AzureVmSpec {
  /** "resourceGroup/vm". */
  name: string;
  osType: "windows" | "linux";
  vmAgent: boolean;
  powerState: "running" | "stopped" | "deallocated";
  /** Disks included in the backup. */
  diskCount: number;
  provisionedGiB: number;
  usedGiB: number;
  /** Expected changed data per day, GiB. */
  dailyChurnGiB: number;
  /** The higher of peak CPU and peak memory, percent (0 when unknown). */
  peakLoadPercent: number;
  /** Minutes a day the CPU stays above 90 % in one stretch (tenant `highCpuHoursPerDay`); absent: the peak is momentary. */
  highCpuMinutesPerDay?: number;
  /** Linux pre/post scripts configured and working (the tenant model has no field: "none"). */
  linuxScripts: "none" | "succeeded";
  policy: VmBackupPolicy;
}

/** Support limits of Azure VM Backup [matrix-iaas]. */
export const AZURE_VM_BACKUP_LIMITS = {
  /** Up to 32 disks per VM (2023 matrix). */
  maxDisks: 32,
  /** Up to 32 TB per disk. */
  maxDiskGiB: 32 * 1024,
  /** 256 TB combined per VM. */
  maxTotalGiB: 256 * 1024,
  /** "Any Azure VM that has at least two CPU cores and 1 GB of RAM" (2023 wording). */
  minVCpus: 2,
  minMemoryGiB: 1,
} as const;

export interface AzureVmIssue {
  code: string;
  message: string;
  source: SourceKey;
}

export { minuteOfDay } from "../base/units.js";

export interface AzureVmView {
  ref: VmRef;
  tier: Tier;
  spec: AzureVmSpec;
  issues: AzureVmIssue[];
}

/** Protected VMs (a tier, not excluded), with their Azure VM Backup spec and support issues. */
export function azureVmViews(tenant: Tenant): AzureVmView[] {
  const out: AzureVmView[] = [];
  for (const ref of virtualMachines(tenant)) {
    const vm = ref.vm;
    if (vm.backup?.exclude) continue;
    const tierName = effectiveTierName(tenant, vm);
    const tier = tierName ? tenant.protection.tiers.find((t) => t.name === tierName) : undefined;
    if (!tier) continue;
    const disks = vm.disks.filter((d) => !d.excludeFromBackup);
    const usedGiB = disks.reduce((s, d) => s + effectiveUsedGiB(d), 0);
    const dailyChurnGiB = disks.reduce((s, d) => s + (effectiveUsedGiB(d) * effectiveChangeRatePercent(vm, d)) / 100, 0);
    const powerState = vm.powerState === "stopped" || vm.powerState === "deallocated" ? vm.powerState : "running";
    const spec: AzureVmSpec = {
      name: ref.qualifiedName,
      osType: vm.osType,
      // Assumption (docs/assumptions.md): marketplace images carry the VM agent, so unknown means present.
      vmAgent: vm.vmAgent ?? true,
      powerState,
      diskCount: disks.length,
      provisionedGiB: disks.reduce((s, d) => s + d.sizeGiB, 0),
      usedGiB,
      dailyChurnGiB,
      peakLoadPercent: Math.max(vm.peakCpuPercent ?? 0, vm.peakMemoryPercent ?? 0),
      ...(vm.highCpuHoursPerDay !== undefined ? { highCpuMinutesPerDay: vm.highCpuHoursPerDay * 60 } : {}),
      linuxScripts: "none",
      policy: policyForTier(tier.rpoHours, minuteOfDay(tier.backupWindow.start)),
    };
    out.push({ ref, tier, spec, issues: supportIssues(ref, spec) });
  }
  return out;
}

function supportIssues(ref: VmRef, spec: AzureVmSpec): AzureVmIssue[] {
  const vm = ref.vm;
  const L = AZURE_VM_BACKUP_LIMITS;
  const issues: AzureVmIssue[] = [];
  if (spec.diskCount > L.maxDisks)
    issues.push({
      code: "too-many-disks",
      message: `${spec.diskCount} disks: Azure VM Backup supports up to ${L.maxDisks}`,
      source: "matrix-iaas",
    });
  for (const d of vm.disks) {
    if (d.sizeGiB > L.maxDiskGiB)
      issues.push({
        code: "disk-too-large",
        message: `disk ${d.name} is ${d.sizeGiB} GiB: the limit is 32 TB per disk`,
        source: "matrix-iaas",
      });
  }
  if (spec.provisionedGiB > L.maxTotalGiB)
    issues.push({ code: "vm-too-large", message: `${spec.provisionedGiB} GiB in all: the limit is 256 TB per VM`, source: "matrix-iaas" });
  if (vm.vCpus < L.minVCpus || vm.memoryGiB < L.minMemoryGiB)
    issues.push({
      code: "vm-too-small",
      message: `${vm.vCpus} vCPU, ${vm.memoryGiB} GiB: Azure VM Backup supports VMs with at least 2 cores and 1 GB of RAM`,
      source: "matrix-iaas",
    });
  if (spec.powerState === "running" && !spec.vmAgent)
    issues.push({
      code: "no-vm-agent",
      message: "no VM agent: the backup extension cannot be installed, so a running VM's backup fails",
      source: "matrix-iaas",
    });
  if (spec.highCpuMinutesPerDay !== undefined && spec.highCpuMinutesPerDay > 0) {
    const failing = highCpuFailureProbability(spec.highCpuMinutesPerDay, HIGH_LOAD_RETRY.retryMinutes, HIGH_LOAD_RETRY.maxRetries);
    const hours = Math.round((spec.highCpuMinutesPerDay / 60) * 10) / 10;
    issues.push({
      code: "high-load",
      message: `above 90 % CPU for ${hours} h a day: the snapshot is delayed while it lasts, and about ${Math.round(failing * 1000) / 10} % of the jobs find it busy through every retry and fail`,
      source: "troubleshoot",
    });
  } else if (spec.peakLoadPercent > 90) {
    issues.push({
      code: "high-load",
      message: `peak load ${spec.peakLoadPercent} %: above 90 % CPU or memory the snapshot is delayed and can time out`,
      source: "troubleshoot",
    });
  }
  return issues;
}
