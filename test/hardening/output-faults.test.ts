/**
 * Plan output faults (issue 10, item 4): a full disk or a read-only output folder is a clear one-line error
 * (exit 3, ExitCode.outputFailed) naming the folder and the reason, and any previous plan stays in place byte
 * for byte, with no temporary folder left behind.
 *
 * Two layers:
 * - Always: the plan writer (src/report/write.ts) through its file-system seam, failing one chosen call with
 *   ENOSPC, EROFS or EACCES at each step (a file's write, its fsync, the marker, the temporary folder, either
 *   rename). A real rendered plan of examples/small is written.
 * - Where mounting is allowed (root with CAP_SYS_ADMIN; CI containers often are not): the built CLI against a
 *   real tiny tmpfs that is filled up (a real ENOSPC) and remounted read-only (a real EROFS). As root, chmod
 *   does not make a folder read-only, so a mount is the only real way. Skipped with a message elsewhere.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, statfsSync, statSync, writeFileSync } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { loadTenantFile } from "../../src/inventory/load.js";
import { buildPlan } from "../../src/plan/build.js";
import { renderPlan } from "../../src/report/render.js";
import { MARKER_FILE, OutputFolderError, writePlanFolder, type PlanFileSystem } from "../../src/report/write.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { CLI_RUN_MS } from "../helpers/timeouts.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli", "main.js");
const example = join(root, "examples", "small", "tenant.yaml");

/** Every file under a folder, its bytes as base64 (compared far faster than Buffers), by relative path. */
function snapshot(folder: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.set(relative(folder, path), readFileSync(path).toString("base64"));
    }
  };
  walk(folder);
  return out;
}

function errnoError(code: "ENOSPC" | "EROFS" | "EACCES" | "EXDEV", syscall: string): NodeJS.ErrnoException {
  const messages = {
    ENOSPC: "no space left on device",
    EROFS: "read-only file system",
    EACCES: "permission denied",
    EXDEV: "cross-device link not permitted",
  };
  return Object.assign(new Error(`${code}: ${messages[code]}, ${syscall}`), { code, syscall });
}

type Step = "mkdir-temp" | "open" | "write" | "sync" | "write-marker" | "rename-aside" | "rename-into-place";

/** Node's calls, except that the `nth` (1-based) call of `step` fails with `code`. */
function faultyFileSystem(step: Step, code: "ENOSPC" | "EROFS" | "EACCES" | "EXDEV", nth = 1): Partial<PlanFileSystem> & { hits: () => number } {
  let count = 0;
  const hit = () => ++count === nth;
  return {
    hits: () => count,
    async mkdir(path, options) {
      const fs = await import("node:fs/promises");
      if (step === "mkdir-temp" && !options?.recursive && hit()) throw errnoError(code, `mkdir '${path}'`);
      return fs.mkdir(path, options);
    },
    async open(path, flags) {
      const fs = await import("node:fs/promises");
      const isMarker = path.endsWith(MARKER_FILE);
      if (step === "open" && flags === "wx" && !isMarker && hit()) throw errnoError(code, `open '${path}'`);
      const handle = await fs.open(path, flags);
      // fsync is skipped (it only costs time here: durability is not what these cases check), unless it is the fault.
      Object.assign(handle, { sync: async () => undefined });
      if (flags !== "wx") return handle;
      const failWrite = (step === "write" && !isMarker) || (step === "write-marker" && isMarker);
      const failSync = step === "sync" && !isMarker;
      if (failWrite && hit()) {
        // A write that runs out of space part-way: some bytes land, then the error.
        Object.assign(handle, {
          writeFile: async (data: string) => {
            await (handle as FileHandle).write(data.slice(0, 10));
            throw errnoError(code, "write");
          },
        });
      } else if (failSync && hit()) {
        Object.assign(handle, { sync: async () => Promise.reject(errnoError(code, "fsync")) });
      }
      return handle;
    },
    async rename(from, to) {
      const fs = await import("node:fs/promises");
      const aside = to.includes(".azs-plan-old-");
      if (((step === "rename-aside" && aside) || (step === "rename-into-place" && !aside)) && hit()) throw errnoError(code, `rename '${from}' -> '${to}'`);
      return fs.rename(from, to);
    },
  };
}

const REASONS = { ENOSPC: "no space left on the device", EROFS: "the file system is read-only", EACCES: "permission denied" };

