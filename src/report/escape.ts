/**
 * Escaping per target language. Names and tags come from the inventory and may hold any character
 * (Japanese, pipes, angle brackets, backticks); each output format gets its own escaper, and none
 * is applied to another format's text.
 *
 * Every escaper for text a person reads first neutralises control characters and bidirectional
 * controls (src/base/display.ts): a name can neither drive the reader's terminal nor display reordered.
 */
import { neutralise } from "../base/display.js";

/**
 * Markdown inline text: characters CommonMark or GFM could read as syntax are backslash-escaped
 * (emphasis, code, links, HTML, table pipes, strikethrough, entities), plus a leading list or heading
 * marker. Parentheses stay as they are: without an unescaped "]" they cannot form a link.
 */
export function escapeMarkdown(text: string): string {
  return (
    neutralise(text.replace(/\r\n|\r|\n/g, " ").replace(/\t/g, " "))
      .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`)
      // GFM turns bare URLs into links: an escaped colon or dot keeps "http://…" and "www.…" as text.
      .replace(/:(?=\/\/)/g, "\\:")
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`)
      .replace(/^[-+=]/, (c) => `\\${c}`)
      .replace(/^(\d+)([.)])/, "$1\\$2")
  );
}

/** A Markdown table cell: inline escaping, and never a line break (a newline would end the row). */
export const escapeMarkdownCell = (text: string): string => escapeMarkdown(text);

/**
 * A Markdown code span: a backtick fence longer than any backtick run inside, padded when the text
 * starts or ends with a backtick. Pipes are escaped too, since GFM splits table cells before it
 * parses code spans (and removes the backslash again inside them).
 */
export function markdownCode(text: string): string {
  const flat = neutralise(text.replace(/\r\n|\r|\n/g, " "));
  const longestRun = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") || flat === "" ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick or tilde run inside the content. */
export function markdownCodeBlock(content: string, language: string): string {
  const longestRun = Math.max(2, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}${language}\n${content.replace(/\r\n?/g, "\n")}\n${fence}`;
}

/** A relative link target in Markdown: spaces and brackets percent-encoded, segment by segment. */
export function markdownLinkTarget(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

const xmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * XML and HTML text and attribute values: control and bidirectional characters made visible (carriage
 * return too, tab and line feed kept), the non-characters XML forbids dropped, then the five entities.
 */
export function escapeXml(text: string): string {
  return neutralise(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n"))
    .replace(/[\uFFFE\uFFFF]/g, "")
    .replace(/[&<>"']/g, (c) => xmlEntities[c] ?? c);
}

/** An id or class usable in HTML and SVG: ASCII letters, digits and dashes only. */
export function slug(text: string): string {
  const s = text
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return s === "" ? "x" : s;
}

/**
 * JSON for the inside of an HTML `<script type="application/json">`: JSON.stringify, then `<`, `>` and `&` as
 * \u escapes, so that no text of the data (a VM named `</script>` or `<!--`) can close the element or open a comment
 * (HTML Standard, "Restrictions for contents of script elements"); U+2028 and U+2029 as escapes too, so the text is
 * also a valid JavaScript string literal. JSON.parse reads the escapes back as the same characters.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
