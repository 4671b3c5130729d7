/**
 * A fast YAML writer for plan.yaml that gives byte for byte what
 * `yaml.dump(value, { noRefs: true, lineWidth: -1, sortKeys: false, skipInvalid: true })` (js-yaml 4) gives,
 * for the JSON-like values a plan model holds: plain objects, arrays, strings, numbers, booleans, null and
 * undefined. Anything else (a Date, a typed array, a Map...) makes it hand the whole value to js-yaml.
 *
 * Why: plan.yaml of a 10,000-VM tenant is about 100 MiB, and js-yaml's dumper spent about a fifth of the
 * whole `plan -o` run on it (docs/performance.md, "Plan documents"). This writer follows js-yaml's own
 * algorithm (writeNode, writeBlockMapping, writeBlockSequence, writeScalar and chooseScalarStyle of
 * js-yaml 4's dumper) with the options above fixed, so the choices are the same; the gain is in
 * building each level's text once, caching the rendering of repeated strings (keys, enum values) and
 * skipping the generic type detection. test/report/yaml-dump.test.ts compares the two on generated plans,
 * the examples' plans and property-based random values.
 */
import yaml from "js-yaml";

const OPTIONS = { noRefs: true, lineWidth: -1, sortKeys: false, skipInvalid: true } as const;

/**
 * The implicit types of js-yaml's default schema (null, bool, int, float, timestamp, merge): a plain string that
 * one of them would resolve must be quoted. An internal field of js-yaml's Schema: should a later js-yaml lack
 * it, dumpYaml hands everything to js-yaml.
 */
type ImplicitType = { resolve(data: string): boolean };
const compiledImplicit = (yaml.DEFAULT_SCHEMA as unknown as { compiledImplicit?: unknown }).compiledImplicit;
const implicitTypes: readonly ImplicitType[] | undefined = Array.isArray(compiledImplicit) ? (compiledImplicit as ImplicitType[]) : undefined;

