/**
 * BC/DR planning: a pure, deterministic function from a validated tenant to a BcdrPlan. Azure Stack Hub has
 * no paired region, so the tenant replicates to another place itself (public Azure through Site Recovery, a
 * second stamp, or the applications' own replication), or restores from the off-stack backup.
 * docs/bcdr.md explains the choices; docs/formulas.md ("## BC/DR") lists every formula and limit.
 */
import { roundTo } from "../base/units.js";
import type { Finding } from "../base/findings.js";
import { planFinding as finding } from "../base/planner-findings.js";
import { joinTexts, t, verbatim, type LocalText } from "../base/text.js";
import { effectiveTierName, plannerSettings, type PlannerSettings } from "../inventory/defaults.js";
import type { Tenant, Tier } from "../inventory/schema.js";
import { makeVmResolver, virtualMachines, type VmRef } from "../inventory/walk.js";
import { achievableRpoHours, initialReplicationHours, mbpsFor, requiredMbpsForRpo, transferHours, HOURS_PER_DAY } from "./bandwidth.js";
import { byCodeUnit, orderByDependencies, type GraphNode } from "./graph.js";
import { ASR_STACK_TO_STACK, ASR_TO_AZURE, BCDR_ASSUMPTIONS, CONFIGURATION_SERVER_SIZES, PROCESS_SERVER_SIZES } from "./limits.js";
import { chooseMethod, vmChurn } from "./methods.js";
import {
  drMethods,
  type AsrToAzureSizing,
  type BandwidthPlan,
  type BcdrPlan,
  type DrMethod,
  type Gap,
  type MethodBandwidth,
  type ReplicaPlan,
  type StackToStackSizing,
  type VmDrPlan,
} from "./model.js";
import { planNetwork } from "./network.js";
import { buildRunbook } from "./runbook.js";

export type { BcdrPlan } from "./model.js";

const r1 = (n: number) => roundTo(n, 1);
const r2 = (n: number) => roundTo(n, 2);
const orNull = (n: number | undefined): number | null => (n === undefined ? null : r2(n));
const replicating = (m: DrMethod) => m === "application-replication" || m === "asr-to-azure" || m === "asr-stack-to-stack";

export function planBcdr(tenant: Tenant): BcdrPlan {
  const settings = plannerSettings(tenant);
  const refs = virtualMachines(tenant);
  const site = tenant.protection.drSite;
  const siteKind = site?.kind ?? "none";
  const findings: Finding[] = [];
  const tierOf = (ref: VmRef): Tier | undefined => {
    const name = effectiveTierName(tenant, ref.vm);
    return name ? tenant.protection.tiers.find((t) => t.name === name) : undefined;
  };

  // 1. A method per VM.
  const plans: VmDrPlan[] = refs.map((ref) => {
    const tier = tierOf(ref);
    const choice = chooseMethod(ref, tier, tenant, settings);
    return {
      vm: ref.qualifiedName,
      name: ref.vm.name,
      subscription: ref.subscription.name,
      tier: tier?.name ?? null,
      requiresDr: tier?.requiresDr === true,
      rpoHours: tier?.rpoHours ?? null,
      rtoHours: tier?.rtoHours ?? null,
      method: choice.method,
      technology: choice.technology,
      technologyLocal: choice.technologyLocal,
      reason: choice.reason,
      reasonLocal: choice.reasonLocal,
      estimatedRtoHours: choice.estimatedRtoHours,
      readyAfterHours: null,
      achievableRpoHours: null,
      failoverGroup: null,
      churn: vmChurn(ref, settings),
      evaluations: choice.evaluations,
    };
  });
  const refOf = new Map(refs.map((r, i) => [plans[i]!.vm, r]));

  // 2. Failover order from dependsOn; a cycle is an error that names it.
  const order = failoverOrder(refs, plans, findings);
  const runbookGroups = order.runbookGroups;

  // 3. Bandwidth and RPO.
  const bandwidth = planBandwidth(tenant, plans, settings, findings);
  // A VM restored from backup gets its RPO from the backup plan's off-stack copies, not from this link: the
  // verdict (src/plan/verdict.ts) reads it there. Writing the tier's target here would claim what nobody measured.
  for (const plan of plans) if (replicating(plan.method)) plan.achievableRpoHours = bandwidth.total.achievableRpoHours;

  // 4. Components.
  const asrToAzure = sizeAsrToAzure(plans);
  const stackToStack = sizeStackToStack(
    tenant,
    plans,
    refOf,
    runbookGroups.flatMap((g) => g.nodes),
  );
  const replicas = planReplicas(plans, refOf);

  // 5. Network, runbook.
  const network = planNetwork(
    tenant,
    plans.some((p) => p.method === "application-replication"),
  );
  findings.push(...networkFindings(network));
  const asrProvisioned = plans.filter((p) => p.method === "asr-to-azure").reduce((s, p) => s + p.churn.provisionedGiB, 0);
  const runbook = buildRunbook({
    tenant,
    vms: plans,
    order: { groups: runbookGroups, cycles: order.cycles },
    network,
    reprotectBatches: stackToStack?.reprotectBatches ?? [],
    failbackTransfer:
      asrProvisioned > 0
        ? {
            gib: r1(asrProvisioned),
            hours: bandwidth.effectiveMbps ? orNull(transferHours(asrProvisioned, bandwidth.effectiveMbps)) : null,
          }
        : null,
  });

  // 6. Gaps.
  const gaps = findGaps(tenant, plans, order.cycles, findings, refOf);
  findings.push(...methodCaveats(plans, refOf));

  const methodCounts = Object.fromEntries(drMethods.map((m) => [m, plans.filter((p) => p.method === m).length])) as Record<DrMethod, number>;
  const checks = manualChecks(plans);
  return {
    drSite: { kind: siteKind, name: site?.name ?? null },
    vms: plans,
    methodCounts,
    bandwidth,
    components: {
      asrToAzure,
      ...englishAndLocal("asrToAzureNotes", asrToAzure.length > 0 ? ASR_TO_AZURE_NOTES : []),
      stackToStack,
      replicas,
    },
    network,
    runbook,
    manualChecks: checks.map((c) => c.en),
    manualChecksLocal: checks,
    gaps,
    findings,
  };
}

