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
import { roundTo } from "../base/units.js";
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
import { joinTexts, t, type LocalText } from "../base/text.js";
import { compareVersions, osSupport } from "./os.js";

const r1 = (n: number) => roundTo(n, 1);

/** A compatibility issue in English with its key beside it. */
const issue = (severity: CompatibilityIssue["severity"], code: string, text: LocalText): CompatibilityIssue => ({
  severity,
  code,
  message: text.en,
  messageLocal: text,
});
const r2 = (n: number) => roundTo(n, 2);

export type DrSiteKind = DrSite["kind"];

// ------------------------------------------------------------------------------------------------------
// Application-level replication
// ------------------------------------------------------------------------------------------------------

interface AppReplication {
  role: WorkloadRole;
  technology: string;
  technologyLocal: LocalText;
  windowsOnly: boolean;
}

const app = (role: WorkloadRole, technology: LocalText, windowsOnly: boolean): AppReplication => ({
  role,
  technology: technology.en,
  technologyLocal: technology,
  windowsOnly,
});

/** In order of precedence when a VM has several roles. Sources: PROTECT-VMS and ARCH-DR (limits.ts). */
export const APP_REPLICATION: readonly AppReplication[] = [
  app("active-directory", t("bcdr.tech.active-directory"), true),
  app("sql-server", t("bcdr.tech.sql-server"), false),
  app("exchange", t("bcdr.tech.exchange"), true),
  app("file-server", t("bcdr.tech.file-server"), true),
  app("dns", t("bcdr.tech.dns"), false),
];

