/**
 * Beside the golden files (golden.test.ts, byte for byte): what matters in the plan documents, asserted on
 * its own so that a golden update cannot silently carry a wrong figure or a broken document. Figures come
 * from the tenant file read here with js-yaml (not through the planner), worked out by hand for the small
 * example, or from the plan model where only the planner can know them (the document must then agree with
 * the model and with plan.yaml). Every file is checked for unrendered placeholders and the sections each
 * document must have.
 */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { expandPlanDocument } from "../../src/report/plan-document.js";
import { describe, expect, it } from "vitest";
import { languages, type Lang } from "../../src/base/messages/index.js";
import { REPORT_SECTIONS } from "../../src/report/view.js";
import { exampleExists, examplePath, examplePlan, examples, renderedExample, repoRoot, type ExampleName } from "./plans.js";

/** The Markdown documents of every plan folder, and the headings each must carry (English). */
const EN_HEADINGS: Record<string, string[]> = {
  "README.md": ["## At a glance", "## RPO and RTO per tier", "## Principal risks and gaps", "## Documents", "## What is protected"],
  "backup.md": ["## The numbers that matter", "## Backup methods", "## Plan per VM", "## Backup windows and the WAN"],
  "bcdr.md": ["## DR methods", "## RPO and RTO per tier", "## Plan per VM", "## Replication bandwidth", "## Failover order", "## Failover runbook"],
  "configuration.md": ["## What was generated", "## Deployment order", "## Generated files", "## How to rebuild"],
  "contrast.md": ["## Two processes", "## For the tenant", "## Per VM"],
  "gaps.md": [],
};

/** What a template or a formatter leaves when a value is missing. */
const UNRENDERED = /\{\{|\}\}|\bundefined\b|\bNaN\b|\bInfinity\b|\[object Object\]/;

/** English grouping, at most `digits` decimals: how the documents print GiB (src/report/format.ts). */
const en = (value: number, digits = 1) => new Intl.NumberFormat("en-US", { maximumFractionDigits: digits }).format(value);
/** A size as the documents print it (the rule of src/report/format.ts): GiB below 10,240 GiB, TiB (1,024 GiB) from there. */
const size = (gib: number) => (gib >= 10_240 ? `${en(gib / 1024)} TiB` : `${en(gib, gib < 10 ? 2 : 1)} GiB`);

interface RawVm {
  osType: string;
  tier?: string;
  backup?: { exclude?: boolean };
  disks: Array<{ sizeGiB: number; usedGiB?: number }>;
}
interface RawTenant {
  subscriptions: Array<{ resourceGroups: Array<{ virtualMachines?: RawVm[] }> }>;
  protection: {
    defaultTier: string;
    tiers: Array<{ name: string; rpoHours: number; rtoHours: number }>;
    target: { wanBandwidthMbps: number; wanEfficiency?: number };
    drSite: { kind: string; name: string };
  };
}

/** The tenant file as written, read without the planner. */
function rawTenant(example: ExampleName): RawTenant {
  return yaml.load(readFileSync(`${repoRoot}${examplePath(example)}`, "utf8")) as RawTenant;
}

const rawVms = (t: RawTenant) => t.subscriptions.flatMap((s) => s.resourceGroups.flatMap((g) => g.virtualMachines ?? []));

