/**
 * planBackup: a validated tenant in, the backup plan model out (types.ts). Pure and deterministic: no clock,
 * no randomness, no I/O; the same tenant gives the same plan, in inventory order.
 *
 * Steps: choose a method per VM and resource (select.ts) → size each (sizing.ts) → group MABS-protected VMs
 * into backup servers → schedule every run of the day on the shared WAN link (schedule.ts) → estimate
 * restores (restore.ts) → list the network rules (network.ts) → check the rules (findings, docs/backup.md).
 */
import { GB_PER_GIB, minuteOfDay, roundTo } from "../base/units.js";
import { DEFAULT_CHANGE_RATE_PERCENT, DEFAULT_USED_SHARE, effectiveTierName, plannerSettings, type PlannerSettings } from "../inventory/defaults.js";
import { sortFindings, type Finding } from "../base/findings.js";
import { planFinding as finding } from "../base/planner-findings.js";
import { t, type LocalText } from "../base/text.js";
import type { Tenant, Tier } from "../inventory/schema.js";
import { stampDomain } from "../inventory/validate.js";
import { resourceGroups, sameName, virtualMachines, type VmRef } from "../inventory/walk.js";
import type { PathSegment } from "../base/path.js";
import { catalogue, method as methodById, type BackupMethod } from "./catalogue.js";
import { q } from "./formulas.js";
import { azureVmBackupRequirements, networkRequirements } from "./network.js";
import { estimateRestore, MB_PER_GIB, wanCapacityMBps } from "./restore.js";
import { longestCompletionGapMinutes, runSlots, scheduleRuns, type RunSlot, type ScheduleJob } from "./schedule.js";
import { kubernetesNodeNames, runsOn, selectVmMethod } from "./select.js";
import {
  dpmWorkload,
  gfsStorageGiB,
  gfsStorageOnDayGiB,
  growthSampleDays,
  retentionHorizonDays,
  MABS_LOCAL_DAYS,
  MABS_SCRATCH_SHARE,
  mabsDisksAndSize,
  mabsRecoveryPointGiB,
  mabsReplicaGiB,
  MARS_CACHE_SHARE,
  recoveryPointCount,
  reduced,
  runsPerDay,
  transferHours,
  vmDailyChangeGiB,
  vmUsedGiB,
  DPM_CHANGE_JOURNAL_GIB,
} from "./sizing.js";
import type { BackupPlan, BackupServerPlan, ResourceBackupPlan, RunSchedule, StorageGrowthPoint, VmBackupPlan, WindowLoad } from "./types.js";

export type { BackupPlan } from "./types.js";
export { estimateRestore, type RestoreEstimate } from "./restore.js";

/** Most servers one DPM/MABS server protects ("Get ready to deploy DPM servers": 100 servers). */
export const MABS_MAX_PROTECTED_SERVERS = 100;
/** Data-disk slots of the largest size on the MABS ladder (Standard_DS5_v2, src/inventory/vm-sizes.ts). */
export const MABS_MAX_DATA_DISKS = 64;
/** MARS on Windows Server 2008 R2 / 2008 SP2 / Windows 7: 1,700 GB per volume (backup-support-matrix-mars-agent.md). */
export const MARS_OLD_OS_VOLUME_GB = 1700;
const EPS = 1e-6;

interface Job {
  owner: { kind: "vm"; index: number } | { kind: "resource"; index: number };
  tier: string;
  run: number;
  job: ScheduleJob;
}

/** What every VM's plan reads: the tenant, its settings and tiers, and where findings go. */
interface PlanContext {
  tenant: Tenant;
  settings: PlannerSettings;
  tierByName: ReadonlyMap<string, { tier: Tier; index: number }>;
  nodeNames: ReadonlySet<string>;
  linkMBps: number;
  /** Is the backup target on the stamp itself (backup.target-on-stamp)? Then no copy leaves the stack. */
  targetOnStamp: boolean;
  findings: Finding[];
  /** Per tier: the most runs a day its VMs' products allow, and how many of them its window holds. */
  windowShortfall: Map<string, { runs: number; held: number }>;
}

/** A VM's plan with the slots of its runs in its tier's window (schedule.ts, runSlots). */
interface PlannedVm {
  plan: VmBackupPlan;
  slots: RunSlot[];
}

