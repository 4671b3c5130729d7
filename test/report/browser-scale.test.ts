/**
 * report.html in headless Chromium, where documents must scale and fit: the pager of a generated tenant above
 * ROWS_SHOWN (filter finds a VM beyond the first page, paging reaches the last row, the script draws the same rows
 * the page holds without script, no request leaves the page), and at 1,400 px for the examples and the generated
 * tenant: no two day labels of the storage chart overlap, and no table or diagram runs outside its section.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import type { Plan } from "../../src/plan/build.js";
import { buildPlan } from "../../src/plan/build.js";
import { ROWS_SHOWN } from "../../src/report/detail.js";
import { renderPlan } from "../../src/report/render.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { BROWSER_STEP_MS, E2E_TEST_MS } from "../helpers/timeouts.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { exampleExists, renderExample } from "./plans.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser scale test skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

/** Above ROWS_SHOWN by more than two pages, so that the last page and a VM beyond the first page exist. */
const VMS = 650;

/** Boxes of the elements that must fit: every day label pair apart, every table and diagram inside its section. */
const LAYOUT_PROBLEMS = `(() => {
  const problems = [];
  const labels = [...document.querySelectorAll('svg[data-diagram="storage"] text[text-anchor="middle"]')]
    .filter((t) => t.getAttribute("font-size") === "9")
    .map((t) => ({ text: t.textContent, box: t.getBoundingClientRect() }));
  if (labels.length === 0) problems.push("no day label");
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i].box, b = labels[j].box;
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push("day labels overlap: " + labels[i].text + " / " + labels[j].text);
    }
  for (const element of document.querySelectorAll("section[data-section] table, section[data-section] svg.diagram")) {
    const section = element.closest("section").getBoundingClientRect();
    const box = element.getBoundingClientRect();
    if (box.right > section.right + 0.5 || box.left < section.left - 0.5)
      problems.push(element.tagName + " outside section " + element.closest("section").dataset.section + ": " + Math.round(box.width) + " px in " + Math.round(section.width));
  }
  return problems;
})()`;

const rowTexts = (page: Page, table: string) =>
  page.$$eval(`table[data-rows="${table}"] tbody tr`, (rows) => rows.map((r) => Array.from(r.querySelectorAll("td"), (td) => td.textContent)));