/** The rows of the Markdown table under `heading`, as arrays of trimmed cells (header and rule dropped). */
function tableUnder(markdown: string, heading: string): string[][] {
  const start = markdown.indexOf(`\n${heading}\n`);
  expect(start, `no "${heading}"`).toBeGreaterThanOrEqual(0);
  const lines = markdown.slice(start + heading.length + 2).split("\n");
  const first = lines.findIndex((l) => l.startsWith("|"));
  const rows: string[][] = [];
  for (let i = first; i < lines.length && lines[i]!.startsWith("|"); i++)
    rows.push(
      lines[i]!.slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
  return rows.slice(2);
}

const cases = examples.filter(exampleExists).flatMap((example) => languages.map((lang) => [example, lang] as [ExampleName, Lang]));

describe.each(cases)("plan documents of the %s example in %s", (example, lang) => {
  it("have no unrendered placeholder in any file", async () => {
    const files = await renderedExample(example, lang);
    expect(files.size).toBeGreaterThan(10);
    for (const [path, content] of files) {
      if (path === "plan.yaml") continue; // YAML carries null for "no value" by design; checked against the model below
      expect(content, path).not.toMatch(UNRENDERED);
      expect(content.trim().length, `${path} is empty`).toBeGreaterThan(0);
    }
  });

  it("have every document, each with its sections, and the HTML report with every section", async () => {
    const files = await renderedExample(example, lang);
    for (const doc of [...Object.keys(EN_HEADINGS), "report.html", "plan.yaml"]) expect(files.has(doc), doc).toBe(true);
    const english = await renderedExample(example, "en");
    for (const [doc, headings] of Object.entries(EN_HEADINGS)) {
      const text = files.get(doc)!;
      expect(text.startsWith("# "), `${doc} has a title`).toBe(true);
      if (lang === "en") for (const h of headings) expect(text.split("\n"), `${doc}: ${h}`).toContain(h);
      // Another language has the same outline: as many headings of each level as English.
      const outline = (md: string) =>
        md
          .split("\n")
          .filter((l) => /^#{1,3} /.test(l))
          .map((l) => l.split(" ")[0]);
      expect(outline(text), `${doc} outline`).toEqual(outline(english.get(doc)!));
    }
    const html = files.get("report.html")!;
    for (const section of REPORT_SECTIONS) expect(html, section).toContain(`data-section="${section}"`);
    expect(html).toContain(`<html lang="${lang}"`);
  });

  it("agree with the tenant file: tiers and their targets, VM counts, disks, DR site and usable bandwidth", async () => {
    const files = await renderedExample(example, lang);
    const raw = rawTenant(example);
    const vms = rawVms(raw);
    const readme = files.get("README.md")!;
    // Tier table: for each tier that has VMs, its VM count (a VM without a tier takes the default) and targets.
    const tierRows = tableUnder(readme, lang === "en" ? "## RPO and RTO per tier" : readme.split("\n").filter((l) => l.startsWith("## "))[1]!);
    const expected = raw.protection.tiers
      .map((t) => [t.name, vms.filter((v) => (v.tier ?? raw.protection.defaultTier) === t.name).length] as const)
      .filter(([, n]) => n > 0);
    expect(tierRows.map((r) => [r[0], Number(r[1])])).toEqual(expected);
    // The DR site and the usable WAN bandwidth (bandwidth × efficiency; 0.8 when the file gives none, docs/formulas.md).
    expect(readme).toContain(`\`${raw.protection.drSite.name}\``);
    const usable = raw.protection.target.wanBandwidthMbps * (raw.protection.target.wanEfficiency ?? 0.8);
    expect(readme).toMatch(new RegExp(`\\b${en(usable)} Mbit/s|\\b${en(usable)} Mbps`));
    // Disk totals: summed here from the file.
    const disks = vms.flatMap((v) => v.disks);
    const provisioned = disks.reduce((s, d) => s + d.sizeGiB, 0);
    const used = disks.reduce((s, d) => s + (d.usedGiB ?? d.sizeGiB / 2), 0);
    expect(readme).toContain(size(used));
    expect(readme).toContain(size(provisioned));
  });

  it("print the plan model's figures, and plan.yaml is the plan model", async () => {
    const files = await renderedExample(example, lang);
    const plan = await examplePlan(example);
    // plan.yaml (format 2) carries the model's figures; expanded, its rows are the model's rows (its texts are in English, so the numeric parts are compared).
    const parsed = expandPlanDocument(yaml.load(files.get("plan.yaml")!) as Record<string, unknown>);
    const backup = parsed.backup as { totals: unknown; vms: Array<{ qualifiedName: string; fullGiB: unknown; targetStorageGiB: unknown }> };
    expect(backup.totals).toEqual(JSON.parse(JSON.stringify(plan.backup.totals)));
    expect(backup.vms.map((v) => [v.qualifiedName, v.fullGiB, v.targetStorageGiB])).toEqual(
      JSON.parse(JSON.stringify(plan.backup.vms.map((v) => [v.qualifiedName, v.fullGiB, v.targetStorageGiB]))),
    );
    expect(parsed.inventory).toEqual(JSON.parse(JSON.stringify(plan.inventory)));
    // Per-VM sizes in backup.md: every protected VM's row carries its full size from the model.
    const backupMd = files.get("backup.md")!;
    for (const v of plan.backup.vms.filter((x) => x.protected)) {
      const row = backupMd.split("\n").find((l) => l.startsWith("|") && l.includes(v.qualifiedName));
      expect(row, v.qualifiedName).toBeTypeOf("string");
      expect(row!, v.qualifiedName).toContain(en(v.fullGiB.value));
    }
  });
});

describe.skipIf(!exampleExists("small"))("the small example's summary, worked out by hand", () => {
  // examples/small/tenant.yaml: 7 VMs (dc01, dc02 and sql01 gold; web01, web02, app01 and fs01 silver), none
  // excluded, 6 Windows and 1 Linux, 16 disks; target a Recovery Services vault in japaneast at 200 Mbit/s,
  // so 200 × 0.8 = 160 Mbit/s usable; DR site the public Azure region japaneast.
  const figures = {
    en: [
      "| VMs backed up | 7 of 7 |",
      "| gold | 3 | 12 h | 8 h |",
      "| silver | 4 | 24 h | 24 h |",
      "on 160 Mbit/s usable",
      "public Azure region `japaneast`",
      "| Virtual machines | 7 (6 Windows, 1 Linux) |",
      "| Managed disks | 16 |",
    ],
    ja: ["7 台中 7 台", "| gold | 3 | 12 時間 | 8 時間 |", "| silver | 4 | 24 時間 | 24 時間 |", "160 Mbps", "`japaneast`"],
  } as const;

  it.each(languages)("README.md (%s) shows the hand-worked figures", async (lang) => {
    const readme = (await renderedExample("small", lang)).get("README.md")!;
    for (const figure of figures[lang as keyof typeof figures] ?? []) expect(readme).toContain(figure);
  });

  it("README.md shows the storage, daily transfer and seeding the plan model computed, in its units", async () => {
    const plan = await examplePlan("small");
    const readme = (await renderedExample("small", "en")).get("README.md")!;
    const b = plan.backup;
    // The daily transfer is the VMs' and resources' daily incrementals, summed here from the per-item figures.
    const daily =
      b.vms.filter((v) => v.protected).reduce((s, v) => s + v.dailyIncrementalGiB.value, 0) +
      b.resources.filter((r) => r.protected).reduce((s, r) => s + r.dailyIncrementalGiB.value, 0);
    expect(b.transfer.dailyTransferGiB.value).toBeCloseTo(daily, 1);
    expect(readme).toContain(`| Data over the WAN per day | ${en(b.transfer.dailyTransferGiB.value)} GiB on 160 Mbit/s usable |`);
    expect(readme).toContain(`| Storage at the target with full retention | ${en(b.totals.targetStorageGiB.value)} GiB |`);
    expect(readme).toContain(`| Initial seeding over the WAN | ${en(b.transfer.totalSeedingHours.value)} h |`);
  });
});
