/**
 * plan.yaml and --json, format 2 (src/report/plan-document.ts): a re-encoding of the plan model, not a deletion.
 * Expanding every reference of the written plan.yaml gives back exactly the model in English in its full shape
 * (every per-VM sentence, quantity and path), for both examples and a generated 1,000-VM tenant; and the rows say
 * what is the same for many VMs once.
 */
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { buildPlan, type Plan } from "../../src/plan/build.js";
import { englishModel } from "../../src/report/localize.js";
import { encodeRows, expandPlanDocument, parsePath, PLAN_FORMAT, PlanDocumentEncoder, ROW_ARRAYS, TextTable } from "../../src/report/plan-document.js";
import { documentModel, documentSections, renderPlan } from "../../src/report/render.js";
import { formatPath } from "../../src/base/path.js";
import { t } from "../../src/base/text.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { examplePlan, exampleExists, examples } from "./plans.js";

function generatedPlan(vms: number): Plan {
  const parsed = parseTenant(serializeTenant(generateTenant({ vms, seed: 1 })), "tenant.yaml");
  if (!parsed.ok) throw new Error("the generated tenant does not validate");
  return buildPlan(parsed.tenant, PLAN_TEMPLATES, parsed.findings);
}

/** The model in the full shape, in English, as plan.yaml held it before format 2 (JSON-like: undefined fields left out). */
const fullEnglishModel = (plan: Plan) => JSON.parse(JSON.stringify(englishModel(documentSections(plan)))) as Record<string, unknown>;

/** Every string of the rows, with the field path it sits at. */
function sentences(value: unknown, path: string, out: Array<[string, string]>): Array<[string, string]> {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => sentences(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) sentences(v, `${path}.${k}`, out);
  return out;
}

const rowsAt = (model: Record<string, unknown>, where: readonly string[]) =>
  where.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], model) as unknown[] | undefined;

function expectLossless(plan: Plan, name: string): void {
  const text = renderPlan(plan, { lang: "en" }).get("plan.yaml")!;
  const document = yaml.load(text) as Record<string, unknown>;
  expect(document.format, name).toBe(PLAN_FORMAT);
  const expanded = expandPlanDocument(document);
  const full = fullEnglishModel(plan);
  // Every per-VM sentence first (a readable failure), then the whole document.
  for (const where of ROW_ARRAYS) {
    const before = sentences(rowsAt(full, where), where.join("."), []);
    const after = new Map(sentences(rowsAt(expanded, where), where.join("."), []));
    for (const [path, sentence] of before) expect(after.get(path), `${name}: ${path}`).toBe(sentence);
  }
  expect(expanded, name).toEqual(full);
  // The same document as --json prints (the CLI streams documentModel).
  expect(document).toEqual(JSON.parse(JSON.stringify(documentModel(plan))));
}

describe("plan.yaml format 2", () => {
  it.each(examples.filter(exampleExists))("expands back into the whole English model of the %s example", async (example) => {
    expectLossless(await examplePlan(example), example);
  });

  it("expands back into the whole English model of a generated 1,000-VM tenant, and says shared text once", () => {
    const plan = generatedPlan(1_000);
    expectLossless(plan, "generated-1000");
    const document = documentModel(plan) as { backup: { vms: Array<Record<string, unknown>> }; texts: string[] };
    // A sentence sits once in the text table, however many VMs it is said of.
    expect(new Set(document.texts).size).toBe(document.texts.length);
    for (const row of document.backup.vms) {
      for (const [path, value] of sentences(row, "row", [])) expect(value.length, `${path}: ${value}`).toBeLessThan(80);
    }
  }, 120_000);
});

describe("row encoding", () => {
  it("keeps a quantity whole where its unit or formula differs from the legend, and bare where it matches", () => {
    const encoder = new PlanDocumentEncoder();
    const q = (value: number, formula: string) => ({ value, unit: "GiB", formula });
    const section = encoder.section("backup", {
      vms: [{ size: q(1, "a") }, { size: q(2, "a") }, { size: q(3, "b") }, { size: null }],
    }) as { vms: Array<Record<string, unknown>> };
    expect(encoder.legend()["backup.vms"]!.quantities).toEqual({ size: { unit: "GiB", formula: "a" } });
    expect(section.vms.map((r) => r.size)).toEqual([1, 2, { value: 3, unit: "GiB", formula: "b" }, null]);
  });

  it("says a field most rows share once, as a default, and leaves out an object that only held defaults", () => {
    const { rows, legend } = encodeRows(
      [
        { vm: "a", side: { azure: "x", stack: 1 }, list: [] },
        { vm: "b", side: { azure: "x", stack: 2 }, list: [] },
        { vm: "c", side: { azure: "x", stack: 1 }, list: ["y"] },
      ],
      new TextTable(),
    );
    expect(legend.defaults).toEqual({ "side.azure": "x", "side.stack": 1, list: [] });
    expect(rows).toEqual([{ vm: "a" }, { vm: "b", side: { stack: 2 } }, { vm: "c", list: ["y"] }]);
  });

  it("writes a catalogue sentence as its template and parameters, and gives the sentence back", () => {
    const encoder = new PlanDocumentEncoder();
    const reason = t("bcdr.reason.no-site-restore", { restore: "0.5 h", rto: "72 h" });
    const rows = [{ vm: "a", reason: reason.en, reasonLocal: reason }];
    const section = encoder.section("bcdr", { vms: rows }) as { vms: Array<Record<string, unknown>> };
    expect(section.vms[0]).toEqual({ vm: "a", reason: { t: 0, p: { restore: "0.5 h", rto: "72 h" } } });
    expect(encoder.texts()[0]).toContain("{restore}");
    const expanded = expandPlanDocument({ format: PLAN_FORMAT, bcdr: section, legend: encoder.legend(), texts: encoder.texts() });
    expect(expanded).toEqual({ bcdr: { vms: [{ vm: "a", reason: reason.en }] } });
  });

  it("writes a field path as one string and reads it back, odd keys included", () => {
    for (const path of [
      ["subscriptions", 0, "resourceGroups", 12, "name"],
      ["tags", "cost-centre", "a b", 'q"uote', 0],
    ]) {
      expect(parsePath(formatPath(path))).toEqual(path);
    }
    expect(() => parsePath("subscriptions[0]..x")).toThrow();
  });

  it("refuses a document of another format", () => {
    expect(() => expandPlanDocument({ format: 1 })).toThrow(/format 1/);
  });
});
