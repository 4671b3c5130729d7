/**
 * The limits BC/DR planning checks against, each with the page it comes from. docs/formulas.md ("## BC/DR")
 * lists them; docs/bcdr.md explains how they are used. Public pages go stale (azure-docs#92799): every entry
 * carries the document and year it was read from, and `verified: false` marks a figure no source confirms.
 *
 * Source keys used below:
 * - ASH-ASR-2019: learn.microsoft.com/azure/site-recovery/azure-stack-site-recovery
 *   (MicrosoftDocs/azure-docs articles/site-recovery/azure-stack-site-recovery.md, 2019).
 * - ASR-MATRIX: learn.microsoft.com/azure/site-recovery/vmware-physical-azure-support-matrix
 *   (MicrosoftDocs/azure-docs articles/site-recovery/vmware-physical-azure-support-matrix.md).
 * - ASR-CAPACITY: learn.microsoft.com/azure/site-recovery/site-recovery-plan-capacity-vmware
 *   (same table in architecture-center docs/hybrid/azure-stack-vm-disaster-recovery-content.md).
 * - ARCH-DR: learn.microsoft.com/azure/architecture/hybrid/azure-stack-vm-disaster-recovery
 *   (MicrosoftDocs/architecture-center docs/hybrid/azure-stack-vm-disaster-recovery-content.md).
 * - S2S-OVERVIEW / S2S-TARGET / S2S-SOURCE / S2S-CAPACITY / S2S-KNOWN: MicrosoftDocs/azure-stack-docs
 *   azure-stack/operator/azure-site-recovery-overview.md, site-recovery-deploy-target.md,
 *   site-recovery-deploy-source.md, azure-site-recovery-capacity-planning.md, azure-site-recovery-known-issues.md
 *   (2023–2024, "Azure Site Recovery on Azure Stack Hub", preview).
 * - ASRDP: learn.microsoft.com/azure/site-recovery/site-recovery-deployment-planner (2025).
 * - PROTECT-VMS: learn.microsoft.com/azure-stack/user/azure-stack-manage-vm-protect (2019 and 2020 versions).
 */

export interface SourcedLimit {
  value: number;
  unit: string;
  source: string;
  /** false: no public source confirms the figure; the plan says so wherever it is used. */
  verified: boolean;
  note?: string;
}

const limit = (value: number, unit: string, source: string, note?: string, verified = true): SourcedLimit =>
  note === undefined ? { value, unit, source, verified } : { value, unit, source, verified, note };

// ---------------------------------------------------------------------------------------------------------
// Azure Site Recovery to public Azure (stack VMs protected as physical servers)
// ---------------------------------------------------------------------------------------------------------

