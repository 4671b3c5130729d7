/**
 * A plan run killed mid-write (SIGKILL, no chance to clean up) leaves the output folder holding the
 * previous complete plan, and the next run tidies up what the killed one left. The built CLI is spawned
 * on a large synthetic tenant (src/synthetic/generate.ts); the moment its temporary folder appears beside
 * the target and the last plan file is being written into it, the test freezes it (SIGSTOP), checks from the
 * file system that the write is under way (the temporary folder is there without its completion marker, the
 * target still holds the old plan), and only then SIGKILLs it. A run that
 * finished before it could be frozen does not count: it is tried again, and the test fails if no attempt
 * was caught mid-write, so it cannot pass without the kill having happened.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync, type FSWatcher } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serializeTenant } from "../../src/inventory/save.js";
import { loadTenantFile } from "../../src/inventory/load.js";
import { buildPlan } from "../../src/plan/build.js";
import { renderPlan } from "../../src/report/render.js";
import { MARKER_FILE, readPlanFolder } from "../../src/report/write.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { repoRoot } from "./plans.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { CLI_RUN_MS } from "../helpers/timeouts.js";

const cli = join(repoRoot, "dist/src/cli/main.js");
const root = mkdtempSync(join(tmpdir(), "azs-report-kill-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Attempts at catching the write under way; each one that misses leaves a complete new plan and is checked too. */
const ATTEMPTS = 5;
/** Files are written in path order (src/report/write.ts), so report.html is the last before the marker. */
const LAST_FILE = "report.html";

function runToEnd(args: string[]): void {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
    timeout: CLI_RUN_MS,
  });
  if (result.status !== 0) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
}

/** Linux: is the process stopped (state T in /proc/<pid>/stat)? SIGSTOP is delivered asynchronously. */
function isStopped(pid: number): boolean {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).startsWith("T");
}

async function waitStopped(pid: number): Promise<void> {
  for (let i = 0; i < 2000 && !isStopped(pid); i++) await new Promise((r) => setTimeout(r, 5));
}

interface Attempt {
  /** The process was frozen with its temporary folder present and not yet complete, then killed. */
  caughtMidWrite: boolean;
  /** While frozen, the target held the old plan, whole. */
  targetWasOld: boolean;
  signal: NodeJS.Signals | null;
  code: number | null;
}

/**
 * Spawns the CLI; once its temporary folder for `target` shows up in `parent` and the last plan file
 * (report.html, last in write order) appears inside it, freezes the process, records whether the write
 * is under way (temporary folder without its completion marker, target still the old plan), and SIGKILLs it.
 */
function runAndKill(args: string[], parent: string, target: string, oldPlan: Map<string, string>): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(process.execPath, [cli, ...args], { cwd: repoRoot, stdio: "ignore" });
    let inner: FSWatcher | undefined;
    let frozen = false;
    let caughtMidWrite = false;
    let targetWasOld = false;
    let inspection: Promise<void> = Promise.resolve();
    const freeze = (temp: string) => {
      if (frozen) return;
      frozen = true;
      if (!child.kill("SIGSTOP")) return;
      inspection = (async () => {
        await waitStopped(child.pid!);
        caughtMidWrite = existsSync(temp) && !existsSync(join(temp, MARKER_FILE));
        const folder = join(parent, target);
        targetWasOld = existsSync(folder) && same(await readPlanFolder(folder), oldPlan);
        child.kill("SIGKILL");
      })();
    };
    const outer = watch(parent, (_event, name) => {
      if (inner || typeof name !== "string" || !name.startsWith(`.${target}.azs-plan-tmp-`)) return;
      const temp = join(parent, name);
      try {
        inner = watch(temp, (_e, file) => {
          if (file === LAST_FILE) freeze(temp);
        });
      } catch {
        // gone already: this attempt finished before it could be watched
      }
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      outer.close();
      inner?.close();
      inspection.then(() => resolve({ caughtMidWrite, targetWasOld, signal, code }), reject);
    });
  });
}

const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

describe.skipIf(process.platform !== "linux")("a plan run killed mid-write", () => {
  it("leaves the old plan whole, and the next run tidies up", { timeout: 600_000 }, async () => {
    expect(existsSync(cli), `${cli} is missing: run "npm run build"`).toBe(true);
    // 150 VMs: a few dozen generated files and some MB, each written and synced, so the write takes long enough.
    const big = join(root, "big-tenant.yaml");
    writeFileSync(big, serializeTenant(generateTenant({ vms: 150, seed: 11 })));
    const loaded = await loadTenantFile(big);
    expect(loaded.ok).toBe(true);
    const newPlan = renderPlan(buildPlan(loaded.ok ? loaded.tenant : (undefined as never), PLAN_TEMPLATES, loaded.findings), {
      lang: "ja",
    });

    const parent = join(root, "out");
    mkdirSync(parent);
    const target = join(parent, "plan");
    runToEnd(["plan", "examples/small/tenant.yaml", "-o", target]);
    const oldPlan = await readPlanFolder(target);
    expect(same(oldPlan, newPlan)).toBe(false);

    let caught: Attempt | undefined;
    let attempts = 0;
    for (let attempt = 0; attempt < ATTEMPTS && !caught; attempt++) {
      attempts++;
      const result = await runAndKill(["plan", big, "-o", target, "--lang", "ja"], parent, "plan", oldPlan);
      expect(existsSync(target), `attempt ${attempt}: the target folder is gone`).toBe(true);
      const found = await readPlanFolder(target);
      if (result.caughtMidWrite) {
        caught = result;
        expect(result.signal).toBe("SIGKILL");
        expect(result.targetWasOld, "while the new plan was being written, the target no longer held the old plan").toBe(true);
        // Killed before the rename: the old plan is there, whole, and the half-written folder is left beside it.
        expect(same(found, oldPlan), "the folder no longer holds the old plan").toBe(true);
        expect([...newPlan.keys()].sort().at(-1), "the last file the CLI writes").toBe(LAST_FILE);
        expect(readdirSync(parent).filter((e) => e !== "plan")).toEqual([expect.stringMatching(/^\.plan\.azs-plan-tmp-\d+-[0-9a-f]{8}$/)]);
      } else {
        // Finished (or renamed) before it could be frozen: then the new plan is there, whole. Start again from the old.
        expect(same(found, newPlan), `attempt ${attempt}: the folder holds neither complete plan`).toBe(true);
        runToEnd(["plan", "examples/small/tenant.yaml", "-o", target]);
      }
    }
    expect(caught?.caughtMidWrite, `no run of ${ATTEMPTS} was caught writing: the kill never happened mid-write`).toBe(true);
    console.info(`kill test: caught mid-write on attempt ${attempts} of ${ATTEMPTS}`);

    // The next run removes what the killed one left beside the target and writes a complete plan.
    runToEnd(["plan", "examples/small/tenant.yaml", "-o", target]);
    expect(same(await readPlanFolder(target), oldPlan)).toBe(true);
    expect(readdirSync(parent)).toEqual(["plan"]);
  });
});
