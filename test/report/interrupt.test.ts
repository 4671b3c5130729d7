/**
 * A plan run killed mid-write (SIGKILL, no chance to clean up) leaves the output folder holding the
 * previous complete plan or the new complete plan, never a mix. The built CLI is spawned on a large
 * synthetic tenant (src/synthetic/generate.ts) and killed the moment its temporary folder appears
 * beside the target; the next run then tidies up what the killed one left.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, watch, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serializeTenant } from "../../src/inventory/save.js";
import { loadTenantFile } from "../../src/inventory/load.js";
import { buildPlan } from "../../src/plan/build.js";
import { renderPlan } from "../../src/report/render.js";
import { readPlanFolder } from "../../src/report/write.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { repoRoot } from "./plans.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

const cli = join(repoRoot, "dist/src/cli/main.js");
const root = mkdtempSync(join(tmpdir(), "azs-report-kill-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runToEnd(args: string[]): void {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (result.status !== 0) throw new Error(`CLI failed (${result.status}): ${result.stderr}`);
}

/** Spawns the CLI and SIGKILLs it as soon as a temporary folder for `target` shows up in `parent`. */
function runAndKill(args: string[], parent: string, target: string): Promise<{ killed: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot, stdio: "ignore" });
    let killed = false;
    const watcher = watch(parent, (_event, name) => {
      if (!killed && typeof name === "string" && name.startsWith(`.${target}.azs-plan-tmp-`)) killed = child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", () => {
      watcher.close();
      resolve({ killed });
    });
  });
}

const same = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);

describe.skipIf(!existsSync(cli))("a plan run killed mid-write", () => {
  it("leaves the old plan or the new one, never a mix, and the next run tidies up", async () => {
    // 150 VMs: a few dozen generated files and some MB, so the write takes long enough to be interrupted.
    const big = join(root, "big-tenant.yaml");
    writeFileSync(big, serializeTenant(generateTenant({ vms: 150, seed: 11 })));
    const loaded = await loadTenantFile(big);
    expect(loaded.ok).toBe(true);
    const newPlan = renderPlan(buildPlan(loaded.ok ? loaded.tenant : (undefined as never), PLAN_TEMPLATES, loaded.findings), { lang: "ja" });

    const parent = join(root, "out");
    mkdirSync(parent);
    const target = join(parent, "plan");
    runToEnd(["plan", "examples/small/tenant.yaml", "-o", target]);
    const oldPlan = await readPlanFolder(target);
    expect(same(oldPlan, newPlan)).toBe(false);

    const { killed } = await runAndKill(["plan", big, "-o", target, "--lang", "ja"], parent, "plan");
    const found = await readPlanFolder(target);
    const isOld = same(found, oldPlan);
    const isNew = same(found, newPlan);
    expect(isOld || isNew, "the folder holds neither complete plan").toBe(true);
    console.info(`kill test: ${killed ? "killed mid-run" : "finished before the kill"}, the folder holds the ${isOld ? "old" : "new"} plan`);

    // The next run removes what the killed one left beside the target and writes a complete plan.
    runToEnd(["plan", "examples/small/tenant.yaml", "-o", target]);
    expect(same(await readPlanFolder(target), oldPlan)).toBe(true);
    expect(readdirSync(parent)).toEqual(["plan"]);
  });
});
