/** The backup section of the terminal text: the figures of backup.md, from the same view, with the same labels. */
import type { Formatter } from "./format.js";
import type { TextDocument, TextStyle } from "./text-layout.js";
import { labels, type Cells } from "./terminal-cells.js";
import type { ReportView } from "./view.js";

export function backupText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const b = view.backup;
  const p = b.plan;
  const kind = fmt.message(`targetKind.${p.target.kind}`);
  doc.heading(fmt.t("term.backup.heading", { target: p.target.name, kind, location: p.target.location }));
  doc.facts([
    { label: fmt.t("backup.productFamily"), value: p.productFamily },
    {
      label: fmt.t("backup.protectedVms"),
      value: fmt.t("backup.protectedOf", { protected: c.count(view.verdicts.backedUp.vms), total: c.count(view.verdicts.backedUp.of) }),
    },
    { label: fmt.t("backup.usedData"), value: c.size(p.totals.usedGiB.value) },
    { label: fmt.t("backup.fullSize"), value: c.size(p.totals.fullGiB.value) },
    { label: fmt.t("backup.dailyIncremental"), value: c.size(p.totals.dailyIncrementalGiB.value) },
    { label: fmt.t("backup.targetStorage"), value: c.size(p.totals.targetStorageGiB.value) },
    { label: fmt.t("backup.serverStorage"), value: c.size(p.totals.backupServerStorageGiB.value) },
    { label: fmt.t("backup.dailyTransfer"), value: c.size(p.transfer.dailyTransferGiB.value) },
    { label: fmt.t("backup.usableLink"), value: `${fmt.mbps(b.usableMbps)} (${fmt.mbytesPerSecond(p.transfer.linkMBps.value)})` },
    { label: fmt.t("backup.seeding"), value: c.hours(p.transfer.totalSeedingHours.value) },
    { label: fmt.t("backup.offlineSeeding"), value: c.yesNo(p.transfer.offlineSeedingRecommended) },
    { label: fmt.t("backup.makespan"), value: c.minutes(p.transfer.makespanMinutes.value) },
  ]);

  doc.heading(fmt.t("backup.methods"), 2);
  doc.table({
    header: [fmt.t("bcdr.col.method"), fmt.t("inventory.col.vms"), fmt.t("backup.col.resources")],
    rows: p.methods.map((m) => [m.name, c.count(m.virtualMachines), c.count(m.resources)]),
    right: [1, 2],
  });

  if (b.vms.length > 0) {
    doc.heading(fmt.t("backup.perVm"), 2);
    const styles: Array<TextStyle | undefined> = b.vms.map((v) =>
      !v.protected && v.method === "none" ? "yellow" : v.withinWindow === false ? "red" : undefined,
    );
    doc.table({
      header: labels(fmt, [
        "bcdr.col.vm",
        "inventory.col.tier",
        "backup.col.method",
        "backup.col.full",
        "backup.col.daily",
        "backup.col.target",
        "backup.col.start",
        "backup.col.rpo",
        "backup.col.rto",
      ]),
      rows: b.vms.map((v) => [
        v.vm,
        v.tier ?? c.none,
        v.method,
        c.size(v.fullGiB),
        c.size(v.dailyIncrementalGiB),
        c.size(v.targetStorageGiB),
        v.start === null ? c.none : `${v.start} (${c.minutes(v.durationMinutes)})${v.withinWindow ? "" : ` ${fmt.t("backup.late")}`}`,
        `${c.hours(v.achievedRpoHours)} / ${c.hours(v.tierRpoHours)}`,
        `${c.hours(v.restoreHours)} / ${c.hours(v.tierRtoHours)} ${c.met(v.rtoMet)}`,
      ]),
      right: [3, 4, 5, 7, 8],
      styles,
    });
  }

  if (b.resources.length > 0) {
    doc.heading(fmt.t("backup.resources"), 2);
    doc.table({
      header: [fmt.t("backup.col.resource"), fmt.t("backup.col.kind"), fmt.t("backup.col.method"), fmt.t("backup.col.full"), fmt.t("backup.col.daily")],
      rows: b.resources.map((r) => [r.name, r.kind, r.method, c.size(r.fullGiB), c.size(r.dailyIncrementalGiB)]),
      right: [3, 4],
      styles: b.resources.map((r) => (r.protected ? undefined : "yellow")),
    });
  }

  if (p.backupServers.length > 0) {
    doc.heading(fmt.t("backup.servers"), 2);
    doc.table({
      header: labels(fmt, [
        "backup.col.server",
        "backup.col.network",
        "inventory.col.vms",
        "backup.col.pool",
        "backup.col.poolShortcut",
        "backup.col.disks",
        "backup.col.size",
        "backup.col.scratch",
      ]),
      rows: p.backupServers.map((s) => [
        s.name,
        s.network,
        c.count(s.vms.length),
        c.size(s.storagePoolGiB.value),
        c.size(s.storagePoolShortcutGiB.value),
        c.count(s.dataDisks.value),
        s.vmSize ?? fmt.t("backup.secondServer"),
        c.size(s.scratchGiB.value),
      ]),
      right: [2, 3, 4, 5, 7],
    });
  }

  doc.heading(fmt.t("backup.schedule"), 2);
  doc.table({
    header: labels(fmt, [
      "inventory.col.tier",
      "backup.col.run",
      "backup.col.window",
      "backup.col.jobs",
      "backup.col.runSize",
      "backup.col.demand",
      "backup.col.lastFinish",
      "backup.col.fits",
    ]),
    rows: b.windows.map((w) => [
      w.tier,
      c.count(w.run),
      `${w.start} + ${c.minutes(w.durationMinutes)}`,
      c.count(w.jobs),
      c.size(w.runGiB),
      c.minutes(w.demandMinutes),
      c.minutes(w.lastFinishMinutes),
      c.yesNo(w.allWithinWindow),
    ]),
    right: [1, 3, 4, 5, 6],
    styles: b.windows.map((w) => (w.feasible && w.allWithinWindow ? undefined : "red")),
  });

  doc.heading(fmt.t("term.backup.networkRules", { count: fmt.count(b.networkRules.length) }), 2);
  doc.table({
    header: labels(fmt, ["backup.col.rule", "backup.col.direction", "backup.col.protocol", "backup.col.source", "backup.col.destination", "backup.col.ports"]),
    rows: b.networkRules.map((r) => [r.name, r.direction, r.protocol, r.sourceAddressPrefix, r.destinationAddressPrefix, r.ports]),
  });
}
