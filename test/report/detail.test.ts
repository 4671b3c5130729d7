import { describe, expect, it } from "vitest";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { buildPlan } from "../../src/plan/build.js";
import { planFindings } from "../../src/plan/findings.js";
import { csvField, csvOf, DETAIL_FILES, ROWS_SHOWN } from "../../src/report/detail.js";
import { DIAGRAM_VMS_DRAWN } from "../../src/report/diagram-limits.js";
import { Formatter } from "../../src/report/format.js";
import { scriptJson } from "../../src/report/escape.js";
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

describe("JSON inside a script element", () => {
  it("keeps a name from closing the element or opening a comment, and reads back the same", () => {
    const names = ["</script><script>alert(1)</script>", "<!-- x", "a & b > c", "\u2028\u2029", "日本語"];
    const text = scriptJson({ names });
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual({ names });
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
    expect(perVmTable.match(/<tr><td><code>/g)).toHaveLength(ROWS_SHOWN);
    expect(html).toContain(`The first 200 of 400 rows are shown here; every row is in <a href="${DETAIL_FILES.backup}">`);

    const backup = parseCsv(files.get(DETAIL_FILES.backup)!);
    expect(backup[0]!.slice(0, 3)).toEqual(["vm", "tier", "method"]);
    expect(backup.slice(1).map((r) => r[0])).toEqual(plan.backup.vms.map((v) => v.qualifiedName));
    const bcdr = parseCsv(files.get(DETAIL_FILES.bcdr)!);
    expect(bcdr).toHaveLength(plan.bcdr.vms.length + 1);
    const findings = planFindings(plan);
    if (Math.max(...(["error", "warning", "info"] as const).map((s) => findings.filter((f) => f.finding.severity === s).length)) > ROWS_SHOWN) {
      expect(parseCsv(files.get(DETAIL_FILES.findings)!)).toHaveLength(findings.length + 1);
    }
    const contrast = parseCsv(files.get(DETAIL_FILES.contrast)!);
    expect(contrast[0]).toEqual([
      "vm",
      "tier",
      "azurePolicy",
      "stackMethod",
      "azureRpoHours",
      "stackRpoHours",
      "azureNicGiBPerDay",
      "stackNicGiBPerDay",
      "stackConsistency",
    ]);
    expect(contrast.slice(1).map((r) => r[0])).toEqual(plan.contrast.vms.map((v) => v.vm));

    // The Markdown keeps the first rows, an aggregate of every row, and links the CSV file.
    const backupMd = files.get("backup.md")!;
    const perVm = backupMd.slice(backupMd.indexOf("## Plan per VM"), backupMd.indexOf("### Why"));
    expect(perVm.split("\n").filter((l) => l.startsWith("| `rg-")).length).toBe(ROWS_SHOWN);
    expect(perVm).toContain(`every row is in [${DETAIL_FILES.backup}](${DETAIL_FILES.backup}).`);
    const tierRows = perVm
      .split("\n")
      .filter((l) => /^\| [^`|]+ \| [\d,]+ \| [\d,]+ \|/.test(l))
      .map((l) => Number(l.split("|")[2]!.trim().replace(/,/g, "")));
    expect(tierRows.reduce((a, b) => a + b, 0)).toBe(plan.backup.vms.length);
    const contrastMd = files.get("contrast.md")!;
    expect(contrastMd).toContain(`[${DETAIL_FILES.contrast}](${DETAIL_FILES.contrast})`);
    const bcdrMd = files.get("bcdr.md")!;
    expect(bcdrMd).toContain(`[${DETAIL_FILES.bcdr}](${DETAIL_FILES.bcdr})`);
    // A failover group of more than ROWS_SHOWN VMs lists its first ROWS_SHOWN and says how many more.
    const longest = Math.max(...plan.bcdr.runbook.groups.map((g) => g.vms.length));
    expect(longest).toBeGreaterThan(ROWS_SHOWN);
    const order = bcdrMd.slice(bcdrMd.indexOf("## Failover order"), bcdrMd.indexOf("## Failover runbook"));
    const listed = order.split("\n").filter((l) => l.startsWith("1. "));
    expect(listed).toHaveLength(plan.bcdr.runbook.groups.length);
    for (const line of listed) expect(line.split(", ").length).toBeLessThanOrEqual(ROWS_SHOWN);
    expect(order).toContain(` and ${longest - ROWS_SHOWN} more (every VM is in ${DETAIL_FILES.bcdr})`);
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
    expect(files.get("report.html")).not.toContain("data-pager");
    for (const [path, text] of files) for (const csv of Object.values(DETAIL_FILES)) expect(text, path).not.toContain(csv);
  });
});
