/**
 * Rewrites an existing tenant.yaml as edits to its parsed document, so that a person's comments, key order,
 * blank lines, flow collections, quoting and the `# yaml-language-server: $schema=` line survive a save by
 * the wizard, discovery or import-churn (docs/tenant-yaml.md, "Comments and hand edits").
 *
 * js-yaml (the loader) drops comments, so the edit uses the `yaml` package's document API: parse the old
 * text into a node tree, walk it beside the new data (what serializeTenant would write), keep every node whose
 * data did not change, change scalars in place (their comments stay), add new keys next to the key that
 * precedes them in schema order, match list items by `id`, then `name` (else by position), and collect the
 * comments of entries that are gone. The result is checked: loaded with js-yaml it must equal what
 * serializeTenant writes, else the file is written in standard form and the caller is told why.
 */
import { isDeepStrictEqual } from "node:util";
import jsYaml from "js-yaml";
import {
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  parse,
  parseDocument,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from "yaml";
import type { Tenant } from "./schema.js";
import { prunedTenant, serializeTenant } from "./save.js";

export interface LostComment {
  /** Where the comment was: the path of the entry that is gone, e.g. `subscriptions[prod].resourceGroups[rg-web].virtualMachines[web03]`. */
  path: string;
  /** The comment's text, without `#`. */
  text: string;
}

export interface TenantTextEdit {
  text: string;
  /** Comments that could not be kept: they belonged to entries the new data no longer has. */
  lostComments: LostComment[];
  /** Set when the old text could not be edited and the file is written in standard form: why. */
  rewritten?: string;
}

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** The text to write for `tenant`, as edits to `previous` (the file's current text). */
export function updateTenantText(previous: string, tenant: Tenant): TenantTextEdit {
  const standard = serializeTenant(tenant);
  // A file already in standard form with the same data is the new text itself: nothing to edit.
  if (standard === previous) return { text: previous, lostComments: [] };
  const target = prunedTenant(tenant) as Plain;
  const fallback = (why: string): TenantTextEdit => ({ text: standard, lostComments: allComments(previous), rewritten: why });
  let doc: Document.Parsed;
  try {
    // merge: js-yaml resolves `<<` merge keys, so the comparison below must too.
    doc = parseDocument(previous, { merge: true });
  } catch (error) {
    return fallback(`the file could not be parsed for editing (${(error as Error).message.split("\n")[0]})`);
  }
  if (doc.errors.length > 0) return fallback(`the file could not be parsed for editing (${doc.errors[0]!.message.split("\n")[0]})`);
  if (!isMap(doc.contents)) return fallback("the file's top level is not a mapping");
  keepFlowPadding(doc, previous);
  keepKeyLineComments(doc, previous);
  keepEndComment(doc, previous);
  const lost: LostComment[] = [];
  const editor = new Editor(doc, lost);
  // The top level is a mapping and so is the new data: it is edited in place.
  editor.edit(doc.contents, target, "");
  const edited = doc.toString({ lineWidth: 0, minContentWidth: 0 });
  // The edited text must load (with the loader's own parser) as exactly the data the standard writer gives.
  const loadsAsTarget = (text: string): boolean => {
    try {
      return isDeepStrictEqual(jsYaml.load(text), target);
    } catch {
      return false;
    }
  };
  if (!loadsAsTarget(edited)) return fallback("the edited text did not load back as the new data");
  const spaced = keepCommentSpacing(edited, previous);
  return { text: spaced !== edited && loadsAsTarget(spaced) ? spaced : edited, lostComments: lost };
}

/**
 * The `yaml` package writes one space before a comment at the end of a line; a person may have used two (or
 * aligned a column). A line that differs from a line of the old file only there is written as it was.
 */
function keepCommentSpacing(text: string, previous: string): string {
  const normal = (line: string) => line.replace(/(\S)[ \t]+#/g, "$1 #");
  const original = new Map<string, string>();
  for (const line of previous.split("\n")) if (line.includes("#")) original.set(normal(line), line);
  if (original.size === 0) return text;
  return text
    .split("\n")
    .map((line) => (line.includes(" #") ? (original.get(normal(line)) ?? line) : line))
    .join("\n");
}

class Editor {
  constructor(
    private readonly doc: Document,
    private readonly lost: LostComment[],
  ) {}

  /** The node to hold `target` at `path`: `node` itself, edited, when its kind fits; a new node otherwise. */
  edit(node: unknown, target: Plain, path: string): Node {
    if (isAlias(node)) {
      // An alias whose data is unchanged stays an alias; otherwise its place gets the new data written out.
      if (isDeepStrictEqual(node.toJS(this.doc), target)) return node;
      return this.replace(node, target, path);
    }
    if (Array.isArray(target)) {
      if (!isSeq(node)) return this.replace(node, target, path);
      this.editSeq(node, target, path);
      return node;
    }
    if (target !== null && typeof target === "object") {
      if (!isMap(node)) return this.replace(node, target, path);
      this.editMap(node, target, path);
      return node;
    }
    if (!isScalar(node)) return this.replace(node, target, path);
    if (!sameScalar(node.value, target)) {
      node.value = target;
      // A number's recorded format (hex, fraction digits) belongs to the old value.
      delete node.format;
      delete node.minFractionDigits;
      if (typeof target === "string" && needsQuotesForLoader(target)) node.type = "QUOTE_DOUBLE";
    }
    return node;
  }

  private editMap(map: YAMLMap, target: { [key: string]: Plain }, path: string): void {
    const keyOf = (pair: Pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key));
    // Keys the new data no longer has: their comments are lost (reported).
    for (const pair of [...map.items]) {
      if (!Object.hasOwn(target, keyOf(pair))) {
        this.loseComments(pair, `${path}${path ? "." : ""}${keyOf(pair)}`);
        map.items.splice(map.items.indexOf(pair), 1);
      }
    }
    let previousIndex = -1;
    for (const [key, value] of Object.entries(target)) {
      const childPath = `${path}${path ? "." : ""}${key}`;
      const index = map.items.findIndex((p) => keyOf(p) === key);
      if (index >= 0) {
        const pair = map.items[index]!;
        pair.value = this.edit(pair.value, value, childPath);
        previousIndex = index;
      } else {
        // A new key goes after the nearest key that precedes it in the new data (schema order).
        map.items.splice(previousIndex + 1, 0, this.doc.createPair(key, this.create(value)));
        previousIndex += 1;
      }
    }
  }

  private editSeq(seq: YAMLSeq, target: Plain[], path: string): void {
    const old = seq.items.map((item) => ({ node: item, identity: identityOf(item, this.doc), used: false }));
    const next: unknown[] = target.map((value, index) => {
      const identity = identityOf(value, undefined);
      let match = old.find((o) => !o.used && identity !== undefined && o.identity === identity);
      // Items without an identity (or with a new one) are matched by position to an unmatched item without one.
      if (!match && identity === undefined && old[index] && !old[index]!.used && old[index]!.identity === undefined) match = old[index];
      const itemPath = `${path}[${identity?.replace(/^\w*:/, "") ?? index}]`;
      if (!match) return this.create(value);
      match.used = true;
      return this.edit(match.node, value, itemPath);
    });
    for (const o of old) if (!o.used) this.loseComments(o.node, `${path}[${o.identity?.replace(/^\w*:/, "") ?? old.indexOf(o)}]`);
    seq.items = next;
  }

  /** A new node for `target` in place of `node`, keeping the comments and blank line around the old one. */
  private replace(node: unknown, target: Plain, path: string): Node {
    const created = this.create(target);
    if (isNode(node)) {
      created.commentBefore = node.commentBefore;
      created.comment = node.comment;
      created.spaceBefore = node.spaceBefore;
      // Comments inside the old collection have no place in the new value.
      if (isMap(node) || isSeq(node)) this.loseComments(node.items, path);
    }
    return created;
  }

  private create(target: Plain): Node {
    const created = this.doc.createNode(target) as Node;
    // Strings the loader (js-yaml) would read as something else (a date, a merge key) are quoted.
    visit(created, {
      Scalar(_, scalar) {
        if (typeof scalar.value === "string" && needsQuotesForLoader(scalar.value)) scalar.type = "QUOTE_DOUBLE";
      },
    });
    return created;
  }

  private loseComments(gone: unknown, path: string): void {
    collectComments(gone, (comment) => {
      if (comment) for (const line of comment.split("\n")) if (line.trim() !== "") this.lost.push({ path, text: line.trim() });
    });
  }
}

function collectComments(node: unknown, add: (comment: string | null | undefined) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) collectComments(item, add);
    return;
  }
  if (isPair(node)) {
    if (isNode(node.key)) {
      add(node.key.commentBefore);
      add(node.key.comment);
    }
    collectComments(node.value, add);
    return;
  }
  if (!isNode(node)) return;
  add(node.commentBefore);
  add(node.comment);
  if (isMap(node) || isSeq(node)) for (const item of node.items) collectComments(item, add);
}