export function planBackup(tenant: Tenant): BackupPlan {
  const settings = plannerSettings(tenant);
  const findings: Finding[] = [];
  const targetFindings = checkTarget(tenant);
  findings.push(...targetFindings);
  const ctx: PlanContext = {
    tenant,
    settings,
    tierByName: new Map(tenant.protection.tiers.map((t, i) => [t.name, { tier: t, index: i }])),
    nodeNames: kubernetesNodeNames(tenant),
    linkMBps: wanCapacityMBps(tenant, settings),
    targetOnStamp: targetFindings.length > 0,
    findings,
    windowShortfall: new Map(),
  };

  const refs = virtualMachines(tenant);
  const planned = refs.map((ref) => planVm(ctx, ref));
  const vms = planned.map((p) => p.plan);
  findings.push(...methodNotes(tenant, settings, vms), ...windowShortfallFindings(ctx));

  const backupServers = planBackupServers(tenant, refs, vms, ctx.tierByName, findings);
  const resources = planResources(tenant, settings, findings);
  const day = scheduleDay(ctx, planned, resources);

  // Resources' fullGiB is already what crosses the link (blobs raw, Velero reduced by kopia before the upload).
  const resourceFull = sum(resources.filter((r) => r.protected).map((r) => r.fullGiB.value));
  const seededVms = vms.filter((v) => v.protected);
  const vmSeedGiB = (v: VmBackupPlan) => (v.seeding.basis === "reduced" ? v.seeding.reducedGiB.value : v.seeding.rawGiB.value);
  const fullTotal = sum(seededVms.map(vmSeedGiB)) + resourceFull;
  const totalSeedingHours = transferHours(fullTotal, ctx.linkMBps);
  const totalSeedingRawHours = transferHours(sum(seededVms.map((v) => v.seeding.rawGiB.value)) + resourceFull, ctx.linkMBps);
  const totalSeedingReducedHours = transferHours(sum(seededVms.map((v) => v.seeding.reducedGiB.value)) + resourceFull, ctx.linkMBps);
  const bases = new Set(seededVms.map((v) => v.seeding.basis));
  const seedingBasis = bases.size === 1 ? [...bases][0]! : bases.size === 0 ? "raw" : "mixed";
  const offlineSeedingRecommended = totalSeedingHours / 24 > settings.offlineSeedingThresholdDays;
  if (offlineSeedingRecommended) findings.push(offlineSeedingFinding(settings, vms, fullTotal, totalSeedingHours));

  const { target } = tenant.protection;
  const dailyTransfer = sum(day.jobs.map((j) => j.job.sizeMB)) / MB_PER_GIB;
  const usedMethods = new Set([...vms.filter((v) => v.protected).map((v) => v.method), ...resources.filter((r) => r.protected).map((r) => r.method)]);
  return {
    productFamily: settings.productFamily,
    target: { kind: target.kind, name: target.name, location: target.location },
    vms,
    resources,
    backupServers,
    methods: catalogue
      .map((m) => ({
        method: m.id,
        name: m.name,
        nameLocal: methodNameText(m.id),
        virtualMachines: vms.filter((v) => v.method === m.id).length,
        resources: resources.filter((r) => r.method === m.id).length,
      }))
      .filter((m) => m.virtualMachines + m.resources > 0),
    transfer: {
      wanBandwidthMbps: target.wanBandwidthMbps,
      wanEfficiency: settings.wanEfficiency,
      linkMBps: q(ctx.linkMBps, "MB/s", "backup.wan.capacity"),
      concurrentStreams: settings.concurrentStreams,
      dailyTransferGiB: q(dailyTransfer, "GiB", "backup.total.sum"),
      totalSeedingHours: q(totalSeedingHours, "hours", "backup.seeding.total"),
      totalSeedingRawHours: q(totalSeedingRawHours, "hours", "backup.seeding.total"),
      totalSeedingReducedHours: q(totalSeedingReducedHours, "hours", "backup.seeding.total"),
      seedingBasis,
      offlineSeedingRecommended,
      offlineSeedingThresholdDays: settings.offlineSeedingThresholdDays,
      timelineStartMinuteOfDay: day.schedule.timelineStart,
      totalTransferMinutes: q((dailyTransfer * MB_PER_GIB) / day.capacityPerMinute, "minutes", "backup.schedule.lower-bound"),
      lowerBoundMinutes: q(day.schedule.lowerBound, "minutes", "backup.schedule.lower-bound"),
      makespanMinutes: q(day.schedule.makespan, "minutes", "backup.schedule.makespan"),
      makespanRatio: day.schedule.lowerBound > 0 ? round3(day.schedule.makespan / day.schedule.lowerBound) : 1,
      windows: day.windows,
    },
    totals: backupTotals(vms, resources, backupServers),
    storageGrowth: storageGrowth(vms, ctx.tierByName),
    networkRules: networkRequirements(usedMethods, target),
    azureVmBackupNetworkRules: azureVmBackupRequirements(),
    findings: sortFindings(findings),
  };
}

/** Notes on the methods chosen: Linux on a partner agent under the Microsoft family; agents writing beside a vault. */
function methodNotes(tenant: Tenant, settings: PlannerSettings, vms: readonly VmBackupPlan[]): Finding[] {
  const out: Finding[] = [];
  const { target } = tenant.protection;
  const linuxFallback = vms.filter((v) => v.protected && v.osType === "linux" && v.method === "veeam-agent-linux" && settings.productFamily === "microsoft");
  if (linuxFallback.length > 0) {
    const listed = `${linuxFallback
      .slice(0, 3)
      .map((v) => v.qualifiedName)
      .join(", ")}${linuxFallback.length > 3 ? ", ..." : ""}`;
    out.push(
      finding(
        "info",
        "backup.partner-agent-for-linux",
        ["protection", "productFamily"],
        t("msg.backup.partner-agent-for-linux", { count: linuxFallback.length, vms: listed }),
      ),
    );
  }
  const beside = [
    ...new Set(vms.filter((v) => v.protected && ["veeam-agent-windows", "veeam-agent-linux", "commvault-agent"].includes(v.method)).map((v) => v.method)),
  ];
  if (target.kind === "azure-recovery-services-vault" && beside.length > 0) {
    out.push(
      finding(
        "info",
        "backup.storage-account-beside-vault",
        ["protection", "target", "kind"],
        t("msg.backup.storage-account-beside-vault", { methods: beside.join(", "), location: target.location }),
      ),
    );
  }
  return out;
}

