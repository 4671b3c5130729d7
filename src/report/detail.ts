/**
 * Per-VM detail above a size. Every per-VM or per-finding table of the documents (the plan per VM in backup.md, the
 * BC/DR plan per VM in bcdr.md, the contrast per VM in contrast.md, each severity's findings in gaps.md, and the same
 * tables of report.html) shows at most ROWS_SHOWN rows; when a table is longer, the document keeps an aggregate of
 * every row (per tier, per Azure policy and stack method, per finding code), its first rows, and a link to a CSV file
 * beside it that holds every row (RFC 4180, UTF-8, column names are the model's field names, the same in every
 * language). report.html also embeds every row of its per-VM tables as compact JSON and pages and filters them with a
 * small inline script (detail-table.ts); without script its first rows still show.
 *
 * Why 200: a 10,000-VM report with every row was 23 MiB and over 500,000 elements, and took 28 to 68 s to load
 * in headless Chromium (docs/performance.md); 200 rows of the widest table are about 60 KiB of HTML, so three such
 * tables keep the page small whatever the tenant's size. The examples (7 and 40 VMs) stay below it.
 */
import type { Formatter } from "./format.js";
import type { FindingView, ReportView } from "./view.js";
import { detailTables, type DetailTables } from "./detail-table.js";

/** Rows of a per-VM or per-finding table shown in a document, Markdown and HTML alike (docs/report.md, "Large tenants"). */
export const ROWS_SHOWN = 200;

/** The CSV files of the detail, by the table they hold. */
export const DETAIL_FILES = { backup: "backup-vms.csv", bcdr: "bcdr-vms.csv", contrast: "contrast-vms.csv", findings: "findings.csv" } as const;

export interface CutTable {
  shown: number;
  total: number;
  file: string;
}

/** What the documents say under a cut table; null when the table is whole. */
export interface Detail {
  backup: CutTable | null;
  bcdr: CutTable | null;
  contrast: CutTable | null;
  findings: CutTable | null;
}

const cut = (total: number, file: string): CutTable | null => (total > ROWS_SHOWN ? { shown: ROWS_SHOWN, total, file } : null);

/** Which tables are cut, from the row counts alone (known before anything is rendered). */
export function planDetail(counts: { backupVms: number; bcdrVms: number; contrastVms: number; findings: readonly number[] }): Detail {
  const longestGroup = Math.max(0, ...counts.findings);
  const findingsTotal = counts.findings.reduce((a, b) => a + b, 0);
  return {
    backup: cut(counts.backupVms, DETAIL_FILES.backup),
    bcdr: cut(counts.bcdrVms, DETAIL_FILES.bcdr),
    contrast: cut(counts.contrastVms, DETAIL_FILES.contrast),
    findings: longestGroup > ROWS_SHOWN ? { shown: ROWS_SHOWN, total: findingsTotal, file: DETAIL_FILES.findings } : null,
  };
}

/** Counts of every row of a cut table, per tier (backup), per Azure policy and stack method (contrast), per code (findings). */
export interface Aggregates {
  backupTiers: Array<{ tier: string | null; vms: number; late: number; rpoMet: number; rpoNotMet: number; rtoMet: number; rtoNotMet: number }>;
  contrastMethods: Array<{ azurePolicy: string; stackMethod: string; vms: number }>;
}

export type FindingGroup = ReportView["findings"]["groups"][number] & { more: boolean; codes: Array<{ code: string; title: string | null; count: number }> };

export type DocumentView = Omit<ReportView, "findings"> & {
  findings: Omit<ReportView["findings"], "groups"> & { groups: FindingGroup[] };
  detail: Detail;
  aggregates: Aggregates;
  /** report.html only: every row of each cut per-VM table, for the pager (detail-table.ts); null in the Markdown. */
  tables: DetailTables | null;
};

/** Groups rows by a key in first-seen order (the rows' own order, so the output is deterministic). */
function groupBy<T, G>(rows: readonly T[], key: (row: T) => string, start: (row: T) => G, add: (group: G, row: T) => void): G[] {
  const groups = new Map<string, G>();
  for (const row of rows) {
    const k = key(row);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = start(row)));
    add(g, row);
  }
  return [...groups.values()];
}

