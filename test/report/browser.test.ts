/**
 * The HTML report in a real browser: Debian's chromium, driven by playwright-core, opens report.html
 * from a file:// URL. No console errors, no request leaves the file, every section and every diagram
 * is laid out with a non-zero size, each diagram is well-formed SVG, and a screenshot is saved to
 * test-artifacts/ for a human to look at. One browser serves every case of the file; each step has an
 * explicit, generous timeout (test/helpers/timeouts.ts) instead of Playwright's 30 s default.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { languages } from "../../src/base/messages/index.js";
import { REPORT_DIAGRAMS, REPORT_SECTIONS } from "../../src/report/view.js";
import { BROWSER_STEP_MS, E2E_TEST_MS } from "../helpers/timeouts.js";
import { exampleExists, renderExample, repoRoot } from "./plans.js";

const CHROMIUM = "/usr/bin/chromium";
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`browser test skipped: ${CHROMIUM} is absent (apt-get install chromium)`);

describe.skipIf(!haveChromium)("report.html in headless chromium", () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), "azs-report-browser-"));
  const artifacts = join(repoRoot, "test-artifacts");

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      timeout: BROWSER_STEP_MS,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, E2E_TEST_MS);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases = [...languages.map((lang) => ["small", lang] as const), ...(exampleExists("midsize") ? [["midsize", "en"] as const] : [])];
  it.each(cases)("shows every section and diagram without errors (%s, %s)", { timeout: E2E_TEST_MS }, async (example, lang) => {
    const files = await renderExample(example, lang);
    const file = join(dir, `report-${example}-${lang}.html`);
    writeFileSync(file, files.get("report.html") ?? "");
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.setDefaultTimeout(BROWSER_STEP_MS);
    page.setDefaultNavigationTimeout(BROWSER_STEP_MS);
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: BROWSER_STEP_MS });

    for (const section of REPORT_SECTIONS) {
      const box = await page.locator(`section[data-section="${section}"]`).boundingBox();
      expect(box, `section ${section}`).not.toBeNull();
      expect(box!.width, `section ${section} width`).toBeGreaterThan(0);
      expect(box!.height, `section ${section} height`).toBeGreaterThan(0);
    }
    expect(await page.locator("section[data-section]").count()).toBe(REPORT_SECTIONS.length);

    for (const diagram of REPORT_DIAGRAMS) {
      const locator = page.locator(`svg[data-diagram="${diagram}"]`);
      expect(await locator.count(), `diagram ${diagram}`).toBe(1);
      const box = await locator.boundingBox();
      expect(box, `diagram ${diagram}`).not.toBeNull();
      expect(box!.width, `diagram ${diagram} width`).toBeGreaterThan(0);
      expect(box!.height, `diagram ${diagram} height`).toBeGreaterThan(0);
      // Re-parse the diagram as standalone SVG: an XML parser reports what the HTML parser forgives.
      const parseError = await locator.evaluate((svg) => {
        const xml = new XMLSerializer().serializeToString(svg);
        const doc = new DOMParser().parseFromString(xml, "image/svg+xml");
        return doc.querySelector("parsererror")?.textContent ?? null;
      });
      expect(parseError, `diagram ${diagram} is not well-formed`).toBeNull();
      // Something is drawn inside: at least one shape with a size.
      const shapes = await locator.locator("rect, path, line").count();
      expect(shapes, `diagram ${diagram} draws nothing`).toBeGreaterThan(0);
    }
    expect(await page.locator("svg.diagram").count()).toBe(REPORT_DIAGRAMS.length);

    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"))).toEqual([]);
    await page.screenshot({ path: join(artifacts, `report-${example}-${lang}.png`), fullPage: true, timeout: BROWSER_STEP_MS });
    await page.close();
  });
});
