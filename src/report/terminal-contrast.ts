/** The contrast section of the terminal text: contrast.md's comparison, per tenant, per VM and per cluster, from the same view. */
import type { Formatter } from "./format.js";
import type { TextDocument } from "./text-layout.js";
import { labels, type Cells } from "./terminal-cells.js";
import type { ReportView } from "./view.js";

function kubernetesText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const k = view.contrast;
  if (k.aks.length === 0 && k.kubernetes.length === 0) return;
  doc.heading(fmt.t("contrast.kubernetes"), 2);
  for (const a of k.aks) {
    doc.line(`    ${a.cluster}`, "bold");
    doc.line(`      ${fmt.t("contrast.aksFrequency", { reason: a.frequencyReason })}`);
    doc.line(
      `      ${fmt.t("contrast.aksVolumes", { protected: c.count(a.protectedVolumes), total: c.count(a.volumes.length), tiered: c.count(a.tieredVolumes), rpo: c.hours(a.tiers.vault.rpoHours) })}`,
    );
    doc.table(
      {
        header: labels(fmt, [
          "contrast.col.volume",
          "contrast.col.namespace",
          "contrast.col.size",
          "contrast.col.operational",
          "contrast.col.vaultTier",
          "contrast.col.reasons",
        ]),
        rows: a.volumeRows.map((v) => [
          v.name,
          v.namespace,
          c.size(v.sizeGiB),
          fmt.message(`contrast.aks.operational.${v.operational}`),
          fmt.message(`contrast.aks.vault.${v.vault}`),
          v.why ?? c.none,
        ]),
        right: [2],
        styles: a.volumes.map((v) => (v.operational === "skipped" ? "yellow" : undefined)),
      },
      6,
    );
    doc.list(
      a.issues.map((i) => i.text),
      6,
      "yellow",
    );
  }
  for (const v of k.kubernetes) {
    doc.line(`    ${fmt.t("term.contrast.velero", { cluster: v.cluster, mode: v.volumeMode, file: v.file })}`);
    doc.list(v.warnings, 6, "yellow");
  }
}

export function contrastText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const k = view.contrast;
  doc.heading(fmt.t("contrast.title", { tenant: view.tenant.name }));
  doc.heading(fmt.t("contrast.tenant"), 2);
  for (const row of k.plan.tenant) {
    doc.line(`    ${row.aspect}`);
    doc.facts(
      [
        { label: fmt.t("diagram.flows.azure"), value: row.azure },
        { label: fmt.t("diagram.flows.stack"), value: row.stack },
      ],
      6,
    );
  }
  doc.heading(fmt.t("contrast.questions"), 2);
  doc.table({
    header: labels(fmt, ["contrast.col.question", "inventory.col.vms"]),
    rows: k.plan.cases.map((q) => [q.question, c.count(q.vms)]),
    right: [1],
  });

  if (k.vms.length > 0) {
    doc.heading(fmt.t("contrast.perVm"), 2);
    doc.table({
      header: labels(fmt, ["bcdr.col.vm", "contrast.col.stackMethod", "contrast.col.rpo", "contrast.col.nic"]),
      rows: k.vms.map((v) => [
        v.vm,
        v.stackMethod,
        `${c.hours(v.rpoHours.azure)} / ${c.hours(v.rpoHours.stack)}`,
        `${c.size(v.nicGiBPerDay.azure)} / ${c.size(v.nicGiBPerDay.stack)}`,
      ]),
      right: [2, 3],
    });
  }
  if (k.azureIssues.length > 0) {
    doc.heading(fmt.t("contrast.azureIssues"), 2);
    doc.list(
      k.azureIssues.map((i) => `${i.vm}: ${i.title}${i.message ? `: ${i.message}` : ""} (${i.source})`),
      4,
      "yellow",
    );
  }
  kubernetesText(doc, view, fmt, c);
}