/** The failover graph from dependsOn: groups in dependency order, cycles as errors, each VM's ready time and group. */
function failoverOrder(refs: readonly VmRef[], plans: VmDrPlan[], findings: Finding[]) {
  const resolve = makeVmResolver(refs);
  const nameCounts = countNames(refs);
  const nodes: GraphNode[] = refs.map((ref) => ({
    id: ref.qualifiedName,
    label: displayName(ref, nameCounts),
    dependsOn: (ref.vm.dependsOn ?? []).flatMap((d) => {
      const targets = resolve(d);
      return targets.length === 1 ? [targets[0]!.qualifiedName] : [];
    }),
    identity: (ref.vm.roles ?? []).some((r) => r === "active-directory" || r === "dns"),
  }));
  const order = orderByDependencies(nodes);
  nodes.forEach((node, i) => (plans[i]!.dependsOn = [...new Set(node.dependsOn)].sort()));
  const groupOf = new Map<string, number>();
  order.groups.forEach((g) => g.nodes.forEach((id) => groupOf.set(id, g.group)));
  const refByLabel = new Map(nodes.map((n, i) => [n.label, refs[i]!]));
  for (const cycle of order.cycles) {
    const first = refByLabel.get(cycle[0]!)!;
    findings.push(finding("error", "bcdr-dependency-cycle", [...first.path, "dependsOn"], t("msg.bcdr-dependency-cycle", { cycle: cycle.join(" → ") })));
  }

  // Ready time along the critical path: a VM is usable when it and everything it needs are.
  const planById = new Map(plans.map((p) => [p.vm, p]));
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  for (const group of order.groups) {
    for (const id of group.nodes) {
      const plan = planById.get(id)!;
      if (plan.estimatedRtoHours === null) continue;
      let ready = plan.estimatedRtoHours;
      for (const dep of nodeById.get(id)!.dependsOn) {
        const depPlan = planById.get(dep)!;
        if ((groupOf.get(dep) ?? 0) < group.group && depPlan.readyAfterHours !== null) ready = Math.max(ready, depPlan.readyAfterHours);
      }
      plan.readyAfterHours = r2(ready);
    }
  }
  // Renumber groups as the runbook shows them (groups with only unprotected VMs are dropped there).
  const runbookGroups = order.groups.filter((g) => g.nodes.some((id) => planById.get(id)!.method !== "none"));
  runbookGroups.forEach((g, i) => g.nodes.forEach((id) => (planById.get(id)!.failoverGroup = planById.get(id)!.method === "none" ? null : i + 1)));

  return { cycles: order.cycles, runbookGroups };
}

