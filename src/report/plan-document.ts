/**
 * plan.yaml's and `plan --json`'s shape (format 2): the plan model with its per-VM rows re-encoded so that what
 * is the same for many rows is said once (docs/report.md, "Shape of plan.yaml").
 *
 * - A row's quantity `{ value, unit, formula }` is written as its bare value when its unit and formula are those of
 *   the field's legend entry (`legend.<rows>.quantities`); a row whose unit or formula differs keeps the full form.
 * - A row's sentence is written as a number, the index of its text in the tenant-level `texts` table, or, for a
 *   sentence built from a catalogue message with parameters, as `{ t, p }`: `texts[t]` is the English template and
 *   `p` its parameters (a number, a string, or `{ t }` for a longer text of the table). The fields that hold
 *   text references are listed in `legend.<rows>.texts`.
 * - A row's `path` (a field path into tenant.yaml) is one string (`subscriptions[0].resourceGroups[1]...`).
 *
 * Nothing is dropped: `expandPlanDocument` gives back the English model exactly (test/report/plan-document.test.ts
 * compares the two on both examples and a generated 1,000-VM tenant).
 */
import { isLocalText, type LocalText } from "../base/text.js";
import { interpolate, template } from "../base/messages/index.js";
import { formatPath, type PathSegment } from "../base/path.js";
import { englishModel } from "./localize.js";

/** The document's format version: 1 was the model as it is (until issue 18's second pass); 2 is this encoding. */
export const PLAN_FORMAT = 2;

/** The arrays of per-VM (and per-finding) rows that are re-encoded, by their place in the document. */
export const ROW_ARRAYS: readonly (readonly string[])[] = [
  ["verdicts", "vms"],
  ["bcdr", "vms"],
  ["bcdr", "findings"],
  ["backup", "vms"],
  ["backup", "findings"],
  ["contrast", "vms"],
  ["iac", "gaps"],
  ["operations", "monitoring"],
  ["operations", "cost", "lines"],
];

/** Strings shorter than this stay in the row: a reference would save little. */
const MIN_TABLE_LENGTH = 16;
/** Fields that name a row (a VM, a code, a tier): kept as written, never put in the table. */
const NAME_FIELDS = new Set(["vm", "name", "qualifiedName", "id", "code", "method", "tier", "severity", "item"]);
const LOCAL = "Local";

export interface RowLegend {
  /** Field path (`seeding.rawGiB`, `runs[]`) → the unit and formula of its bare numbers. */
  quantities?: Record<string, { unit: string; formula: string }>;
  /** Field paths whose values are text references (a number or `{ t, p }`) or, when short, the text itself. */
  texts?: string[];
  /** Field paths whose values are tenant.yaml paths written as one string. */
  paths?: string[];
  /**
   * Field path (outside lists) → the encoded value most rows hold there; a row leaves the field out when it holds
   * exactly that value (and leaves out an object all of whose fields it left out). Only fields every row has.
   */
  defaults?: Record<string, unknown>;
}

/** A reference into the text table inside parameters: `{ t }` alone, or a template with its parameters. */
type TextRef = { t: number; p?: Record<string, unknown> };

export class TextTable {
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();
  id(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.ids.set(text, id);
      this.texts.push(text);
    }
    return id;
  }
}

const isQuantity = (v: unknown): v is { value: number; unit: string; formula: string } => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const keys = Object.keys(v);
  const q = v as Record<string, unknown>;
  return keys.length === 3 && typeof q.value === "number" && typeof q.unit === "string" && typeof q.formula === "string";
};

const isPathValue = (key: string, v: unknown): v is PathSegment[] =>
  key === "path" && Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === "number" || (typeof s === "string" && !/^\d+$/.test(s)));

/** What the first pass learns about a field path across all rows. */
interface FieldStats {
  quantityCounts?: Map<string, number>;
  notQuantity?: boolean;
  strings?: boolean;
  /** Some value is long enough to go into the text table. */
  long?: boolean;
  notText?: boolean;
  path?: boolean;
  notPath?: boolean;
}

