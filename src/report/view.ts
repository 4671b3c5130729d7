/**
 * The view of a plan that templates read: the plan's own numbers, selected and ordered for reading,
 * with localized labels. No plan figure is computed here: sums, sizes, times and verdicts all come
 * from the planners; this module only picks, sorts and labels.
 */
import { formatPath } from "../base/path.js";
import type { SourcePlace, SourcePlaces } from "../inventory/places.js";
import type { Finding, Severity } from "../base/findings.js";
import { planFindings, type SourcedFinding } from "../plan/findings.js";
import type { PlanVerdicts } from "../plan/verdict.js";
import type { Plan } from "../plan/build.js";
import { fixFor } from "../base/planner-findings.js";
import { renderText } from "../base/text.js";
import { localizeModel } from "./localize.js";
import type { Formatter } from "./format.js";
import { backupView, type BackupView } from "./view-backup.js";
import { bcdrView, type BcdrView } from "./view-bcdr.js";
import { contrastView, type ContrastView } from "./view-contrast.js";
import { iacView, type IacView } from "./view-iac.js";
import { costSummaryView, type CostSummaryView } from "./view-operations.js";

export interface DocumentLink {
  file: string;
  title: string;
  description: string;
}

export interface FindingView {
  severity: Severity;
  severityLabel: string;
  code: string;
  /** A short localized title for the rule, when the catalogue has one; else null. */
  title: string | null;
  /** The resource the finding is about, by name (`rg-sql/sql01`), when its path leads to one; else null. */
  resource: string | null;
  where: string;
  message: string;
  fix: string | null;
  source: string;
  /** The part of the plan it came from, untranslated ("inventory", "backup", "iac", "bcdr"). */
  sourceId: string;
}

export interface ReportView {
  lang: string;
  generatedBy: string;
  generatedAt: string | null;
  tenant: Plan["tenant"];
  /** The plan's validity (no error finding); every document opens with a banner when it is false. */
  valid: boolean;
  /** The plan's verdicts, as the core computed them: the tier tables and the "VMs backed up" headline read them. */
  verdicts: PlanVerdicts;
  documents: DocumentLink[];
  inventory: Plan["inventory"] & { tiers: Array<Plan["inventory"]["byTier"][number]> };
  findings: {
    all: FindingView[];
    counts: { error: number; warning: number; info: number; total: number };
    /** Does any finding carry a separate fix? Without one the column is left out (messages say what to do). */
    hasFixes: boolean;
    groups: Array<{ severity: Severity; label: string; items: FindingView[] }>;
  };
  bcdr: BcdrView;
  backup: BackupView;
  contrast: ContrastView;
  iac: IacView;
  /** The monthly cost estimate of deploy/operations.md, summarised (src/operations/cost.ts). */
  cost: CostSummaryView;
  summary: {
    /** The errors and warnings, most severe first, at most RISKS_SHOWN of them (gaps.md has all). */
    risks: FindingView[];
    moreRisks: number;
    allWindowsFit: boolean;
  };
}

/** How many findings the executive summary lists before pointing to gaps.md. */
export const RISKS_SHOWN = 8;

/** The sections of report.html (each a `<section data-section>`), in page order; the browser test checks each. */
export const REPORT_SECTIONS = ["summary", "inventory", "backup", "configuration", "bcdr", "contrast", "gaps"] as const;

/** The diagrams of report.html (each an `<svg data-diagram>`). */
export const REPORT_DIAGRAMS: readonly string[] = ["timeline", "storage", "failover", "flows"];

const severityOrder: Severity[] = ["error", "warning", "info"];

/** The documents of a plan folder, in reading order (README.md links them all). */
export const DOCUMENT_FILES = [
  "backup.md",
  "configuration.md",
  "bcdr.md",
  "contrast.md",
  "gaps.md",
  "deploy/operations.md",
  "report.html",
  "plan.yaml",
] as const;

/** A finding from any part of the plan, with the part it came from (src/plan/findings.ts). */
export type { SourcedFinding };

