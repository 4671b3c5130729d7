/** The backup part of the view: the BackupPlan's own figures, selected and labelled; the timeline and storage diagrams. */
import type { BackupPlan, NetworkRequirement } from "../backup/types.js";
import { clock } from "../base/units.js";
import type { PlanVerdicts } from "../plan/verdict.js";
import type { Formatter } from "./format.js";
import { storageSvg } from "./svg/storage.js";
import type { Svg } from "./svg/svg.js";
import { timelineSvg } from "./svg/timeline.js";

export interface BackupVmView {
  vm: string;
  tier: string | null;
  method: string;
  methodName: string;
  protected: boolean;
  backupServer: string | null;
  usedGiB: number;
  fullGiB: number;
  dailyIncrementalGiB: number;
  targetStorageGiB: number;
  runsPerDay: number;
  recoveryPoints: number;
  start: string | null;
  durationMinutes: number | null;
  withinWindow: boolean | null;
  tierRpoHours: number | null;
  achievedRpoHours: number | null;
  tierRtoHours: number | null;
  restoreHours: number | null;
  /** The plan's verdict for this VM (src/plan/verdict.ts); null without one (no tier, or a Kubernetes node). */
  rpoMet: boolean | null;
  rtoMet: boolean | null;
  reason: string;
}

export interface BackupView {
  plan: BackupPlan;
  vms: BackupVmView[];
  resources: Array<{
    kind: string;
    name: string;
    method: string;
    protected: boolean;
    tier: string | null;
    fullGiB: number;
    dailyIncrementalGiB: number;
    reason: string;
  }>;
  windows: Array<{
    tier: string;
    run: number;
    start: string;
    durationMinutes: number;
    jobs: number;
    runGiB: number;
    demandMinutes: number;
    lastFinishMinutes: number;
    feasible: boolean;
    allWithinWindow: boolean;
  }>;
  networkRules: Array<NetworkRequirement & { ports: string; fqdnList: string[] }>;
  usableMbps: number;
  timeline: Svg;
  storage: Svg;
}

