/**
 * Golden files: the whole rendered plan folder of each bundled example in each language, compared
 * file by file with test/report/golden/<example>/<lang>/. They change only deliberately:
 * `UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts` rewrites them, and the diff is reviewed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { languages } from "../../src/base/messages/index.js";
import { exampleExists, examples, renderedExample, renderExample, repoRoot } from "./plans.js";

const goldenRoot = join(repoRoot, "test/report/golden");
const update = process.env.UPDATE_GOLDEN === "1";

function readTree(dir: string, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [k, v] of readTree(join(dir, entry.name), rel)) out.set(k, v);
    else out.set(rel, readFileSync(join(dir, entry.name), "utf8"));
  }
  return out;
}

/** Generated code and network rules do not depend on the language: stored once, under en. */
const languageNeutral = (path: string) => /^(iac|kubernetes|network)\//.test(path);

describe.each(examples)("golden plan folder: %s example", (example) => {
  it.skipIf(!exampleExists(example)).each(languages)("matches the golden files in %s", async (lang) => {
    const rendered = await renderedExample(example, lang);
    const stored = lang === "en" ? rendered : new Map([...rendered].filter(([path]) => !languageNeutral(path)));
    const dir = join(goldenRoot, example, lang);
    if (update) {
      rmSync(dir, { recursive: true, force: true });
      for (const [path, content] of stored) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), content);
      }
    }
    const golden = readTree(dir);
    expect(golden.size, `no golden files in ${dir}; run with UPDATE_GOLDEN=1 once and review them`).toBeGreaterThan(0);
    expect([...stored.keys()]).toEqual([...golden.keys()]);
    for (const [path, content] of stored) expect(content, `${example}/${lang}/${path}`).toBe(golden.get(path));
    if (lang !== "en") {
      const english = await renderedExample(example, "en");
      const neutral = [...rendered.keys()].filter(languageNeutral);
      expect(neutral.length).toBeGreaterThan(0);
      for (const path of neutral) expect(rendered.get(path), `${example}/${lang}/${path} differs from en`).toBe(english.get(path));
    }
  });

  it.skipIf(!exampleExists(example))("renders byte-identical files twice in a row", async () => {
    const first = await renderExample(example, "en");
    const second = await renderExample(example, "en");
    expect([...second]).toEqual([...first]);
  });
});
