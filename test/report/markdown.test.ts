/**
 * Every Markdown file of a rendered plan passes markdownlint (0.39) and every relative link in it
 * resolves to a file of the same plan folder (or an anchor of a heading in it).
 */
import { lint } from "markdownlint/promise";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { languages } from "../../src/base/messages/index.js";
import { exampleExists, examples, renderExample } from "./plans.js";

/** Rules off for generated documents, each for a reason. */
const config = {
  default: true,
  // Tables and long sentences cannot wrap at 80 columns without breaking them.
  MD013: false,
  // Sections repeat headings such as "Gold" under different parents.
  MD024: { siblings_only: true },
};

const md = new MarkdownIt();

function links(markdown: string): string[] {
  const out: string[] = [];
  const visit = (tokens: ReturnType<typeof md.parse>) => {
    for (const token of tokens) {
      if (token.type === "link_open") out.push(String(token.attrGet("href") ?? ""));
      if (token.children) visit(token.children);
    }
  };
  visit(md.parse(markdown, {}));
  return out;
}

describe.each(examples)("Markdown of the %s example", (example) => {
  it.skipIf(!exampleExists(example)).each(languages)("passes markdownlint in %s", async (lang) => {
    const files = await renderExample(example, lang);
    const strings = Object.fromEntries([...files].filter(([path]) => path.endsWith(".md")));
    expect(Object.keys(strings).length).toBeGreaterThan(1);
    const results = await lint({ strings, config });
    const problems = Object.entries(results).flatMap(([file, errors]) =>
      errors.map((e) => `${file}:${e.lineNumber} ${e.ruleNames.join("/")} ${e.ruleDescription} ${e.errorDetail ?? ""} ${e.errorContext ?? ""}`),
    );
    expect(problems).toEqual([]);
  });

  it.skipIf(!exampleExists(example)).each(languages)("has only relative links that resolve, in %s", async (lang) => {
    const files = await renderExample(example, lang);
    let checked = 0;
    for (const [path, content] of files) {
      if (!path.endsWith(".md")) continue;
      for (const href of links(content)) {
        expect(href, `${path}: external link ${href}`).not.toMatch(/^[a-z][a-z0-9+.-]*:/i);
        const [target = "", anchor] = decodeURIComponent(href).split("#");
        const base = path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
        const resolved = target === "" ? path : new URL(target, `file:///root/${base}`).pathname.replace(/^\/root\//, "");
        expect(files.has(resolved), `${path}: link ${href} → ${resolved} is not a file of the plan`).toBe(true);
        if (anchor !== undefined && resolved.endsWith(".md")) {
          const slugs = headingSlugs(files.get(resolved) ?? "");
          expect(slugs, `${path}: anchor #${anchor} not found in ${resolved}`).toContain(anchor);
        }
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
function headingSlugs(markdown: string): string[] {
  return md
    .parse(markdown, {})
    .map((token, i, all) => (token.type === "heading_open" ? (all[i + 1]?.content ?? "") : undefined))
    .filter((t): t is string => t !== undefined)
    .map((t) =>
      t
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, "")
        .replace(/\s/g, "-"),
    );
}