/** The rows' own fields, in the order the model holds them, with the `*Local` siblings beside their English field. */
/** Field paths are built once per parent and key, not once per row: `a.b`, `a[]`. */
const childPaths = new Map<string, Map<string, string>>();
function childPath(parent: string, key: string): string {
  let children = childPaths.get(parent);
  if (!children) childPaths.set(parent, (children = new Map()));
  let path = children.get(key);
  if (path === undefined) children.set(key, (path = key === "[]" ? `${parent}[]` : parent ? `${parent}.${key}` : key));
  return path;
}

function fields(row: Record<string, unknown>, visit: (key: string, value: unknown, local: unknown) => void): void {
  const keys = Object.keys(row);
  // Most objects have no `*Local` sibling: look for one only where some key ends so.
  const withLocal = keys.some((k) => k.endsWith(LOCAL));
  for (const key of keys) {
    if (withLocal && key.endsWith(LOCAL) && key.length > LOCAL.length && key.slice(0, -LOCAL.length) in row) continue;
    visit(key, row[key], withLocal ? row[`${key}${LOCAL}`] : undefined);
  }
}

function survey(value: unknown, key: string, fp: string, stats: Map<string, FieldStats>): void {
  if (value === null || value === undefined) return;
  let s = stats.get(fp);
  if (!s) stats.set(fp, (s = {}));
  if (isPathValue(key, value)) s.path = true;
  else s.notPath = true;
  if (typeof value === "string" || isLocalText(value)) {
    s.strings = true;
    if ((typeof value === "string" ? value : value.en).length >= MIN_TABLE_LENGTH) s.long = true;
  } else s.notText = true;
  if (isQuantity(value)) {
    s.quantityCounts ??= new Map();
    const k = `${value.unit}\u0000${value.formula}`;
    s.quantityCounts.set(k, (s.quantityCounts.get(k) ?? 0) + 1);
  } else s.notQuantity = true;
  if (isLocalText(value) || isPathValue(key, value) || isQuantity(value)) return;
  if (Array.isArray(value)) for (const item of value) survey(item, key, childPath(fp, "[]"), stats);
  else if (typeof value === "object") fields(value as Record<string, unknown>, (k, v) => survey(v, k, childPath(fp, k), stats));
}

function legendOf(stats: Map<string, FieldStats>): RowLegend {
  const quantities: Record<string, { unit: string; formula: string }> = {};
  const texts: string[] = [];
  const paths: string[] = [];
  for (const [fp, s] of stats) {
    const key = fp.replace(/\[\]$/g, "").split(".").pop()!;
    if (s.path && !s.notPath) paths.push(fp);
    else if (s.strings && s.long && !s.notText && !NAME_FIELDS.has(key)) texts.push(fp);
    else if (s.quantityCounts && !s.notQuantity) {
      let best: [string, number] = ["", 0];
      for (const entry of s.quantityCounts) if (entry[1] > best[1]) best = entry;
      const [unit, formula] = best[0].split("\u0000") as [string, string];
      quantities[fp] = { unit, formula };
    }
  }
  return {
    ...(Object.keys(quantities).length ? { quantities } : {}),
    ...(texts.length ? { texts } : {}),
    ...(paths.length ? { paths } : {}),
  };
}

/**
 * A nested text inside a template's parameters: a short one as itself, a catalogue message with parameters of its
 * own as `{ t, p }` (up to MAX_NESTING deep; a joined list, `list.*`, whole, since it repeats across rows), any other
 * as `{ t }`.
 */
function paramValue(value: unknown, table: TextTable, depth: number): unknown {
  if (!isLocalText(value)) return value;
  if (value.en.length < MIN_TABLE_LENGTH) return value.en;
  if (depth < MAX_NESTING && isTemplated(value) && !value.key.startsWith("list.")) return templateRef(value, table, depth + 1);
  return value.en.length >= MIN_TABLE_LENGTH ? { t: table.id(value.en) } : value.en;
}

