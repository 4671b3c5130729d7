/**
 * Which DR method protects each VM, and why. Every candidate method is evaluated against its limits
 * (limits.ts); the choice then follows the rules in docs/bcdr.md ("Choosing a method"):
 *
 * 1. No tier → no method (the VM is unprotected by choice).
 * 2. Active Directory → an extra domain controller at the DR site, whenever there is one: every other VM
 *    needs a DC there to log on, and restoring a DC from backup risks USN rollback.
 * 3. If restore from backup meets the tier's RTO and the tier does not require DR → restore + redeploy.
 * 4. Otherwise replication: application-level where the workload has it (SQL Server, Exchange, file
 *    server, DNS), else Azure Site Recovery to the DR site's kind (Azure region or second stamp).
 * 5. If no replication method can protect the VM, restore when it meets the RTO (with a warning for a tier
 *    that requires DR); else no method: a gap.
 * With no DR site, rules 2 and 4 have nowhere to replicate to: tiers that require DR are a gap, the others
 * restore onto a rebuilt or replacement stamp.
 */
import { estimateRestore } from "../backup/restore.js";
import { effectiveUsedGiB, type PlannerSettings } from "../inventory/defaults.js";
import type { DrSite, Tenant, Tier, WorkloadRole } from "../inventory/schema.js";
import type { VmRef } from "../inventory/walk.js";
import { busyRateMiBps, diskDailyChurnGiB, replicatedDisks, vmDailyChurnGiB } from "./bandwidth.js";
import {
  ASR_DISK_CHURN,
  ASR_STACK_TO_STACK,
  ASR_TO_AZURE,
  ASR_TO_AZURE_MIGRATION_ONLY,
  ASR_TO_AZURE_OS,
  BCDR_ASSUMPTIONS,
  PREMIUM_SMALL_DISK_GIB,
  STACK_TO_STACK_OS,
  type DiskChurnRow,
} from "./limits.js";
import type { CompatibilityIssue, DrMethod, MethodEvaluation, VmChurn } from "./model.js";
import { compareVersions, osSupport } from "./os.js";

const r1 = (n: number) => Math.round(n * 10) / 10;
const r2 = (n: number) => Math.round(n * 100) / 100;

export type DrSiteKind = DrSite["kind"];

// ------------------------------------------------------------------------------------------------------
// Application-level replication
// ------------------------------------------------------------------------------------------------------

interface AppReplication {
  role: WorkloadRole;
  technology: string;
  windowsOnly: boolean;
}

/** In order of precedence when a VM has several roles. Sources: PROTECT-VMS and ARCH-DR (limits.ts). */
export const APP_REPLICATION: readonly AppReplication[] = [
  { role: "active-directory", technology: "an additional domain controller (with DNS) at the DR site, kept current by AD DS replication", windowsOnly: true },
  { role: "sql-server", technology: "SQL Server Always On availability group with an asynchronous-commit replica at the DR site (or log shipping)", windowsOnly: false },
  { role: "exchange", technology: "an Exchange database availability group (DAG) member at the DR site", windowsOnly: true },
  { role: "file-server", technology: "DFS Replication to a file server at the DR site (or Storage Replica)", windowsOnly: true },
  { role: "dns", technology: "a secondary DNS server at the DR site (zone transfer)", windowsOnly: false },
];

export function evaluateApplicationReplication(ref: VmRef, site: DrSiteKind): MethodEvaluation | undefined {
  const roles = ref.vm.roles ?? [];
  const entry = APP_REPLICATION.find((a) => roles.includes(a.role));
  if (!entry) return undefined;
  const issues: CompatibilityIssue[] = [];
  if (site === "none") issues.push({ severity: "blocker", code: "no-dr-site", message: "there is no DR site to hold a replica" });
  if (entry.windowsOnly && ref.vm.osType !== "windows") {
    issues.push({ severity: "blocker", code: "windows-only", message: `${entry.role}: the native replication is a Windows Server feature and the VM runs ${ref.vm.osVersion}` });
  }
  const image = ref.vm.imageReference;
  if (entry.role === "sql-server" && image && /^sql/i.test(image.offer) && /standard/i.test(image.sku)) {
    issues.push({ severity: "warning", code: "sql-standard-basic-ag", message: "SQL Server Standard edition offers only basic availability groups (one database each); use log shipping for many databases" });
  }
  return {
    method: "application-replication",
    available: !issues.some((i) => i.severity === "blocker"),
    issues,
    estimatedRtoHours: BCDR_ASSUMPTIONS.appReplicationFailoverHours,
    technology: entry.technology,
  };
}