/** A tier whose window holds fewer runs than its VMs' products allow: the runs outside the window are not placed. */
function windowShortfallFindings(ctx: PlanContext): Finding[] {
  const out: Finding[] = [];
  for (const [tierName, { runs, held }] of ctx.windowShortfall) {
    const { tier, index } = ctx.tierByName.get(tierName)!;
    out.push(
      finding(
        "warning",
        "backup.window-holds-fewer-runs",
        ["protection", "tiers", index, "backupWindow"],
        t("msg.backup.window-holds-fewer-runs", {
          tier: tier.name,
          runs,
          spacing: fmt(24 / runs),
          start: tier.backupWindow.start,
          hours: tier.backupWindow.durationHours,
          held,
        }),
      ),
    );
  }
  return out;
}

/**
 * Every run of the day, VMs and resources alike, on the one link (schedule.ts); each VM gets its placed runs,
 * and its achieved RPO from when they end.
 */
function scheduleDay(ctx: PlanContext, planned: readonly PlannedVm[], resources: ResourceBackupPlan[]) {
  const jobs: Job[] = [];
  const add = (owner: Job["owner"], tier: string, slots: readonly RunSlot[], runGiB: number) => {
    for (const slot of slots)
      jobs.push({
        owner,
        tier,
        run: slot.run,
        job: { windowStart: slot.windowStart, windowMinutes: slot.windowMinutes, sizeMB: runGiB * MB_PER_GIB },
      });
  };
  planned.forEach(({ plan, slots }, index) => {
    if (plan.protected && plan.tier) add({ kind: "vm", index }, plan.tier, slots, plan.runGiB.value);
  });
  resources.forEach((res, index) => {
    const tier = res.tier ? ctx.tierByName.get(res.tier)?.tier : undefined;
    if (res.protected && tier)
      add(
        { kind: "resource", index },
        tier.name,
        runSlots(minuteOfDay(tier.backupWindow.start), tier.backupWindow.durationHours * 60, 1),
        res.dailyIncrementalGiB.value,
      );
  });
  const capacityPerMinute = ctx.linkMBps * 60;
  const schedule = scheduleRuns(
    jobs.map((j) => j.job),
    capacityPerMinute,
    ctx.settings.concurrentStreams,
  );
  const cut = schedule.timelineStart;
  const toDay = (m: number) => (((Math.round((cut + m) * 1000) / 1000) % 1440) + 1440) % 1440;
  jobs.forEach((j, k) => {
    const run = schedule.runs[k]!;
    const runSchedule: RunSchedule = {
      startMinuteOfDay: round3(toDay(run.start)),
      durationMinutes: round3(run.finish - run.start),
      stream: run.stream,
      windowStartMinuteOfDay: round3(j.job.windowStart),
      windowEndMinuteOfDay: round3(j.job.windowStart + j.job.windowMinutes),
      withinWindow: run.finish <= run.deadline + EPS,
      formula: "backup.schedule.makespan",
    };
    if (j.owner.kind === "vm") {
      const vm = planned[j.owner.index]!.plan;
      vm.runs.push(runSchedule);
      vm.runStartsMinuteOfDay.push(runSchedule.startMinuteOfDay);
      if (j.run === 0) vm.schedule = runSchedule;
    } else if (j.run === 0) resources[j.owner.index]!.schedule = runSchedule;
  });
  for (const { plan } of planned) setAchievedRpo(plan);
  return { jobs, schedule, capacityPerMinute, windows: windowLoads(ctx.tenant, jobs, schedule, capacityPerMinute, ctx.findings) };
}

/** backup.rpo.achieved: the longest interval between completed off-stack copies, from the placed runs' ends. */
function setAchievedRpo(vm: VmBackupPlan): void {
  if (!vm.offStackCopy || vm.runs.length === 0) {
    vm.achievedRpoHours = null;
    vm.worstCaseLossHours = null;
    return;
  }
  const gap = longestCompletionGapMinutes(vm.runs.map((r) => r.startMinuteOfDay + r.durationMinutes));
  const longestRun = Math.max(...vm.runs.map((r) => r.durationMinutes));
  vm.achievedRpoHours = q(round3(gap / 60), "hours", "backup.rpo.achieved");
  vm.worstCaseLossHours = q(round3((gap + longestRun) / 60), "hours", "backup.rpo.achieved");
}

function offlineSeedingFinding(settings: PlannerSettings, vms: readonly VmBackupPlan[], fullTotal: number, totalSeedingHours: number): Finding {
  const offlineCapable = new Set(vms.filter((v) => v.protected && methodById(v.method).offlineSeeding).map((v) => v.method));
  const params = {
    gib: fmt(fullTotal),
    hours: fmt(totalSeedingHours),
    days: fmt(totalSeedingHours / 24),
    threshold: settings.offlineSeedingThresholdDays,
  };
  return finding(
    "warning",
    "backup.offline-seeding",
    ["protection", "target", "wanBandwidthMbps"],
    offlineCapable.size > 0
      ? t("msg.backup.offline-seeding.methods", { ...params, methods: [...offlineCapable].join(", ") })
      : t("msg.backup.offline-seeding", params),
  );
}