/** How deep `{ t, p }` nests inside parameters: deeper texts are said whole. */
const MAX_NESTING = 1;

const isTemplated = (local: LocalText) => local.key !== "common.verbatim" && Object.keys(local.params).length > 0;

function templateRef(local: LocalText, table: TextTable, depth: number): TextRef {
  const p: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(local.params)) p[name] = paramValue(v, table, depth);
  return { t: table.id(template("en", local.key)), p };
}

/** The parameter's text as the English template shows it (src/base/text.ts `fill`). */
function paramText(value: unknown, texts: readonly string[]): string {
  if (value !== null && typeof value === "object") return expandText(value as TextRef, texts);
  return String(value);
}

function expandText(ref: TextRef, texts: readonly string[]): string {
  const text = texts[ref.t];
  if (text === undefined) throw new Error(`plan document: no text ${ref.t} in the text table`);
  if (!ref.p) return text;
  const params = ref.p;
  return interpolate(text, params, `texts[${ref.t}]`, (v) => paramText(v, texts));
}

function expandsTo(ref: TextRef, texts: readonly string[], text: string): boolean {
  try {
    return expandText(ref, texts) === text;
  } catch {
    return false;
  }
}

/** A sentence of a row: `{ t, p }` when it is a catalogue message with parameters, a table index, or the text itself. */
function encodeText(text: string, local: LocalText | undefined, table: TextTable): unknown {
  if (local && local.en === text && isTemplated(local)) {
    const ref = templateRef(local, table, 0);
    // Kept only when it gives back exactly the text (it always should: t() renders the same template).
    if (expandsTo(ref, table.texts, text)) return ref;
  }
  return text.length >= MIN_TABLE_LENGTH ? table.id(text) : text;
}

class RowEncoder {
  private readonly quantities: Map<string, { unit: string; formula: string }>;
  private readonly texts: Set<string>;
  private readonly paths: Set<string>;
  constructor(
    legend: RowLegend,
    private readonly table: TextTable,
  ) {
    this.quantities = new Map(Object.entries(legend.quantities ?? {}));
    this.texts = new Set(legend.texts ?? []);
    this.paths = new Set(legend.paths ?? []);
  }

  value(value: unknown, local: unknown, fp: string): unknown {
    if (value === null || value === undefined) return value;
    if (this.paths.has(fp)) return formatPath(value as PathSegment[]);
    if (this.texts.has(fp)) {
      const text = isLocalText(value) ? value.en : (value as string);
      const localText = isLocalText(value) ? value : isLocalText(local) ? local : undefined;
      return encodeText(text, localText, this.table);
    }
    if (isLocalText(value)) return value.en;
    const legend = this.quantities.get(fp);
    if (legend && isQuantity(value)) return value.unit === legend.unit && value.formula === legend.formula ? value.value : { ...value };
    if (Array.isArray(value)) return value.map((item, i) => this.value(item, Array.isArray(local) ? local[i] : undefined, childPath(fp, "[]")));
    if (typeof value === "object") return this.row(value as Record<string, unknown>, fp);
    return value;
  }