// js-yaml's dumper constants (same names).
const DEPRECATED_BOOLEANS_SYNTAX = new Set(["y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "n", "N", "no", "No", "NO", "off", "Off", "OFF"]);
const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
const CHAR_TAB = 0x09;
const CHAR_LINE_FEED = 0x0a;
const CHAR_CARRIAGE_RETURN = 0x0d;
const CHAR_SPACE = 0x20;
const CHAR_BOM = 0xfeff;
/** Indent per level (js-yaml's default `indent: 2`). */
const INDENT = 2;
/** A key whose text is longer than this is written as an explicit `? key` pair by js-yaml (writeBlockMapping's 1024): left to js-yaml. */
const MAX_IMPLICIT_KEY = 1024;

class Unsupported extends Error {}

const isWhitespace = (c: number) => c === CHAR_SPACE || c === CHAR_TAB;
const isPrintable = (c: number) =>
  (c >= 0x20 && c <= 0x7e) ||
  (c >= 0xa1 && c <= 0xd7ff && c !== 0x2028 && c !== 0x2029) ||
  (c >= 0xe000 && c <= 0xfffd && c !== CHAR_BOM) ||
  (c >= 0x10000 && c <= 0x10ffff);
const isNsCharOrWhitespace = (c: number) => isPrintable(c) && c !== CHAR_BOM && c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;

/** js-yaml's isPlainSafe with `inblock` true (every scalar of a block document is written in block context). */
function isPlainSafe(c: number, prev: number | null): boolean {
  const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
  const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
  return (
    (cIsNsCharOrWhitespace && c !== 0x23 /* # */ && !(prev === 0x3a /* : */ && !cIsNsChar)) ||
    (prev !== null && isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === 0x23) ||
    (prev === 0x3a && cIsNsChar)
  );
}

/** Compared by code point: String.fromCharCode would cut U+1003A down to ":" and quote a plain key. */
const FIRST_CHARACTER_INDICATORS = new Set(Array.from("-?:,[]{}#&*!|=>'\"%@`", (ch) => ch.codePointAt(0)));

/** js-yaml's isPlainSafeFirst: not white space and not an indicator (- ? : , [ ] { } # & * ! | = > ' " % @ `). */
function isPlainSafeFirst(c: number): boolean {
  return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && !FIRST_CHARACTER_INDICATORS.has(c);
}

const isPlainSafeLast = (c: number) => !isWhitespace(c) && c !== 0x3a;

function codePointAt(s: string, pos: number): number {
  const first = s.charCodeAt(pos);
  if (first >= 0xd800 && first <= 0xdbff && pos + 1 < s.length) {
    const second = s.charCodeAt(pos + 1);
    if (second >= 0xdc00 && second <= 0xdfff) return (first - 0xd800) * 0x400 + second - 0xdc00 + 0x10000;
  }
  return first;
}

type Style = "plain" | "single" | "literal" | "double";

/**
 * Printable ASCII that starts with a letter, holds no ":" or "#" and does not end in a space: every
 * character is plain-safe in block context, and of the implicit types only null and bool (at most five
 * letters: "false") and js-yaml's deprecated booleans ("yes", "off", ...) could claim such a string.
 */
const SURELY_PLAIN = /^[A-Za-z][ -"$-9;-~]*[!-"$-9;-~]$/;
/** One more than the longest implicit null or bool ("false", "FALSE"): shorter strings take the full check. */
const SURELY_PLAIN_MIN_LENGTH = 6;

/** js-yaml's chooseScalarStyle with lineWidth -1 (no folding), single quotes, no forced quotes, block context. */
function chooseStyle(s: string, singleLineOnly: boolean): Style {
  if (s.length >= SURELY_PLAIN_MIN_LENGTH && SURELY_PLAIN.test(s)) return "plain";
  let plain = isPlainSafeFirst(codePointAt(s, 0)) && isPlainSafeLast(codePointAt(s, s.length - 1));
  let hasLineBreak = false;
  let prev: number | null = null;
  let c = 0;
  for (let i = 0; i < s.length; c >= 0x10000 ? (i += 2) : i++) {
    c = codePointAt(s, i);
    if (!singleLineOnly && c === CHAR_LINE_FEED) hasLineBreak = true;
    else if (!isPrintable(c)) return "double";
    plain = plain && isPlainSafe(c, prev);
    prev = c;
  }
  if (!hasLineBreak) return plain && !implicitTypes!.some((t) => t.resolve(s)) ? "plain" : "single";
  return "literal";
}

function indentString(s: string, spaces: number): string {
  const ind = " ".repeat(spaces);
  let position = 0;
  let result = "";
  while (position < s.length) {
    const next = s.indexOf("\n", position);
    const line = next === -1 ? s.slice(position) : s.slice(position, next + 1);
    position = next === -1 ? s.length : next + 1;
    if (line.length && line !== "\n") result += ind;
    result += line;
  }
  return result;
}

function blockHeader(s: string): string {
  const indentIndicator = /^\n* /.test(s) ? String(INDENT) : "";
  const clip = s[s.length - 1] === "\n";
  const keep = clip && (s[s.length - 2] === "\n" || s === "\n");
  return `${indentIndicator}${keep ? "+" : clip ? "" : "-"}\n`;
}

/** js-yaml's escape sequences of double-quoted scalars. */
const ESCAPE_SEQUENCES: Readonly<Record<number, string>> = {
  0: "\\0",
  7: "\\a",
  8: "\\b",
  9: "\\t",
  10: "\\n",
  11: "\\v",
  12: "\\f",
  13: "\\r",
  27: "\\e",
  34: '\\"',
  92: "\\\\",
  133: "\\N",
  160: "\\_",
  8232: "\\L",
  8233: "\\P",
};

/** js-yaml's encodeHex: \xXX, \uXXXX or \UXXXXXXXX, upper-case hex. */
function encodeHex(c: number): string {
  const hex = c.toString(16).toUpperCase();
  const [handle, length] = c <= 0xff ? ["x", 2] : c <= 0xffff ? ["u", 4] : ["U", 8];
  return `\\${handle}${"0".repeat(length - hex.length)}${hex}`;
}

/** js-yaml's double-quoted scalar (escapeString). */
function doubleQuoted(s: string): string {
  let result = "";
  let c = 0;
  for (let i = 0; i < s.length; c >= 0x10000 ? (i += 2) : i++) {
    c = codePointAt(s, i);
    const sequence = ESCAPE_SEQUENCES[c];
    if (!sequence && isPrintable(c)) {
      result += s[i];
      if (c >= 0x10000) result += s[i + 1];
    } else result += sequence || encodeHex(c);
  }
  return `"${result}"`;
}

/**
 * Level-independent renderings of strings seen before are cached up to this length: keys and enum values repeat
 * thousands of times, while longer strings are mostly per-VM sentences that would only fill the cache (a tuning
 * choice, measured in docs/performance.md "Plan documents").
 */
const MAX_CACHED_LENGTH = 64;

class Writer {
  private readonly valueCache = new Map<string, string>();
  private readonly keyCache = new Map<string, string>();

  scalar(s: string, level: number, isKey: boolean): string {
    const cache = isKey ? this.keyCache : this.valueCache;
    const cached = s.length <= MAX_CACHED_LENGTH ? cache.get(s) : undefined;
    if (cached !== undefined) return cached;
    let out: string;
    let cacheable = true;
    if (s.length === 0) out = "''";
    else if (DEPRECATED_BOOLEANS_SYNTAX.has(s) || DEPRECATED_BASE60_SYNTAX.test(s)) out = `'${s}'`;
    else {
      const style = chooseStyle(s, isKey);
      if (style === "plain") out = s;
      else if (style === "single") out = `'${s.replace(/'/g, "''")}'`;
      else if (style === "double") out = doubleQuoted(s);
      else {
        out = `|${blockHeader(s)}${dropEndingNewline(indentString(s, INDENT * Math.max(1, level)))}`;
        cacheable = false; // its indentation depends on the level
      }
    }
    if (cacheable && s.length <= MAX_CACHED_LENGTH) cache.set(s, out);
    return out;
  }

  /** js-yaml's writeNode in block context: undefined (or a function, a symbol...) when nothing is written. */
  node(value: unknown, level: number, compact: boolean): string | undefined {
    if (value === null) return "null";
    switch (typeof value) {
      case "string":
        return this.scalar(value, level, false);
      case "number":
        return number(value);
      case "boolean":
        return value ? "true" : "false";
      case "undefined":
      case "function":
      case "symbol":
      case "bigint":
        return undefined; // skipInvalid: left out
    }
    if (Array.isArray(value)) return value.length === 0 ? "[]" : this.sequence(value, level, compact);
    if (Object.prototype.toString.call(value) !== "[object Object]") throw new Unsupported();
    const keys = Object.keys(value as object);
    return keys.length === 0 ? "{}" : this.mapping(value as Record<string, unknown>, keys, level, compact);
  }

  private mapping(object: Record<string, unknown>, keys: string[], level: number, compact: boolean): string {
    let result = "";
    const newline = `\n${" ".repeat(INDENT * level)}`;
    for (const key of keys) {
      const keyText = this.scalar(key, level + 1, true);
      if (keyText.length > MAX_IMPLICIT_KEY) throw new Unsupported();
      const dump = this.node(object[key], level + 1, false);
      if (dump === undefined) continue;
      result += (!compact || result !== "" ? newline : "") + keyText + (dump.charCodeAt(0) === CHAR_LINE_FEED ? ":" : ": ") + dump;
    }
    return result || "{}";
  }

  private sequence(array: readonly unknown[], level: number, compact: boolean): string {
    let result = "";
    const newline = `\n${" ".repeat(INDENT * level)}`;
    for (let i = 0; i < array.length; i++) {
      const item = array[i];
      // js-yaml writes a hole or undefined item of a sequence as null; other invalid items are left out.
      const dump = item === undefined ? "null" : this.node(item, level + 1, true);
      if (dump === undefined) continue;
      result += (!compact || result !== "" ? newline : "") + (dump.charCodeAt(0) === CHAR_LINE_FEED ? "-" : "- ") + dump;
    }
    return result || "[]";
  }
}

const dropEndingNewline = (s: string) => (s[s.length - 1] === "\n" ? s.slice(0, -1) : s);

/** js-yaml's int and float representations (decimal, lowercase). */
function number(n: number): string {
  if (n % 1 === 0 && !Object.is(n, -0)) return n.toString(10);
  if (Number.isNaN(n)) return ".nan";
  if (n === Number.POSITIVE_INFINITY) return ".inf";
  if (n === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(n, -0)) return "-0.0";
  const res = n.toString(10);
  return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
}

/** `yaml.dump(value, { noRefs: true, lineWidth: -1, sortKeys: false, skipInvalid: true })`, faster. */
export function dumpYaml(value: unknown): string {
  if (!implicitTypes) return yaml.dump(value, OPTIONS);
  try {
    const dump = new Writer().node(value, 0, true);
    return dump === undefined ? "" : `${dump}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return yaml.dump(value, OPTIONS);
    throw error;
  }
}