function backupTotals(
  vms: readonly VmBackupPlan[],
  resources: readonly ResourceBackupPlan[],
  backupServers: readonly BackupServerPlan[],
): BackupPlan["totals"] {
  const protectedVms = vms.filter((v) => v.protected);
  return {
    virtualMachines: q(vms.length, "count", "backup.total.sum"),
    protectedVirtualMachines: q(protectedVms.length, "count", "backup.total.sum"),
    backedUpVirtualMachines: q(vms.filter((v) => v.offStackCopy).length, "count", "backup.total.sum"),
    usedGiB: q(sum(protectedVms.map((v) => v.usedGiB.value)), "GiB", "backup.total.sum"),
    fullGiB: q(sum(protectedVms.map((v) => v.fullGiB.value)), "GiB", "backup.total.sum"),
    dailyIncrementalGiB: q(sum(protectedVms.map((v) => v.dailyIncrementalGiB.value)), "GiB", "backup.total.sum"),
    targetStorageGiB: q(sum(protectedVms.map((v) => v.targetStorageGiB.value)), "GiB", "backup.total.sum"),
    backupServerStorageGiB: q(sum(backupServers.map((s) => s.storagePoolGiB.value)), "GiB", "backup.total.sum"),
    resourceFullGiB: q(sum(resources.filter((r) => r.protected).map((r) => r.fullGiB.value)), "GiB", "backup.total.sum"),
    resourceDailyIncrementalGiB: q(sum(resources.filter((r) => r.protected).map((r) => r.dailyIncrementalGiB.value)), "GiB", "backup.total.sum"),
  };
}

/** backup.storage.growth, summed over the protected VMs, each under its own tier's retention. */
function storageGrowth(vms: readonly VmBackupPlan[], tierByName: ReadonlyMap<string, { tier: Tier }>): StorageGrowthPoint[] {
  const inputs = vms.flatMap((v) => {
    const tier = v.tier === null ? undefined : tierByName.get(v.tier)?.tier;
    if (!v.protected || !tier || v.usedGiB.value <= 0) return [];
    const reduction = v.fullGiB.value / v.usedGiB.value;
    return [{ used: v.usedGiB.value, reduction, share: v.dailyChangeGiB.value / v.usedGiB.value, retention: tier.retention }];
  });
  if (inputs.length === 0) return [];
  const horizon = Math.max(...inputs.map((i) => retentionHorizonDays(i.retention)));
  return growthSampleDays(horizon).map((day) => ({
    day,
    gib: q(sum(inputs.map((i) => gfsStorageOnDayGiB(i.used, i.reduction, i.share, i.retention, day))), "GiB", "backup.storage.growth"),
  }));
}

function planVm(ctx: PlanContext, ref: VmRef): PlannedVm {
  const { tenant, settings } = ctx;
  const { vm, path } = ref;
  const tierName = effectiveTierName(tenant, vm);
  const tier = tierName ? ctx.tierByName.get(tierName)?.tier : undefined;
  const selection = selectVmMethod(ref, tier, settings, ctx.nodeNames);
  const method = methodById(selection.method);
  const isProtected = method.kind === "vm";
  const C = vm.backup?.dataReductionRatio ?? settings.dataReductionRatio;
  const used = vmUsedGiB(vm);
  const change = vmDailyChangeGiB(vm, settings.churnGrowthFactor);
  const incremental = reduced(change, C);
  const runs = tier && isProtected ? runsPerDay(tier.rpoHours, method.maxBackupsPerDay) : { runs: 0, wanted: 0 };
  const slots = tier && isProtected ? runSlots(minuteOfDay(tier.backupWindow.start), tier.backupWindow.durationHours * 60, runs.runs) : [];
  const held = slots.length;
  if (tier && held < runs.runs) {
    const seen = ctx.windowShortfall.get(tier.name);
    if (!seen || seen.runs < runs.runs) ctx.windowShortfall.set(tier.name, { runs: runs.runs, held });
  }
  const storage = tier && isProtected ? gfsStorageGiB(used, C, used > 0 ? change / used : 0, tier.retention) : 0;
  const points = tier && isProtected ? recoveryPointCount(tier.retention, held) : 0;
  const restore = isProtected ? estimateRestore(tenant, ref, settings) : null;
  // The link carries the first full as the product sends it: reduced only where its source says so.
  const seedingBasis = method.reductionBeforeLink.applies ? "reduced" : "raw";
  const seedingRawHours = isProtected ? transferHours(used, ctx.linkMBps) : 0;
  const seedingReducedHours = isProtected ? transferHours(reduced(used, C), ctx.linkMBps) : 0;
  const seedingHours = seedingBasis === "reduced" ? seedingReducedHours : seedingRawHours;
  // A copy leaves the stack only if a run is placed, the target is off the stamp, the method writes to that target and runs on the OS.
  const offStackCopy = isProtected && held > 0 && !ctx.targetOnStamp && method.targets.includes(tenant.protection.target.kind) && runsOn(method, vm);

  const plan: VmBackupPlan = {
    qualifiedName: ref.qualifiedName,
    subscriptionId: ref.subscription.id,
    path,
    osType: vm.osType,
    method: method.id,
    methodName: method.name,
    methodNameLocal: methodNameText(method.id),
    reason: selection.reason,
    reasonLocal: selection.reasonLocal,
    tier: tierName ?? null,
    protected: isProtected,
    usedGiB: q(used, "GiB", "backup.size.used"),
    fullGiB: q(reduced(used, C), "GiB", "backup.size.full"),
    dailyChangeGiB: q(change, "GiB", "backup.size.daily-change"),
    dailyIncrementalGiB: q(incremental, "GiB", "backup.size.incremental"),
    runsPerDay: q(held, "per day", "backup.runs.per-day"),
    runGiB: q(held > 0 ? incremental / held : 0, "GiB", "backup.size.run"),
    targetStorageGiB: q(storage, "GiB", "backup.storage.gfs"),
    recoveryPoints: q(points, "count", "backup.points.count"),
    ...(method.id === "mars" ? { marsCacheGiB: q(used * MARS_CACHE_SHARE, "GiB", "backup.mars.cache") } : {}),
    schedule: null,
    runs: [],
    runStartsMinuteOfDay: [],
    offStackCopy,
    seedingHours: q(seedingHours, "hours", "backup.seeding.vm"),
    seeding: {
      rawGiB: q(isProtected ? used : 0, "GiB", "backup.size.used"),
      reducedGiB: q(isProtected ? reduced(used, C) : 0, "GiB", "backup.size.full"),
      rawHours: q(seedingRawHours, "hours", "backup.seeding.vm"),
      reducedHours: q(seedingReducedHours, "hours", "backup.seeding.vm"),
      basis: seedingBasis,
      source: method.reductionBeforeLink.source,
    },
    offlineSeeding: seedingHours / 24 > settings.offlineSeedingThresholdDays,
    achievedRpoHours: null,
    worstCaseLossHours: null,
    tierRpoHours: tier?.rpoHours ?? null,
    tierRtoHours: tier?.rtoHours ?? null,
    restore,
  };
  ctx.findings.push(...vmFindings(ctx, ref, plan, selection, { tier, runs, points }));
  return { plan, slots };
}