export function evaluateApplicationReplication(ref: VmRef, site: DrSiteKind): MethodEvaluation | undefined {
  const roles = ref.vm.roles ?? [];
  const entry = APP_REPLICATION.find((a) => roles.includes(a.role));
  if (!entry) return undefined;
  const issues: CompatibilityIssue[] = [];
  if (site === "none") issues.push(issue("blocker", "no-dr-site", t("bcdr.issue.app.no-dr-site")));
  if (entry.windowsOnly && ref.vm.osType !== "windows") {
    issues.push(issue("blocker", "windows-only", t("bcdr.issue.windows-only", { role: entry.role, os: ref.vm.osVersion })));
  }
  const image = ref.vm.imageReference;
  if (entry.role === "sql-server" && image && /^sql/i.test(image.offer) && /standard/i.test(image.sku)) {
    issues.push(issue("warning", "sql-standard-basic-ag", t("bcdr.issue.sql-standard-basic-ag")));
  }
  return {
    method: "application-replication",
    available: !issues.some((i) => i.severity === "blocker"),
    issues,
    estimatedRtoHours: BCDR_ASSUMPTIONS.appReplicationFailoverHours,
    technology: entry.technology,
    technologyLocal: entry.technologyLocal,
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
  const block = (code: string, text: LocalText) => issues.push(issue("blocker", code, text));
  const warn = (code: string, text: LocalText) => issues.push(issue("warning", code, text));

  const migrationOnly = osSupport(vm.osVersion, ASR_TO_AZURE_MIGRATION_ONLY);
  const os = osSupport(vm.osVersion, ASR_TO_AZURE_OS);
  if (migrationOnly.support === "supported") block("os-migration-only", t("bcdr.issue.os-migration-only", { os: vm.osVersion }));
  else if (os.support === "unknown") warn("os-unknown", t("bcdr.issue.os-unknown.azure", { os: vm.osVersion }));
  else if (os.support === "not-listed" || os.support === "partly") {
    warn("os-not-on-ash-list", t("bcdr.issue.os-not-on-ash-list", { os: vm.osVersion }));
  }

  const dataDisks = vm.disks.filter((d) => d.role === "data");
  if (dataDisks.length > ASR_TO_AZURE.maxDataDisks.value)
    block("too-many-data-disks", t("bcdr.issue.too-many-data-disks", { count: dataDisks.length, max: ASR_TO_AZURE.maxDataDisks.value }));
  for (const disk of vm.disks) {
    if (disk.sizeGiB <= ASR_TO_AZURE.minDiskSizeGiB.value) block("disk-too-small", t("bcdr.issue.disk-too-small", { disk: disk.name, gib: disk.sizeGiB }));
    if (disk.role === "os" && disk.sizeGiB > ASR_TO_AZURE.maxOsDiskGiB.value)
      block("os-disk-too-large", t("bcdr.issue.os-disk-too-large", { disk: disk.name, gib: disk.sizeGiB, max: ASR_TO_AZURE.maxOsDiskGiB.value }));
    if (disk.role === "data" && disk.sizeGiB > ASR_TO_AZURE.maxDataDiskGiB.value)
      block("data-disk-too-large", t("bcdr.issue.data-disk-too-large", { disk: disk.name, gib: disk.sizeGiB, max: ASR_TO_AZURE.maxDataDiskGiB.value }));
  }

  const growth = settings.churnGrowthFactor;
  const busy = BCDR_ASSUMPTIONS.busyHoursPerDay;
  for (const disk of replicatedDisks(vm)) {
    const rate = busyRateMiBps(diskDailyChurnGiB(vm, disk, growth), busy);
    const row = diskChurnRow(disk);
    if (rate > row.bestCaseMBps)
      block("disk-churn", t("bcdr.issue.disk-churn", { disk: disk.name, rate: r1(rate), target: row.target, max: row.bestCaseMBps }));
    else if (rate > row.at8KiBMBps)
      warn("disk-churn-8k", t("bcdr.issue.disk-churn-8k", { disk: disk.name, rate: r1(rate), target: row.target, max: row.at8KiBMBps }));
  }
  const daily = vmDailyChurnGiB(vm, growth);
  const peak = busyRateMiBps(daily, busy);
  if (peak > ASR_TO_AZURE.maxVmPeakChurnMBps.value) block("vm-churn", t("bcdr.issue.vm-churn", { rate: r1(peak), max: ASR_TO_AZURE.maxVmPeakChurnMBps.value }));
  else if (peak > ASR_TO_AZURE.maxVmAverageChurnMBps.value) {
    // The docs conflict (25 vs 54 MB/s per VM, azure-docs#52643): between the two figures the plan warns.
    warn("vm-churn-25", t("bcdr.issue.vm-churn-25", { rate: r1(peak) }));
  }
  if (daily > ASR_TO_AZURE.maxChurnPerProcessServerGiBPerDay.value) {
    block("process-server-churn", t("bcdr.issue.process-server-churn", { gib: r1(daily) }));
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
  const block = (code: string, text: LocalText) => issues.push(issue("blocker", code, text));
  const warn = (code: string, text: LocalText) => issues.push(issue("warning", code, text));
  const min = ASR_STACK_TO_STACK.minimumStampVersion;
  const stamps: Array<[LocalText, string | undefined]> = [
    [t("bcdr.what.sourceStamp", { name: tenant.stamp.name }), tenant.stamp.version],
    [
      tenant.protection.drSite?.name ? t("bcdr.what.targetStamp", { name: tenant.protection.drSite.name }) : t("bcdr.what.targetStampUnnamed"),
      tenant.protection.drSite?.stampVersion,
    ],
  ];
  for (const [what, version] of stamps) {
    const check = checkStampVersion(version);
    if (check === "below") block("stamp-version", t("bcdr.issue.stamp-version", { what, version: String(version), min }));
    else if (check === "unknown")
      warn(
        "stamp-version-unknown",
        version ? t("bcdr.issue.stamp-version-unknown", { what, version, min }) : t("bcdr.issue.stamp-version-missing", { what, min }),
      );
  }
  const os = osSupport(vm.osVersion, STACK_TO_STACK_OS);
  if (os.support === "not-listed") block("os-not-supported", t("bcdr.issue.os-not-supported", { os: vm.osVersion }));
  else if (os.support === "partly")
    warn(
      "os-minor-version",
      t("bcdr.issue.os-minor-version", {
        os: vm.osVersion,
        versions: STACK_TO_STACK_OS.filter((r) => r.os === os.parsed!.os)
          .map((r) => `${r.min}–${r.max}`)
          .join(", "),
      }),
    );
  else if (os.support === "unknown") warn("os-unknown", t("bcdr.issue.os-unknown.stack", { os: vm.osVersion }));
  if (vm.osType === "linux") warn("linux-kernel", t("bcdr.issue.linux-kernel"));

  for (const disk of vm.disks) {
    if (disk.sizeGiB > ASR_STACK_TO_STACK.maxProtectedDiskGiB.value) {
      block("disk-too-large", t("bcdr.issue.disk-too-large", { disk: disk.name, gib: disk.sizeGiB, max: ASR_STACK_TO_STACK.maxProtectedDiskGiB.value }));
    }
  }
  const disks = replicatedDisks(vm).length;
  if (disks > ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value) {
    block("too-many-disks", t("bcdr.issue.too-many-disks", { count: disks, max: ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value }));
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
  if (ref.vm.backup?.exclude) issues.push(issue("blocker", "excluded-from-backup", t("bcdr.issue.excluded-from-backup")));
  if (site === "none") {
    issues.push(issue("warning", "no-dr-site", t("bcdr.issue.restore.no-dr-site")));
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
  technologyLocal: LocalText;
  reason: string;
  reasonLocal: LocalText;
  estimatedRtoHours: number | null;
  evaluations: MethodEvaluation[];
}

const hours = (n: number) => t("bcdr.hours", { n: r1(n) });
const issueText = (i: CompatibilityIssue): LocalText => i.messageLocal ?? t("common.verbatim", { text: i.message });
const blockers = (e: MethodEvaluation) => joinTexts(e.issues.filter((i) => i.severity === "blocker").map(issueText), "list.semicolon");
const NO_TECHNOLOGY = t("common.verbatim", { text: "" });
/** A choice without a method: the reason in English with its key. */
const noMethod = (reason: LocalText, evaluations: MethodEvaluation[]): MethodChoice => ({
  method: "none",
  technology: "",
  technologyLocal: NO_TECHNOLOGY,
  reason: reason.en,
  reasonLocal: reason,
  estimatedRtoHours: null,
  evaluations,
});

export function chooseMethod(ref: VmRef, tier: Tier | undefined, tenant: Tenant, settings: PlannerSettings): MethodChoice {
  const site: DrSiteKind = tenant.protection.drSite?.kind ?? "none";
  if (!tier) {
    return noMethod(t("bcdr.reason.no-tier"), []);
  }
  const app = evaluateApplicationReplication(ref, site);
  const asr = site === "azure-region" ? evaluateAsrToAzure(ref, settings) : site === "second-stamp" ? evaluateStackToStack(ref, tenant) : undefined;
  const restore = evaluateRestore(ref, tenant, settings, site);
  const evaluations = [app, asr, restore].filter((e): e is MethodEvaluation => e !== undefined);
  const pick = (e: MethodEvaluation, reason: LocalText): MethodChoice => ({
    method: e.method,
    technology: e.technology ?? technologyOf(e.method, site).en,
    technologyLocal: e.technologyLocal ?? technologyOf(e.method, site),
    reason: reason.en,
    reasonLocal: reason,
    estimatedRtoHours: e.estimatedRtoHours,
    evaluations,
  });
  const restoreHours = restore.estimatedRtoHours ?? Number.POSITIVE_INFINITY;
  const restoreMeetsRto = restore.available && restoreHours <= tier.rtoHours;
  const requiresDr = tier.requiresDr === true;

  if (site === "none") {
    if (requiresDr) {
      return noMethod(t("bcdr.reason.requires-dr-no-site", { tier: tier.name }), evaluations);
    }
    if (restoreMeetsRto) return pick(restore, t("bcdr.reason.no-site-restore", { restore: hours(restoreHours), rto: hours(tier.rtoHours) }));
    return noMethod(
      restore.available
        ? t("bcdr.reason.no-site-slow", { restore: hours(restoreHours), rto: hours(tier.rtoHours) })
        : t("bcdr.reason.no-site-blocked", { blockers: blockers(restore) }),
      evaluations,
    );
  }

  if (app?.available && (ref.vm.roles ?? []).includes("active-directory")) {
    return pick(app, t("bcdr.reason.dc"));
  }
  if (!requiresDr && restoreMeetsRto) {
    return pick(restore, t("bcdr.reason.restore-enough", { restore: hours(restoreHours), rto: hours(tier.rtoHours), tier: tier.name }));
  }
  const why = requiresDr
    ? t("bcdr.why.requires-dr", { tier: tier.name })
    : restore.available
      ? t("bcdr.why.restore-slow", { restore: hours(restoreHours), rto: hours(tier.rtoHours) })
      : t("bcdr.why.restore-impossible", { blockers: blockers(restore) });
  if (app?.available) return pick(app, t("bcdr.reason.app", { why }));
  if (asr?.available) {
    const siteText = site === "azure-region" ? t("bcdr.site.azure-region") : t("bcdr.site.second-stamp");
    return pick(asr, app ? t("bcdr.reason.asr.app-blocked", { why, blockers: blockers(app), site: siteText }) : t("bcdr.reason.asr", { why, site: siteText }));
  }
  const possible = [app, asr].filter((e): e is MethodEvaluation => !!e);
  const notPossible =
    possible.length > 0
      ? joinTexts(
          possible.map((e) => t("bcdr.notPossible.item", { method: e.method, blockers: blockers(e) })),
          "list.semicolon",
        )
      : t("bcdr.notPossible.none");
  if (restoreMeetsRto) {
    return pick(restore, t("bcdr.reason.restore-fallback", { why, notPossible, restore: hours(restoreHours) }));
  }
  return noMethod(
    requiresDr && restore.available
      ? t("bcdr.reason.uncovered.slow", { why, notPossible, restore: hours(restoreHours), rto: hours(tier.rtoHours) })
      : t("bcdr.reason.uncovered", { why, notPossible }),
    evaluations,
  );
}

function technologyOf(method: DrMethod, site: DrSiteKind): LocalText {
  switch (method) {
    case "asr-to-azure":
      return t("bcdr.tech.asr-to-azure");
    case "asr-stack-to-stack":
      return t("bcdr.tech.asr-stack-to-stack");
    case "restore-and-redeploy":
      return site === "none" ? t("bcdr.tech.restore.no-site") : t("bcdr.tech.restore");
    default:
      return NO_TECHNOLOGY;
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
