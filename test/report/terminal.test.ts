/**
 * The terminal text of `plan` against the plan folder: every figure the terminal prints (sizes, times,
 * link speeds, percentages, counts with their labels) must be in the documents, in each language, for
 * each bundled example. The terminal and the documents read one set of view models (src/report/view*.ts).
 */
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { languages, type Lang } from "../../src/base/messages/index.js";
import { buildPlan } from "../../src/plan/build.js";
import { renderPlan } from "../../src/report/render.js";
import { planText } from "../../src/report/terminal.js";
import { displayWidth, TextDocument } from "../../src/report/text-layout.js";
import { runCli } from "../helpers/cli.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { parseTenant } from "../../src/inventory/load.js";
import { midsizeExamplePath, tenantFrom, toYaml } from "../helpers/tenant-fixtures.js";
import { exampleExists, examplePath, examplePlaces, examplePlan, examples } from "./plans.js";

const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
/** Units of the catalogue (unit.* in en and ja) and of the planners' sentences. */
const UNITS = ["GiB", "TiB", "Mbit/s", "Mbps", "MB/s", "MB/秒", "min", "h", "days", "%", "分", "時間", "日"];
/** Counts with the word that says what they count. */
const COUNTED = [
  `${NUMBER} of ${NUMBER}`,
  `${NUMBER} VMs`,
  `${NUMBER} disks`,
  `${NUMBER} vCPU`,
  `${NUMBER} 台`,
  `${NUMBER} 個`,
  `${NUMBER} 件`,
  `${NUMBER} 本`,
];
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const FIGURE = new RegExp(String.raw`(?<![\w.,/-])(?:${NUMBER} ?(?:${UNITS.map(escapeRe).join("|")})(?![\w/])|${COUNTED.join("|")})`, "g");

/** The figures of a text: "12.3 h", "1,433 GiB", "7 of 7", "62 台". */
export function figures(text: string): string[] {
  return [...new Set(text.match(FIGURE) ?? [])];
}