/** The backup rules of one VM (docs/backup.md): method, OS, target, agent, volume size, RPO, retention, RTO. */
function vmFindings(
  ctx: PlanContext,
  ref: VmRef,
  plan: VmBackupPlan,
  selection: ReturnType<typeof selectVmMethod>,
  sized: { tier: Tier | undefined; runs: { runs: number; wanted: number }; points: number },
): Finding[] {
  const { tenant } = ctx;
  const { vm, path } = ref;
  const method = methodById(plan.method);
  const out: Finding[] = [];
  const at = (...rest: PathSegment[]) => [...path, ...rest];
  const name = ref.qualifiedName;
  if (selection.unknownOverride !== undefined) {
    out.push(
      finding(
        "error",
        "backup.unknown-method",
        at("backup", "method"),
        t("msg.backup.unknown-method", {
          method: selection.unknownOverride,
          known: catalogue
            .filter((m) => m.kind === "vm")
            .map((m) => m.id)
            .join(", "),
        }),
      ),
    );
  }
  if (method.id === "none")
    return [...out, finding("warning", "backup.unprotected-vm", at("name"), t("msg.backup.unprotected-vm", { vm: name, reason: selection.reasonLocal }))];
  if (method.id === "excluded") return [...out, finding("info", "backup.excluded-vm", at("backup", "exclude"), t("msg.backup.excluded-vm", { vm: name }))];
  if (!plan.protected) return out;

  if (!runsOn(method, vm)) {
    const why = vm.osType === "linux" ? t("backup.why.windowsOnly") : t("backup.why.noServerCore");
    out.push(
      finding("error", "backup.method-unsupported-os", at("backup", "method"), t("msg.backup.method-unsupported-os", { vm: name, method: method.id, why })),
    );
  }
  if (!method.targets.includes(tenant.protection.target.kind) && method.id !== "mabs-mars") {
    out.push(
      finding(
        "error",
        "backup.method-target-mismatch",
        at("name"),
        t("msg.backup.method-target-mismatch.vm", {
          vm: name,
          method: method.id,
          target: tenant.protection.target.kind,
          targets: method.targets.join(", "),
        }),
      ),
    );
  }
  if (method.needsVmAgent && vm.vmAgent === false) {
    out.push(finding("warning", "backup.vm-agent-missing", at("vmAgent"), t("msg.backup.vm-agent-missing", { vm: name, method: method.id })));
  }
  const volumeLimit = volumeLimitGB(method, vm.osVersion);
  if (volumeLimit !== undefined) {
    vm.disks.forEach((disk, d) => {
      if (disk.excludeFromBackup !== true && disk.sizeGiB * GB_PER_GIB > volumeLimit) {
        out.push(
          finding(
            "error",
            "backup.volume-too-large",
            at("disks", d, "sizeGiB"),
            t("msg.backup.volume-too-large", {
              disk: disk.name,
              gib: fmt(disk.sizeGiB),
              gb: fmt(disk.sizeGiB * GB_PER_GIB),
              limit: fmt(volumeLimit),
              method: method.id,
              os: vm.osVersion,
            }),
          ),
        );
      }
    });
  }
  const { tier, runs, points } = sized;
  if (!tier) return out;
  const tierPath = (field: string): PathSegment[] => ["protection", "tiers", ctx.tierByName.get(tier.name)!.index, field];
  if (runs.wanted > runs.runs) {
    out.push(
      finding(
        "warning",
        "backup.rpo-below-product",
        tierPath("rpoHours"),
        t("msg.backup.rpo-below-product", {
          vm: name,
          tier: tier.name,
          rpo: tier.rpoHours,
          wanted: runs.wanted,
          method: method.id,
          max: String(method.maxBackupsPerDay),
          achieved: fmt(24 / runs.runs),
        }),
      ),
    );
  }
  if (method.maxRecoveryPoints !== undefined && points > method.maxRecoveryPoints) {
    out.push(
      finding(
        "error",
        "backup.retention-exceeds-points",
        tierPath("retention"),
        t("msg.backup.retention-exceeds-points", { vm: name, tier: tier.name, points, max: method.maxRecoveryPoints, method: method.id }),
      ),
    );
  }
  const restore = plan.restore;
  if (restore && restore.totalHours > tier.rtoHours) {
    out.push(
      finding(
        "warning",
        "backup.rto-not-met",
        at("name"),
        t("msg.backup.rto-not-met", {
          vm: name,
          hours: fmt(restore.totalHours),
          gib: fmt(restore.restoreGiB),
          mbps: fmt(restore.throughputMBps),
          rto: tier.rtoHours,
        }),
      ),
    );
  }
  return out;
}