export function backupView(plan: BackupPlan, verdicts: PlanVerdicts, fmt: Formatter): BackupView {
  const verdictOf = new Map(verdicts.vms.map((v) => [v.vm, v]));
  const vms: BackupVmView[] = plan.vms.map((v) => ({
    vm: v.qualifiedName,
    tier: v.tier,
    method: v.method,
    methodName: v.methodName,
    protected: v.protected,
    backupServer: v.backupServer ?? null,
    usedGiB: v.usedGiB.value,
    fullGiB: v.fullGiB.value,
    dailyIncrementalGiB: v.dailyIncrementalGiB.value,
    targetStorageGiB: v.targetStorageGiB.value,
    runsPerDay: v.runsPerDay.value,
    recoveryPoints: v.recoveryPoints.value,
    start: v.schedule ? clock(v.schedule.startMinuteOfDay) : null,
    durationMinutes: v.schedule ? v.schedule.durationMinutes : null,
    withinWindow: v.schedule ? v.schedule.withinWindow : null,
    tierRpoHours: v.tierRpoHours,
    achievedRpoHours: v.achievedRpoHours?.value ?? null,
    tierRtoHours: v.tierRtoHours,
    restoreHours: v.restore?.totalHours ?? null,
    rpoMet: verdictOf.get(v.qualifiedName)?.rpo.met ?? null,
    rtoMet: verdictOf.get(v.qualifiedName)?.rto.met ?? null,
    reason: v.reason,
  }));

  // The link carries linkMBps (decimal MB/s); shown in Mbit/s like the WAN bandwidth it comes from.
  const usableMbps = plan.transfer.linkMBps.value * 8;
  const origin = plan.transfer.timelineStartMinuteOfDay;
  const offset = (minuteOfDay: number) => (((minuteOfDay - origin) % 1440) + 1440) % 1440;
  const scheduled = plan.vms.filter((v) => v.schedule !== null);
  const rows = scheduled.map((v) => {
    const s = v.schedule!;
    const start = offset(s.startMinuteOfDay) / 60;
    return {
      label: v.qualifiedName,
      startHours: start,
      durationHours: s.durationMinutes / 60,
      withinWindow: s.withinWindow,
      tooltip: fmt.t("diagram.timeline.tooltip", {
        vm: v.qualifiedName,
        start: clock(s.startMinuteOfDay),
        duration: fmt.hours(s.durationMinutes / 60),
      }),
    };
  });
  const windows = plan.transfer.windows.map((w) => ({
    label: fmt.t("diagram.timeline.window", { tier: w.tier, start: clock(w.startMinuteOfDay) }),
    startHours: offset(w.startMinuteOfDay) / 60,
    durationHours: w.durationMinutes / 60,
  }));
  const span = Math.max(1, ...windows.map((w) => w.startHours + w.durationHours), ...rows.map((r) => r.startHours + r.durationHours));
  // The scheduler is work-conserving (src/backup/schedule.ts): while any run is active the link carries its usable capacity.
  const timeline = timelineSvg({
    id: "timeline",
    title: fmt.t("diagram.timeline.title"),
    originMinutes: origin,
    spanHours: Math.ceil(span),
    windows,
    rows,
    load: rows.map((r) => ({ startHours: r.startHours, endHours: r.startHours + r.durationHours, mbps: usableMbps })),
    capacityMbps: usableMbps,
    labels: {
      load: fmt.t("diagram.timeline.load"),
      capacity: fmt.t("diagram.timeline.capacity"),
      onTimeLegend: fmt.t("diagram.timeline.onTime"),
      lateLegend: fmt.t("diagram.timeline.late"),
    },
    formatMbps: (n) => fmt.mbps(n),
  });

  const growth = plan.storageGrowth.length > 1 ? plan.storageGrowth : undefined;
  const storage = storageSvg({
    id: "storage",
    title: fmt.t("diagram.storage.title"),
    days: growth ? growth.map((p) => p.day) : [0, 1],
    series: [
      {
        label: fmt.t("diagram.storage.series"),
        gib: growth ? growth.map((p) => p.gib.value) : [plan.totals.fullGiB.value, plan.totals.targetStorageGiB.value],
      },
    ],
    labels: { xAxis: fmt.t(growth ? "diagram.storage.xAxis" : "diagram.storage.xAxisTwoPoints"), yAxis: fmt.t("diagram.storage.yAxis") },
    formatSize: (g) => fmt.size(g),
    formatDay: (d) => (growth ? fmt.t("unit.day", { n: fmt.count(d) }) : fmt.t(d === 0 ? "diagram.storage.first" : "diagram.storage.steady")),
  });

  return {
    plan,
    vms,
    resources: plan.resources.map((r) => ({
      kind: fmt.t(`resourceKind.${r.kind}`),
      name: r.qualifiedName,
      method: r.method,
      protected: r.protected,
      tier: r.tier,
      fullGiB: r.fullGiB.value,
      dailyIncrementalGiB: r.dailyIncrementalGiB.value,
      reason: r.reason,
    })),
    windows: plan.transfer.windows.map((w) => ({
      tier: w.tier,
      run: w.run + 1,
      start: clock(w.startMinuteOfDay),
      durationMinutes: w.durationMinutes,
      jobs: w.jobs,
      runGiB: w.runGiB.value,
      demandMinutes: w.demandMinutes.value,
      lastFinishMinutes: w.lastFinishMinutes.value,
      feasible: w.feasible,
      allWithinWindow: w.allWithinWindow,
    })),
    networkRules: plan.networkRules.map((r) => ({ ...r, ports: r.destinationPortRanges.join(", "), fqdnList: r.fqdns ?? [] })),
    usableMbps,
    timeline,
    storage,
  };
}
