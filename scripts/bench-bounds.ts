/**
 * The bounds of issue 18, measured in one run per size (`npm run bench`, or `npm run bench -- --only bounds`):
 * the CLI end to end as a user runs it (a child process under /usr/bin/time, so the peak memory is the plan's own,
 * not the bench's), beside what merely reading and writing the same tenant.yaml costs with js-yaml:
 *
 * - plan: `plan tenant.yaml -o <dir>` wall, CPU and max RSS; the ratio is its CPU over the CPU of js-yaml's
 *   load and dump of the same text (the parse-and-serialise bound; target ≤ 2 ×);
 * - validate: parseTenant (in this process) over js-yaml's load of the same text (target ≤ 1.5 ×);
 * - simulate: `simulate tenant.yaml --days 30` CPU (target ≤ 2 s);
 * - start-up: `--help` and `--version` wall and CPU (target ≤ 0.3 s);
 * - report.html: the time to its load event in headless Chromium at 1,000 and 10,000 VMs (target ≤ 2 s);
 * - growth: from the first size to the last (`--sizes 1000,10000,30000` for the span), the CPU growth
 *   beside the growth in VMs (target: 10 × the VMs in ≤ 10.5 × the time).
 *
 * CPU time is user + system of the child (from /usr/bin/time -f) or of this process (process.cpuUsage), steadier
 * than wall time on a shared machine; the machine's load average is printed with the figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import yaml from "js-yaml";
import { parseTenant } from "../src/inventory/load.js";

const CLI = fileURLToPath(new URL("../src/cli/main.js", import.meta.url));
const TIME = "/usr/bin/time";
const CHROMIUM = "/usr/bin/chromium";
const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];
/** Sizes at which report.html is opened in Chromium (issue 18). */
const BROWSER_SIZES = [1_000, 10_000];

export interface BoundsRow {
  vms: number;
  boundCpuMs: number;
  planWallMs: number;
  planCpuMs: number;
  planMaxRssMiB: number;
  planYamlBytes: number;
  reportBytes: number;
  parseCpuMs: number;
  validateCpuMs: number;
  simulateCpuMs: number;
  reportLoadMs: number | undefined;
}

interface ChildRun {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
}