export const ASR_TO_AZURE = {
  /** Configuration server → Azure, process server → storage (outbound); VMs → configuration server (inbound). */
  httpsPort: limit(443, "TCP port", "ASH-ASR-2019"),
  /** VMs send replication data to the process server on 9443 (inbound); the port can be changed. */
  replicationPort: limit(9443, "TCP port", "ASH-ASR-2019"),
  /** Exactly one OS disk; at most 64 data disks on the replicated machine. */
  maxDataDisks: limit(64, "disks", "ASR-MATRIX"),
  /** Every replicated disk must be larger than 1,024 MB ("disk must be larger than 1024 MB"). */
  minDiskSizeGiB: limit(1, "GiB", "ASR-MATRIX", "a disk must be strictly larger than 1 GiB"),
  /** OS disk up to 2,048 GB for a generation 1 Azure VM; ASH disks are ≤ 1,023 GiB so it never binds. */
  maxOsDiskGiB: limit(2048, "GiB", "ASR-MATRIX", "generation 1; Azure Stack Hub runs generation 1 VMs only"),
  /** Data disk up to 32 TB on managed disks (Mobility 9.41+); never binds on ASH (≤ 1,023 GiB). */
  maxDataDiskGiB: limit(32 * 1024, "GiB", "ASR-MATRIX"),
  /**
   * Peak data churn across all disks of one VM. The matrix writes "MB/s" in binary units (its disk table: 2 MB/s
   * × 86,400 s = 168.75 GiB = "168 GB per day"), so the limit is held, compared and printed in MiB/s.
   */
  maxVmPeakChurnMBps: limit(
    54,
    "MiB/s",
    "ASR-MATRIX",
    "the matrix's 54 MB/s, binary; an older copy of the matrix also gives 25 MB/s average per VM (azure-docs#52643)",
  ),
  /** "Average data churn per VM" in an older copy of the matrix; conflicts with the 54 MB/s peak (azure-docs#52643). */
  maxVmAverageChurnMBps: limit(
    25,
    "MiB/s",
    "ASR-MATRIX (older copy)",
    "conflicts with the current 54 MiB/s peak figure; a busy rate between 25 and 54 MiB/s is a warning",
  ),
  /** Churn one process server takes per day; a machine uses a single process server, so also the per-VM maximum. */
  maxChurnPerProcessServerGiBPerDay: limit(2048, "GiB/day", "ASR-MATRIX", '"2 TB" read as 2 TiB, the matrix using binary units (2 MB/s ≈ 168 GB/day)'),
  /** Machines one configuration server with its built-in process server serves (above: add process servers). */
  maxMachinesPerConfigurationServer: limit(200, "machines", "ASR-CAPACITY"),
  /** Recovery plan size. */
  maxServersPerRecoveryPlan: limit(100, "servers", "ARCH-DR"),
  /** Crash-consistent recovery points are made every 5 minutes. */
  crashConsistentIntervalMinutes: limit(5, "minutes", "ARCH-DR"),
  /** The Site Recovery driver uses 6 % of the machine's RAM. */
  driverRamPercent: limit(6, "%", "ASR-MATRIX"),
  /** Each protected instance is free of ASR charges for its first 31 days. */
  freeDays: limit(31, "days", "ARCH-DR"),
} as const;

/**
 * Per-disk churn the replication target takes, by Azure disk type and average I/O size. Units are binary:
 * 2 MB/s × 86,400 s = 168.75 GiB, the matrix's "168 GB per disk" per day. Source: ASR-MATRIX. Premium mapping of
 * a source disk by size from ASRDP: < 128 GB → P10, 128–512 GB → P20, 512–1,023 GB → P30.
 */
export interface DiskChurnRow {
  target: "standard" | "premium-p10-p15" | "premium-p20-p50";
  /** Churn at an 8 KB average write, MiB/s: the conservative figure (the planner does not know the write size). */
  at8KiBMBps: number;
  /** Best case (largest write size the matrix lists), MiB/s: above this, no write size makes the disk fit. */
  bestCaseMBps: number;
}
export const ASR_DISK_CHURN: readonly DiskChurnRow[] = [
  { target: "standard", at8KiBMBps: 2, bestCaseMBps: 2 },
  { target: "premium-p10-p15", at8KiBMBps: 2, bestCaseMBps: 8 },
  { target: "premium-p20-p50", at8KiBMBps: 5, bestCaseMBps: 20 },
];
/** Premium disks below this size map to P10/P15 (ASRDP premium mapping: < 128 GB → P10). */
export const PREMIUM_SMALL_DISK_GIB = 128;

