/**
 * The plan as the terminal shows it: plain text in the language asked for, built from the same view
 * models as the Markdown and HTML documents (view.ts), with the same labels and the same number
 * formatting, so every figure on the screen is one the documents hold too. The CLI only picks this
 * renderer and passes the colour decision in (`paint`).
 */
import type { Lang } from "../base/messages/index.js";
import type { Plan } from "../plan/build.js";
import { Formatter } from "./format.js";
import { backupText } from "./terminal-backup.js";
import { bcdrText } from "./terminal-bcdr.js";
import { cells, type Cells } from "./terminal-cells.js";
import { contrastText } from "./terminal-contrast.js";
import { noPaint, TextDocument, type Paint, type TextStyle } from "./text-layout.js";
import { buildView, type FindingView, type ReportView } from "./view.js";
import type { SourcePlaces } from "../inventory/places.js";

export interface TextOptions {
  lang: Lang;
  paint?: Paint;
  /** Where each named item of tenant.yaml is: findings name their resource and line. */
  places?: SourcePlaces;
}

function inventoryText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const inv = view.inventory;
  doc.heading(fmt.t("term.title", { tenant: view.tenant.name, stamp: view.tenant.stamp }));
  doc.facts([
    {
      label: fmt.t("inventory.vms"),
      value: fmt.t("inventory.vmsByOs", {
        total: c.count(inv.counts.virtualMachines),
        windows: c.count(inv.byOs.windows),
        linux: c.count(inv.byOs.linux),
      }),
    },
    { label: fmt.t("inventory.disks"), value: c.count(inv.disks) },
    {
      label: fmt.t("inventory.capacity"),
      value: fmt.t("inventory.usedOf", { used: c.size(inv.usedGiB), provisioned: c.size(inv.provisionedGiB) }),
    },
  ]);
}

function iacText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const p = view.iac.plan;
  doc.heading(fmt.t("term.config.heading", { profile: p.apiProfile, provider: view.iac.provider }));
  doc.facts([
    { label: fmt.t("config.armTemplates"), value: c.count(p.armTemplates) },
    { label: fmt.t("config.armResources"), value: c.count(p.armResources) },
    { label: fmt.t("config.terraformResources"), value: c.count(p.terraformResources) },
    {
      label: fmt.t("config.parameters"),
      value: fmt.t("config.parametersDetail", {
        total: c.count(p.parameters.total),
        secure: c.count(p.parameters.secure),
        placeholders: c.count(p.parameters.placeholders),
      }),
    },
    { label: fmt.t("config.gaps"), value: c.count(p.gaps.length) },
  ]);
  const orders = p.deploymentOrder.filter((o) => o.resourceGroups.length > 1);
  if (orders.length === 0) return;
  doc.heading(fmt.t("config.order"), 2);
  doc.facts(orders.map((o) => ({ label: o.subscription, value: o.resourceGroups.join(" → ") })));
}

const severityStyle: Record<FindingView["severity"], TextStyle> = { error: "red", warning: "yellow", info: "dim" };

/** The plan's own findings (the inventory's were printed as the file was read, on stderr). */
function findingsText(doc: TextDocument, view: ReportView, fmt: Formatter, c: Cells): void {
  const counts = view.findings.counts;
  doc.heading(fmt.t("html.gaps"));
  doc.line(`  ${fmt.t("readme.findingCounts", { errors: c.count(counts.error), warnings: c.count(counts.warning), infos: c.count(counts.info) })}`);
  for (const f of view.findings.all) {
    if (f.sourceId === "inventory") continue;
    const where = f.where ? ` (${f.resource ? `${f.resource}, ` : ""}${f.where})` : "";
    doc.line(`    ${f.severityLabel} [${f.code}] ${f.message}${where}`, severityStyle[f.severity]);
  }
}

/** The terminal text of a plan view. */
export function planViewText(view: ReportView, fmt: Formatter, paint: Paint = noPaint): string {
  const doc = new TextDocument(paint);
  const c = cells(fmt);
  inventoryText(doc, view, fmt, c);
  if (!view.valid) doc.line(fmt.t("banner.invalid", { errors: c.count(view.findings.counts.error) }), "red");
  backupText(doc, view, fmt, c);
  bcdrText(doc, view, fmt, c);
  contrastText(doc, view, fmt, c);
  iacText(doc, view, fmt, c);
  findingsText(doc, view, fmt, c);
  return doc.toString();
}

/** The terminal text of a plan, in `lang`. */
export function planText(plan: Plan, options: TextOptions): string {
  const fmt = new Formatter(options.lang);
  return planViewText(buildView(plan, fmt, options.places ? { places: options.places } : {}), fmt, options.paint ?? noPaint);
}