// ------------------------------------------------------------------------------------------------------
// Azure Site Recovery to Azure (physical-server path)
// ------------------------------------------------------------------------------------------------------

export function diskChurnRow(disk: { sku?: string | undefined; sizeGiB: number }): DiskChurnRow {
  if (disk.sku !== "Premium_LRS") return ASR_DISK_CHURN[0]!;
  return disk.sizeGiB < PREMIUM_SMALL_DISK_GIB ? ASR_DISK_CHURN[1]! : ASR_DISK_CHURN[2]!;
}

export function evaluateAsrToAzure(ref: VmRef, settings: PlannerSettings): MethodEvaluation {
  const { vm } = ref;
  const issues: CompatibilityIssue[] = [];
  const block = (code: string, message: string) => issues.push({ severity: "blocker", code, message });
  const warn = (code: string, message: string) => issues.push({ severity: "warning", code, message });

  const migrationOnly = osSupport(vm.osVersion, ASR_TO_AZURE_MIGRATION_ONLY);
  const os = osSupport(vm.osVersion, ASR_TO_AZURE_OS);
  if (migrationOnly.support === "supported") block("os-migration-only", `${vm.osVersion} is supported by Site Recovery for migration only, not for disaster recovery`);
  else if (os.support === "unknown") warn("os-unknown", `"${vm.osVersion}" is not an OS this tool can check against the Site Recovery list; check it by hand`);
  else if (os.support === "not-listed" || os.support === "partly") {
    warn("os-not-on-ash-list", `${vm.osVersion} is not on the Azure Stack Hub to Azure list (2019: Windows Server 2008 R2 SP1–2019, CentOS 5.2–7.3, Ubuntu 14.04/16.04); check the current physical-server support matrix and its kernel list`);
  }

  const dataDisks = vm.disks.filter((d) => d.role === "data");
  if (dataDisks.length > ASR_TO_AZURE.maxDataDisks.value) block("too-many-data-disks", `${dataDisks.length} data disks; Site Recovery replicates at most ${ASR_TO_AZURE.maxDataDisks.value}`);
  for (const disk of vm.disks) {
    if (disk.sizeGiB <= ASR_TO_AZURE.minDiskSizeGiB.value) block("disk-too-small", `disk ${disk.name} is ${disk.sizeGiB} GiB; every replicated disk must be larger than 1 GiB (1,024 MB)`);
    if (disk.role === "os" && disk.sizeGiB > ASR_TO_AZURE.maxOsDiskGiB.value) block("os-disk-too-large", `OS disk ${disk.name} is ${disk.sizeGiB} GiB; Site Recovery takes at most ${ASR_TO_AZURE.maxOsDiskGiB.value} GiB (generation 1)`);
    if (disk.role === "data" && disk.sizeGiB > ASR_TO_AZURE.maxDataDiskGiB.value) block("data-disk-too-large", `data disk ${disk.name} is ${disk.sizeGiB} GiB; Site Recovery takes at most ${ASR_TO_AZURE.maxDataDiskGiB.value} GiB`);
  }

  const growth = settings.churnGrowthFactor;
  const busy = BCDR_ASSUMPTIONS.busyHoursPerDay;
  for (const disk of replicatedDisks(vm)) {
    const rate = busyRateMiBps(diskDailyChurnGiB(vm, disk, growth), busy);
    const row = diskChurnRow(disk);
    if (rate > row.bestCaseMBps) block("disk-churn", `disk ${disk.name} writes about ${r1(rate)} MB/s at its busiest; a ${row.target} replica disk takes at most ${row.bestCaseMBps} MB/s even with large writes`);
    else if (rate > row.at8KiBMBps) warn("disk-churn-8k", `disk ${disk.name} writes about ${r1(rate)} MB/s at its busiest; a ${row.target} replica disk takes ${row.at8KiBMBps} MB/s at 8 KB writes (more with larger writes)`);
  }
  const daily = vmDailyChurnGiB(vm, growth);
  const peak = busyRateMiBps(daily, busy);
  if (peak > ASR_TO_AZURE.maxVmPeakChurnMBps.value) block("vm-churn", `the VM writes about ${r1(peak)} MB/s at its busiest; Site Recovery takes at most ${ASR_TO_AZURE.maxVmPeakChurnMBps.value} MB/s peak churn per VM`);
  else if (peak > ASR_TO_AZURE.maxVmAverageChurnMBps.value) {
    // The docs conflict (25 vs 54 MB/s per VM, azure-docs#52643): between the two figures the plan warns.
    warn("vm-churn-25", `the VM writes about ${r1(peak)} MB/s at its busiest: under the current 54 MB/s per-VM limit, but above the 25 MB/s an older support matrix gives (the two figures conflict, azure-docs#52643)`);
  }
  if (daily > ASR_TO_AZURE.maxChurnPerProcessServerGiBPerDay.value) {
    block("process-server-churn", `the VM changes ${r1(daily)} GiB a day; one machine uses one process server, which takes at most 2 TB a day`);
  }
  return {
    method: "asr-to-azure",
    available: !issues.some((i) => i.severity === "blocker"),
    issues,
    estimatedRtoHours: BCDR_ASSUMPTIONS.asrFailoverHours,
  };
}