/** Runs the built CLI under /usr/bin/time; a non-zero exit is fine (9: a plan with error findings), a crash is not. */
function timedCli(args: string[]): ChildRun {
  const run = spawnSync(TIME, ["-f", "%e %U %S %M", process.execPath, CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const last = run.stderr.trim().split("\n").pop() ?? "";
  const [wall, user, sys, rss] = last.split(" ").map(Number);
  if (run.status !== 0 && run.status !== 9) throw new Error(`${args.join(" ")} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
  return { wallMs: wall! * 1000, cpuMs: (user! + sys!) * 1000, maxRssMiB: rss! / 1024 };
}

/** The smallest CPU time of `repeat` runs of fn after one warm-up run, in this process. */
function cpuOf(fn: () => unknown, repeat = 3): number {
  fn();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeat; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** Milliseconds from navigation start to the end of the load event of a local file in headless Chromium. */
async function reportLoadMs(file: string): Promise<number | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, timeout: 120_000 });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 600_000 });
    return Number(await page.evaluate(`performance.getEntriesByType("navigation")[0].loadEventEnd`));
  } finally {
    await browser.close();
  }
}

export async function measureBounds(vms: number, text: string): Promise<BoundsRow> {
  const root = mkdtempSync(join(tmpdir(), "azs-bench-bounds-"));
  try {
    const file = join(root, "tenant.yaml");
    writeFileSync(file, text);
    const out = join(root, "plan");
    const boundCpuMs = cpuOf(() => yaml.dump(yaml.load(text)), vms >= 10_000 ? 1 : 3);
    const parseCpuMs = cpuOf(() => yaml.load(text), vms >= 10_000 ? 1 : 3);
    const validateCpuMs = cpuOf(() => parseTenant(text, file), vms >= 10_000 ? 1 : 3);
    const plan = timedCli(["plan", file, "-o", out, "--force"]);
    const simulate = timedCli(["simulate", file, "--days", "30"]);
    const reportLoad = BROWSER_SIZES.includes(vms) ? await reportLoadMs(join(out, "report.html")) : undefined;
    return {
      vms,
      boundCpuMs,
      planWallMs: plan.wallMs,
      planCpuMs: plan.cpuMs,
      planMaxRssMiB: plan.maxRssMiB,
      planYamlBytes: statSync(join(out, "plan.yaml")).size,
      reportBytes: statSync(join(out, "report.html")).size,
      parseCpuMs,
      validateCpuMs,
      simulateCpuMs: simulate.cpuMs,
      reportLoadMs: reportLoad,
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

export function startupRows(): Array<{ args: string; run: ChildRun }> {
  return ["--help", "--version"].map((flag) => {
    timedCli([flag]);
    const runs = [timedCli([flag]), timedCli([flag]), timedCli([flag])].sort((a, b) => a.wallMs - b.wallMs);
    return { args: flag, run: runs[0]! };
  });
}

const f = (n: number, d = 0) => n.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });

export function printBounds(rows: readonly BoundsRow[], startup: ReadonlyArray<{ args: string; run: ChildRun }>): void {
  console.log(
    `\nBounds (issue 18); load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  console.log(
    "| VMs | js-yaml load+dump CPU ms | plan -o wall ms | plan CPU ms | plan ÷ bound (≤ 2) | × plan CPU / × VMs | max RSS MiB (≤ 300) | plan.yaml KiB/VM (≤ 2) | report.html MiB (≤ 3) | load event ms (≤ 2,000) | validate ÷ js-yaml load (≤ 1.5) | simulate 30 d CPU ms (≤ 2,000) |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  let previous: BoundsRow | undefined;
  for (const r of rows) {
    // The plan's CPU growth from the row above, beside the growth in VMs ("4.9 / 10": 4.9 × the CPU for 10 × the VMs).
    const growth = previous ? `${f(r.planCpuMs / previous.planCpuMs, 1)} / ${f(r.vms / previous.vms, 0)}` : "-";
    console.log(
      `| ${f(r.vms)} | ${f(r.boundCpuMs)} | ${f(r.planWallMs)} | ${f(r.planCpuMs)} | ${f(r.planCpuMs / r.boundCpuMs, 1)} | ${growth} | ${f(r.planMaxRssMiB)} | ${f(r.planYamlBytes / 1024 / r.vms, 1)} | ${f(r.reportBytes / 1024 / 1024, 1)} | ${r.reportLoadMs === undefined ? "-" : f(r.reportLoadMs)} | ${f(r.validateCpuMs / r.parseCpuMs, 2)} (${f(r.validateCpuMs)} / ${f(r.parseCpuMs)}) | ${f(r.simulateCpuMs)} |`,
    );
    previous = r;
  }
  // Issue 18: 10 × the VMs in at most 10.5 × the time, from 1,000 to 30,000 VMs; over any span, at most 1.05 × the
  // growth in VMs (× 31.5 for 1,000 → 30,000).
  const first = rows[0];
  const last = rows.at(-1);
  if (first && last && last.vms > first.vms) {
    const vmGrowth = last.vms / first.vms;
    console.log(
      `growth ${f(first.vms)} → ${f(last.vms)} VMs (× ${f(vmGrowth)}; target ≤ × ${f(vmGrowth * 1.05, 1)}): plan CPU × ${f(last.planCpuMs / first.planCpuMs, 1)}, validate CPU × ${f(last.validateCpuMs / first.validateCpuMs, 1)}, simulate CPU × ${f(last.simulateCpuMs / first.simulateCpuMs, 1)}`,
    );
  }
  for (const { args, run } of startup) console.log(`${args}: ${f(run.wallMs)} ms wall, ${f(run.cpuMs)} ms CPU, ${f(run.maxRssMiB)} MiB max RSS (best of 3)`);
}