function volumeLimitGB(method: BackupMethod, osVersion: string): number | undefined {
  if (method.maxVolumeGB === undefined) return undefined;
  if ((method.id === "mars" || method.id === "mabs-mars") && /2008|windows 7/i.test(osVersion)) return MARS_OLD_OS_VOLUME_GB;
  return method.maxVolumeGB;
}

/** A backup on the stamp itself is lost with the stamp (also checked by validate; repeated here so the planner stands alone). */
function checkTarget(tenant: Tenant): Finding[] {
  const { stamp } = tenant;
  const { target } = tenant.protection;
  const onStamp = (n: string | undefined) => !!n && (sameName(n, stamp.name) || sameName(n, stamp.region));
  const domain = stampDomain(stamp.armEndpoint);
  let host: string | undefined;
  if (target.endpoint) {
    try {
      host = new URL(target.endpoint.includes("://") ? target.endpoint : `https://${target.endpoint}`).hostname.toLowerCase();
    } catch {
      host = undefined;
    }
  }
  const endpointOnStamp = !!domain && !!host && (host === domain || host.endsWith(`.${domain}`));
  if (onStamp(target.stampName) || onStamp(target.location) || endpointOnStamp) {
    return [finding("error", "backup.target-on-stamp", ["protection", "target"], t("msg.backup.target-on-stamp", { target: target.name, stamp: stamp.name }))];
  }
  return [];
}

/** The "resourceGroup/vnet" of a VM's primary NIC, or "(no network)". */
function vmNetwork(ref: VmRef): string {
  const nic = ref.vm.nics.find((n) => n.primary) ?? ref.vm.nics[0];
  if (!nic) return "(no network)";
  const parts = nic.subnet.split("/");
  const [group, vnet] = parts.length === 3 ? [parts[0]!, parts[1]!] : [ref.resourceGroup.name, parts[0]!];
  return `${group}/${vnet}`.toLowerCase();
}

function planBackupServers(
  tenant: Tenant,
  refs: readonly VmRef[],
  vms: VmBackupPlan[],
  tierByName: ReadonlyMap<string, { tier: Tier; index: number }>,
  findings: Finding[],
): BackupServerPlan[] {
  // MABS protects VMs of its own virtual network and subscription (backup-mabs-install-azure-stack.md).
  const groups = new Map<string, number[]>();
  vms.forEach((vm, i) => {
    if (vm.method !== "mabs-mars") return;
    const key = `${vm.subscriptionId}|${vmNetwork(refs[i]!)}`;
    const members = groups.get(key);
    if (members) members.push(i);
    else groups.set(key, [i]);
  });
  const servers: BackupServerPlan[] = [];
  const maxPool = MABS_MAX_DATA_DISKS * 1023;
  for (const [key, members] of groups) {
    const [subscriptionId, network] = key.split("|") as [string, string];
    let current: { vms: number[]; replica: number; points: number; used: number } | undefined;
    const flush = () => {
      if (!current) return;
      servers.push(serverPlan(servers.length + 1, subscriptionId, network, current, vms));
      current = undefined;
    };
    for (const i of members) {
      const vm = vms[i]!;
      const ref = refs[i]!;
      const tier = vm.tier ? tierByName.get(vm.tier)?.tier : undefined;
      const rr = Math.max(1, Math.min(MABS_LOCAL_DAYS, tier?.retention.daily ?? MABS_LOCAL_DAYS));
      const workload = dpmWorkload(ref.vm.roles ?? []);
      const replica = mabsReplicaGiB(vm.usedGiB.value, workload);
      const points = mabsRecoveryPointGiB(vm.usedGiB.value, workload, rr) + DPM_CHANGE_JOURNAL_GIB;
      if (current && (current.vms.length >= MABS_MAX_PROTECTED_SERVERS || current.replica + current.points + replica + points > maxPool)) flush();
      current ??= { vms: [], replica: 0, points: 0, used: 0 };
      current.vms.push(i);
      current.replica += replica;
      current.points += points;
      current.used += vm.usedGiB.value;
    }
    flush();
  }
  if (servers.length > 0 && tenant.protection.target.kind !== "azure-recovery-services-vault") {
    const longest = Math.max(
      ...tenant.protection.tiers.map(
        (t) => t.retention.daily + 7 * (t.retention.weekly ?? 0) + 30 * (t.retention.monthly ?? 0) + 365 * (t.retention.yearly ?? 0),
      ),
    );
    findings.push(
      finding(
        "error",
        "backup.mabs-only-copy-on-stack",
        ["protection", "target", "kind"],
        t("msg.backup.mabs-only-copy-on-stack", {
          count: servers.length,
          target: tenant.protection.target.kind,
          localDays: MABS_LOCAL_DAYS,
          longest,
        }),
      ),
    );
  }
  const perNetwork = new Map<string, number>();
  for (const s of servers) perNetwork.set(`${s.subscriptionId}|${s.network}`, (perNetwork.get(`${s.subscriptionId}|${s.network}`) ?? 0) + 1);
  for (const [key, count] of perNetwork) {
    if (count > 1) {
      findings.push(
        finding(
          "info",
          "backup.mabs-scale-out",
          ["protection", "productFamily"],
          t("msg.backup.mabs-scale-out", {
            network: key.split("|")[1] ?? "",
            count,
            servers: MABS_MAX_PROTECTED_SERVERS,
            disks: MABS_MAX_DATA_DISKS,
          }),
        ),
      );
    }
  }
  return servers;
}

