/** The BC/DR part of the view: the BcdrPlan as planned, with localized labels and per-VM verdicts read from its gaps. */
import type { BcdrPlan } from "../bcdr/index.js";
import { drMethods, type DrMethod } from "../bcdr/model.js";
import type { Formatter } from "./format.js";
import { failoverSvg } from "./svg/failover.js";
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
    achievableRpoHours: number | null;
    rtoHours: number | null;
    readyAfterHours: number | null;
    group: number | null;
    /** From the plan's gaps: false when the VM is listed under an unmet RPO or RTO, null without a target. */
    rpoMet: boolean | null;
    rtoMet: boolean | null;
  }>;
  tiers: Array<{ tier: string; vms: number; rpoHours: number | null; rtoHours: number | null; rpoMet: boolean; rtoMet: boolean }>;
  plan: BcdrPlan;
  /** Runbook steps with `command: null` where the plan has none (templates are strict about missing fields). */
  runbook: Record<"declare" | "network" | "dns" | "validate" | "testFailover", StepView[]>;
  runbookGroups: Array<Omit<BcdrPlan["runbook"]["groups"][number], "steps"> & { heading: string; vmList: string; steps: StepView[] }>;
  failbacks: Array<Omit<BcdrPlan["runbook"]["failback"][number], "steps"> & { label: string; vmList: string; steps: StepView[] }>;
  diagram: Svg;
  /** Site Recovery servers, appliances, storage and quota, as labelled rows (view-components.ts). */
  components: ComponentView[];
}

export function bcdrView(plan: BcdrPlan, fmt: Formatter): BcdrView {
  const unmet = (kind: "rpo-unmet" | "rto-unmet") => new Set(plan.gaps.filter((g) => g.kind === kind).flatMap((g) => g.vms));
  const rpoUnmet = unmet("rpo-unmet");
  const rtoUnmet = unmet("rto-unmet");
  const uncovered = new Set(plan.gaps.filter((g) => g.kind === "uncovered-vm" || g.kind === "dr-site-none").flatMap((g) => g.vms));
  const methodLabel = (m: DrMethod) => fmt.t(`bcdr.method.${m}`);
  const vms = plan.vms.map((v) => ({
    vm: v.vm,
    tier: v.tier,
    method: v.method,
    technology: v.technology,
    reason: v.reason,
    rpoHours: v.rpoHours,
    achievableRpoHours: v.achievableRpoHours,
    rtoHours: v.rtoHours,
    readyAfterHours: v.readyAfterHours,
    group: v.failoverGroup,
    rpoMet: v.rpoHours === null ? null : !rpoUnmet.has(v.vm) && !uncovered.has(v.vm),
    rtoMet: v.rtoHours === null ? null : !rtoUnmet.has(v.vm) && !uncovered.has(v.vm),
  }));
  const tierNames = [...new Set(plan.vms.map((v) => v.tier).filter((t): t is string => t !== null))];
  const tiers = tierNames.map((tier) => {
    const members = vms.filter((v) => v.tier === tier);
    return { tier, vms: members.length, rpoHours: members[0]?.rpoHours ?? null, rtoHours: members[0]?.rtoHours ?? null, rpoMet: members.every((v) => v.rpoMet !== false), rtoMet: members.every((v) => v.rtoMet !== false) };
  });
  const runbookGroups = plan.runbook.groups.map((g) => ({
    ...g,
    steps: steps(g.steps),
    heading: fmt.t("bcdr.groupHeading", { group: g.group, title: g.title }),
    vmList: g.vms.map((v) => fmt.t("bcdr.vmWithMethod", { vm: v.vm, method: methodLabel(v.method) })).join(fmt.t("list.separator")),
  }));
  const failbacks = plan.runbook.failback.map((f) => ({ ...f, steps: steps(f.steps), label: methodLabel(f.method), vmList: f.vms.join(fmt.t("list.separator")) }));
  // The first VM plan with each id, as a scan would find it: a Map, not a scan of every VM per diagram node.
  const firstPlanOf = new Map<string, BcdrPlan["vms"][number]>();
  for (const x of plan.vms) if (!firstPlanOf.has(x.vm)) firstPlanOf.set(x.vm, x);
  const diagram = failoverSvg({
    id: "failover",
    title: fmt.t("diagram.failover.title"),
    layers: plan.runbook.groups.map((g) => ({
      label: fmt.t("diagram.failover.group", { group: g.group }),
      nodes: g.vms.map((v) => {
        const p = firstPlanOf.get(v.vm);
        return {
          id: v.vm,
          label: p?.name ?? v.vm,
          detail: p?.readyAfterHours != null ? fmt.t("diagram.failover.ready", { hours: fmt.hours(p.readyAfterHours) }) : methodLabel(v.method),
          tooltip: `${v.vm}: ${methodLabel(v.method)}`,
        };
      }),
    })),
    edges: plan.vms.flatMap((v) => (v.dependsOn ?? []).map((d) => ({ from: d, to: v.vm }))),
    groupEdges: true,
  });
  return {
    drSite: { kind: plan.drSite.kind, label: fmt.t(`drSite.${plan.drSite.kind}`), name: plan.drSite.name },
    methodCounts: drMethods.filter((method) => plan.methodCounts[method] > 0).map((method) => ({ method, label: methodLabel(method), vms: plan.methodCounts[method] })),
    vms,
    tiers,
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