/** What identifies a list item across runs: its `id`, else its `name`, else (a scalar) its value. */
function identityOf(item: unknown, doc: Document | undefined): string | undefined {
  if (isMap(item)) {
    for (const key of ["id", "name"]) {
      const value = item.get(key, true);
      if (isScalar(value) && (typeof value.value === "string" || typeof value.value === "number")) return `${key}:${String(value.value).toLowerCase()}`;
    }
    return undefined;
  }
  if (isScalar(item)) return `=${JSON.stringify(item.value)}`;
  if (isAlias(item)) return doc ? identityOf(doc.createNode(item.toJS(doc)), undefined) : undefined;
  if (item !== null && typeof item === "object" && !Array.isArray(item)) {
    const record = item as Record<string, unknown>;
    for (const key of ["id", "name"]) {
      const value = record[key];
      if (typeof value === "string" || typeof value === "number") return `${key}:${String(value).toLowerCase()}`;
    }
    return undefined;
  }
  if (item === null || typeof item !== "object") return `=${JSON.stringify(item)}`;
  return undefined;
}

function sameScalar(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === "number" && typeof b === "number" && a === b);
}

/**
 * js-yaml's default schema reads more plain scalars as non-strings than YAML 1.2's core schema, which the
 * `yaml` package quotes against: timestamps (YYYY-MM-DD...) and the merge key `<<`. YAML 1.1 readers (other
 * tools a person may use on the file) read still more: `22:00` as the base-60 number 1320, `yes`/`on` as true.
 * Such strings are quoted, as the standard writer (js-yaml's dump) quotes them.
 */
