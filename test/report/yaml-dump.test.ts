/** dumpYaml must give exactly what js-yaml's dump gives with plan.yaml's options (src/report/yaml-dump.ts). */
import fc from "fast-check";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build.js";
import { documentModel } from "../../src/report/render.js";
import { dumpYaml } from "../../src/report/yaml-dump.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { examplePlan, exampleExists, examples } from "./plans.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

const jsYaml = (value: unknown) => yaml.dump(value, { noRefs: true, lineWidth: -1, sortKeys: false, skipInvalid: true });

/** Strings that exercise every style: indicators, implicit types, quotes, line breaks, control and astral characters. */
const tricky = [
  "",
  " ",
  "a",
  "-",
  "- a",
  "-a",
  "?",
  ":",
  "a:",
  "a: b",
  "a:b",
  "a #b",
  "a#b",
  "#a",
  "&a",
  "*a",
  "!a",
  "|",
  ">",
  "'",
  '"',
  "%",
  "@",
  "`",
  "yes",
  "No",
  "on",
  "OFF",
  "y",
  "n",
  "true",
  "False",
  "null",
  "~",
  "NULL",
  "1",
  "-1",
  "1.5",
  "1e3",
  ".inf",
  "-.inf",
  ".nan",
  "0x1F",
  "0o17",
  "1_000",
  "12:30",
  "1:20:30.5",
  "2024-06-01",
  "2024-06-01T10:00:00Z",
  "<<",
  "a\nb",
  "a\n",
  "a\n\n",
  "\n",
  "\na",
  " a\nb",
  "  lead",
  "trail ",
  "tab\there",
  "a\tb\n",
  "bell\u0007",
  "del\u007f",
  "nbsp\u00a0x",
  "\u2028",
  "\ufeffbom",
  // astral characters whose low 16 bits are an indicator (U+1003A ends in 0x3A, ":")
  "\u{1003A}",
  "\u{1002D}x",
  "a\u{10023}",
  "emoji 😀",
  "日本語のテキスト",
  "「引用」",
  "a, b",
  "[a]",
  "{a}",
  "a,b",
  "C:\\path",
  "it's",
  'say "hi"',
  "x".repeat(1100),
  "abcdef",
  "abcdef ",
  "abcdef:",
  "abc: def",
  "abc #def",
  "abc#def",
  "Hello, world (x) [y] {z} |a| >b< @c `d` ~e",
  "falsehood",
  "nullable",
];

describe("dumpYaml", () => {
  it("renders each tricky string, as a value, a key and a list item, as js-yaml does", () => {
    for (const s of tricky) {
      for (const value of [s, { [s]: s }, [s, [s]], { list: [s, { [s]: [s] }] }, { deep: { deeper: { s } } }]) {
        expect(dumpYaml(value), JSON.stringify(value).slice(0, 80)).toBe(jsYaml(value));
      }
    }
  });

  it("renders numbers, booleans, null, undefined, empty containers and skipped values as js-yaml does", () => {
    const value = {
      n: [0, -0, 1, -7, 1.5, -2.25, 1e21, 1e-7, 123456789012, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.1 + 0.2],
      b: [true, false],
      z: null,
      u: undefined,
      f: () => 1,
      list: [undefined, null, () => 1, {}, []],
      empty: {},
      none: [],
      onlyUndefined: { a: undefined },
      nested: [[1, [2, [3]]], [{ a: [] }], [[{}]]],
      date: "2024-06-01",
    };
    expect(dumpYaml(value)).toBe(jsYaml(value));
    expect(dumpYaml(undefined)).toBe(jsYaml(undefined));
    expect(dumpYaml("top")).toBe(jsYaml("top"));
  });

  it("hands values it does not model (a Date, a Map) to js-yaml", () => {
    const value = { at: new Date(Date.UTC(2024, 5, 1)), map: new Map([["a", 1]]), s: "x" };
    expect(dumpYaml(value)).toBe(jsYaml(value));
  });

  it("agrees with js-yaml on random JSON-like values", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom(...tricky),
      fc.string({ unit: fc.constantFrom("a", " ", "\n", ":", "#", "-", "'", '"', "\t", "1", ".") }),
      fc.string({ unit: "binary-ascii", minLength: 6 }),
    );
    const leaf = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node"), { maxLength: 4 }), fc.dictionary(text, tie("node"), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(tree, (value) => dumpYaml(value) === jsYaml(value)),
      { numRuns: 400 },
    );
  });

  it("agrees with js-yaml on a generated 300-VM plan's model", () => {
    const plan = buildPlan(generateTenant({ vms: 300, seed: 7 }), PLAN_TEMPLATES);
    const model = documentModel(plan);
    expect(dumpYaml(model)).toBe(jsYaml(model));
  });

  for (const name of examples) {
    it.skipIf(!exampleExists(name))(`agrees with js-yaml on the ${name} example's plan model`, async () => {
      const model = documentModel(await examplePlan(name));
      expect(dumpYaml(model)).toBe(jsYaml(model));
    });
  }
});