function aggregates(view: ReportView, detail: Detail): Aggregates {
  return {
    backupTiers: detail.backup
      ? groupBy(
          view.backup.vms,
          (v) => v.tier ?? "\u0000",
          (v) => ({ tier: v.tier, vms: 0, late: 0, rpoMet: 0, rpoNotMet: 0, rtoMet: 0, rtoNotMet: 0 }),
          (g, v) => {
            g.vms++;
            if (v.withinWindow === false) g.late++;
            if (v.rpoMet === true) g.rpoMet++;
            if (v.rpoMet === false) g.rpoNotMet++;
            if (v.rtoMet === true) g.rtoMet++;
            if (v.rtoMet === false) g.rtoNotMet++;
          },
        )
      : [],
    contrastMethods: detail.contrast
      ? groupBy(
          view.contrast.vms,
          (v) => `${v.azurePolicy}\u0000${v.stackMethod}`,
          (v) => ({ azurePolicy: v.azurePolicy, stackMethod: v.stackMethod, vms: 0 }),
          (g) => {
            g.vms++;
          },
        )
      : [],
  };
}

/**
 * The view a document renders: each cut table holds its first ROWS_SHOWN rows beside the aggregate of all of them;
 * report.html (`html`) also gets every row of its per-VM tables as data for the pager.
 */
export function documentView(view: ReportView, detail: Detail, fmt: Formatter, html: boolean): DocumentView {
  const first = <T>(rows: T[], table: CutTable | null): T[] => (table ? rows.slice(0, ROWS_SHOWN) : rows);
  // A failover group's or failback's list of VMs: its first ROWS_SHOWN names, then how many more are in bcdr-vms.csv.
  const list = <T extends { vmItems: string[]; vmList: string }>(g: T): T =>
    detail.bcdr && g.vmItems.length > ROWS_SHOWN
      ? {
          ...g,
          vmList: `${g.vmItems.slice(0, ROWS_SHOWN).join(fmt.t("list.separator"))}${fmt.t("detail.list.more", {
            count: fmt.count(g.vmItems.length - ROWS_SHOWN),
            file: detail.bcdr.file,
          })}`,
        }
      : g;
  return {
    ...view,
    backup: { ...view.backup, vms: first(view.backup.vms, detail.backup) },
    bcdr: { ...view.bcdr, vms: first(view.bcdr.vms, detail.bcdr), runbookGroups: view.bcdr.runbookGroups.map(list), failbacks: view.bcdr.failbacks.map(list) },
    contrast: { ...view.contrast, vms: first(view.contrast.vms, detail.contrast) },
    findings: {
      ...view.findings,
      groups: view.findings.groups.map((g) => ({
        ...g,
        items: first(g.items, detail.findings),
        more: detail.findings ? g.items.length > ROWS_SHOWN : false,
        codes: detail.findings
          ? groupBy(
              g.items,
              (f) => f.code,
              (f) => ({ code: f.code, title: f.title, count: 0 }),
              (c) => {
                c.count++;
              },
            )
          : [],
      })),
    },
    detail,
    aggregates: aggregates(view, detail),
    tables: html ? detailTables(view, detail, fmt) : null,
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

const BACKUP_COLUMNS = [
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
  "reason",
] as const;

const BCDR_COLUMNS = [
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
  "technology",
  "reason",
] as const;

/** contrast-vms.csv: the per-VM contrast table's figures, each side in its own column. */
function contrastRows(view: ReportView) {
  return view.contrast.vms.map((v) => ({
    vm: v.vm,
    tier: v.tier,
    azurePolicy: v.azurePolicy,
    stackMethod: v.stackMethod,
    azureRpoHours: v.rpoHours.azure,
    stackRpoHours: v.rpoHours.stack,
    azureNicGiBPerDay: v.nicGiBPerDay.azure,
    stackNicGiBPerDay: v.nicGiBPerDay.stack,
    stackConsistency: v.consistency.stack,
  }));
}

const CONTRAST_COLUMNS = [
  "vm",
  "tier",
  "azurePolicy",
  "stackMethod",
  "azureRpoHours",
  "stackRpoHours",
  "azureNicGiBPerDay",
  "stackNicGiBPerDay",
  "stackConsistency",
] as const;

const FINDING_COLUMNS = ["severity", "code", "sourceId", "resource", "where", "message", "fix"] as const;

/** The CSV files of the cut tables, each rendered when asked (every row of the table). */
export function detailFiles(detail: Detail, view: () => ReportView): Array<{ path: string; render: () => string }> {
  const files: Array<{ path: string; render: () => string }> = [];
  if (detail.backup) files.push({ path: detail.backup.file, render: () => csvOf(view().backup.vms, BACKUP_COLUMNS) });
  if (detail.bcdr) files.push({ path: detail.bcdr.file, render: () => csvOf(view().bcdr.vms, BCDR_COLUMNS) });
  if (detail.contrast) files.push({ path: detail.contrast.file, render: () => csvOf(contrastRows(view()), CONTRAST_COLUMNS) });
  if (detail.findings) files.push({ path: detail.findings.file, render: () => csvOf<FindingView>(view().findings.all, FINDING_COLUMNS) });
  return files;
}
