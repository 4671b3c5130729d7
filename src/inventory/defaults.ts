/**
 * Documented defaults for the optional fields that formulas use. Each carries its source; the full
 * list is in docs/formulas.md. Defaults are applied when planning, never written into tenant.yaml.
 */
import type { Disk, ProductFamily, Tenant, VirtualMachine, WorkloadRole } from "./schema.js";

/**
 * Expected daily change of used data, in percent, by workload role.
 * Source: Timothy Dewin (author of the Veeam Restore Point Simulator), "A brief history of restore
 * point simulator", blog.dewin.me/2015/08: typical VMs change 1–2 % a day, active Exchange and SQL
 * Server 10–20 % (transaction logs); 5 % is the "good average" for an unknown mix.
 * DPM's default log change for SharePoint is 10 % (SystemCenterDocs dpm/Deploy/Deploy-protection-groups.md).
 */
export const CHANGE_RATE_BY_ROLE: Readonly<Record<WorkloadRole, number>> = {
  "active-directory": 2, // upper end of "typical VMs 1–2 %": AD replicates, logs and SYSVOL churn a little
  dns: 1, // typical VM, lower end
  "sql-server": 10, // active SQL Server 10–20 %: the lower bound, as logs are truncated by log backups
  exchange: 10, // active Exchange 10–20 %: lower bound
  sharepoint: 10, // DPM default log change for SharePoint
  "file-server": 2, // typical VM upper end; user shares change slowly day to day
  web: 1, // typical VM lower end: mostly static content
  app: 2, // typical VM upper end
  "database-other": 10, // treated like an active database (SQL/Exchange range)
  "kubernetes-node": 2, // node OS disks; application state lives in persistent volumes
  "backup-server": 5, // good average; its own staging disks are excluded from backup
  other: 5, // RPS "good average"
};

/** Change rate for a VM without roles: the RPS "good average" (same source as above). */
export const DEFAULT_CHANGE_RATE_PERCENT = 5;

/** A disk's daily change rate: its own setting, else the highest of its VM's roles, else the average. */
export function effectiveChangeRatePercent(vm: VirtualMachine, disk: Disk): number {
  if (disk.changeRatePercent !== undefined) return disk.changeRatePercent;
  const roles = vm.roles ?? [];
  if (roles.length === 0) return DEFAULT_CHANGE_RATE_PERCENT;
  return Math.max(...roles.map((role) => CHANGE_RATE_BY_ROLE[role]));
}

/**
 * Used GiB when a disk does not say: half the provisioned size. Assumption (docs/assumptions.md):
 * discovery cannot see inside a guest, and half is the midpoint a sizing should start from.
 */
export const DEFAULT_USED_SHARE = 0.5;
export const effectiveUsedGiB = (disk: Disk): number => disk.usedGiB ?? disk.sizeGiB * DEFAULT_USED_SHARE;

export const PLANNER_DEFAULTS = {
  /**
   * Share of data left after compression and deduplication: 50 %, the Restore Point Simulator's
   * "2x conservative" default (github.com/tdewin/rps index.html).
   */
  dataReductionRatio: 0.5,
  /**
   * Share of a WAN link that sustained backup traffic gets. Assumption: 80 % leaves room for TCP/IPsec
   * overhead and other traffic (docs/assumptions.md); ASR's Deployment Planner likewise plans below line rate.
   */
  wanEfficiency: 0.8,
  /** Initial seeding longer than this many days over the WAN → recommend offline seeding (assumption; MABS warns at 15 days offline, see bcdr-anchors §11). */
  offlineSeedingThresholdDays: 3,
  /**
   * Restore throughput in MB/s per VM: Veeam's partner validation on Azure Stack Hub restored 100 VMs,
   * 4,000 GB, in 2 h 28 m, about 450 MB/s in aggregate (Azure-Samples/Azure-Stack-Hub-Foundation-Core,
   * BCDR-validation/Veeam_results_round1.md); a single VM is assumed to get 100 MB/s of it.
   */
  restoreThroughputMBps: 100,
  /** Minutes to redeploy a VM from IaC before its data is restored (assumption, docs/assumptions.md). */
  redeployMinutes: 30,
  /** Parallel backup streams the backup servers run (Veeam's validation saw the network saturate above 25 task slots). */
  concurrentStreams: 25,
  /**
   * Growth on measured churn: the Site Recovery Deployment Planner plans on the 95th percentile plus 30 %
   * (learn.microsoft.com/azure/site-recovery/site-recovery-deployment-planner).
   */
  churnGrowthFactor: 1.3,
  productFamily: "microsoft",
  timeZone: "UTC",
} as const;

export interface PlannerSettings {
  dataReductionRatio: number;
  wanEfficiency: number;
  offlineSeedingThresholdDays: number;
  restoreThroughputMBps: number;
  redeployMinutes: number;
  concurrentStreams: number;
  churnGrowthFactor: number;
  productFamily: ProductFamily;
  timeZone: string;
}

/** The tenant's settings with every default filled in, for planners. */
export function plannerSettings(tenant: Tenant): PlannerSettings {
  const s = tenant.protection.settings ?? {};
  return {
    dataReductionRatio: s.dataReductionRatio ?? PLANNER_DEFAULTS.dataReductionRatio,
    wanEfficiency: tenant.protection.target.wanEfficiency ?? PLANNER_DEFAULTS.wanEfficiency,
    offlineSeedingThresholdDays: s.offlineSeedingThresholdDays ?? PLANNER_DEFAULTS.offlineSeedingThresholdDays,
    restoreThroughputMBps: s.restoreThroughputMBps ?? PLANNER_DEFAULTS.restoreThroughputMBps,
    redeployMinutes: s.redeployMinutes ?? PLANNER_DEFAULTS.redeployMinutes,
    concurrentStreams: s.concurrentStreams ?? PLANNER_DEFAULTS.concurrentStreams,
    churnGrowthFactor: s.churnGrowthFactor ?? PLANNER_DEFAULTS.churnGrowthFactor,
    productFamily: tenant.protection.productFamily ?? PLANNER_DEFAULTS.productFamily,
    timeZone: tenant.protection.timeZone ?? PLANNER_DEFAULTS.timeZone,
  };
}

/** The tier a VM is planned under: its own, else the tenant's default, else none (unprotected). */
export function effectiveTierName(tenant: Tenant, vm: VirtualMachine): string | undefined {
  const name = vm.tier ?? tenant.protection.defaultTier;
  return name ? tenant.protection.tiers.find((t) => t.name.toLowerCase() === name.toLowerCase())?.name : undefined;
}