// ------------------------------------------------------------------------------------------------------
// Azure Site Recovery on Azure Stack Hub (stack-to-stack)
// ------------------------------------------------------------------------------------------------------

/**
 * Compares an Azure Stack Hub update string with the minimum build. "2406" is update 1.2406 (build unknown);
 * "1.2301.2.58" is a full build. Returns ok, below, unknown (missing or an update equal to the minimum's).
 */
export function checkStampVersion(version: string | undefined, minimum: string = ASR_STACK_TO_STACK.minimumStampVersion): "ok" | "below" | "unknown" {
  if (!version) return "unknown";
  const v = version.trim();
  let full: string;
  if (/^\d{4}$/.test(v)) full = `1.${v}`;
  else if (/^1\.\d{4}(\.\d+){0,2}$/.test(v)) full = v;
  else return "unknown";
  const update = full.split(".").slice(0, 2).join(".");
  const minUpdate = minimum.split(".").slice(0, 2).join(".");
  const cmp = compareVersions(update, minUpdate);
  if (cmp !== 0) return cmp > 0 ? "ok" : "below";
  if (full.split(".").length < 4) return "unknown"; // same update, build not given
  return compareVersions(full, minimum) >= 0 ? "ok" : "below";
}

export function evaluateStackToStack(ref: VmRef, tenant: Tenant): MethodEvaluation {
  const { vm } = ref;
  const issues: CompatibilityIssue[] = [];
  const block = (code: string, message: string) => issues.push({ severity: "blocker", code, message });
  const warn = (code: string, message: string) => issues.push({ severity: "warning", code, message });
  const min = ASR_STACK_TO_STACK.minimumStampVersion;
  const stamps: Array<[string, string | undefined]> = [
    [`source stamp ${tenant.stamp.name}`, tenant.stamp.version],
    [`target stamp ${tenant.protection.drSite?.name ?? "(unnamed)"}`, tenant.protection.drSite?.stampVersion],
  ];
  for (const [what, version] of stamps) {
    const check = checkStampVersion(version);
    if (check === "below") block("stamp-version", `${what} runs ${version}; Site Recovery on Azure Stack Hub needs ${min} or later`);
    else if (check === "unknown") warn("stamp-version-unknown", `${what} version ${version ? `"${version}" ` : ""}is not known to be ${min} or later; check it before relying on stack-to-stack replication`);
  }
  const os = osSupport(vm.osVersion, STACK_TO_STACK_OS);
  if (os.support === "not-listed") block("os-not-supported", `${vm.osVersion} is not on the stack-to-stack support list`);
  else if (os.support === "partly") warn("os-minor-version", `${vm.osVersion}: only some minor versions are supported (${STACK_TO_STACK_OS.filter((r) => r.os === os.parsed!.os).map((r) => `${r.min}–${r.max}`).join(", ")}); check the exact release`);
  else if (os.support === "unknown") warn("os-unknown", `"${vm.osVersion}" is not an OS this tool can check against the stack-to-stack list; check it by hand`);
  if (vm.osType === "linux") warn("linux-kernel", "Linux kernels must stay on the supported list: hold kernel updates (apt-mark hold linux-image-azure linux-headers-azure)");

  for (const disk of vm.disks) {
    if (disk.sizeGiB > ASR_STACK_TO_STACK.maxProtectedDiskGiB.value) {
      block("disk-too-large", `disk ${disk.name} is ${disk.sizeGiB} GiB; stack-to-stack protects disks of at most ${ASR_STACK_TO_STACK.maxProtectedDiskGiB.value} GiB (it adds 1 GiB and a disk stops at 1,023)`);
    }
  }
  const disks = replicatedDisks(vm).length;
  if (disks > ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value) {
    block("too-many-disks", `${disks} disks; the appliance re-protects at most ${ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value} at once (larger appliance sizes are untested)`);
  }
  return {
    method: "asr-stack-to-stack",
    available: !issues.some((i) => i.severity === "blocker"),
    issues,
    estimatedRtoHours: BCDR_ASSUMPTIONS.asrFailoverHours,
  };
}

