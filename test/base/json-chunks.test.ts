import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks } from "../../src/base/json-chunks.js";
import { loadTemplates } from "../../src/base/template-files.js";
import { parseTenant } from "../../src/inventory/load.js";
import { buildPlan } from "../../src/plan/build.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { generateTenant } from "../../src/synthetic/generate.js";

const joined = (value: unknown, chunk?: number) => [...jsonChunks(value, chunk)].join("");
const stringified = (value: unknown) => {
  const text = JSON.stringify(value, null, 2);
  return text === undefined ? "" : `${text}\n`;
};

describe("jsonChunks", () => {
  it("writes what JSON.stringify(value, null, 2) writes, for the awkward cases", () => {
    const awkward: unknown[] = [
      {},
      [],
      { a: undefined, b: () => 1, c: Symbol("s"), d: 1 },
      [undefined, () => 1, Symbol("s"), Number.NaN, Number.POSITIVE_INFINITY, -0],
      { when: new Date(Date.UTC(2026, 0, 2)), nested: { toJSON: (key: string) => `key ${key}` } },
      [new Number(3), new String("x"), new Boolean(false)],
      { "\u2028": '\u0000\ud800"\\', "": [[], {}, [{}]] },
      "top-level string",
      42,
      null,
    ];
    for (const value of awkward) expect(joined(value, 8)).toBe(stringified(value));
    expect(joined(undefined)).toBe("");
  });

  it("matches JSON.stringify on random values, whatever the chunk size", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 200 }), (value, chunk) => joined(value, chunk) === stringified(value)),
      { numRuns: 400 },
    );
  });

  it("matches JSON.stringify on the plan model of a generated 300-VM tenant, in chunks of bounded size", () => {
    const parsed = parseTenant(serializeTenant(generateTenant({ vms: 300, seed: 7 })), "gen.yaml");
    if (!parsed.ok) throw new Error("generated tenant does not validate");
    const plan = buildPlan(parsed.tenant, { iac: loadTemplates("iac") }, parsed.findings);
    const chunks = [...jsonChunks(plan)];
    expect(chunks.length).toBeGreaterThan(10);
    expect(chunks.join("")).toBe(stringified(plan));
  });
});