/** Configuration server with its built-in process server (ASR-CAPACITY). Churn in GiB/day (TB read as TiB). */
export interface ServerSizeRow {
  vCpus: number;
  memoryGiB: number;
  cacheDiskGiB: number;
  maxChurnGiBPerDay: number;
  maxMachines: number;
}
export const CONFIGURATION_SERVER_SIZES: readonly ServerSizeRow[] = [
  { vCpus: 8, memoryGiB: 16, cacheDiskGiB: 300, maxChurnGiBPerDay: 500, maxMachines: 99 }, // "< 100 machines"
  { vCpus: 12, memoryGiB: 18, cacheDiskGiB: 600, maxChurnGiBPerDay: 1024, maxMachines: 150 },
  { vCpus: 16, memoryGiB: 32, cacheDiskGiB: 1024, maxChurnGiBPerDay: 2048, maxMachines: 200 },
];
/** Scale-out process servers (ASR-CAPACITY); the docs ask for a separate cache disk of 600 GB or more. */
export const PROCESS_SERVER_SIZES: readonly ServerSizeRow[] = [
  { vCpus: 4, memoryGiB: 8, cacheDiskGiB: 300, maxChurnGiBPerDay: 250, maxMachines: 85 },
  { vCpus: 8, memoryGiB: 12, cacheDiskGiB: 600, maxChurnGiBPerDay: 1024, maxMachines: 150 },
  { vCpus: 12, memoryGiB: 24, cacheDiskGiB: 1024, maxChurnGiBPerDay: 2048, maxMachines: 225 },
];
export const MIN_PROCESS_SERVER_CACHE_GIB = 600;

// ---------------------------------------------------------------------------------------------------------
// Azure Site Recovery on Azure Stack Hub (stack-to-stack, value-add resource provider, preview)
// ---------------------------------------------------------------------------------------------------------

export const ASR_STACK_TO_STACK = {
  /** Azure Stack Hub build the resource provider needs (S2S-TARGET). Checked on both stamps (assumption: the source appliance and extensions need the same update). */
  minimumStampVersion: "1.2301.2.58",
  /** Largest protected disk: ASR adds 1 GB and ASH caps disks at 1,023 GB (S2S-KNOWN). */
  maxProtectedDiskGiB: limit(1022, "GiB", "S2S-KNOWN", 'a 1,023 GB disk stays at "xx% Synchronized"'),
  /**
   * Disks re-protected at once: Standard_DS4_v2 takes 32 data disks and the appliance uses one (S2S-KNOWN). The
   * source counts replica disks: "the replica disks for re-protection are attached to the appliance", one per
   * replicated disk of the VM, so the OS disk counts as well as the data disks (excluded disks do not replicate).
   */
  maxDisksReprotectedAtOnce: limit(31, "disks", "S2S-KNOWN"),
  /** The appliance VM size and shape (S2S-SOURCE). */
  applianceSize: "Standard_DS4_v2",
  applianceVCpus: limit(8, "vCPU", "S2S-SOURCE"),
  applianceMemoryGiB: limit(28, "GiB", "S2S-SOURCE"),
  applianceDiskGiB: limit(610, "GiB", "S2S-SOURCE"),
  /** One Recovery Services vault per appliance (S2S-CAPACITY). */
  vaultsPerAppliance: limit(1, "vault", "S2S-CAPACITY"),
  /** Not a limit: the largest load Microsoft tested through one appliance (80 Windows + 40 Linux VMs). */
  testedVmsPerAppliance: limit(120, "VMs", "S2S-CAPACITY", "tested figure; no documented VMs-per-vault limit", false),
  /** Storage the target stamp keeps for 1:1 protection, because of bookmark history (S2S-CAPACITY). */
  targetStorageFactorLow: limit(1.5, "× protected storage", "S2S-CAPACITY"),
  targetStorageFactorHigh: limit(2, "× protected storage", "S2S-CAPACITY"),
  /** Resource-provider footprint on the target (admin side): Event Hubs + Dependency Service + ASR (S2S-CAPACITY). */
  providerVCores: limit(40, "vCores", "S2S-CAPACITY"),
  providerMemoryGiB: limit(175, "GB", "S2S-CAPACITY"),
  providerDiskGiB: limit(1700, "GB", "S2S-CAPACITY"),
  /** ASR times out after one day of backlog; the cache account's worst case holds a day of change (S2S-CAPACITY). */
  maxBacklogHours: limit(24, "hours", "S2S-CAPACITY"),
  /** RPO SLA and per-VM churn limit: none documented for stack-to-stack. */
  churnLimitDocumented: false,
} as const;