// ------------------------------------------------------------------------------------------------------
// Restore from backup + redeploy from IaC
// ------------------------------------------------------------------------------------------------------

export function evaluateRestore(ref: VmRef, tenant: Tenant, settings: PlannerSettings, site: DrSiteKind): MethodEvaluation {
  const issues: CompatibilityIssue[] = [];
  if (ref.vm.backup?.exclude) issues.push({ severity: "blocker", code: "excluded-from-backup", message: "the VM is excluded from backup (backup.exclude), so there is nothing to restore" });
  if (site === "none") {
    issues.push({ severity: "warning", code: "no-dr-site", message: "with no DR site the restore waits for a rebuilt or replacement stamp; that time is not in the estimate" });
  }
  const estimate = estimateRestore(tenant, ref, settings);
  return {
    method: "restore-and-redeploy",
    available: !issues.some((i) => i.severity === "blocker"),
    issues,
    estimatedRtoHours: r2(estimate.totalHours),
  };
}

// ------------------------------------------------------------------------------------------------------
// The choice
// ------------------------------------------------------------------------------------------------------

export interface MethodChoice {
  method: DrMethod;
  technology: string;
  reason: string;
  estimatedRtoHours: number | null;
  evaluations: MethodEvaluation[];
}

const hours = (n: number) => `${r1(n)} h`;
const blockers = (e: MethodEvaluation) => e.issues.filter((i) => i.severity === "blocker").map((i) => i.message).join("; ");