function networkFindings(network: ReturnType<typeof planNetwork>): Finding[] {
  return [
    ...network.overlaps.map((overlap) =>
      finding("warning", "bcdr-address-overlap", ["protection", "drSite", "addressSpaces"], t("msg.bcdr-address-overlap", { a: overlap.a, b: overlap.b })),
    ),
    ...network.unparsed.map((text) =>
      finding("warning", "bcdr-unparsed-range", ["protection", "drSite", "addressSpaces"], t("msg.bcdr-unparsed-range", { text })),
    ),
  ];
}

/** The chosen method's caveats (its warning-level compatibility issues), as info findings on each VM. */
function methodCaveats(plans: readonly VmDrPlan[], refOf: ReadonlyMap<string, VmRef>): Finding[] {
  const out: Finding[] = [];
  for (const plan of plans) {
    const chosen = plan.evaluations.find((e) => e.method === plan.method);
    for (const issue of chosen?.issues ?? []) {
      if (issue.severity === "warning")
        out.push(
          finding(
            "info",
            `bcdr-${issue.code}`,
            [...refOf.get(plan.vm)!.path, "name"],
            t("msg.bcdr.issue", {
              vm: plan.name,
              method: t(`bcdr.method.${plan.method}`),
              issue: issue.messageLocal ?? t("common.verbatim", { text: issue.message }),
            }),
          ),
        );
    }
  }
  return out;
}