// ---------------------------------------------------------------------------------------------------------
// Operating systems
// ---------------------------------------------------------------------------------------------------------

export type OsKey = "windows-server" | "windows-client" | "ubuntu" | "rhel" | "centos" | "debian" | "sles" | "oracle-linux";

/** A supported range, inclusive; versions compare numerically part by part ("2012 R2" is 2012.5). */
export interface OsSupportRange {
  os: OsKey;
  min: string;
  max: string;
}

/** Azure Stack Hub VMs to Azure (ASH-ASR-2019): 64-bit WS 2019/2016/2012 R2/2012/2008 R2 SP1; CentOS 5.2–7.3; Ubuntu 14.04/16.04. */
export const ASR_TO_AZURE_OS: readonly OsSupportRange[] = [
  { os: "windows-server", min: "2008.5", max: "2019" },
  { os: "centos", min: "5.2", max: "5.11" },
  { os: "centos", min: "6.1", max: "6.9" },
  { os: "centos", min: "7.0", max: "7.3" },
  { os: "ubuntu", min: "14.04", max: "14.04" },
  { os: "ubuntu", min: "16.04", max: "16.04" },
];
/** Windows Server 2008 without R2 is "supported for migration only" in the physical matrix (ASR-MATRIX): not for DR. */
export const ASR_TO_AZURE_MIGRATION_ONLY: readonly OsSupportRange[] = [{ os: "windows-server", min: "2008", max: "2008" }];

/** Stack-to-stack (S2S-OVERVIEW, 2024). Linux kernels per the Azure-to-Azure matrix (not checked here). */
export const STACK_TO_STACK_OS: readonly OsSupportRange[] = [
  { os: "windows-server", min: "2008.5", max: "2022" },
  { os: "windows-client", min: "7", max: "10" },
  { os: "rhel", min: "6.7", max: "8.7" },
  { os: "ubuntu", min: "14.04", max: "20.04" },
  { os: "debian", min: "7.4", max: "11" },
  { os: "sles", min: "11.3", max: "15.4" },
  { os: "oracle-linux", min: "6.4", max: "8.7" },
];

// ---------------------------------------------------------------------------------------------------------
// Planning figures (assumptions, listed in docs/assumptions.md "## BC/DR")
// ---------------------------------------------------------------------------------------------------------

export const BCDR_ASSUMPTIONS = {
  /**
   * Hours of the day in which the day's change is written. Assumption: a working day of 8 hours, so the busy
   * rate is 3 × the daily average. A daily change rate says nothing about peaks; ASR's Deployment Planner
   * measures the 95th percentile instead, which it cannot do for Azure Stack Hub VMs (ASRDP).
   */
  busyHoursPerDay: 8,
  /** Share of replication traffic saved by compression: none assumed (the old Capacity Planner's 30 % is unverified in English). */
  replicationCompression: 0,
  /** Hours from "declare disaster" to a VM running at the DR site, per replication method (PROTECT-VMS: "minutes" class). */
  appReplicationFailoverHours: 0.5,
  asrFailoverHours: 1,
  /** Floor of the replication RPO: the 5-minute crash-consistent interval (ARCH-DR), applied to every replication method. */
  replicationRpoFloorHours: 5 / 60,
  /** Initial replication batch goal of the Deployment Planner (-GoalToCompleteIR default, ASRDP). */
  initialReplicationGoalHours: 72,
  /** Link speeds of the what-if table, Mbit/s (50 Mbps is the smallest ExpressRoute circuit, ARCH-DR). */
  whatIfBandwidthsMbps: [50, 100, 200, 500, 1000] as readonly number[],
} as const;