function serverPlan(
  n: number,
  subscriptionId: string,
  network: string,
  group: { vms: number[]; replica: number; points: number; used: number },
  vms: VmBackupPlan[],
): BackupServerPlan {
  const pool = group.replica + group.points;
  const name = `mabs-${String(n).padStart(2, "0")}`;
  for (const i of group.vms) vms[i]!.backupServer = name;
  const { disks, size } = mabsDisksAndSize(pool);
  return {
    name,
    subscriptionId,
    network,
    vms: group.vms.map((i) => vms[i]!.qualifiedName),
    usedGiB: q(group.used, "GiB", "backup.size.used"),
    replicaGiB: q(group.replica, "GiB", "backup.mabs.replica"),
    recoveryPointGiB: q(group.points, "GiB", "backup.mabs.recovery-points"),
    storagePoolGiB: q(pool, "GiB", "backup.mabs.pool"),
    storagePoolShortcutGiB: q(1.5 * group.used, "GiB", "backup.mabs.pool-shortcut"),
    dataDisks: q(disks, "count", "backup.mabs.disks"),
    vmSize: size,
    scratchGiB: q(MABS_SCRATCH_SHARE * group.used, "GiB", "backup.mabs.scratch"),
    localRetentionDays: q(MABS_LOCAL_DAYS, "days", "backup.mabs.recovery-points"),
  };
}

function planResources(tenant: Tenant, settings: PlannerSettings, findings: Finding[]): ResourceBackupPlan[] {
  // Resources carry no tier of their own: they follow the default tier, else the first tier (docs/assumptions.md).
  const tier = tenant.protection.defaultTier
    ? (tenant.protection.tiers.find((t) => sameName(t.name, tenant.protection.defaultTier!))?.name ?? null)
    : (tenant.protection.tiers[0]?.name ?? null);
  const targetKind = tenant.protection.target.kind;
  const out: ResourceBackupPlan[] = [];
  const g = settings.churnGrowthFactor;
  const C = settings.dataReductionRatio;
  const gap = (path: PathSegment[], methodId: string, what: LocalText) => {
    const m = methodById(methodId);
    if (!m.targets.includes(targetKind)) {
      findings.push(
        finding(
          "warning",
          "backup.method-target-mismatch",
          path,
          t("msg.backup.method-target-mismatch.resource", { what, method: methodId, target: targetKind, targets: m.targets.join(", ") }),
        ),
      );
      return false;
    }
    return true;
  };
  for (const { resourceGroup: rg, path } of resourceGroups(tenant)) {
    rg.storageAccounts.forEach((sa, i) => {
      const at = [...path, "storageAccounts", i];
      const blob = sa.usedGiB?.blob ?? 0;
      const rate = sa.changeRatePercent ?? DEFAULT_CHANGE_RATE_PERCENT;
      const ok = gap(at, "blob-copy", t("backup.what.storageAccount", { name: sa.name }));
      if ((sa.usedGiB?.table ?? 0) > 0) {
        findings.push(
          finding(
            "warning",
            "backup.table-storage-not-copied",
            [...at, "usedGiB", "table"],
            t("msg.backup.table-storage-not-copied", { account: sa.name, gib: fmt(sa.usedGiB!.table!) }),
          ),
        );
      }
      out.push({
        kind: "storage-account",
        qualifiedName: `${rg.name}/${sa.name}`,
        path: at,
        method: ok ? "blob-copy" : "none",
        ...reasonOf(t("backup.reason.blob-copy")),
        protected: ok && !!tier,
        tier,
        fullGiB: q(blob, "GiB", "backup.resource.blob"),
        dailyIncrementalGiB: q((blob * rate * g) / 100, "GiB", "backup.resource.blob"),
        items: q(1, "count", "backup.total.sum"),
        schedule: null,
      });
    });
    rg.keyVaults.forEach((kv, i) => {
      const at = [...path, "keyVaults", i];
      const items = (kv.keyNames?.length ?? 0) + (kv.secretNames?.length ?? 0) + (kv.certificateNames?.length ?? 0);
      out.push({
        kind: "key-vault",
        qualifiedName: `${rg.name}/${kv.name}`,
        path: at,
        method: "key-vault-backup",
        ...reasonOf(t("backup.reason.key-vault-backup")),
        protected: !!tier,
        tier,
        fullGiB: q(0, "GiB", "backup.resource.keyvault"),
        dailyIncrementalGiB: q(0, "GiB", "backup.resource.keyvault"),
        items: q(items, "count", "backup.resource.keyvault"),
        schedule: null,
      });
      if (items === 0) findings.push(finding("info", "backup.key-vault-empty", at, t("msg.backup.key-vault-empty", { vault: kv.name })));
    });
    rg.kubernetesClusters.forEach((cluster, i) => {
      const at = [...path, "kubernetesClusters", i];
      const pvs = cluster.persistentVolumes ?? [];
      const used = sum(pvs.map((pv) => pv.usedGiB ?? pv.sizeGiB * DEFAULT_USED_SHARE));
      const change = sum(pvs.map((pv) => ((pv.usedGiB ?? pv.sizeGiB * DEFAULT_USED_SHARE) * (pv.changeRatePercent ?? DEFAULT_CHANGE_RATE_PERCENT) * g) / 100));
      const ok = gap(at, "velero", t("backup.what.kubernetesCluster", { name: cluster.name }));
      out.push({
        kind: "kubernetes-cluster",
        qualifiedName: `${rg.name}/${cluster.name}`,
        path: at,
        method: ok ? "velero" : "none",
        ...reasonOf(t("backup.reason.velero")),
        protected: ok && !!tier,
        tier,
        fullGiB: q(used * C, "GiB", "backup.resource.pv"),
        dailyIncrementalGiB: q(change * C, "GiB", "backup.resource.pv"),
        items: q(pvs.length, "count", "backup.resource.pv"),
        schedule: null,
      });
    });
    rg.otherResources.forEach((other, i) => {
      const at = [...path, "otherResources", i];
      findings.push(
        finding("warning", "backup.unprotected-resource", at, t("msg.backup.unprotected-resource", { type: other.type, name: other.name ?? other.id })),
      );
      out.push({
        kind: "other-resource",
        qualifiedName: `${rg.name}/${other.name ?? other.id}`,
        path: at,
        method: "none",
        ...reasonOf(t("backup.reason.no-method", { type: other.type })),
        protected: false,
        tier: null,
        fullGiB: q(0, "GiB", "backup.total.sum"),
        dailyIncrementalGiB: q(0, "GiB", "backup.total.sum"),
        items: q(1, "count", "backup.total.sum"),
        schedule: null,
      });
    });
  }
  return out;
}

