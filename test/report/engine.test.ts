/** The Handlebars engine: strict about missing fields, explicit about escaping, and its templates complete. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogueOf } from "../../src/base/messages/index.js";
import { loadTemplates, templateFolder } from "../../src/base/template-files.js";
import { createEngine } from "../../src/report/engine.js";
import { Formatter } from "../../src/report/format.js";
import { renderPlan } from "../../src/report/render.js";
import { Svg } from "../../src/report/svg/svg.js";
import { examplePlan } from "./plans.js";

const engine = createEngine(loadTemplates("report"));
const fmt = new Formatter("en");
const en: Record<string, string> = catalogueOf("en");
const ja: Record<string, string> = catalogueOf("ja");

function templateFiles(): Array<{ file: string; source: string }> {
  const dir = templateFolder("report");
  const files = readdirSync(dir).filter((f) => f.endsWith(".hbs"));
  const partials = readdirSync(join(dir, "partials")).map((f) => `partials/${f}`);
  return [...files, ...partials].map((file) => ({ file, source: readFileSync(join(dir, file), "utf8") }));
}

describe("strict rendering", () => {
  it("fails on a field the view lacks", () => {
    expect(() => engine.renderSource("{{tenant.nmae}}", "md", { tenant: { name: "x" } }, fmt)).toThrow(/"nmae" not defined/);
  });

  it("fails on a missing value given to a helper or a block", () => {
    expect(() => engine.renderSource("{{size plan.usedGiB}}", "md", { plan: {} }, fmt)).toThrow(/helper "size" got a missing value/);
    expect(() => engine.renderSource("{{md tenant.nmae}}", "md", { tenant: {} }, fmt)).toThrow(/helper "md"/);
    expect(() => engine.renderSource("{{#if tenant.nmae}}x{{/if}}", "md", { tenant: {} }, fmt)).toThrow(/#if/);
    expect(() => engine.renderSource("{{#each vms}}x{{/each}}", "md", {}, fmt)).toThrow(/#each/);
    expect(() => engine.renderSource('{{t "readme.title"}}', "md", {}, fmt)).toThrow(/needs a value for \{tenant\}/);
    expect(() => engine.renderSource('{{t "no.such.key"}}', "md", {}, fmt)).toThrow(/"no\.such\.key" is not in the catalogue/);
  });

  it("renders null as a dash and a plan quantity as its value", () => {
    expect(engine.renderSource("{{hours x}} {{size q}}", "md", { x: null, q: { value: 12.5, unit: "GiB", formula: "f" } }, fmt)).toBe("— 12.5 GiB");
  });

  it("fails the whole plan render when a template asks for a field the model lacks", async () => {
    const plan = structuredClone(await examplePlan("small"));
    delete (plan.backup.transfer as Partial<typeof plan.backup.transfer>).totalSeedingHours;
    expect(() => renderPlan(plan, { lang: "en" })).toThrow(/template .*: helper "hours" got a missing value/);
  });
});

describe("escaping per template kind", () => {
  const hostile = { name: "<img src=x onerror=alert(1)> *bold* | pipe" };
  it("HTML templates escape every value", () => {
    const html = engine.renderSource("<p>{{name}}</p>", "html", hostile, fmt);
    expect(html).toBe("<p>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; *bold* | pipe</p>");
  });
  it("Markdown templates escape through helpers, not HTML entities", () => {
    expect(engine.renderSource("{{md name}}", "md", hostile, fmt)).toBe("\\<img src=x onerror=alert(1)\\> \\*bold\\* \\| pipe");
  });
  it("inserts raw markup only for diagrams built by src/report/svg", () => {
    expect(engine.renderSource("{{svg d}}", "html", { d: new Svg("<svg></svg>") }, fmt)).toBe("<svg></svg>");
    expect(() => engine.renderSource("{{svg d}}", "html", { d: "<script>x</script>" }, fmt)).toThrow(/only diagrams/);
  });
  it("no template uses triple-stash or other raw output", () => {
    for (const { file, source } of templateFiles()) {
      expect(source, file).not.toMatch(/\{\{\{|\{\{&/);
    }
  });
});

describe("message catalogues", () => {
  it("hold every key a template names literally", () => {
    let names = 0;
    for (const { file, source } of templateFiles()) {
      for (const m of source.matchAll(/\{\{\s*t\s+"([^"]+)"/g)) {
        names += 1;
        expect(en[m[1]!], `${file}: ${m[1]}`).toBeDefined();
      }
    }
    expect(names).toBeGreaterThan(50);
  });

  it("Japanese text is Japanese: every sentence-like ja message differs from its en one", () => {
    const same = Object.entries(en)
      .filter(([key, text]) => text.length > 20 && ja[key] === text)
      .map(([key]) => key);
    expect(same).toEqual([]);
  });
});

describe("formatting per language", () => {
  it("groups digits and names units for en and ja", () => {
    const enFmt = new Formatter("en");
    const jaFmt = new Formatter("ja");
    expect(enFmt.size(1234.56)).toBe("1,234.6 GiB");
    expect(jaFmt.size(1234.56)).toBe("1,234.6 GiB");
    expect(enFmt.size(12345.67)).toBe("12.1 TiB");
    expect(enFmt.mbps(1000)).toBe("1,000 Mbit/s");
    expect(jaFmt.mbps(1000)).toBe("1,000 Mbps");
    expect(enFmt.hours(0.5)).toBe("30 min");
    expect(jaFmt.hours(0.5)).toBe("30 分");
    expect(jaFmt.hours(8.25)).toBe("8.3 時間");
    expect(jaFmt.hours(72)).toBe("3 日");
    expect(jaFmt.percent(85)).toBe("85%");
    expect(enFmt.date(new Date(Date.UTC(2026, 10, 22, 1, 5)))).toBe("November 22, 2026 at 01:05");
    expect(jaFmt.date(new Date(Date.UTC(2026, 10, 22, 1, 5)))).toBe("2026年11月22日 1:05");
  });
});
