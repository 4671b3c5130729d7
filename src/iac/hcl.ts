/**
 * A small HCL writer that prints the way `terraform fmt` does: two-space indentation, the `=` of
 * consecutive single-line attributes aligned (width counted in Unicode code points, as hclwrite counts
 * columns), an attribute whose value spans lines ends the aligned group and is not padded, nested blocks
 * set apart by blank lines. test/iac/terraform.test.ts runs `terraform fmt -check` on the output where
 * terraform is installed.
 */
import { neutralise } from "../base/display.js";
import { hclString } from "./escape.js";

export type HclValue =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "bool"; value: boolean }
  /** A reference or other expression written as is (`azurestack_subnet.x.id`, `var.location`). */
  | { kind: "expr"; text: string }
  | { kind: "list"; items: HclValue[] }
  | { kind: "map"; entries: Array<[string, HclValue]> };

export interface HclBlock {
  type: string;
  labels: string[];
  body: HclItem[];
}

export type HclItem = { attribute: string; value: HclValue } | { block: HclBlock } | { comment: string };

export const str = (value: string): HclValue => ({ kind: "string", value });
export const num = (value: number): HclValue => ({ kind: "number", value });
export const bool = (value: boolean): HclValue => ({ kind: "bool", value });
export const ref = (text: string): HclValue => ({ kind: "expr", text });
export const list = (items: HclValue[]): HclValue => ({ kind: "list", items });
export const map = (record: Record<string, string>): HclValue => ({
  kind: "map",
  entries: Object.entries(record).map(([k, v]) => [k, str(v)]),
});

/** Attributes with an undefined value are left out, so optional inventory fields need no special casing. */
export function attrs(record: Record<string, HclValue | undefined>): HclItem[] {
  return Object.entries(record).flatMap(([attribute, value]) => (value === undefined ? [] : [{ attribute, value }]));
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const width = (text: string): number => [...text].length;

function mapKey(key: string): string {
  return IDENTIFIER.test(key) ? key : hclString(key);
}

function isMultiLine(value: HclValue): boolean {
  return value.kind === "map" && value.entries.length > 0;
}

function inline(value: HclValue): string {
  switch (value.kind) {
    case "string":
      return hclString(value.value);
    case "number":
      return String(value.value);
    case "bool":
      return value.value ? "true" : "false";
    case "expr":
      return value.text;
    case "list":
      return `[${value.items.map(inline).join(", ")}]`;
    case "map":
      if (value.entries.length === 0) return "{}";
      throw new Error("internal: multi-line map rendered inline");
  }
}

function renderValue(value: HclValue, indent: string): string {
  if (!isMultiLine(value)) return inline(value);
  const entries = (value as Extract<HclValue, { kind: "map" }>).entries;
  const keys = entries.map(([k]) => mapKey(k));
  const pad = Math.max(...keys.map(width));
  const inner = `${indent}  `;
  const lines = entries.map(([, v], i) => `${inner}${keys[i]}${" ".repeat(pad - width(keys[i]!))} = ${renderValue(v, inner)}`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function renderBody(items: HclItem[], indent: string): string[] {
  const lines: string[] = [];
  let group: Array<{ attribute: string; value: HclValue }> = [];
  let previous: "attribute" | "block" | "comment" | undefined;
  const flush = () => {
    const pad = Math.max(0, ...group.map((g) => width(g.attribute)));
    for (const g of group) lines.push(`${indent}${g.attribute}${" ".repeat(pad - width(g.attribute))} = ${inline(g.value)}`);
    group = [];
  };
  for (const item of items) {
    if ("comment" in item) {
      flush();
      if (previous === "block") lines.push("");
      // A comment is one line a reviewer reads: no line break may end it early, no control character may reorder it.
      lines.push(`${indent}# ${neutralise(item.comment.replace(/\r\n|\r|\n/g, " "))}`);
      previous = "comment";
    } else if ("block" in item) {
      flush();
      if (previous !== undefined && previous !== "comment") lines.push("");
      lines.push(...renderBlock(item.block, indent));
      previous = "block";
    } else if (isMultiLine(item.value)) {
      flush();
      if (previous === "block") lines.push("");
      lines.push(`${indent}${item.attribute} = ${renderValue(item.value, indent)}`);
      previous = "attribute";
    } else {
      if (previous === "block") lines.push("");
      group.push(item);
      previous = "attribute";
    }
  }
  flush();
  return lines;
}

export function renderBlock(block: HclBlock, indent = ""): string[] {
  const head = [block.type, ...block.labels.map((l) => hclString(l))].join(" ");
  if (block.body.length === 0) return [`${indent}${head} {}`];
  return [`${indent}${head} {`, ...renderBody(block.body, `${indent}  `), `${indent}}`];
}

/** Top-level blocks separated by one blank line, ending with a newline. */
export function renderFile(blocks: HclBlock[]): string {
  return `${blocks.map((b) => renderBlock(b).join("\n")).join("\n\n")}\n`;
}
