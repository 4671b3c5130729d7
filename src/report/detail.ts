/**
 * Per-VM detail above a size. report.html shows at most HTML_ROWS_SHOWN rows of each per-VM table (the plan per
 * VM, the BC/DR plan per VM, each severity's findings); when a table is longer, its first rows stay in the page,
 * a note says how many there are, and every row goes to a CSV file beside the report (RFC 4180, UTF-8, column
 * names are the model's field names, the same in every language). The Markdown documents keep every row.
 *
 * Why 200: a 10,000-VM report with every row was 23 MiB and over 500,000 elements, and took 28 to 68 s to load
 * in headless Chromium (docs/performance.md); 200 rows of the widest table are about 60 KiB of HTML, so three such
 * tables keep the page small whatever the tenant's size. The examples (7 and 40 VMs) stay below it.
 */
import type { FindingView, ReportView } from "./view.js";

/** Rows of a per-VM table shown in report.html (docs/report.md, "Large tenants"). */
export const HTML_ROWS_SHOWN = 200;

/** The CSV files of the detail, by the table they hold. */
export const DETAIL_FILES = { backup: "backup-vms.csv", bcdr: "bcdr-vms.csv", findings: "findings.csv" } as const;

export interface CutTable {
  shown: number;
  total: number;
  file: string;
}

/** What report.html says under a cut table; null when the table is whole. */
export interface HtmlDetail {
  backup: CutTable | null;
  bcdr: CutTable | null;
  findings: CutTable | null;
}

const cut = (total: number, file: string): CutTable | null => (total > HTML_ROWS_SHOWN ? { shown: HTML_ROWS_SHOWN, total, file } : null);

/** Which tables are cut, from the row counts alone (known before anything is rendered). */
export function htmlDetail(counts: { backupVms: number; bcdrVms: number; findings: readonly number[] }): HtmlDetail {
  const longestGroup = Math.max(0, ...counts.findings);
  const findingsTotal = counts.findings.reduce((a, b) => a + b, 0);
  return {
    backup: cut(counts.backupVms, DETAIL_FILES.backup),
    bcdr: cut(counts.bcdrVms, DETAIL_FILES.bcdr),
    findings: longestGroup > HTML_ROWS_SHOWN ? { shown: HTML_ROWS_SHOWN, total: findingsTotal, file: DETAIL_FILES.findings } : null,
  };
}

/** The view report.html renders: each cut table holds its first HTML_ROWS_SHOWN rows. */
export function htmlView(view: ReportView, detail: HtmlDetail): ReportView & { detail: HtmlDetail } {
  const first = <T>(rows: T[], table: CutTable | null): T[] => (table ? rows.slice(0, HTML_ROWS_SHOWN) : rows);
  return {
    ...view,
    backup: { ...view.backup, vms: first(view.backup.vms, detail.backup) },
    bcdr: { ...view.bcdr, vms: first(view.bcdr.vms, detail.bcdr) },
    findings: {
      ...view.findings,
      groups: view.findings.groups.map((g) => ({
        ...g,
        items: first(g.items, detail.findings),
        more: detail.findings ? g.items.length > HTML_ROWS_SHOWN : false,
      })),
    },
    detail,
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a leading =, +, -, @ is kept from spreadsheet formulas by a quote mark. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const raw = typeof value === "object" && "value" in (value as object) ? (value as { value: unknown }).value : value;
  let text = String(raw);
  // OWASP, "CSV Injection": a cell starting with one of these is read as a formula by spreadsheet programs.
  if (typeof raw === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as CSV: a header of the column names, then one line per row, CRLF line ends (RFC 4180). */
export function csvOf<T>(rows: readonly T[], columns: ReadonlyArray<keyof T & string>): string {
  const lines = [columns.join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** The CSV files of the cut tables, each rendered when asked (every row of the table). */
export function detailFiles(detail: HtmlDetail, view: () => ReportView): Array<{ path: string; render: () => string }> {
  const files: Array<{ path: string; render: () => string }> = [];
  if (detail.backup)
    files.push({
      path: detail.backup.file,
      render: () =>
        csvOf(view().backup.vms, [
          "vm",
          "tier",
          "method",
          "fullGiB",
          "dailyIncrementalGiB",
          "targetStorageGiB",
          "start",
          "durationMinutes",
          "withinWindow",
          "achievedRpoHours",
          "tierRpoHours",
          "rpoMet",
          "restoreHours",
          "tierRtoHours",
          "rtoMet",
        ]),
    });
  if (detail.bcdr)
    files.push({
      path: detail.bcdr.file,
      render: () =>
        csvOf(view().bcdr.vms, [
          "vm",
          "tier",
          "method",
          "rpoHours",
          "achievableRpoHours",
          "rpoSource",
          "rpoMet",
          "rtoHours",
          "rtoHoursAchieved",
          "rtoSource",
          "rtoMet",
          "readyAfterHours",
          "group",
        ]),
    });
  if (detail.findings)
    files.push({
      path: detail.findings.file,
      render: () => csvOf<FindingView>(view().findings.all, ["severity", "code", "sourceId", "where", "message", "fix"]),
    });
  return files;
}
