/**
 * The report of a generated 10,000-VM tenant in a real browser (Debian's chromium through playwright-core): the
 * page loads from a file:// URL, and every section and every diagram is there and laid out with a size. How long
 * it takes is measured by `npm run bench` (scripts/bench-bounds.ts), never here.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { buildPlan } from "../../src/plan/build.js";
import { planFileText, planFiles } from "../../src/report/render.js";
import { REPORT_DIAGRAMS, REPORT_SECTIONS } from "../../src/report/view.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`large-report browser test skipped: ${CHROMIUM} is absent (apt-get install chromium)`);
/** Building, rendering and loading 10,000 VMs on a loaded 2-core machine: minutes, not seconds. */
const LARGE_MS = 900_000;

describe.skipIf(!haveChromium)("report.html of 10,000 VMs in headless chromium", () => {
  it("shows every section and every diagram", { timeout: LARGE_MS }, async () => {
    const parsed = parseTenant(serializeTenant(generateTenant({ vms: 10_000, seed: 20240601 })), "tenant.yaml");
    if (!parsed.ok) throw new Error("the generated tenant does not validate");
    const plan = buildPlan(parsed.tenant, PLAN_TEMPLATES, parsed.findings);
    const report = planFiles(plan, { lang: "en" }).find((file) => file.path === "report.html")!;
    const dir = mkdtempSync(join(tmpdir(), "azs-report-large-"));
    const file = join(dir, "report.html");
    writeFileSync(file, planFileText(report));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: LARGE_MS,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      page.setDefaultTimeout(LARGE_MS);
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
      await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: LARGE_MS });
      for (const section of REPORT_SECTIONS) {
        const box = await page.locator(`section[data-section="${section}"]`).boundingBox();
        expect(box, `section ${section}`).not.toBeNull();
        expect(box!.width * box!.height, `section ${section} size`).toBeGreaterThan(0);
      }
      for (const diagram of REPORT_DIAGRAMS) {
        const locator = page.locator(`svg[data-diagram="${diagram}"]`);
        expect(await locator.count(), `diagram ${diagram}`).toBe(1);
        const box = await locator.boundingBox();
        expect(box, `diagram ${diagram}`).not.toBeNull();
        expect(box!.width * box!.height, `diagram ${diagram} size`).toBeGreaterThan(0);
      }
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