/** How many VMs of the tenant carry each name (case-insensitive): one pass, not one scan per VM. */
function countNames(all: readonly VmRef[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of all) {
    const key = r.vm.name.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The VM's name, or "rg/vm" when the name repeats in the tenant. */
function displayName(ref: VmRef, nameCounts: ReadonlyMap<string, number>): string {
  const same = nameCounts.get(ref.vm.name.toLowerCase()) ?? 0;
  return same > 1 ? ref.qualifiedName : ref.vm.name;
}

/** Appends to the list under a key (grouping in one pass; copying the list per item was quadratic). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function planBandwidth(tenant: Tenant, plans: VmDrPlan[], settings: PlannerSettings, findings: Finding[]): BandwidthPlan {
  const site = tenant.protection.drSite;
  const busy = BCDR_ASSUMPTIONS.busyHoursPerDay;
  const floor = BCDR_ASSUMPTIONS.replicationRpoFloorHours;
  let linkMbps: number | null = null;
  let linkSource: BandwidthPlan["linkSource"] = "none";
  const anyReplication = plans.some((p) => replicating(p.method));
  if (site?.wanBandwidthMbps) {
    linkMbps = site.wanBandwidthMbps;
    linkSource = "drSite";
  } else if (site && site.kind !== "none") {
    linkMbps = tenant.protection.target.wanBandwidthMbps;
    linkSource = "target";
    findings.push(
      finding(
        anyReplication ? "warning" : "info",
        "bcdr-wan-fallback",
        ["protection", "drSite", "wanBandwidthMbps"],
        t("msg.bcdr-wan-fallback", { mbps: linkMbps }),
      ),
    );
  }
  const effectiveMbps = linkMbps === null ? null : linkMbps * settings.wanEfficiency;

  const summarize = (method: DrMethod, list: VmDrPlan[]): MethodBandwidth => {
    const daily = list.reduce((s, p) => s + p.churn.dailyChurnGiB, 0);
    const rpos = list.map((p) => p.rpoHours).filter((h): h is number => h !== null);
    const strictest = rpos.length > 0 ? Math.min(...rpos) : null;
    return {
      method,
      vms: list.length,
      dailyChurnGiB: r2(daily),
      averageMbps: r2(mbpsFor(daily, HOURS_PER_DAY)),
      busyMbps: r2(mbpsFor(daily, busy)),
      strictestRpoHours: strictest,
      requiredMbpsForRpo: strictest === null ? null : orNull(requiredMbpsForRpo(daily, strictest, busy, floor)),
      initialGiB: r2(list.reduce((s, p) => s + p.churn.replicatedUsedGiB, 0)),
    };
  };
  const perMethod = (["application-replication", "asr-to-azure", "asr-stack-to-stack"] as const)
    .map((m) =>
      summarize(
        m,
        plans.filter((p) => p.method === m),
      ),
    )
    .filter((m) => m.vms > 0);
  const replicated = plans.filter((p) => replicating(p.method));
  const totalBase = summarize("none", replicated);
  const achievable = effectiveMbps === null ? undefined : achievableRpoHours(totalBase.dailyChurnGiB, effectiveMbps, busy, floor);
  const initial = effectiveMbps === null ? undefined : initialReplicationHours(totalBase.initialGiB, totalBase.dailyChurnGiB, effectiveMbps);
  const rpoTargets = replicated.map((p) => p.rpoHours).filter((h): h is number => h !== null);
  const meets = (rpo: number | undefined) => rpo !== undefined && rpoTargets.every((t) => rpo <= t);

  const speeds = [...new Set([...BCDR_ASSUMPTIONS.whatIfBandwidthsMbps, ...(linkMbps !== null ? [linkMbps] : [])])].sort((a, b) => a - b);
  const whatIf =
    replicated.length === 0
      ? []
      : speeds.map((speed) => {
          const eff = speed * settings.wanEfficiency;
          const rpo = achievableRpoHours(totalBase.dailyChurnGiB, eff, busy, floor);
          return {
            linkMbps: speed,
            effectiveMbps: r2(eff),
            achievableRpoHours: orNull(rpo),
            initialReplicationHours: orNull(initialReplicationHours(totalBase.initialGiB, totalBase.dailyChurnGiB, eff)),
            meetsAllRpos: meets(rpo),
            current: speed === linkMbps,
          };
        });

  if (replicated.length > 0) {
    if (effectiveMbps === null) {
      findings.push(finding("warning", "bcdr-no-link", ["protection", "drSite"], t("msg.bcdr-no-link")));
    } else if (achievable === undefined) {
      findings.push(
        finding(
          "error",
          "bcdr-link-too-slow",
          ["protection", "drSite", "wanBandwidthMbps"],
          t("msg.bcdr-link-too-slow", { gib: r1(totalBase.dailyChurnGiB), average: r1(totalBase.averageMbps), usable: r1(effectiveMbps) }),
        ),
      );
    }
    if (initial !== undefined && initial > settings.offlineSeedingThresholdDays * 24) {
      findings.push(
        finding(
          "warning",
          "bcdr-slow-initial-replication",
          ["protection", "drSite", "wanBandwidthMbps"],
          t("msg.bcdr-slow-initial-replication", {
            gib: r1(totalBase.initialGiB),
            hours: r1(initial),
            days: settings.offlineSeedingThresholdDays,
            goal: BCDR_ASSUMPTIONS.initialReplicationGoalHours,
          }),
        ),
      );
    }
  }
  return {
    linkMbps,
    linkSource,
    wanEfficiency: settings.wanEfficiency,
    effectiveMbps: effectiveMbps === null ? null : r2(effectiveMbps),
    growthFactor: settings.churnGrowthFactor,
    busyHoursPerDay: busy,
    perMethod,
    total: {
      ...totalBase,
      achievableRpoHours: orNull(achievable),
      initialReplicationHours: orNull(initial),
      initialReplicationGoalHours: BCDR_ASSUMPTIONS.initialReplicationGoalHours,
    },
    whatIf,
  };
}

/** What holds for every configuration server (ASH-ASR-2019, ASR-MATRIX, ARCH-DR in limits.ts). */
export const ASR_TO_AZURE_NOTES: readonly LocalText[] = [
  t("bcdr.note.asr.ports", { https: ASR_TO_AZURE.httpsPort.value, replication: ASR_TO_AZURE.replicationPort.value }),
  t("bcdr.note.asr.path"),
  t("bcdr.note.asr.mobility", { ramPercent: ASR_TO_AZURE.driverRamPercent.value }),
  t("bcdr.note.asr.perTenant"),
  t("bcdr.note.asr.freeDays", { days: ASR_TO_AZURE.freeDays.value }),
  t("bcdr.note.asr.recoveryPlan", { servers: ASR_TO_AZURE.maxServersPerRecoveryPlan.value }),
];

/** A list of notes as the model keeps text: English in `name`, keys and parameters beside it in `nameLocal`. */
function englishAndLocal<K extends string>(name: K, notes: readonly LocalText[]): Record<K, string[]> & Record<`${K}Local`, LocalText[]> {
  return { [name]: notes.map((n) => n.en), [`${name}Local`]: [...notes] } as Record<K, string[]> & Record<`${K}Local`, LocalText[]>;
}

/** Smallest table row that takes both the churn and the machine count. */
const fitRow = <T extends { maxChurnGiBPerDay: number; maxMachines: number }>(rows: readonly T[], churn: number, machines: number): T | undefined =>
  rows.find((r) => churn <= r.maxChurnGiBPerDay && machines <= r.maxMachines);

export function sizeAsrToAzure(plans: VmDrPlan[]): AsrToAzureSizing[] {
  const bySubscription = new Map<string, VmDrPlan[]>();
  for (const p of plans.filter((p) => p.method === "asr-to-azure")) pushTo(bySubscription, p.subscription, p);
  return [...bySubscription.entries()]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([subscription, list]) => {
      const churn = r2(list.reduce((s, p) => s + p.churn.dailyChurnGiB, 0));
      const machines = list.length;
      const fits = fitRow(CONFIGURATION_SERVER_SIZES, churn, machines);
      let scaleOut: AsrToAzureSizing["scaleOutProcessServers"] = null;
      if (!fits) {
        // Beyond one configuration server: scale-out process servers carry all of it (the built-in one is not counted).
        const top = PROCESS_SERVER_SIZES[PROCESS_SERVER_SIZES.length - 1]!;
        const count = Math.max(Math.ceil(churn / top.maxChurnGiBPerDay), Math.ceil(machines / top.maxMachines));
        scaleOut = { count, size: fitRow(PROCESS_SERVER_SIZES, churn / count, machines / count) ?? top };
      }
      return {
        subscription,
        machines,
        dailyChurnGiB: churn,
        configurationServer: fits ?? CONFIGURATION_SERVER_SIZES[CONFIGURATION_SERVER_SIZES.length - 1]!,
        scaleOutProcessServers: scaleOut,
        ...englishAndLocal("notes", [t("bcdr.note.asr.configurationServer", { subscription })]),
      };
    });
}

export function sizeStackToStack(tenant: Tenant, plans: VmDrPlan[], refOf: Map<string, VmRef>, runbookOrder: string[]): StackToStackSizing | null {
  const list = plans.filter((p) => p.method === "asr-stack-to-stack");
  if (list.length === 0) return null;
  const tested = ASR_STACK_TO_STACK.testedVmsPerAppliance.value;
  const bySubscription = new Map<string, VmDrPlan[]>();
  for (const p of list) pushTo(bySubscription, p.subscription, p);
  const appliances = [...bySubscription.entries()]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([subscription, vms]) => ({
      subscription,
      vms: vms.length,
      disks: vms.reduce((s, p) => s + p.churn.disks, 0),
      appliances: Math.max(1, Math.ceil(vms.length / tested)),
    }));
  // Re-protect batches in runbook order, at most 31 disks each.
  const maxDisks = ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value;
  const batches: string[][] = [];
  let current: string[] = [];
  let disks = 0;
  // The first plan of each VM id, as a scan of the list would find it (a Map: one lookup per VM, not a scan).
  const byVm = new Map<string, VmDrPlan>();
  for (const p of list) if (!byVm.has(p.vm)) byVm.set(p.vm, p);
  const ordered = runbookOrder.map((id) => byVm.get(id)).filter((p): p is VmDrPlan => !!p);
  for (const p of ordered) {
    if (disks + p.churn.disks > maxDisks && current.length > 0) {
      batches.push(current);
      current = [];
      disks = 0;
    }
    current.push(p.name);
    disks += p.churn.disks;
  }
  if (current.length > 0) batches.push(current);
  const provisioned = list.reduce((s, p) => s + p.churn.provisionedGiB, 0);
  return {
    sourceStampVersion: tenant.stamp.version ?? null,
    targetStampVersion: tenant.protection.drSite?.stampVersion ?? null,
    minimumStampVersion: ASR_STACK_TO_STACK.minimumStampVersion,
    appliances,
    reprotectBatches: batches,
    protectedProvisionedGiB: r2(provisioned),
    targetStorageGiB: {
      low: r2(provisioned * ASR_STACK_TO_STACK.targetStorageFactorLow.value),
      high: r2(provisioned * ASR_STACK_TO_STACK.targetStorageFactorHigh.value),
    },
    failoverQuota: {
      vCpus: list.reduce((s, p) => s + refOf.get(p.vm)!.vm.vCpus, 0),
      memoryGiB: r2(list.reduce((s, p) => s + refOf.get(p.vm)!.vm.memoryGiB, 0)),
      vms: list.length,
    },
    providerFootprint: {
      vCores: ASR_STACK_TO_STACK.providerVCores.value,
      memoryGiB: ASR_STACK_TO_STACK.providerMemoryGiB.value,
      diskGiB: ASR_STACK_TO_STACK.providerDiskGiB.value,
    },
    cacheWorstCaseGiB: r2(list.reduce((s, p) => s + p.churn.dailyChurnGiB, 0)),
    ...englishAndLocal("notes", [
      t("bcdr.note.s2s.appliance", { size: ASR_STACK_TO_STACK.applianceSize }),
      t("bcdr.note.s2s.tested", { tested }),
      t("bcdr.note.s2s.owner"),
      t("bcdr.note.s2s.provider", {
        vCores: ASR_STACK_TO_STACK.providerVCores.value,
        memoryGB: ASR_STACK_TO_STACK.providerMemoryGiB.value,
        diskGB: ASR_STACK_TO_STACK.providerDiskGiB.value.toLocaleString("en-US"),
      }),
      t("bcdr.note.s2s.recoveryPlans"),
      t("bcdr.note.s2s.deleteOrder"),
      t("bcdr.note.s2s.noSla"),
    ]),
  };
}

