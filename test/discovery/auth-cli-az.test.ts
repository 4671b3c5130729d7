/**
 * `discover --auth cli` with a real Azure CLI (Debian's azure-cli 2.45): az is registered to the HTTPS ARM
 * emulator as a cloud with profile 2020-09-01-hybrid in a private AZURE_CONFIG_DIR and signed in as the
 * emulator's service principal (AD FS), then the built CLI discovers with the token az hands out.
 * Skipped with a message where az is not installed; CI installs it (.ci/run) and fails without it.
 */
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API_PROFILE } from "../../src/stamp/api-profile.js";
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { CANARY_SECRET } from "./emulator/tenant-data.js";

const AZ = (await new Promise<boolean>((resolve) => execFile("sh", ["-c", "command -v az"], (error) => resolve(!error)))) as boolean;
if (!AZ) console.log("skipped: discover --auth cli with a real az needs the Azure CLI (CI installs Debian's azure-cli; .ci/run fails without it)");

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli", "main.js");
let emulator: ArmEmulator;
let dir: string;

/** A program run without blocking the event loop: the emulator answers from this process. */
function run(file: string, args: string[], env: NodeJS.ProcessEnv, input?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

beforeAll(async () => {
  if (!AZ) return;
  if (!existsSync(cli)) {
    await new Promise<void>((resolve, reject) =>
      execFile("npx", ["tsc", "-p", "tsconfig.json"], { cwd: root }, () => (existsSync(cli) ? resolve() : reject(new Error("build failed")))),
    );
  }
  emulator = await startArmEmulator({ faults: () => undefined });
  dir = mkdtempSync(join(tmpdir(), "auth-cli-az-"));
}, 120_000);
afterAll(async () => {
  await emulator?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!AZ)("discover --auth cli with a real az", () => {
  it("discovers every subscription with the token of an az login to the emulator", async () => {
    const env = {
      PATH: process.env.PATH,
      HOME: dir,
      AZURE_CONFIG_DIR: join(dir, "az"),
      REQUESTS_CA_BUNDLE: emulator.caFile,
      AZURE_CORE_COLLECT_TELEMETRY: "false",
    };
    const az = (args: string[], input?: string) => run("az", [...args, "--output", "none"], env, input);
    // The sign-in docs/discovery.md describes, in the AD FS form that az 2.45 resolves (docs/iac.md).
    for (const args of [
      ["cloud", "register", "--name", "AzureStackEmulator", "--endpoint-resource-manager", emulator.url, "--profile", API_PROFILE],
      ["cloud", "set", "--name", "AzureStackEmulator"],
      ["cloud", "update", "--name", "AzureStackEmulator", "--endpoint-active-directory", emulator.url],
    ]) {
      const result = await az(args);
      expect(result.code, result.stderr).toBe(0);
    }
    const login = await az(["login", "--service-principal", "--username", EMULATOR_CLIENT_ID, "--password", "@-", "--tenant", "adfs"], EMULATOR_CLIENT_SECRET);
    expect(login.code, login.stderr).toBe(0);

    const output = join(dir, "tenant.yaml");
    const result = await run(process.execPath, [cli, "discover", "--arm-endpoint", emulator.url, "--auth", "cli", "-o", output], {
      ...env,
      NODE_EXTRA_CA_CERTS: emulator.caFile,
    });
    expect(result.code, result.stderr).toBe(0);
    const tenant = yaml.load(readFileSync(output, "utf8")) as { subscriptions: Array<{ id: string; resourceGroups: unknown[] }> };
    expect(tenant.subscriptions.map((s) => s.id).sort()).toEqual(emulator.tenant.subscriptions.map((s) => s.subscriptionId).sort());
    for (const s of tenant.subscriptions) expect(s.resourceGroups.length).toBeGreaterThan(0);
    // Every ARM request carried a token the emulator issued to az's sign-in, none was refused.
    expect(emulator.requests.filter((r) => r.status === 401)).toEqual([]);
    expect(readFileSync(output, "utf8")).not.toContain(CANARY_SECRET);
    expect(result.stdout + result.stderr).not.toContain(EMULATOR_CLIENT_SECRET);
  }, 600_000);
});
