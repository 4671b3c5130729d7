/** The BC/DR part of the view: the BcdrPlan as planned, with localized labels and the plan's verdicts (src/plan/verdict.ts). */
import type { BcdrPlan } from "../bcdr/index.js";
import { drMethods, type DrMethod } from "../bcdr/model.js";
import type { PlanVerdicts, ProtectionSource } from "../plan/verdict.js";
import type { Formatter } from "./format.js";
import { failoverSvg } from "./svg/failover.js";
import { DIAGRAM_VMS_DRAWN } from "./diagram-limits.js";
import type { Svg } from "./svg/svg.js";
import { componentViews, type ComponentView } from "./view-components.js";

export interface StepView {
  text: string;
  command: string | null;
}

const steps = (list: ReadonlyArray<{ text: string; command?: string }>): StepView[] => list.map((s) => ({ text: s.text, command: s.command ?? null }));

export interface BcdrView {
  drSite: { kind: string; label: string; name: string | null };
  methodCounts: Array<{ method: string; label: string; vms: number }>;
  vms: Array<{
    vm: string;
    tier: string | null;
    method: string;
    technology: string;
    reason: string;
    rpoHours: number | null;
    /** The verdict's RPO figure: the best of the off-stack backup and DR replication; null when neither gives one. */
    achievableRpoHours: number | null;
    rtoHours: number | null;
    readyAfterHours: number | null;
    group: number | null;
    /** The verdict's figures: which protection gives them, and whether they meet the tier's targets; null without a verdict. */
    rpoSource: ProtectionSource | null;
    rtoHoursAchieved: number | null;
    rtoSource: ProtectionSource | null;
    rpoMet: boolean | null;
    rtoMet: boolean | null;
  }>;
  /** The tier verdicts (src/plan/verdict.ts), in tenant.yaml order. */
  tiers: PlanVerdicts["tiers"];
  plan: BcdrPlan;
  /** Runbook steps with `command: null` where the plan has none (templates are strict about missing fields). */
  runbook: Record<"declare" | "network" | "dns" | "validate" | "testFailover", StepView[]>;
  /** `vmList` is `vmItems` joined; the documents cut a long list (detail.ts), the terminal prints it whole. */
  runbookGroups: Array<Omit<BcdrPlan["runbook"]["groups"][number], "steps"> & { heading: string; vmList: string; vmItems: string[]; steps: StepView[] }>;
  failbacks: Array<Omit<BcdrPlan["runbook"]["failback"][number], "steps"> & { label: string; vmList: string; vmItems: string[]; steps: StepView[] }>;
  diagram: Svg;
  /** Site Recovery servers, appliances, storage and quota, as labelled rows (view-components.ts). */
  components: ComponentView[];
}

export function bcdrView(plan: BcdrPlan, verdicts: PlanVerdicts, fmt: Formatter): BcdrView {
  const verdictOf = new Map(verdicts.vms.map((v) => [v.vm, v]));
  const methodLabel = (m: DrMethod) => fmt.t(`bcdr.method.${m}`);
  const vms = plan.vms.map((v) => {
    const verdict = verdictOf.get(v.vm);
    return {
      vm: v.vm,
      tier: v.tier,
      method: v.method,
      technology: v.technology,
      reason: v.reason,
      rpoHours: v.rpoHours,
      achievableRpoHours: verdict?.rpo.hours ?? null,
      rtoHours: v.rtoHours,
      readyAfterHours: v.readyAfterHours,
      group: v.failoverGroup,
      rpoSource: verdict?.rpo.source ?? null,
      rtoHoursAchieved: verdict?.rto.hours ?? null,
      rtoSource: verdict?.rto.source ?? null,
      rpoMet: verdict?.rpo.met ?? null,
      rtoMet: verdict?.rto.met ?? null,
    };
  });
  const runbookGroups = plan.runbook.groups.map((g) => {
    const vmItems = g.vms.map((v) => fmt.t("bcdr.vmWithMethod", { vm: v.vm, method: methodLabel(v.method) }));
    return {
      ...g,
      steps: steps(g.steps),
      heading: fmt.t("bcdr.groupHeading", { group: g.group, title: g.title }),
      vmItems,
      vmList: vmItems.join(fmt.t("list.separator")),
    };
  });
  const failbacks = plan.runbook.failback.map((f) => ({
    ...f,
    steps: steps(f.steps),
    label: methodLabel(f.method),
    vmItems: f.vms,
    vmList: f.vms.join(fmt.t("list.separator")),
  }));
  // The first VM plan with each id, as a scan would find it: a Map, not a scan of every VM per diagram node.
  const firstPlanOf = new Map<string, BcdrPlan["vms"][number]>();
  for (const x of plan.vms) if (!firstPlanOf.has(x.vm)) firstPlanOf.set(x.vm, x);
  const aggregated = plan.runbook.groups.reduce((n, g) => n + g.vms.length, 0) > DIAGRAM_VMS_DRAWN;
  const diagram = failoverSvg({
    id: "failover",
    title: fmt.t("diagram.failover.title"),
    // Above DIAGRAM_VMS_DRAWN VMs, one box per group (diagram-limits.ts): its VM count and the latest ready-after time.
    layers: plan.runbook.groups.map((g) => ({
      label: fmt.t("diagram.failover.group", { group: g.group }),
      nodes: aggregated
        ? [groupNode(g.group, g.vms, firstPlanOf, fmt)]
        : g.vms.map((v) => {
            const p = firstPlanOf.get(v.vm);
            return {
              id: v.vm,
              label: p?.name ?? v.vm,
              detail: p?.readyAfterHours != null ? fmt.t("diagram.failover.ready", { hours: fmt.hours(p.readyAfterHours) }) : methodLabel(v.method),
              tooltip: `${v.vm}: ${methodLabel(v.method)}`,
            };
          }),
    })),
    edges: aggregated ? [] : plan.vms.flatMap((v) => (v.dependsOn ?? []).map((d) => ({ from: d, to: v.vm }))),
    groupEdges: true,
  });
  return {
    drSite: { kind: plan.drSite.kind, label: fmt.t(`drSite.${plan.drSite.kind}`), name: plan.drSite.name },
    methodCounts: drMethods
      .filter((method) => plan.methodCounts[method] > 0)
      .map((method) => ({ method, label: methodLabel(method), vms: plan.methodCounts[method] })),
    vms,
    tiers: verdicts.tiers,
    plan,
    runbook: {
      declare: steps(plan.runbook.declare),
      network: steps(plan.runbook.network),
      dns: steps(plan.runbook.dns),
      validate: steps(plan.runbook.validate),
      testFailover: steps(plan.runbook.testFailover),
    },
    runbookGroups,
    failbacks,
    diagram,
    components: componentViews(plan, fmt),
  };
}

/** A failover group drawn as one box: how many VMs, and when the last of them is ready. */
function groupNode(group: number, vms: ReadonlyArray<{ vm: string }>, firstPlanOf: ReadonlyMap<string, { readyAfterHours: number | null }>, fmt: Formatter) {
  const ready = vms.map((v) => firstPlanOf.get(v.vm)?.readyAfterHours).filter((h): h is number => typeof h === "number");
  const label = fmt.t("diagram.failover.aggregate", { count: fmt.count(vms.length) });
  return {
    id: `group-${group}`,
    label,
    detail: ready.length > 0 ? fmt.t("diagram.failover.ready", { hours: fmt.hours(Math.max(...ready)) }) : "",
    tooltip: label,
  };
}