function planReplicas(plans: VmDrPlan[], refOf: Map<string, VmRef>): ReplicaPlan[] {
  const byTechnology = new Map<string, VmDrPlan[]>();
  for (const p of plans.filter((p) => p.method === "application-replication")) pushTo(byTechnology, p.technology, p);
  return [...byTechnology.entries()]
    .sort(([a], [b]) => byCodeUnit(a, b))
    .map(([technology, list]) => {
      const vms = list.map((p) => refOf.get(p.vm)!.vm);
      // One DR domain controller per source DC, at most two (assumption: two keep the DR site's identity redundant).
      const isDc = list[0]!.technologyLocal?.key === "bcdr.tech.active-directory";
      // VMs in one availability set are assumed to replicate to each other already (an AG, a DAG, a DFS-R
      // group): one DR replica per set, one per stand-alone VM.
      const seen = new Set<string>();
      const perSet = vms.filter((v) => {
        if (!v.availabilitySet) return true;
        const key = v.availabilitySet.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      const replicas = isDc ? Math.min(2, list.length) : perSet.length;
      const sized = isDc ? vms.slice(0, replicas) : perSet;
      return {
        technology,
        ...(list[0]!.technologyLocal ? { technologyLocal: list[0]!.technologyLocal } : {}),
        sources: list.map((p) => p.vm),
        replicas,
        vCpus: sized.reduce((s, v) => s + v.vCpus, 0),
        memoryGiB: r2(sized.reduce((s, v) => s + v.memoryGiB, 0)),
      };
    });
}

function findGaps(tenant: Tenant, plans: VmDrPlan[], cycles: string[][], findings: Finding[], refOf: Map<string, VmRef>): Gap[] {
  const gaps: Gap[] = [];
  const siteKind = tenant.protection.drSite?.kind ?? "none";
  const tierPath = (name: string) => ["protection", "tiers", tenant.protection.tiers.findIndex((t) => t.name === name)];
  const noSite = new Set<string>();
  for (const tier of tenant.protection.tiers) {
    const members = plans.filter((p) => p.tier === tier.name);
    if (tier.requiresDr && siteKind === "none" && members.length > 0) {
      members.forEach((m) => noSite.add(m.vm));
      const message = t("msg.bcdr-dr-site-none", {
        tier: tier.name,
        count: members.length,
        vms: joinTexts(members.map((m) => verbatim(m.name))),
      });
      gaps.push({ kind: "dr-site-none", tier: tier.name, vms: members.map((m) => m.vm), message: message.en, messageLocal: message });
      findings.push(finding("warning", "bcdr-dr-site-none", tierPath(tier.name), message));
    }
  }
  const uncovered = plans.filter((p) => p.method === "none" && p.tier !== null && !noSite.has(p.vm));
  for (const p of uncovered) {
    const message = t("msg.bcdr-uncovered-vm", { vm: p.name, reason: p.reasonLocal ?? t("common.verbatim", { text: p.reason }) });
    gaps.push({ kind: "uncovered-vm", tier: p.tier, vms: [p.vm], message: message.en, messageLocal: message });
    findings.push(finding("warning", "bcdr-uncovered-vm", [...refOf.get(p.vm)!.path, "name"], message));
  }
  for (const p of plans.filter((p) => p.tier === null)) {
    findings.push(finding("info", "bcdr-no-tier", [...refOf.get(p.vm)!.path, "name"], t("msg.bcdr-no-tier", { vm: p.name })));
  }
  for (const tier of tenant.protection.tiers) {
    const members = plans.filter((p) => p.tier === tier.name && !noSite.has(p.vm));
    const late = members.filter((p) => p.readyAfterHours !== null && p.readyAfterHours > tier.rtoHours);
    const rtoUncovered = members.filter((p) => p.method === "none" && /RTO/.test(p.reason));
    if (late.length + rtoUncovered.length > 0) {
      const parts = [
        ...late.map((p) => t("bcdr.rto.late", { vm: p.name, hours: r1(p.readyAfterHours!), method: t(`bcdr.method.${p.method}`) })),
        ...rtoUncovered.map((p) => t("bcdr.rto.uncovered", { vm: p.name })),
      ];
      const message = t("msg.bcdr-rto-unmet", { tier: tier.name, rto: tier.rtoHours, parts: joinTexts(parts, "list.semicolon") });
      gaps.push({
        kind: "rto-unmet",
        tier: tier.name,
        vms: [...late, ...rtoUncovered].map((p) => p.vm),
        message: message.en,
        messageLocal: message,
      });
      findings.push(finding("warning", "bcdr-rto-unmet", tierPath(tier.name), message));
    }
    const slow = members.filter((p) => replicating(p.method) && (p.achievableRpoHours === null || p.achievableRpoHours > tier.rpoHours));
    if (slow.length > 0) {
      const rpo = slow[0]!.achievableRpoHours;
      const vmList = joinTexts(slow.map((p) => verbatim(p.name)));
      const message =
        rpo === null
          ? t("msg.bcdr-rpo-unmet.never", { tier: tier.name, rpo: tier.rpoHours, vms: vmList })
          : t("msg.bcdr-rpo-unmet", { tier: tier.name, rpo: tier.rpoHours, achieved: r1(rpo), vms: vmList });
      gaps.push({ kind: "rpo-unmet", tier: tier.name, vms: slow.map((p) => p.vm), message: message.en, messageLocal: message });
      findings.push(finding("warning", "bcdr-rpo-unmet", tierPath(tier.name), message));
    }
  }
  for (const cycle of cycles) {
    const message = t("bcdr.gap.dependency-cycle", { cycle: cycle.join(" → ") });
    gaps.push({ kind: "dependency-cycle", tier: null, vms: [], message: message.en, messageLocal: message });
  }
  return gaps;
}

function manualChecks(plans: VmDrPlan[]): LocalText[] {
  const checks: LocalText[] = [];
  if (plans.some((p) => p.method === "asr-to-azure")) {
    checks.push(t("bcdr.check.asr.disks"), t("bcdr.check.asr.kernel"), t("bcdr.check.asr.measure"));
  }
  if (plans.some((p) => p.method === "asr-stack-to-stack")) {
    checks.push(t("bcdr.check.s2s"));
  }
  if (plans.some((p) => p.method === "application-replication")) {
    checks.push(t("bcdr.check.app"));
  }
  if (plans.some((p) => p.method === "restore-and-redeploy")) {
    checks.push(t("bcdr.check.restore"));
  }
  return checks;
}
