/**
 * A bundled example with comments written into it at many places: at the top, between keys, at the end of
 * lines (after scalars and after keys that open a block), before list items, after a blank line and at the
 * end of the file. Each comment carries a unique marker, so a test can check that every one is still there
 * after a rewrite.
 */
import jsYaml from "js-yaml";
import { expect } from "vitest";

export interface CommentedTenant {
  text: string;
  /** The markers, one per comment added, e.g. "c-17". */
  markers: string[];
}

export function addComments(text: string): CommentedTenant {
  const markers: string[] = [];
  const next = (what: string) => {
    const marker = `c-${markers.length + 1}`;
    markers.push(marker);
    return `# ${marker} ${what}`;
  };
  const out: string[] = [next("at the top, before everything")];
  let keys = 0;
  let trailing = 0;
  const lines = text.replace(/\n$/, "").split("\n");
  for (const line of lines) {
    const trimmed = line.trim();
    const indent = line.slice(0, line.length - line.trimStart().length);
    if (trimmed === "" || trimmed.startsWith("#")) {
      out.push(line);
      continue;
    }
    if (trimmed.startsWith("- ")) out.push(`${indent}${next("before a list item")}`);
    else if (/^[\w$"-]+:/.test(trimmed) && keys++ % 3 === 0) {
      // Every third key gets a comment line, and every ninth a blank line before it too.
      if (keys % 9 === 1 && indent !== "") out.push("");
      out.push(`${indent}${next("between keys")}`);
    }
    if (!line.includes("#") && trailing++ % 2 === 0) {
      out.push(`${line}  ${next(trimmed.endsWith(":") ? "after a key that opens a block" : "at the end of a line")}`);
    } else out.push(line);
  }
  out.push(next("at the end of the file"));
  const commented = `${out.join("\n")}\n`;
  // The comments change nothing in the data.
  expect(jsYaml.load(commented)).toEqual(jsYaml.load(text));
  return { text: commented, markers };
}

/** The markers missing from `text` (each must be in a comment, once). */
export function missingMarkers(text: string, markers: readonly string[]): string[] {
  const found = new Map<string, number>();
  for (const m of text.matchAll(/# (c-\d+) /g)) found.set(m[1]!, (found.get(m[1]!) ?? 0) + 1);
  return markers.filter((m) => found.get(m) !== 1);
}
