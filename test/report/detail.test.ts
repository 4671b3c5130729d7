import { describe, expect, it } from "vitest";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { buildPlan } from "../../src/plan/build.js";
import { planFindings } from "../../src/plan/findings.js";
import { csvField, csvOf, DETAIL_FILES, HTML_ROWS_SHOWN } from "../../src/report/detail.js";
import { DIAGRAM_VMS_DRAWN } from "../../src/report/diagram-limits.js";
import { Formatter } from "../../src/report/format.js";
import { buildView } from "../../src/report/view.js";
import { renderPlan } from "../../src/report/render.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { examplePlan, exampleExists, examples } from "./plans.js";

/** RFC 4180 records, quoted fields with commas, quotes and line breaks included. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("CSV fields", () => {
  it("quotes what needs quoting and keeps formulas from spreadsheets", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1")).toBe("'-1");
    expect(csvField(-1.5)).toBe("-1.5");
    expect(csvField(null)).toBe("");
    expect(csvField(true)).toBe("true");
    expect(csvField({ value: 2.5, unit: "GiB", formula: "f" })).toBe("2.5");
    expect(parseCsv(csvOf([{ a: "x,y", b: 'q"' }], ["a", "b"]))).toEqual([
      ["a", "b"],
      ["x,y", 'q"'],
    ]);
  });
});

describe("report.html of a large tenant", () => {
  it("keeps the first rows of each long table and puts every row in a CSV file beside it", () => {
    const parsed = parseTenant(serializeTenant(generateTenant({ vms: 400, seed: 20240601 })), "tenant.yaml");
    if (!parsed.ok) throw new Error("the generated tenant does not validate");
    const plan = buildPlan(parsed.tenant, PLAN_TEMPLATES, parsed.findings);
    const files = renderPlan(plan, { lang: "en" });
    const html = files.get("report.html")!;
    const backupSection = html.slice(html.indexOf('data-section="backup"'), html.indexOf('data-section="configuration"'));
    const perVmTable = backupSection.slice(backupSection.indexOf("<h3>Plan per VM</h3>"), backupSection.indexOf('<p class="detail">'));
    expect(perVmTable.match(/<tr><td><code>/g)).toHaveLength(HTML_ROWS_SHOWN);
    expect(html).toContain(`The first 200 of 400 rows are shown here; every row is in <a href="${DETAIL_FILES.backup}">`);

    const backup = parseCsv(files.get(DETAIL_FILES.backup)!);
    expect(backup[0]!.slice(0, 3)).toEqual(["vm", "tier", "method"]);
    expect(backup.slice(1).map((r) => r[0])).toEqual(plan.backup.vms.map((v) => v.qualifiedName));
    const bcdr = parseCsv(files.get(DETAIL_FILES.bcdr)!);
    expect(bcdr).toHaveLength(plan.bcdr.vms.length + 1);
    const findings = planFindings(plan);
    if (Math.max(...(["error", "warning", "info"] as const).map((s) => findings.filter((f) => f.finding.severity === s).length)) > HTML_ROWS_SHOWN) {
      expect(parseCsv(files.get(DETAIL_FILES.findings)!)).toHaveLength(findings.length + 1);
    }
    // The Markdown keeps every row.
    expect(
      files
        .get("backup.md")!
        .split("\n")
        .filter((l) => l.startsWith("| `rg-")).length,
    ).toBeGreaterThanOrEqual(400);
  }, 120_000);

  it("draws the timeline per tier and the failover diagram per group above 300 VMs", () => {
    const parsed = parseTenant(serializeTenant(generateTenant({ vms: 400, seed: 20240601 })), "tenant.yaml");
    if (!parsed.ok) throw new Error("the generated tenant does not validate");
    const plan = buildPlan(parsed.tenant, PLAN_TEMPLATES, parsed.findings);
    expect(plan.backup.vms.filter((v) => v.schedule !== null).length).toBeGreaterThan(DIAGRAM_VMS_DRAWN);
    const view = buildView(plan, new Formatter("en"), {});
    const tiers = new Set(plan.backup.vms.filter((v) => v.schedule !== null).map((v) => v.tier));
    const bars = view.backup.timeline.markup.match(/<title>[^<]*: \d[\d,]* VMs( late)?<\/title>/g) ?? [];
    expect(bars.length).toBeGreaterThanOrEqual(tiers.size);
    expect(bars.length).toBeLessThanOrEqual(2 * tiers.size);
    expect((view.backup.timeline.markup.match(/<rect/g) ?? []).length).toBeLessThan(200);
    const groups = plan.bcdr.runbook.groups;
    const counted = [...view.bcdr.diagram.markup.matchAll(/<title>([\d,]+) VMs<\/title>/g)].map((m) => Number(m[1]!.replace(/,/g, "")));
    expect(counted).toEqual(groups.map((g) => g.vms.length));
  }, 120_000);

  it.each(examples.filter(exampleExists))("leaves the %s example whole: no table is cut, no CSV file", async (example) => {
    const files = renderPlan(await examplePlan(example), { lang: "en" });
    for (const file of Object.values(DETAIL_FILES)) expect(files.has(file)).toBe(false);
    expect(files.get("report.html")).not.toContain('<p class="detail">');
  });
});
