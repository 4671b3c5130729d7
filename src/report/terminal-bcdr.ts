/**
 * The BC/DR section of the terminal text: the figures of bcdr.md from the same view. Verdicts (met, not
 * met) are read from the view, which reads them from the plan; nothing is recomputed here. The full
 * runbook, step by step, stays in bcdr.md: the terminal lists the failover order and the failback methods.
 */
import type { Formatter } from "./format.js";
import type { TextDocument } from "./text-layout.js";
import { labels, type Cells } from "./terminal-cells.js";
import type { ReportView } from "./view.js";

function bandwidthText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const bw = view.bcdr.plan.bandwidth;
  doc.heading(fmt.t("bcdr.bandwidth"), 2);
  doc.facts([
    { label: fmt.t("bcdr.link"), value: c.mbps(bw.linkMbps) },
    { label: fmt.t("bcdr.effectiveLink"), value: c.mbps(bw.effectiveMbps) },
    { label: fmt.t("bcdr.dailyChurn"), value: c.size(bw.total.dailyChurnGiB) },
    { label: fmt.t("bcdr.averageLoad"), value: c.mbps(bw.total.averageMbps) },
    { label: fmt.t("bcdr.busyLoad"), value: c.mbps(bw.total.busyMbps) },
    { label: fmt.t("bcdr.achievableRpo"), value: c.hours(bw.total.achievableRpoHours) },
    {
      label: fmt.t("bcdr.initialReplication"),
      value: fmt.t("bcdr.initialOf", { size: c.size(bw.total.initialGiB), hours: c.hours(bw.total.initialReplicationHours) }),
    },
  ]);
  if (bw.whatIf.length === 0) return;
  doc.heading(fmt.t("bcdr.whatIf"), 2);
  doc.table({
    header: labels(fmt, ["bcdr.link", "bcdr.effectiveLink", "bcdr.achievableRpo", "bcdr.initialReplication", "bcdr.col.meetsRpos"]),
    rows: bw.whatIf.map((w) => [
      `${c.mbps(w.linkMbps)}${w.current ? ` ${fmt.t("bcdr.current")}` : ""}`,
      c.mbps(w.effectiveMbps),
      c.hours(w.achievableRpoHours),
      c.hours(w.initialReplicationHours),
      c.yesNo(w.meetsAllRpos),
    ]),
    right: [0, 1, 2, 3],
  });
}

function componentsText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const replicas = view.bcdr.plan.components.replicas;
  if (replicas.length > 0) {
    doc.heading(fmt.t("bcdr.replicas"), 2);
    doc.table({
      header: [...labels(fmt, ["bcdr.col.technology", "bcdr.col.sources", "bcdr.col.replicas"]), "vCPU", fmt.t("bcdr.col.memory")],
      rows: replicas.map((r) => [r.technology, r.sources.join(fmt.t("list.separator")), c.count(r.replicas), c.count(r.vCpus), c.gib(r.memoryGiB)]),
      right: [2, 3, 4],
    });
  }
  for (const component of view.bcdr.components) {
    doc.heading(component.title, 2);
    doc.facts(component.rows);
    doc.list(component.notes);
  }
}

function runbookText(doc: TextDocument, view: ReportView, fmt: Formatter): void {
  const b = view.bcdr;
  doc.heading(fmt.t("bcdr.failoverOrder"), 2);
  b.runbookGroups.forEach((g, i) => doc.line(`    ${i + 1}. ${g.heading}: ${g.vmList}`, g.cycle ? "yellow" : undefined));
  if (b.failbacks.length > 0) {
    doc.heading(fmt.t("bcdr.failback"), 2);
    doc.facts(b.failbacks.map((f) => ({ label: f.label, value: f.vmList })));
  }
  doc.line(`    ${fmt.t("term.bcdr.runbookIn")}`, "dim");
}

export function bcdrText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const b = view.bcdr;
  const site = b.drSite.name ? `${b.drSite.label} ${b.drSite.name}` : b.drSite.label;
  doc.heading(fmt.t("term.bcdr.heading", { site }));
  doc.heading(fmt.t("bcdr.methods"), 2);
  doc.table({
    header: labels(fmt, ["bcdr.col.method", "inventory.col.vms"]),
    rows: b.methodCounts.map((m) => [m.label, c.count(m.vms)]),
    right: [1],
  });

  if (b.tiers.length > 0) {
    doc.heading(fmt.t("bcdr.perTier"), 2);
    doc.table({
      header: labels(fmt, ["inventory.col.tier", "inventory.col.vms", "bcdr.col.rpoMet", "bcdr.col.rtoMet"]),
      rows: b.tiers.map((t) => [t.tier, c.count(t.vms), c.met(t.rpoMet), c.met(t.rtoMet)]),
      right: [1],
      styles: b.tiers.map((t) => (t.rpoMet && t.rtoMet ? undefined : "red")),
    });
  }

  if (b.vms.length > 0) {
    doc.heading(fmt.t("bcdr.perVm"), 2);
    doc.table({
      header: labels(fmt, [
        "bcdr.col.vm",
        "inventory.col.tier",
        "bcdr.col.method",
        "bcdr.col.rpo",
        "bcdr.col.achievableRpo",
        "bcdr.col.rto",
        "bcdr.col.readyAfter",
        "bcdr.col.group",
      ]),
      rows: b.vms.map((v) => [
        v.vm,
        v.tier ?? c.none,
        fmt.message(`bcdr.method.${v.method}`),
        c.hours(v.rpoHours),
        `${c.hours(v.achievableRpoHours)} ${c.met(v.rpoMet)}`,
        c.hours(v.rtoHours),
        `${c.hours(v.readyAfterHours)} ${c.met(v.rtoMet)}`,
        c.count(v.group),
      ]),
      right: [3, 4, 5, 6, 7],
      styles: b.vms.map((v) => (v.method === "none" && v.tier !== null ? "yellow" : v.rpoMet === false || v.rtoMet === false ? "red" : undefined)),
    });
  }

  bandwidthText(doc, view, fmt, c);
  componentsText(doc, view, fmt, c);

  doc.heading(fmt.t("bcdr.network"), 2);
  doc.line(`    ${fmt.message(`bcdr.strategy.${b.plan.network.strategy}`)}`);
  if (b.plan.network.replicaNetwork) doc.line(`    ${fmt.t("bcdr.replicaNetwork", { range: b.plan.network.replicaNetwork })}`);

  runbookText(doc, view, fmt);
  if (b.plan.manualChecks.length > 0) {
    doc.heading(fmt.t("bcdr.manualChecks"), 2);
    doc.list(b.plan.manualChecks);
  }
}