const roots: string[] = [];
// After all, not each: the cases run concurrently, and each removes only what is its own at the end.
afterAll(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

let planA: Map<string, string>;
let planB: Map<string, string>;

beforeAll(async () => {
  const loaded = await loadTenantFile(example);
  if (!loaded.ok) throw new Error("examples/small/tenant.yaml does not load");
  const plan = buildPlan(loaded.tenant, PLAN_TEMPLATES, loaded.findings);
  planA = renderPlan(plan, { lang: "en" });
  planB = renderPlan(plan, { lang: "ja" });
});

describe("the plan writer when a write fails (injected through its file-system seam)", () => {
  const cases: Array<{ step: Step; code: "ENOSPC" | "EROFS" | "EACCES" | "EXDEV"; nth: number; verb: "write" | "move" }> = [
    { step: "write", code: "ENOSPC", nth: 5, verb: "write" },
    { step: "write", code: "ENOSPC", nth: 1, verb: "write" },
    { step: "sync", code: "ENOSPC", nth: 3, verb: "write" },
    { step: "write-marker", code: "ENOSPC", nth: 1, verb: "write" },
    { step: "mkdir-temp", code: "EROFS", nth: 1, verb: "write" },
    { step: "open", code: "EROFS", nth: 2, verb: "write" },
    { step: "open", code: "EACCES", nth: 1, verb: "write" },
    { step: "rename-aside", code: "EROFS", nth: 1, verb: "move" },
    { step: "rename-into-place", code: "EACCES", nth: 1, verb: "move" },
    { step: "rename-into-place", code: "EXDEV", nth: 1, verb: "move" },
  ];

  // Concurrent: each case has its own folder, and most of a case's time is fsync.
  it.concurrent.each(cases)(
    "$code at $step (call $nth): a one-line error naming the folder and the reason; the previous plan intact",
    async ({ step, code, nth, verb }) => {
      const parent = mkdtempSync(join(tmpdir(), "azs-plan-faults-"));
      roots.push(parent);
      const target = join(parent, "plan");
      await writePlanFolder(target, planA, "test", { fileSystem: faultyFileSystem("write", "ENOSPC", Number.POSITIVE_INFINITY) });
      const before = snapshot(target);
      expect(before.size).toBe(planA.size + 1);

      const fs = faultyFileSystem(step, code, nth);
      const error = await writePlanFolder(target, planB, "test", { fileSystem: fs }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(fs.hits()).toBeGreaterThanOrEqual(nth);
      expect(error).toBeInstanceOf(OutputFolderError);
      const message = (error as Error).message;
      if (code === "EXDEV") {
        // No plain-words reason for this one: the system's message, paths included, still on one line.
        expect(
          message.startsWith(`cannot ${verb} the plan into ${target}: EXDEV: cross-device link not permitted, rename '${parent}/.plan.azs-plan-tmp-`),
        ).toBe(true);
        expect(message.endsWith(`' -> '${target}'; the previous plan is unchanged`)).toBe(true);
      } else {
        expect(message).toBe(`cannot ${verb} the plan into ${target}: ${REASONS[code]}; the previous plan is unchanged`);
      }
      expect(message).not.toContain("\n");
      // The previous plan byte for byte, and nothing beside it.
      expect(snapshot(target)).toEqual(before);
      expect(readdirSync(parent)).toEqual(["plan"]);
    },
  );

  it("a failed first write into a new folder leaves nothing, and says so", async () => {
    const parent = mkdtempSync(join(tmpdir(), "azs-plan-faults-"));
    roots.push(parent);
    const target = join(parent, "plan");
    await expect(writePlanFolder(target, planA, "test", { fileSystem: faultyFileSystem("write", "ENOSPC", 2) })).rejects.toThrow(
      `cannot write the plan into ${target}: no space left on the device; nothing was written`,
    );
    expect(readdirSync(parent)).toEqual([]);
  });

  it("the next run after a failure writes the new plan, and a leftover temporary folder is removed", async () => {
    const parent = mkdtempSync(join(tmpdir(), "azs-plan-faults-"));
    roots.push(parent);
    const target = join(parent, "plan");
    await writePlanFolder(target, planA, "test");
    // A leftover of a run that died (its pid is not running): the next run removes it.
    mkdirSync(join(parent, ".plan.azs-plan-tmp-999999999-0badc0de"));
    await expect(writePlanFolder(target, planB, "test", { fileSystem: faultyFileSystem("write", "ENOSPC", 3) })).rejects.toThrow(OutputFolderError);
    await writePlanFolder(target, planB, "test");
    expect(readdirSync(parent)).toEqual(["plan"]);
    expect(readFileSync(join(target, "README.md"), "utf8")).toBe(planB.get("README.md"));
  });
});

/** Whether this machine lets us mount a tmpfs (root with CAP_SYS_ADMIN, not in a locked-down container). */
function probeMount(): string | undefined {
  if (process.platform !== "linux") return "not Linux";
  const probe = mkdtempSync(join(tmpdir(), "azs-mount-probe-"));
  try {
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", probe], { encoding: "utf8" });
    if (mounted.status !== 0) return (mounted.stderr || mounted.error?.message || `mount exited ${mounted.status}`).trim();
    spawnSync("umount", [probe]);
    return undefined;
  } finally {
    rmdirSync(probe);
  }
}

const cannotMount = probeMount();
if (cannotMount)
  console.warn(`test/hardening/output-faults: the real full-disk and read-only CLI tests are skipped here: cannot mount a tmpfs (${cannotMount})`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" }, cwd: root, timeout: CLI_RUN_MS },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

describe.skipIf(cannotMount !== undefined)("plan -o on a real full disk and a real read-only file system (tmpfs)", () => {
  const mounts: string[] = [];

  afterAll(() => {
    for (const mount of mounts) {
      spawnSync("umount", ["-l", mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });

  /** A fresh 4 MiB tmpfs holding a complete previous plan of examples/small in `plan/`. */
  async function mountWithPlan(): Promise<{ mount: string; target: string; before: Map<string, string> }> {
    const mount = mkdtempSync(join(tmpdir(), "azs-plan-tmpfs-"));
    const mounted = spawnSync("mount", ["-t", "tmpfs", "-o", "size=4m", "tmpfs", mount], { encoding: "utf8" });
    expect(mounted.status, mounted.stderr).toBe(0);
    mounts.push(mount);
    const target = join(mount, "plan");
    const first = await runCli(["plan", example, "-o", target]);
    expect(first.code, first.stderr).toBe(ExitCode.ok);
    return { mount, target, before: snapshot(target) };
  }

  function expectOneLineError(run: Run, target: string, reason: string): void {
    expect(run.code, run.stderr).toBe(ExitCode.outputFailed);
    const lines = run.stderr
      .trimEnd()
      .split("\n")
      .filter((line) => !/^\S+:\d+:\d+: (warning|info) /.test(line));
    expect(lines).toEqual([`azs-backup-planner: cannot write the plan into ${target}: ${reason}; the previous plan is unchanged`]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  }

  it("a full disk: exit 3, one line, the previous plan byte for byte, no temporary folder; then a rerun with space succeeds", async () => {
    const { mount, target, before } = await mountWithPlan();
    // Fill the file system, leaving 16 KiB: a few files fit, the new plan does not.
    const { bavail, bsize } = statfsSync(mount);
    writeFileSync(join(mount, "filler"), Buffer.alloc(Math.max(0, bavail * bsize - 16 * 1024)));
    const full = await runCli(["plan", example, "-o", target, "--lang", "ja"]);
    expectOneLineError(full, target, "no space left on the device");
    expect(snapshot(target)).toEqual(before);
    expect(readdirSync(mount).sort()).toEqual(["filler", "plan"]);

    rmSync(join(mount, "filler"));
    const rerun = await runCli(["plan", example, "-o", target, "--lang", "ja"]);
    expect(rerun.code, rerun.stderr).toBe(ExitCode.ok);
    expect(snapshot(target)).not.toEqual(before);
    expect(readdirSync(mount)).toEqual(["plan"]);
  });

  it("a read-only file system: exit 3, one line, the previous plan byte for byte", async () => {
    const { mount, target, before } = await mountWithPlan();
    const remounted = spawnSync("mount", ["-o", "remount,ro", mount], { encoding: "utf8" });
    expect(remounted.status, remounted.stderr).toBe(0);
    const run = await runCli(["plan", example, "-o", target, "--lang", "ja"]);
    expectOneLineError(run, target, "the file system is read-only");
    expect(snapshot(target)).toEqual(before);
    expect(readdirSync(mount)).toEqual(["plan"]);
  });
});