  row(row: Record<string, unknown>, prefix = ""): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    fields(row, (key, value, local) => {
      out[key] = this.value(value, local, childPath(prefix, key));
    });
    return out;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The encoded rows' leaves outside lists (a text reference, a list or an empty object is one leaf), by field path. */
function leaves(row: Record<string, unknown>, atomic: ReadonlySet<string>, visit: (fp: string, value: unknown) => void, prefix = ""): void {
  for (const [key, value] of Object.entries(row)) {
    if (value === undefined) continue;
    const fp = childPath(prefix, key);
    if (isPlainObject(value) && Object.keys(value).length > 0 && !atomic.has(fp)) leaves(value, atomic, visit, fp);
    else visit(fp, value);
  }
}

/**
 * A leaf's identity for counting: the value itself for a primitive (compared with Object.is, so -0 is not 0), its
 * JSON for a list or an object (a text reference, an empty object).
 */
const leafKey = (value: unknown): unknown =>
  value !== null && typeof value === "object" ? `\u0000${JSON.stringify(value)}` : Object.is(value, -0) ? "\u0000-0" : value;

/** A default: its value and its key (leafKey). */
interface Default {
  key: unknown;
  value: unknown;
}

function defaultsOf(rows: readonly Record<string, unknown>[], atomic: ReadonlySet<string>): Map<string, Default> {
  const counts = new Map<string, Map<unknown, [count: number, value: unknown]>>();
  for (const row of rows)
    leaves(row, atomic, (fp, value) => {
      let c = counts.get(fp);
      if (!c) counts.set(fp, (c = new Map()));
      const key = leafKey(value);
      const entry = c.get(key);
      if (entry) entry[0]++;
      else c.set(key, [1, value]);
    });
  const defaults = new Map<string, Default>();
  for (const [fp, c] of counts) {
    let present = 0;
    let best: Default | undefined;
    let bestCount = 1;
    for (const [key, [count, value]] of c) {
      present += count;
      if (count > bestCount) [best, bestCount] = [{ key, value }, count];
    }
    if (present === rows.length && best) defaults.set(fp, best);
  }
  return defaults;
}

const holds = (value: unknown, d: Default): boolean =>
  value !== null && typeof value === "object" ? typeof d.key === "string" && d.key === leafKey(value) : Object.is(value, d.value);

/** The row without the fields that hold their default; an object left empty by that is left out too. */
function withoutDefaults(
  row: Record<string, unknown>,
  defaults: ReadonlyMap<string, Default>,
  atomic: ReadonlySet<string>,
  prefix = "",
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    const fp = childPath(prefix, key);
    const fallback = defaults.get(fp);
    if (fallback !== undefined && holds(value, fallback)) continue;
    if (isPlainObject(value) && Object.keys(value).length > 0 && !atomic.has(fp)) {
      const inner = withoutDefaults(value, defaults, atomic, fp);
      if (Object.keys(inner).length > 0) out[key] = inner;
    } else out[key] = value;
  }
  return out;
}

/** Rows in the new shape, and their legend. */
export function encodeRows(rows: readonly Record<string, unknown>[], table: TextTable): { rows: Record<string, unknown>[]; legend: RowLegend } {
  const stats = new Map<string, FieldStats>();
  for (const row of rows) fields(row, (k, v) => survey(v, k, k, stats));
  const legend = legendOf(stats);
  const encoder = new RowEncoder(legend, table);
  const encoded = rows.map((r) => encoder.row(r));
  // Text references and full quantities are single values, never opened.
  const atomic = new Set([...(legend.texts ?? []), ...Object.keys(legend.quantities ?? {})]);
  const defaults = defaultsOf(encoded, atomic);
  if (defaults.size === 0) return { rows: encoded, legend };
  const values: Record<string, unknown> = {};
  for (const [fp, d] of defaults) values[fp] = d.value;
  return { rows: encoded.map((r) => withoutDefaults(r, defaults, atomic)), legend: { ...legend, defaults: values } };
}

/** The row with every field it left out at its default (the objects on the way made again). */
function withDefaults(row: Record<string, unknown>, defaults: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(row);
  for (const [fp, value] of Object.entries(defaults)) {
    const keys = fp.split(".");
    let at = out;
    for (const key of keys.slice(0, -1)) {
      if (!isPlainObject(at[key])) at[key] = {};
      at = at[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1]!;
    if (!(last in at)) at[last] = structuredClone(value);
  }
  return out;
}

const rowLocations = (section: string) => ROW_ARRAYS.filter((r) => r[0] === section);

function at(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) v = v === null || typeof v !== "object" ? undefined : (v as Record<string, unknown>)[key];
  return v;
}

/** A copy of `value` with the value at `path` replaced (the objects on the way copied, nothing else). */
function replaced(value: unknown, path: readonly string[], by: unknown): unknown {
  if (path.length === 0) return by;
  const object = value as Record<string, unknown>;
  return { ...object, [path[0]!]: replaced(object[path[0]!], path.slice(1), by) };
}