describe.skipIf(!haveChromium)("report.html that scales, in headless chromium", () => {
  let browser: Browser;
  let plan: Plan;
  const dir = mkdtempSync(join(tmpdir(), "azs-report-scale-"));
  const large = join(dir, "report-large.html");

  beforeAll(async () => {
    const parsed = parseTenant(serializeTenant(generateTenant({ vms: VMS, seed: 20240601 })), "tenant.yaml");
    if (!parsed.ok) throw new Error("the generated tenant does not validate");
    plan = buildPlan(parsed.tenant, PLAN_TEMPLATES, parsed.findings);
    writeFileSync(large, renderPlan(plan, { lang: "en" }).get("report.html")!);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: BROWSER_STEP_MS,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run", "--disable-component-update"],
    });
  }, E2E_TEST_MS);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string, javaScriptEnabled = true): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, javaScriptEnabled });
    const page = await context.newPage();
    page.setDefaultTimeout(BROWSER_STEP_MS);
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: BROWSER_STEP_MS });
    return { page, requests, problems };
  }

  it("pages and filters every row of the per-VM tables, from data in the page", { timeout: E2E_TEST_MS }, async () => {
    expect(plan.backup.vms.length).toBeGreaterThan(2 * ROWS_SHOWN);
    const withoutScript = await open(large, false);
    const staticBackup = await rowTexts(withoutScript.page, "backup");
    const staticBcdr = await rowTexts(withoutScript.page, "bcdr");
    expect(staticBackup).toHaveLength(ROWS_SHOWN);
    expect(await withoutScript.page.locator('[data-pager="backup"]').isVisible()).toBe(false);
    await withoutScript.page.context().close();

    const { page, requests, problems } = await open(large);
    // The pager starts once the page has loaded.
    const pager = page.locator('[data-pager="backup"]');
    await pager.waitFor({ state: "visible" });
    await page.locator('[data-pager="bcdr"]').waitFor({ state: "visible" });
    expect(await pager.locator(".status").textContent()).toBe(`Rows 1 to ${ROWS_SHOWN} of ${plan.backup.vms.length.toLocaleString("en")}`);
    // The first page the script draws (forward and back again) is the page's own first rows, cell for cell.
    const bcdrPager = page.locator('[data-pager="bcdr"]');
    await bcdrPager.locator('[data-page="1"]').click();
    expect((await rowTexts(page, "bcdr"))[0]![0]).toBe(plan.bcdr.vms[ROWS_SHOWN]!.vm);
    await bcdrPager.locator('[data-page="-1"]').click();
    expect(await rowTexts(page, "bcdr")).toEqual(staticBcdr);

    // A VM beyond the first page is found by its name.
    const beyond = plan.backup.vms[ROWS_SHOWN + 123]!.qualifiedName;
    expect(staticBackup.map((r) => r[0])).not.toContain(beyond);
    await pager.locator('input[data-filter="name"]').fill(beyond);
    const found = await rowTexts(page, "backup");
    expect(found.map((r) => r[0])).toContain(beyond);
    expect(found.every((r) => r[0]!.toLowerCase().includes(beyond.toLowerCase()))).toBe(true);

    // By tier: every row shown is of that tier, and the status counts them all.
    await pager.locator('input[data-filter="name"]').fill("");
    expect(await rowTexts(page, "backup")).toEqual(staticBackup);
    const tier = plan.backup.vms.find((v) => v.tier !== null)!.tier!;
    await pager.locator('select[data-filter="1"]').selectOption({ label: tier });
    const ofTier = plan.backup.vms.filter((v) => v.tier === tier).length;
    expect(await pager.locator(".status").textContent()).toContain(`of ${ofTier.toLocaleString("en")}`);
    expect((await rowTexts(page, "backup")).every((r) => r[1] === tier)).toBe(true);
    await pager.locator('select[data-filter="1"]').selectOption({ value: "" });

    // Paging reaches the last row.
    const next = pager.locator('[data-page="1"]');
    let pages = 1;
    while (await next.isEnabled()) {
      await next.click();
      pages++;
    }
    expect(pages).toBe(Math.ceil(plan.backup.vms.length / ROWS_SHOWN));
    const last = await rowTexts(page, "backup");
    expect(last[last.length - 1]![0]).toBe(plan.backup.vms[plan.backup.vms.length - 1]!.qualifiedName);
    expect(await pager.locator(".status").textContent()).toContain(`to ${plan.backup.vms.length.toLocaleString("en")} of`);

    // The BC/DR table pages alike.
    const bcdrNext = page.locator('[data-pager="bcdr"] [data-page="1"]');
    while (await bcdrNext.isEnabled()) await bcdrNext.click();
    const bcdrLast = await rowTexts(page, "bcdr");
    expect(bcdrLast[bcdrLast.length - 1]![0]).toBe(plan.bcdr.vms[plan.bcdr.vms.length - 1]!.vm);

    expect(problems).toEqual([]);
    // The page itself is the only request: nothing is fetched, from the network or from disk.
    expect(requests).toEqual([pathToFileURL(large).href]);
    await page.context().close();
  });

  const cases = [
    ["generated", "en"],
    ["small", "en"],
    ["small", "ja"],
    ...(exampleExists("midsize") ? [["midsize", "en"] as const, ["midsize", "ja"] as const] : []),
  ] as const;
  it.each(cases)("fits at 1,400 px: day labels apart, tables and diagrams inside their section (%s, %s)", { timeout: E2E_TEST_MS }, async (example, lang) => {
    let file = large;
    if (example !== "generated") {
      file = join(dir, `report-${example}-${lang}.html`);
      writeFileSync(file, (await renderExample(example, lang)).get("report.html")!);
    }
    const { page, problems } = await open(file);
    expect(await page.evaluate(LAYOUT_PROBLEMS)).toEqual([]);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