function windowLoads(
  tenant: Tenant,
  jobs: readonly Job[],
  schedule: ReturnType<typeof scheduleRuns>,
  capacityPerMinute: number,
  findings: Finding[],
): WindowLoad[] {
  const byKey = new Map<
    string,
    {
      tier: string;
      run: number;
      start: number;
      minutes: number;
      jobs: number;
      mb: number;
      release: number;
      lastFinish: number;
      within: boolean;
    }
  >();
  jobs.forEach((j, k) => {
    const key = `${j.tier}|${j.run}`;
    const run = schedule.runs[k]!;
    const entry = byKey.get(key) ?? {
      tier: j.tier,
      run: j.run,
      start: j.job.windowStart,
      minutes: j.job.windowMinutes,
      jobs: 0,
      mb: 0,
      release: run.release,
      lastFinish: run.release,
      within: true,
    };
    entry.jobs++;
    entry.mb += j.job.sizeMB;
    entry.lastFinish = Math.max(entry.lastFinish, run.finish);
    entry.within &&= run.finish <= run.deadline + EPS;
    byKey.set(key, entry);
  });
  const tierIndex = new Map(tenant.protection.tiers.map((t, i) => [t.name, i]));
  const loads = [...byKey.values()].sort((a, b) => (tierIndex.get(a.tier) ?? 0) - (tierIndex.get(b.tier) ?? 0) || a.run - b.run);
  return loads.map((e) => {
    const demand = e.mb / capacityPerMinute;
    const feasible = demand <= e.minutes + EPS;
    const path: PathSegment[] = ["protection", "tiers", tierIndex.get(e.tier) ?? 0, "backupWindow"];
    if (!feasible) {
      findings.push(
        finding(
          "error",
          "backup.wan-insufficient",
          path,
          // The demand is computed on the usable share of the link, so the message quotes that share (MB/min × 8 ÷ 60 = Mbit/s).
          t("msg.backup.wan-insufficient", {
            tier: e.tier,
            run: e.run + 1,
            gib: fmt(e.mb / MB_PER_GIB),
            demand: fmt(demand),
            usable: fmt((capacityPerMinute * 8) / 60),
            mbps: fmt(tenant.protection.target.wanBandwidthMbps),
            minutes: fmt(e.minutes),
          }),
        ),
      );
    } else if (!e.within) {
      findings.push(
        finding(
          "warning",
          "backup.window-overrun",
          path,
          t("msg.backup.window-overrun", { tier: e.tier, run: e.run + 1, last: fmt(e.lastFinish - e.release), minutes: fmt(e.minutes) }),
        ),
      );
    }
    return {
      tier: e.tier,
      run: e.run,
      startMinuteOfDay: round3(e.start),
      durationMinutes: round3(e.minutes),
      jobs: e.jobs,
      runGiB: q(e.mb / MB_PER_GIB, "GiB", "backup.total.sum"),
      demandMinutes: q(demand, "minutes", "backup.schedule.window-demand"),
      lastFinishMinutes: q(e.lastFinish - e.release, "minutes", "backup.schedule.makespan"),
      feasible,
      allWithinWindow: e.within,
    };
  });
}

export { minuteOfDay } from "../base/units.js";

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
const round3 = (n: number) => roundTo(n, 3);
/** A catalogue method's name as a key (`backup.methodName.<id>`); its English is the catalogue's `name`. */
const methodNameText = (id: string): LocalText => t(`backup.methodName.${id}` as "backup.methodName.none");

/** A reason in English with its key beside it. */
const reasonOf = (text: LocalText) => ({ reason: text.en, reasonLocal: text });

const fmt = (n: number) => roundTo(n, 1).toLocaleString("en-US");