/**
 * Encodes the sections of the model one at a time: `section(key, value)` gives the section in English with its
 * rows re-encoded; `legend()` and `texts()` give what the sections so far refer to.
 */
export class PlanDocumentEncoder {
  private readonly table = new TextTable();
  private readonly legends: Record<string, RowLegend> = {};

  section(key: string, value: unknown): unknown {
    let out = value;
    const encoded: Array<[readonly string[], unknown]> = [];
    for (const location of rowLocations(key)) {
      const rows = at(value, location.slice(1));
      if (!Array.isArray(rows)) continue;
      const result = encodeRows(rows as Record<string, unknown>[], this.table);
      this.legends[location.join(".")] = result.legend;
      encoded.push([location.slice(1), result.rows]);
      out = replaced(out, location.slice(1), null);
    }
    let english = englishModel(out);
    for (const [path, rows] of encoded) english = replaced(english, path, rows);
    return english;
  }

  legend(): Record<string, RowLegend> {
    return this.legends;
  }

  texts(): string[] {
    return this.table.texts;
  }
}

/** `subscriptions[0].resourceGroups[2].name` back into its segments (src/base/path.ts `formatPath`). */
export function parsePath(text: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const pattern = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([A-Za-z_$][\w$-]*)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text))) {
    if (match[1] !== undefined) segments.push(Number(match[1]));
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string);
    else segments.push(match[3]!);
  }
  if (pattern.lastIndex !== text.length) throw new Error(`plan document: "${text}" is not a field path`);
  return segments;
}

class RowExpander {
  private readonly quantities: Map<string, { unit: string; formula: string }>;
  private readonly textPaths: Set<string>;
  private readonly paths: Set<string>;
  constructor(
    legend: RowLegend,
    private readonly texts: readonly string[],
  ) {
    this.quantities = new Map(Object.entries(legend.quantities ?? {}));
    this.textPaths = new Set(legend.texts ?? []);
    this.paths = new Set(legend.paths ?? []);
  }

  value(value: unknown, fp: string): unknown {
    if (value === null || value === undefined) return value;
    if (this.paths.has(fp) && typeof value === "string") return parsePath(value);
    if (this.textPaths.has(fp)) {
      if (typeof value === "number") return expandText({ t: value }, this.texts);
      if (typeof value === "object") return expandText(value as TextRef, this.texts);
      return value;
    }
    const legend = this.quantities.get(fp);
    if (legend && typeof value === "number") return { value, unit: legend.unit, formula: legend.formula };
    if (Array.isArray(value)) return value.map((item) => this.value(item, childPath(fp, "[]")));
    if (typeof value === "object") return this.row(value as Record<string, unknown>, fp);
    return value;
  }

  row(row: Record<string, unknown>, prefix = ""): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(row)) out[key] = this.value(v, childPath(prefix, key));
    return out;
  }
}

/** A format-2 plan document (parsed plan.yaml or `--json`) back in the full shape: every reference expanded. */
export function expandPlanDocument(document: Record<string, unknown>): Record<string, unknown> {
  const { format, legend, texts, ...model } = document as { format?: unknown; legend?: Record<string, RowLegend>; texts?: string[] };
  if (format !== PLAN_FORMAT) throw new Error(`plan document: format ${String(format)}, expected ${PLAN_FORMAT}`);
  let out: unknown = model;
  for (const [where, rowLegend] of Object.entries(legend ?? {})) {
    const path = where.split(".");
    const rows = at(out, path);
    if (!Array.isArray(rows)) continue;
    const expander = new RowExpander(rowLegend, texts ?? []);
    const defaults = rowLegend.defaults ?? {};
    out = replaced(
      out,
      path,
      rows.map((r) => expander.row(withDefaults(r as Record<string, unknown>, defaults))),
    );
  }
  return out as Record<string, unknown>;
}
