/**
 * `npm run bench`: wall time and peak memory of each pipeline stage on generated tenants of growing size,
 * printed as a table with the growth factor from one size to the next. Numbers are measured here and
 * recorded in docs/performance.md; tests never assert a time.
 *
 * Each stage is one entry of `stages`: later capabilities (plan documents, simulate, discover) add theirs.
 * Memory: the stages are synchronous, so a sampling timer would never fire during one; instead the table shows
 * the heap the stage holds when it returns (after a forced GC before it: run with --expose-gc, as the npm script
 * does) and the process's peak resident set size so far (getrusage maxrss).
 * Every stage runs once unmeasured first (JIT warm-up), then `repeat` times measured; the fastest run is reported.
 */
import { parseTenant } from "../src/inventory/load.js";
import { serializeTenant } from "../src/inventory/save.js";
import type { Tenant } from "../src/inventory/schema.js";
import { planBackup } from "../src/backup/index.js";
import { generateTenant } from "../src/synthetic/generate.js";
import { simulate, simulationInput } from "../src/simulate/index.js";
import type { BackupPlan } from "../src/backup/types.js";
import { discoverStage } from "./bench-discover.js";
import { planDocumentStages } from "./bench-plan.js";

const simulatePlans = new WeakMap<Tenant, BackupPlan>();

export interface BenchInput {
  vms: number;
  tenant: Tenant;
  yaml: string;
}

export interface BenchStage {
  name: string;
  /** Runs the stage once; returns something so the work cannot be optimised away. A promise is awaited inside the measurement. */
  run(input: BenchInput, prepared?: unknown): unknown;
  /** Set-up outside the measurement (an emulator to start); its result is passed to run, then to dispose. */
  prepare?(input: BenchInput): Promise<unknown>;
  dispose?(prepared: unknown): Promise<void>;
  /** No unmeasured warm-up run (a stage that takes minutes). */
  noWarmUp?: boolean;
  /** Lines the stage adds, printed under the table. */
  notes?: string[];
  /** Measured runs after the warm-up (default 1); the fastest is reported, which damps noise from a busy machine. */
  repeat?: number;
  /** Only these sizes (VM counts) run the stage; default: every size of the run. */
  onlySizes?: readonly number[];
}

export const stages: BenchStage[] = [
  {
    name: "validate (parseTenant of the YAML)",
    repeat: 3,
    run: ({ yaml }) => {
      const result = parseTenant(yaml, "bench.yaml");
      if (!result.ok) throw new Error(`generated tenant does not validate: ${result.findings[0]?.message}`);
      return result.tenant;
    },
  },
  { name: "planBackup", repeat: 3, run: ({ tenant }) => planBackup(tenant) },
  {
    // The backup plan it reads is built in the warm-up run and cached: this row measures the simulation alone.
    name: "simulate 30 days (both worlds)",
    run: ({ tenant }) => {
      let plan = simulatePlans.get(tenant);
      if (!plan) simulatePlans.set(tenant, (plan = planBackup(tenant)));
      return simulate(simulationInput(tenant, plan, 30, SEED));
    },
  },
  ...planDocumentStages,
  discoverStage,
];

const SIZES = [100, 1_000, 10_000];
const SEED = 20240601;

interface Measure {
  ms: number;
  /** CPU time (user + system) of the process during the stage: less sensitive than wall time to other jobs on the machine. */
  cpuMs: number;
  /** Heap in use right after the stage minus right before it (after a forced GC): memory the stage allocated and still held, a lower bound of its peak. */
  heapDeltaMiB: number;
  /** Peak resident set size of the whole process so far (getrusage maxrss): sizes run in increasing order, so its growth is the largest stage's footprint. */
  maxRssMiB: number;
}

async function measure(fn: () => unknown): Promise<Measure> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const heapAfter = process.memoryUsage().heapUsed;
  void result;
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapDeltaMiB: (heapAfter - heapBefore) / 1024 / 1024,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

const pad = (s: string, n: number) => s.padStart(n);
const fixed = (n: number, d = 1) => n.toFixed(d);

/** `npm run bench -- --only plan` measures only the stages whose name contains "plan". */
function selectedStages(argv: readonly string[]): BenchStage[] {
  const at = argv.indexOf("--only");
  if (at < 0) return stages;
  const needle = argv[at + 1];
  if (!needle) throw new Error("--only needs part of a stage name");
  const chosen = stages.filter((s) => s.name.toLowerCase().includes(needle.toLowerCase()));
  if (chosen.length === 0) throw new Error(`no stage matches "${needle}"; stages: ${stages.map((s) => s.name).join(", ")}`);
  return chosen;
}

async function main(): Promise<void> {
  let chosen: BenchStage[];
  try {
    chosen = selectedStages(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  if (!(globalThis as { gc?: unknown }).gc) process.stderr.write("note: run with --expose-gc (npm run bench does) for steadier memory figures\n");
  const rows: Array<{ stage: string; vms: number; m: Measure }> = [];
  // `--sizes 100,1000` measures only those sizes (default: every size of SIZES).
  const sizesAt = process.argv.indexOf("--sizes");
  const sizes =
    sizesAt >= 0
      ? (process.argv[sizesAt + 1] ?? "")
          .split(",")
          .map(Number)
          .filter((n) => Number.isInteger(n) && n > 0)
      : SIZES;
  for (const vms of sizes) {
    const tenant = generateTenant({ vms, seed: SEED });
    const input: BenchInput = { vms, tenant, yaml: serializeTenant(tenant) };
    process.stderr.write(`generated ${vms} VMs (${fixed(input.yaml.length / 1024 / 1024)} MiB of YAML)\n`);
    for (const stage of chosen) {
      if (stage.onlySizes && !stage.onlySizes.includes(vms)) continue;
      const prepared = await stage.prepare?.(input);
      try {
        if (!stage.noWarmUp) await stage.run(input, prepared); // warm-up: JIT and caches, not measured
        let best: Measure | undefined;
        for (let r = 0; r < (stage.repeat ?? 1); r++) {
          const m = await measure(() => stage.run(input, prepared));
          if (!best || m.ms < best.ms) best = m;
        }
        rows.push({ stage: stage.name, vms, m: best! });
      } finally {
        await stage.dispose?.(prepared);
      }
    }
  }
  console.log(`Node ${process.version}, ${process.platform}/${process.arch}, seed ${SEED}`);
  console.log(
    `${"stage".padEnd(36)} ${pad("VMs", 7)} ${pad("time ms", 10)} ${pad("× time", 7)} ${pad("cpu ms", 10)} ${pad("heap Δ MiB", 11)} ${pad("× heap", 7)} ${pad("max RSS MiB", 12)}`,
  );
  for (const stage of chosen) {
    let previous: Measure | undefined;
    for (const row of rows.filter((r) => r.stage === stage.name)) {
      const growth = previous ? fixed(row.m.ms / previous.ms, 1) : "-";
      const heapGrowth = previous && previous.heapDeltaMiB > 0.05 ? fixed(row.m.heapDeltaMiB / previous.heapDeltaMiB, 1) : "-";
      console.log(
        `${stage.name.padEnd(36)} ${pad(row.vms.toLocaleString("en-US"), 7)} ${pad(fixed(row.m.ms), 10)} ${pad(growth, 7)} ${pad(fixed(row.m.cpuMs), 10)} ${pad(fixed(row.m.heapDeltaMiB), 11)} ${pad(heapGrowth, 7)} ${pad(fixed(row.m.maxRssMiB), 12)}`,
      );
      previous = row.m;
    }
  }
  for (const stage of chosen) for (const note of stage.notes ?? []) console.log(note);
}

await main();