/** The documents' text as a reader sees it: Markdown escapes and code marks removed, HTML tags stripped. */
function readable(files: Map<string, string>): string {
  const parts: string[] = [];
  for (const [path, content] of files) {
    if (path.endsWith(".md")) parts.push(content.replace(/\\(.)/g, "$1").replace(/`/g, ""));
    if (path === "report.html") {
      parts.push(
        content
          .replace(/<[^>]*>/g, " ")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&#x27;|&#39;/g, "'")
          .replace(/&amp;/g, "&"),
      );
    }
  }
  return parts.join("\n");
}

const missingFrom = (documents: string, text: string) => figures(text).filter((f) => !documents.includes(f));

describe("figure extraction (the checker below can fail)", () => {
  it("finds sizes, times, speeds, shares and labelled counts in both languages", () => {
    expect(figures("used 1,433 GiB, 12.3 h, 5 min, 160 Mbit/s, 92 %, 7 of 7, 3 VMs")).toEqual([
      "1,433 GiB",
      "12.3 h",
      "5 min",
      "160 Mbit/s",
      "92 %",
      "7 of 7",
      "3 VMs",
    ]);
    expect(figures("12.4 TiB、32.2 時間、29 分、700 Mbps、62 台中 50 台、4 件")).toEqual([
      "12.4 TiB",
      "32.2 時間",
      "29 分",
      "700 Mbps",
      "62 台",
      "50 台",
      "4 件",
    ]);
    // Names that hold digits are not figures.
    expect(figures("vm-12h rg-01 ash-tokyo-01 2020-09-01-hybrid")).toEqual([]);
  });

  it("reports a figure the documents lack", () => {
    expect(missingFrom("storage 1,433 GiB", "storage 1,433 GiB, scratch 67.2 GiB")).toEqual(["67.2 GiB"]);
  });
});

describe.each(examples)("plan text of the %s example", (example) => {
  it.skipIf(!exampleExists(example)).each(languages)("prints in %s only figures that the plan folder holds", async (lang: Lang) => {
    const plan = await examplePlan(example);
    const text = planText(plan, { lang });
    const documents = readable(renderPlan(plan, { lang }));
    const found = figures(text);
    // Enough figures to mean something: every section prints some.
    expect(found.length).toBeGreaterThan(40);
    expect(missingFrom(documents, text)).toEqual([]);
  });
});

describe("Site Recovery components in the terminal and in bcdr.md", () => {
  it("shows stack-to-stack target storage at 1.5 to 2 × the protected disks, the same in both", () => {
    // As in test/bcdr/plan.test.ts: app01 158 GiB + 2 × (127 + 8 × 64) GiB = 1,436 GiB protected (DS2_v2 takes 8 data disks).
    const tenant = tenantFrom((d) => {
      d.stamp.version = "2406";
      d.protection.drSite = { kind: "second-stamp", name: "ash-osaka-01", stampVersion: "2406", wanBandwidthMbps: 1000 };
      for (const tier of d.protection.tiers) tier.requiresDr = true;
      for (const rg of d.subscriptions[0].resourceGroups) {
        for (const vm of rg.virtualMachines ?? []) {
          if (vm.name !== "web01" && vm.name !== "web02") continue;
          vm.disks = [vm.disks[0], ...Array.from({ length: 8 }, (_, i) => ({ name: `${vm.name}-d${i}`, role: "data", sizeGiB: 64, usedGiB: 4 }))];
        }
      }
    });
    const plan = buildPlan(tenant, PLAN_TEMPLATES);
    // Storage factors 1.5 and 2 from the capacity-planning page (S2S-CAPACITY); 31 disks per re-protect batch (S2S-KNOWN).
    const storage = "2,154 GiB to 2,872 GiB (1.5 to 2 × the 1,436 GiB protected)";
    const bcdr = renderPlan(plan, { lang: "en" }).get("bcdr.md")!.replace(/\\(.)/g, "$1");
    expect(bcdr).toContain("### Site Recovery on Azure Stack Hub (stack-to-stack)");
    expect(bcdr).toContain(`| Storage on the target stamp | ${storage} |`);
    expect(bcdr).toMatch(/\| Re-protect batch 1 \(at most 31 disks\) \| (app01|web01|web02)/);
    const text = planText(plan, { lang: "en" });
    expect(text).toMatch(new RegExp(`Storage on the target stamp +${escapeRe(storage)}\\n`));
    expect(text).toMatch(/Compute quota at failover +8 vCPU and 28 GiB for 3 VMs\n/);
    expect(planText(plan, { lang: "ja" })).toContain("2,154 GiB ~ 2,872 GiB(保護対象 1,436 GiB の 1.5 ~ 2 倍)");
  });
});

describe("Azure VM Backup warnings and AKS volumes in the terminal and in contrast.md", () => {
  it.skipIf(!exampleExists("midsize"))("shows the high-CPU warning per VM and a skipped volume with its reason", () => {
    const document = yaml.load(readFileSync(midsizeExamplePath, "utf8")) as any;
    const clusters = document.subscriptions.flatMap((s: any) => s.resourceGroups).flatMap((rg: any) => rg.kubernetesClusters ?? []);
    clusters
      .find((c: any) => c.name === "aks-prod-01")
      .persistentVolumes.push({
        name: "etcd-copy",
        namespace: "kube-system",
        sizeGiB: 8,
        usedGiB: 1,
        storageClass: "default",
        accessMode: "ReadWriteOnce",
      });
    const parsed = parseTenant(toYaml(document), "aks.yaml");
    if (!parsed.ok) throw new Error(parsed.findings.map((f) => f.message).join("; "));
    const plan = buildPlan(parsed.tenant, PLAN_TEMPLATES);
    const contrast = renderPlan(plan, { lang: "en" }).get("contrast.md")!.replace(/\\(.)/g, "$1");
    const text = planText(plan, { lang: "en" });
    // sqlcl01a runs at 92 % peak load in the example; Azure VM Backup delays snapshots above 90 % (troubleshoot).
    expect(contrast).toContain("- `rg-sql/sqlcl01a`: High CPU or memory load: peak load 92 %");
    expect(text).toContain("rg-sql/sqlcl01a: High CPU or memory load: peak load 92 %");
    // kube-system is always skipped by Azure Backup for AKS (aks-matrix): 5 of the 6 volumes remain.
    expect(contrast).toContain("| `etcd-copy` | `kube-system` | 8 GiB | skipped | skipped | namespace kube-system is always skipped (aks-matrix) |");
    expect(contrast).toContain("5 of 6 volumes protected, 5 of them tiered to the vault");
    expect(text).toMatch(/etcd-copy +kube-system +8 GiB +skipped +skipped +namespace kube-system is always skipped \(aks-matrix\)\n/);
    expect(text).toContain("5 of 6 volumes protected, 5 of them tiered to the vault");
  });
});

describe("text layout", () => {
  it("counts a Japanese character as two terminal columns, so tables stay aligned", () => {
    expect(displayWidth("VM")).toBe(2);
    expect(displayWidth("階層")).toBe(4);
    expect(displayWidth("e\u0301")).toBe(1);
    const text = new TextDocument()
      .table(
        {
          header: ["名前", "n"],
          rows: [
            ["ab", "1"],
            ["日本語", "22"],
          ],
          right: [1],
        },
        0,
      )
      .toString();
    const [header, first, second] = text.split("\n");
    expect(header).toBe("名前     n");
    expect(first).toBe("ab       1");
    expect(second).toBe("日本語  22");
  });

  it("colours only through the painter it is given", () => {
    const painted = new TextDocument((style, s) => `<${style}>${s}</${style}>`).heading("T").line("x", "red").toString();
    expect(painted).toBe("<bold>T</bold>\n<red>x</red>\n");
    expect(new TextDocument().heading("T").line("x", "red").toString()).toBe("T\nx\n");
  });
});

describe("the built CLI", () => {
  it.skipIf(!exampleExists("small"))("prints the plan in Japanese with --lang ja: the report's text, nothing of the English", async () => {
    const run = runCli(["plan", examplePath("small"), "--lang", "ja"]);
    expect(run.status, run.stderr).toBe(0);
    // The CLI reads where each named item is: its findings name their resource and line in tenant.yaml.
    const places = await examplePlaces("small");
    expect(run.stdout).toBe(planText(await examplePlan("small"), { lang: "ja", ...(places ? { places } : {}) }));
    expect(run.stdout).toMatch(/\(rg-data\/stcontosoprod01, tenant\.yaml:\d+: subscriptions\[0\]/);
    expect(run.stdout).toMatch(/^スタンプ ash-tokyo-01 上の contoso-tokyo の保護計画\n/);
    for (const heading of ["バックアップ計画", "VM ごとの計画", "BC/DR 計画", "レプリケーションの帯域", "フェールオーバーの順序"])
      expect(run.stdout, heading).toContain(heading);
    for (const english of ["Backup plan", "Plan per VM", "Replication bandwidth", "Failover order", " of 7", " min", " h "])
      expect(run.stdout, english).not.toContain(english);
  });

  it.skipIf(!exampleExists("small"))("prints the simulation and the inventory summary in Japanese with --lang ja", () => {
    const sim = runCli(["simulate", examplePath("small"), "--days", "3", "--lang", "ja"]);
    expect(sim.status, sim.stderr).toBe(0);
    expect(sim.stdout.split("\n")[0]).toMatch(/^contoso-tokyo の 3 日間のシミュレーション.シード 1.$/);
    expect(sim.stdout).toContain("WAN 回線の使用時間の割合 ");
    expect(sim.stdout).not.toContain("Simulation of");
    const validate = runCli(["validate", examplePath("small"), "--lang", "ja"]);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toMatch(/仮想マシン +7 台.Windows 6 台、Linux 1 台.\n/);
  });
});
