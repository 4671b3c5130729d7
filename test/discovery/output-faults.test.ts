/**
 * discover when its output cannot be written: a clear one-line error with exit code 3 (ExitCode.outputFailed),
 * before any ARM request where that can be known, and any previous tenant.yaml left byte for byte as it was.
 *
 * The suite runs as root, for whom chmod does not make a folder read-only, so the unwritable cases are
 * simulated with paths the kernel refuses to anyone: a path under a regular file (ENOTDIR), a target that is a
 * folder (EISDIR), and the temporary file beside the target taken by a folder (EISDIR on the write), which
 * stands in for a read-only folder or a full disk at the same step.
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode, exitCodeOfKind } from "../../src/cli/exit-codes.js";
import { discover } from "../../src/discovery/discover.js";
import { DiscoveryError } from "../../src/discovery/errors.js";
import { emulatorDiscoverOptions } from "./emulator/discover-helper.js";
import { STATIC_TOKEN, startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { CLI_RUN_MS } from "../helpers/timeouts.js";

let emulator: ArmEmulator;
let dir: string;
let previous: string;

const armRequests = () => emulator.requests.filter((q) => q.path.startsWith("/subscriptions")).length;
const tempOf = (file: string) => join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);

async function failure(output: string, onRead?: () => void): Promise<DiscoveryError> {
  try {
    await discover(emulatorDiscoverOptions(emulator, output, onRead ? { onProgress: (e) => e.phase === "read" && onRead() } : {}));
  } catch (error) {
    if (error instanceof DiscoveryError) return error;
    throw error;
  }
  throw new Error("discover did not fail");
}

beforeAll(async () => {
  emulator = await startArmEmulator({ faults: () => undefined });
  dir = mkdtempSync(join(tmpdir(), "discover-output-"));
  // A valid previous tenant.yaml from a clean run.
  await discover(emulatorDiscoverOptions(emulator, join(dir, "tenant.yaml")));
  previous = readFileSync(join(dir, "tenant.yaml"), "utf8");
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("discover with an output it cannot write", () => {
  it("a path under a regular file (ENOTDIR): exit 3, one line, before any ARM request", async () => {
    writeFileSync(join(dir, "plain-file"), "not a folder");
    emulator.resetCounters();
    const error = await failure(join(dir, "plain-file", "tenant.yaml"));
    expect(exitCodeOfKind[error.kind]).toBe(ExitCode.outputFailed);
    expect(error.message).toBe(
      `cannot write ${join(dir, "plain-file", "tenant.yaml")}: a part of the path is a file, not a folder; the previous file, if any, is unchanged`,
    );
    expect(armRequests()).toBe(0);
  });

  it("a target that is a folder (EISDIR): exit 3, one line, before any ARM request", async () => {
    mkdirSync(join(dir, "a-folder.yaml"));
    emulator.resetCounters();
    const error = await failure(join(dir, "a-folder.yaml"));
    expect(exitCodeOfKind[error.kind]).toBe(ExitCode.outputFailed);
    expect(error.message).toMatch(/^cannot write .*a-folder\.yaml: the path is a folder, not a file; the previous file, if any, is unchanged$/);
    expect(armRequests()).toBe(0);
  });

  it("no file can be created beside an existing tenant.yaml (temporary path taken, as in a read-only folder): exit 3, old file intact", async () => {
    const file = join(dir, "tenant.yaml");
    mkdirSync(tempOf(file));
    try {
      emulator.resetCounters();
      const error = await failure(file);
      expect(exitCodeOfKind[error.kind]).toBe(ExitCode.outputFailed);
      expect(error.message.split("\n")).toHaveLength(1);
      expect(error.message).toContain(`cannot write ${file}: `);
      expect(armRequests()).toBe(0);
      expect(readFileSync(file, "utf8")).toBe(previous);
    } finally {
      rmSync(tempOf(file), { recursive: true, force: true });
    }
  });

  it("the folder becomes unwritable while discovery reads (temporary path taken after the check): exit 3, old file intact", async () => {
    const file = join(dir, "tenant.yaml");
    emulator.resetCounters();
    try {
      const error = await failure(file, () => mkdirSync(tempOf(file)));
      expect(exitCodeOfKind[error.kind]).toBe(ExitCode.outputFailed);
      expect(error.message).toBe(`cannot write ${file}: the path is a folder, not a file; the previous file, if any, is unchanged`);
      // This time the stamp was read: the failure is at the final write, which must not touch the old file.
      expect(armRequests()).toBeGreaterThan(0);
      expect(readFileSync(file, "utf8")).toBe(previous);
    } finally {
      rmSync(tempOf(file), { recursive: true, force: true });
    }
  });

  const cli = join(import.meta.dirname, "..", "..", "dist", "src", "cli", "main.js");
  it("the CLI prints one line and exits 3", async () => {
    writeFileSync(join(dir, "another-file"), "x");
    const out = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [cli, "discover", "--arm-endpoint", emulator.url, "-o", join(dir, "another-file", "tenant.yaml")],
        {
          env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", NODE_EXTRA_CA_CERTS: emulator.caFile, AZS_ACCESS_TOKEN: STATIC_TOKEN },
          timeout: CLI_RUN_MS,
        },
        (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }),
      );
    });
    expect(out.code).toBe(ExitCode.outputFailed);
    expect(out.stderr.trim().split("\n")).toEqual([
      `azs-backup-planner: cannot write ${join(dir, "another-file", "tenant.yaml")}: a part of the path is a file, not a folder; the previous file, if any, is unchanged`,
    ]);
    expect(out.stdout).toBe("");
  });
});