function needsQuotesForLoader(value: string): boolean {
  if (value === "" || !/^[-+.~<0-9nNtTfFyYoO]/.test(value)) return false;
  try {
    return jsYaml.load(value) !== value || parse(value, { version: "1.1" }) !== value;
  } catch {
    return true;
  }
}

/**
 * The `yaml` package writes every flow collection with or without inner padding (`{ a: 1 }` or `[a, b]`) by one
 * option; a hand-written file often mixes both. Each flow collection from the file is written as it was.
 */
function keepFlowPadding(doc: Document, source: string): void {
  visit(doc, {
    Collection(_, node) {
      if (!node.flow || !node.range) return;
      const padding = source[node.range[0] + 1] === " " ? " " : "";
      const original = node.toString.bind(node) as (ctx?: object, onComment?: () => void, onChompKeep?: () => void) => string;
      node.toString = ((ctx?: object, onComment?: () => void, onChompKeep?: () => void) =>
        original(ctx && { ...ctx, flowCollectionPadding: padding }, onComment, onChompKeep)) as typeof node.toString;
    },
  });
}

/**
 * A comment on the line of a key that opens a block (`disks:  # the OS disk first`) is parsed as the comment
 * before the block, and would be written on the next line. It is put back on the key.
 */
function keepKeyLineComments(doc: Document, source: string): void {
  visit(doc, {
    Pair(_, pair) {
      const { key, value } = pair;
      if (!isScalar(key) || !key.range || !(isMap(value) || isSeq(value)) || value.flow || !value.commentBefore || key.comment) return;
      const lineEnd = source.indexOf("\n", key.range[1]);
      if (!/^[ \t]*:[ \t]+#/.test(source.slice(key.range[1], lineEnd < 0 ? undefined : lineEnd))) return;
      const [first, ...rest] = value.commentBefore.split("\n");
      key.comment = first;
      value.commentBefore = rest.length > 0 ? rest.join("\n") : undefined;
    },
  });
}

/**
 * Comments after the last entry are the document's closing comment, which the `yaml` package always writes
 * after a blank line. When the file had none there, they are kept as the top-level mapping's own comment.
 */
function keepEndComment(doc: Document, source: string): void {
  if (!doc.comment || !isMap(doc.contents) || doc.contents.comment || doc.directives?.docEnd) return;
  const lines = source.replace(/\s+$/, "").split("\n");
  let at = lines.length - 1;
  while (at >= 0 && lines[at]!.startsWith("#")) at--;
  if (at >= 0 && lines[at]!.trim() !== "") {
    doc.contents.comment = doc.comment;
    doc.comment = null;
  }
}

/** Every comment line of a text, for the report when the file has to be rewritten in standard form. */
function allComments(text: string): LostComment[] {
  const doc = parseDocument(text);
  const lost: LostComment[] = [];
  collectComments(doc.contents, (comment) => {
    if (comment) for (const line of comment.split("\n")) if (line.trim() !== "") lost.push({ path: "", text: line.trim() });
  });
  for (const comment of [doc.commentBefore, doc.comment])
    if (comment) for (const line of comment.split("\n")) if (line.trim() !== "") lost.push({ path: "", text: line.trim() });
  return lost;
}

/** One line for the user about what an edit could not keep, or undefined when everything was kept. */
export function describeLostComments(file: string, edit: TenantTextEdit, backup: string): string | undefined {
  if (edit.rewritten) return `${file}: written in standard form, comments not kept: ${edit.rewritten}; the previous file is kept as ${backup}`;
  if (edit.lostComments.length === 0) return undefined;
  const places = [...new Set(edit.lostComments.map((c) => c.path))];
  const shown = places.slice(0, 3).join(", ") + (places.length > 3 ? ` and ${places.length - 3} more` : "");
  return `${file}: ${edit.lostComments.length} comment(s) could not be kept (their entries are gone: ${shown}); the previous file is kept as ${backup}`;
}