export function chooseMethod(ref: VmRef, tier: Tier | undefined, tenant: Tenant, settings: PlannerSettings): MethodChoice {
  const site: DrSiteKind = tenant.protection.drSite?.kind ?? "none";
  if (!tier) {
    return { method: "none", technology: "", reason: "the VM has no tier (and no default tier applies): it is unprotected by choice", estimatedRtoHours: null, evaluations: [] };
  }
  const app = evaluateApplicationReplication(ref, site);
  const asr =
    site === "azure-region" ? evaluateAsrToAzure(ref, settings) : site === "second-stamp" ? evaluateStackToStack(ref, tenant) : undefined;
  const restore = evaluateRestore(ref, tenant, settings, site);
  const evaluations = [app, asr, restore].filter((e): e is MethodEvaluation => e !== undefined);
  const pick = (e: MethodEvaluation, reason: string): MethodChoice => ({
    method: e.method,
    technology: e.technology ?? technologyOf(e.method, site),
    reason,
    estimatedRtoHours: e.estimatedRtoHours,
    evaluations,
  });
  const restoreHours = restore.estimatedRtoHours ?? Number.POSITIVE_INFINITY;
  const restoreMeetsRto = restore.available && restoreHours <= tier.rtoHours;
  const requiresDr = tier.requiresDr === true;

  if (site === "none") {
    if (requiresDr) {
      return { method: "none", technology: "", reason: `tier "${tier.name}" requires DR but protection.drSite is "none" or missing: nothing to replicate to`, estimatedRtoHours: null, evaluations };
    }
    if (restoreMeetsRto) return pick(restore, `no DR site: restore (about ${hours(restoreHours)}) onto a rebuilt or replacement stamp meets the ${hours(tier.rtoHours)} RTO, once the stamp exists`);
    return { method: "none", technology: "", reason: restore.available ? `no DR site, and a restore takes about ${hours(restoreHours)}, more than the ${hours(tier.rtoHours)} RTO` : `no DR site, and ${blockers(restore)}`, estimatedRtoHours: null, evaluations };
  }

  if (app?.available && (ref.vm.roles ?? []).includes("active-directory")) {
    return pick(app, "other VMs need a domain controller at the DR site to sign in, and restoring a DC from backup risks USN rollback: keep a DC running there");
  }
  if (!requiresDr && restoreMeetsRto) {
    return pick(restore, `restore takes about ${hours(restoreHours)}, within the ${hours(tier.rtoHours)} RTO, and tier "${tier.name}" does not require DR: no standby needed`);
  }
  const why = requiresDr
    ? `tier "${tier.name}" requires DR`
    : restore.available
      ? `a restore takes about ${hours(restoreHours)}, more than the ${hours(tier.rtoHours)} RTO`
      : `restore from backup is not possible (${blockers(restore)})`;
  if (app?.available) return pick(app, `${why}; the workload replicates itself, which fails over faster and cleaner than a disk copy`);
  if (asr?.available) {
    const lead = app ? `application-level replication is not possible (${blockers(app)}); ` : "";
    return pick(asr, `${why}; ${lead}${site === "azure-region" ? "the DR site is an Azure region" : "the DR site is a second stamp"}`);
  }
  const notPossible = [app, asr].filter((e): e is MethodEvaluation => !!e).map((e) => `${e.method}: ${blockers(e)}`).join("; ");
  if (restoreMeetsRto) {
    return pick(restore, `${why}, but no replication method can protect it (${notPossible || "none applies"}); restore (about ${hours(restoreHours)}) meets the RTO`);
  }
  return {
    method: "none",
    technology: "",
    reason: `${why}, and no replication method can protect it (${notPossible || "none applies"})${requiresDr && restore.available ? `; a restore takes about ${hours(restoreHours)}, more than the ${hours(tier.rtoHours)} RTO` : ""}`,
    estimatedRtoHours: null,
    evaluations,
  };
}

function technologyOf(method: DrMethod, site: DrSiteKind): string {
  switch (method) {
    case "asr-to-azure":
      return "Mobility service → process server on the configuration server VM → Azure Storage; failover to Azure VMs";
    case "asr-stack-to-stack":
      return "ASR appliance on the source stamp → Recovery Services vault on the target stamp; failover to target-stamp VMs";
    case "restore-and-redeploy":
      return site === "none" ? "redeploy from the IaC export, then restore data from the off-stack backup" : "redeploy at the DR site from the IaC export, then restore data from the off-stack backup";
    default:
      return "";
  }
}

/** Churn and size figures of one VM's replicated disks. */
export function vmChurn(ref: VmRef, settings: PlannerSettings): VmChurn {
  const disks = replicatedDisks(ref.vm);
  const daily = vmDailyChurnGiB(ref.vm, settings.churnGrowthFactor);
  return {
    replicatedUsedGiB: r2(disks.reduce((s, d) => s + effectiveUsedGiB(d), 0)),
    provisionedGiB: r2(ref.vm.disks.reduce((s, d) => s + d.sizeGiB, 0)),
    disks: disks.length,
    dailyChurnGiB: r2(daily),
    busyMiBps: r2(busyRateMiBps(daily, BCDR_ASSUMPTIONS.busyHoursPerDay)),
  };
}
