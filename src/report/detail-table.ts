/**
 * Every row of report.html's cut per-VM tables as data for the pager: cells formatted once here, exactly as the
 * templates format them (partials/backup.html.hbs, partials/bcdr.html.hbs), and stored per column as a dictionary
 * of distinct texts and a row of indexes into it. Tier, method and most figures repeat from VM to VM, so a
 * 10,000-VM table takes about half a megabyte of JSON where its HTML rows took three.
 *
 * The page reads it with JSON.parse from a `<script type="application/json">` (scriptJson in escape.ts keeps a name
 * holding `</script>` or `<!--` inside the element) and draws one page of rows at a time (templates/report/partials/
 * pager.html.hbs). Nothing is fetched: the data is in the file.
 */
import type { Formatter } from "./format.js";
import type { ReportView } from "./view.js";

/** A cell: its text; or a text followed by a mark drawn in the colour of its state (a verdict "met" in "ok", "NOT met" or "late" in "bad"). */
type Cell = string | [text: string, mark: string, state: "ok" | "bad"];

/** One table's rows, column by column: `dict[c]` holds the distinct cells of column c, `rows[r][c]` an index into it. */
export interface TableData {
  /** Per column: "num" (right-aligned), "code" (a name, shown as code) or "" (text). */
  kinds: string[];
  dict: Cell[][];
  rows: number[][];
}

export interface DetailTables {
  backup: TableData | null;
  bcdr: TableData | null;
}

/** Columns of a table: how each is drawn, then each row's cells. */
function encode(kinds: string[], rows: Cell[][]): TableData {
  const dict: Cell[][] = kinds.map(() => []);
  const index: Array<Map<string, number>> = kinds.map(() => new Map());
  const encoded = rows.map((cells) =>
    cells.map((cell, c) => {
      const key = typeof cell === "string" ? cell : cell.join("\u0000");
      let i = index[c]!.get(key);
      if (i === undefined) {
        i = dict[c]!.length;
        dict[c]!.push(cell);
        index[c]!.set(key, i);
      }
      return i;
    }),
  );
  return { kinds, dict, rows: encoded };
}

/** The table cells' text, as the templates' helpers write it (engine.ts: hours, size, met; null is "none"). */
function cellText(fmt: Formatter) {
  const none = fmt.t("common.none");
  return {
    none,
    hours: (h: number | null) => (h === null ? none : fmt.hours(h)),
    size: (g: number) => fmt.size(g),
    met: (m: boolean | null) => (m === null ? none : fmt.t(m ? "common.met" : "common.notMet")),
    state: (m: boolean | null): "ok" | "bad" => (m ? "ok" : "bad"),
  };
}

/** The data of each cut table (`cut` says which are: detail.ts). */
export function detailTables(view: ReportView, cut: { backup: unknown; bcdr: unknown }, fmt: Formatter): DetailTables {
  const c = cellText(fmt);
  const late = fmt.t("backup.late");
  const start = (v: ReportView["backup"]["vms"][number]): Cell => {
    if (!v.start) return c.none;
    const text = `${v.start} (${fmt.hours((v.durationMinutes ?? 0) / 60)})`;
    return v.withinWindow ? text : [`${text} `, late, "bad"];
  };
  const backup = cut.backup
    ? encode(
        ["code", "", "code", "num", "num", "num", "", "num", "num"],
        view.backup.vms.map((v) => [
          v.vm,
          v.tier ?? c.none,
          v.method,
          c.size(v.fullGiB),
          c.size(v.dailyIncrementalGiB),
          c.size(v.targetStorageGiB),
          start(v),
          [`${c.hours(v.achievedRpoHours)} / ${c.hours(v.tierRpoHours)} `, c.met(v.rpoMet), c.state(v.rpoMet)],
          [`${c.hours(v.restoreHours)} / ${c.hours(v.tierRtoHours)} `, c.met(v.rtoMet), c.state(v.rtoMet)],
        ]),
      )
    : null;
  const source = (s: string | null) => (s ? ` (${fmt.message(`verdict.source.${s}`)})` : "");
  const bcdr = cut.bcdr
    ? encode(
        ["code", "", "", "num", "num", "num", "num", "num"],
        view.bcdr.vms.map((v) => [
          v.vm,
          v.tier ?? c.none,
          fmt.message(`bcdr.method.${v.method}`),
          c.hours(v.rpoHours),
          [`${c.hours(v.achievableRpoHours)}${source(v.rpoSource)} `, c.met(v.rpoMet), c.state(v.rpoMet)],
          c.hours(v.rtoHours),
          [`${c.hours(v.rtoHoursAchieved)}${source(v.rtoSource)} `, c.met(v.rtoMet), c.state(v.rtoMet)],
          v.group === null ? c.none : fmt.number(v.group, 0),
        ]),
      )
    : null;
  return { backup, bcdr };
}