export function findingViews(findings: readonly SourcedFinding[], fmt: Formatter, places?: SourcePlaces): FindingView[] {
  const rank = (s: Severity) => severityOrder.indexOf(s);
  // Each path is formatted once, not twice per comparison (the sort compares n log n times).
  return (
    findings
      // A stamp finding points into a generated template: its path in the plan folder comes first.
      .map((f) => {
        const place = f.source === "stamp" ? null : (places?.at(f.finding.path) ?? null);
        return { ...f, place, where: whereOf(f, place), pathText: formatPath(f.finding.path) };
      })
      .sort(
        (a, b) =>
          rank(a.finding.severity) - rank(b.finding.severity) ||
          cmp(a.source, b.source) ||
          cmp(a.finding.code, b.finding.code) ||
          // By field path, not by the place's text: "tenant.yaml:323" would sort after "tenant.yaml:1223".
          cmp(a.pathText, b.pathText) ||
          cmp(a.where, b.where) ||
          cmp(a.finding.message, b.finding.message),
      )
      .map(({ finding, source, where, place }) => ({
        severity: finding.severity,
        severityLabel: fmt.t(`severity.${finding.severity}`),
        code: finding.code,
        title: fmt.has(`finding.${finding.code}`) ? fmt.message(`finding.${finding.code}`) : null,
        resource: place?.resource ?? null,
        where: finding.path.length > 0 ? where : "",
        message: finding.messageLocal ? renderText(finding.messageLocal, fmt.lang) : finding.message,
        fix: withFix(finding, fmt),
        source: fmt.t(`source.${source}`),
        sourceId: source,
      }))
  );
}

/**
 * Where a finding points: a stamp finding's generated file first; else its place in tenant.yaml (`tenant.yaml:1238`),
 * so a reader can open the file there: the validator's own position for an inventory finding, else the line of the
 * named item or section its path falls in (src/inventory/places.ts), for the planners' findings; then the field path.
 */
function whereOf(f: SourcedFinding, place: SourcePlace | null): string {
  const path = formatPath(f.finding.path);
  if (f.source === "stamp" && f.finding.file) return `${f.finding.file}: ${path}`;
  if (f.finding.file && f.finding.position) return `${f.finding.file}:${f.finding.position.line}: ${path}`;
  if (place) return `${place.file}:${place.line}: ${path}`;
  return path;
}

/** The finding's fix in the document language: its own, else the catalogue's fix for its code (validator findings). */
function withFix(finding: Finding, fmt: Formatter): string | null {
  const fix = finding.fix ?? fixFor(finding.code);
  return fix ? renderText(fix, fmt.lang) : null;
}

/** Plain code-unit order: the same on every machine and locale. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildView(source: Plan, fmt: Formatter, options: { timestamp?: Date; places?: SourcePlaces }): ReportView {
  // Every planner sentence with a key beside it, in the document language (English is unchanged).
  const plan = localizeModel(source, fmt.lang);
  const all = findingViews(planFindings(plan), fmt, options.places);
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  const bcdr = bcdrView(plan.bcdr, plan.verdicts, fmt);
  return {
    lang: fmt.lang,
    generatedBy: plan.generatedBy,
    generatedAt: options.timestamp ? fmt.date(options.timestamp) : null,
    tenant: plan.tenant,
    valid: plan.valid,
    verdicts: plan.verdicts,
    documents: DOCUMENT_FILES.map((file) => ({ file, title: fmt.t(`doc.${file}.title`), description: fmt.t(`doc.${file}.description`) })),
    inventory: { ...plan.inventory, tiers: plan.inventory.byTier },
    findings: {
      all,
      counts: { error: count("error"), warning: count("warning"), info: count("info"), total: all.length },
      hasFixes: all.some((f) => f.fix !== null),
      groups: severityOrder
        .map((severity) => ({ severity, label: fmt.t(`severity.${severity}.plural`), items: all.filter((f) => f.severity === severity) }))
        .filter((g) => g.items.length > 0),
    },
    bcdr,
    backup: backupView(plan.backup, plan.verdicts, fmt),
    contrast: contrastView(plan.contrast, plan.backup, fmt),
    iac: iacView(plan.iac, fmt),
    cost: costSummaryView(plan.operations, fmt),
    summary: {
      risks: all.filter((f) => f.severity !== "info").slice(0, RISKS_SHOWN),
      moreRisks: Math.max(0, all.filter((f) => f.severity !== "info").length - RISKS_SHOWN),
      allWindowsFit: plan.backup.transfer.windows.every((w) => w.allWithinWindow),
    },
  };
}
