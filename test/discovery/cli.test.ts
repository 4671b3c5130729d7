/**
 * The built CLI (node dist/src/cli/main.js) against the HTTPS ARM emulator: exit codes and one-line
 * messages for each failure, NODE_EXTRA_CA_CERTS for the stamp's CA, credentials only from the
 * environment, and the canary secret never in a file, on stdout or on stderr.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, RESTRICTED_TOKEN, STATIC_TOKEN, startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { allResources, CANARY_SECRET, SUBSCRIPTION_DEV } from "./emulator/tenant-data.js";
import { CLI_RUN_MS } from "../helpers/timeouts.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli", "main.js");

let emulator: ArmEmulator;
let failing: ArmEmulator;
let dir: string;
const failingId = () => allResources(failing.tenant).find((r) => r.name === "sql-02")!.id;

beforeAll(async () => {
  // The CLI is built once for the whole run (test/setup/built-cli.ts).
  emulator = await startArmEmulator({ faults: () => undefined });
  const tenantForFailing = (await import("./emulator/tenant-data.js")).buildEmulatorTenant();
  const id = allResources(tenantForFailing)
    .find((r) => r.name === "sql-02")!
    .id.toLowerCase();
  failing = await startArmEmulator({ tenant: tenantForFailing, faults: () => undefined, alwaysFail: new Set([id]) });
  dir = mkdtempSync(join(tmpdir(), "discover-cli-"));
});

afterAll(async () => {
  await emulator?.close();
  await failing?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** stdout and stderr of every run in this file, for the canary check at the end. */
const outputs: Array<[string, string]> = [];

/** Runs the CLI asynchronously (the emulator lives in this process) with only the given environment. */
function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? "", NO_COLOR: "1" };
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { env: { ...base, ...env }, cwd: dir, timeout: CLI_RUN_MS }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      outputs.push([`stdout of ${args.join(" ")}`, stdout], [`stderr of ${args.join(" ")}`, stderr]);
      resolve({ code, stdout, stderr });
    });
  });
}

const trusted = () => ({ NODE_EXTRA_CA_CERTS: emulator.caFile });
const spSecret = () => ({ ...trusted(), AZURE_CLIENT_ID: EMULATOR_CLIENT_ID, AZURE_CLIENT_SECRET: EMULATOR_CLIENT_SECRET });

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** The canary and its base64 form (customData is base64) must appear nowhere. */
function expectNoCanary(texts: Array<[string, string]>): void {
  const needles = [CANARY_SECRET, Buffer.from(CANARY_SECRET).toString("base64").slice(0, 24)];
  const customData = allResources(emulator.tenant)
    .map((r) => (r.properties.osProfile as { customData?: string } | undefined)?.customData)
    .find((c) => !!c)!;
  needles.push(customData);
  for (const [where, text] of texts) for (const needle of needles) expect(text.includes(needle), `${needle} in ${where}`).toBe(false);
}

describe("discover CLI", () => {
  it("discovers with an AD FS service principal secret and NODE_EXTRA_CA_CERTS, with a JSON summary", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "--auth", "sp-secret", "-o", "tenant.yaml", "--json"], spSecret());
    expect(result.stderr).not.toMatch(/internal error/);
    expect(result.code, result.stderr).toBe(ExitCode.ok);
    const summary = JSON.parse(result.stdout) as {
      created: boolean;
      identitySystem: string;
      totals: { listed: number; mapped: number; other: number };
    };
    expect(summary.created).toBe(true);
    expect(summary.identitySystem).toBe("adfs");
    expect(summary.totals.listed).toBe(allResources(emulator.tenant).length);
    expect(summary.totals.listed).toBe(summary.totals.mapped + summary.totals.other);
    // Not a TTY: progress as plain lines on stderr, no carriage returns.
    expect(result.stderr).toMatch(/^discover: 2 subscription\(s\)$/m);
    expect(result.stderr).not.toMatch(/\r/);
    expect(readFileSync(join(dir, "tenant.yaml"), "utf8")).toMatch(/^schemaVersion: 1$/m);
  });

  it("prints per-type counts and the drift of a second run as text", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "-o", "tenant.yaml"], spSecret());
    expect(result.code, result.stderr).toBe(ExitCode.ok);
    expect(result.stdout).toMatch(/Microsoft\.Compute\/virtualMachines\s+36\s+35\s+1/);
    expect(result.stdout).toMatch(/total\s+\d+\s+\d+\s+\d+/);
    expect(result.stdout).toMatch(/Drift since the last discovery: 0 added, 0 removed, 0 changed/);
  });

  it.concurrent("signs in with a service principal certificate", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "--auth", "sp-cert", "-o", "cert.yaml", "--subscription", SUBSCRIPTION_DEV], {
      ...trusted(),
      AZURE_CLIENT_ID: EMULATOR_CLIENT_ID,
      AZURE_CLIENT_CERTIFICATE_PATH: emulator.clientCertFile,
    });
    expect(result.stderr).toBe(result.stderr.replace(/internal error/, ""));
    expect(result.code, result.stderr).toBe(ExitCode.ok);
    expect(readFileSync(join(dir, "cert.yaml"), "utf8")).toContain(`id: ${SUBSCRIPTION_DEV}`);
  });
});

// Independent runs: concurrent, since most of a run's time is the CLI's start-up.
describe.concurrent("discover CLI errors", () => {
  it("exit 4 and one line for an unreachable endpoint", async () => {
    const port = await freePort();
    const result = await run(["discover", "--arm-endpoint", `https://127.0.0.1:${port}`, "--max-retries", "1", "-o", "x.yaml"], {
      AZS_ACCESS_TOKEN: STATIC_TOKEN,
    });
    expect(result.code, result.stderr).toBe(ExitCode.unreachable);
    expect(result.stderr.trim()).toBe(
      `azs-backup-planner: cannot reach https://127.0.0.1:${port} (ECONNREFUSED) while reading the metadata endpoint: check the URL, DNS, proxy and firewall`,
    );
    expect(existsSync(join(dir, "x.yaml"))).toBe(false);
  });

  it("exit 8 with the NODE_EXTRA_CA_CERTS hint when the stamp's certificate is not trusted", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "-o", "x.yaml"], { AZS_ACCESS_TOKEN: STATIC_TOKEN });
    expect(result.code, result.stderr).toBe(ExitCode.tls);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^azs-backup-planner: TLS to 127\.0\.0\.1:\d+ failed \((DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\)/,
    );
    expect(lines[0]).toContain("NODE_EXTRA_CA_CERTS=");
  });

  it("exit 5 when the token is refused (401)", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "--auth", "token-env", "-o", "x.yaml"], {
      ...trusted(),
      AZS_ACCESS_TOKEN: "not-a-valid-token",
    });
    expect(result.code, result.stderr).toBe(ExitCode.authentication);
    expect(result.stderr.trim()).toMatch(
      /^azs-backup-planner: 127\.0\.0\.1:\d+ refused the credentials \(HTTP 401 InvalidAuthenticationToken\) while reading the subscription list: check --auth/,
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exit 5 when AD FS refuses the client secret, without echoing it", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "--auth", "sp-secret", "-o", "x.yaml"], {
      ...trusted(),
      AZURE_CLIENT_ID: EMULATOR_CLIENT_ID,
      AZURE_CLIENT_SECRET: "wrong-secret-value-42",
    });
    expect(result.code, result.stderr).toBe(ExitCode.authentication);
    const last = result.stderr.trim().split("\n").pop()!;
    expect(last).toMatch(/^azs-backup-planner: no token could be had from the identity provider \(AuthenticationRequiredError\): invalid_client: MSIS9607/);
    expect(result.stderr + result.stdout).not.toContain("wrong-secret-value-42");
  });

  it("exit 5 naming the missing variable when a credential is not in the environment", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "--auth", "sp-secret", "-o", "x.yaml"], {
      ...trusted(),
      AZURE_CLIENT_ID: EMULATOR_CLIENT_ID,
    });
    expect(result.code, result.stderr).toBe(ExitCode.authentication);
    expect(result.stderr.trim()).toBe(
      'azs-backup-planner: --auth sp-secret needs the environment variable AZURE_CLIENT_SECRET (docs/discovery.md, "Authentication")',
    );
  });

  it("exit 6 naming the scope when rights are missing (403)", async () => {
    const result = await run(["discover", "--arm-endpoint", emulator.url, "-o", "x.yaml"], {
      ...trusted(),
      AZS_ACCESS_TOKEN: RESTRICTED_TOKEN,
    });
    expect(result.code, result.stderr).toBe(ExitCode.authorization);
    expect(result.stderr.trim().split("\n").pop()).toBe(
      `azs-backup-planner: missing rights on scope /subscriptions/${SUBSCRIPTION_DEV} (HTTP 403 AuthorizationFailed): the identity needs at least Reader there`,
    );
  });

  it("exit 7 for a partial failure, naming the unreadable resource and saving the rest", async () => {
    const result = await run(["discover", "--arm-endpoint", failing.url, "--max-retries", "0", "-o", "partial.yaml"], {
      NODE_EXTRA_CA_CERTS: failing.caFile,
      AZS_ACCESS_TOKEN: STATIC_TOKEN,
    });
    expect(result.code, result.stderr).toBe(ExitCode.partial);
    expect(result.stdout).toContain(`not read: ${failingId()}: HTTP 500 InternalServerError`);
    expect(result.stderr).toMatch(/discover: 1 resource\(s\) could not be read; the rest was saved to partial\.yaml \(exit 7\)/);
    const text = readFileSync(join(dir, "partial.yaml"), "utf8");
    expect(text).toContain("name: sql-01");
    expect(text).toMatch(
      /id: .*\/virtualMachines\/sql-02\n\s+name: sql-02\n\s+type: Microsoft.Compute\/virtualMachines\n\s+location: local\n\s+note: could not be read \(HTTP 500 InternalServerError\)/,
    );
  });

  it("exit 2 for an endpoint that is not https", async () => {
    const result = await run(["discover", "--arm-endpoint", "http://management.local.azurestack.external", "-o", "x.yaml"]);
    expect(result.code, result.stderr).toBe(ExitCode.usage);
    expect(result.stderr.trim()).toBe('azs-backup-planner: --arm-endpoint must be an https:// URL, got "http://management.local.azurestack.external"');
  });
});

describe("export-config CLI and the canary secret", () => {
  it("exports into dated folders, reports changes, and never writes or prints a secret", async () => {
    const first = await run(["export-config", "--arm-endpoint", emulator.url, "-o", "config-backup"], spSecret());
    expect(first.code, first.stderr).toBe(ExitCode.ok);
    expect(first.stdout).toMatch(/secret value\(s\) redacted/);
    expect(first.stdout).toMatch(/first export in this folder/);
    const folders = () => readdirSync(join(dir, "config-backup")).sort();
    expect(folders()).toHaveLength(1);
    expect(folders()[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{6}Z$/);

    // A change on the stamp, then a second run: a new folder that names the change.
    const disk = allResources(emulator.tenant).find((r) => r.name === "web-01_DataDisk_0")!;
    disk.properties.diskSizeGB = 128;
    const second = await run(["export-config", "--arm-endpoint", emulator.url, "-o", "config-backup", "--json"], spSecret());
    expect(second.code, second.stderr).toBe(ExitCode.ok);
    expect(folders()).toHaveLength(2);
    const summary = JSON.parse(second.stdout) as {
      changesSincePrevious: { previous: string; changed: string[]; added: string[]; removed: string[] };
    };
    expect(summary.changesSincePrevious.previous).toBe(folders()[0]);
    expect(summary.changesSincePrevious.changed).toEqual([disk.id]);
    expect(summary.changesSincePrevious.added).toEqual([]);

    // The canary: in no file written by discover or export-config, and in no output of any run in this file.
    const written = filesUnder(dir).map((f): [string, string] => [f, readFileSync(f, "utf8")]);
    expect(written.length).toBeGreaterThan(200);
    expect(written.some(([f]) => f.endsWith("tenant.yaml"))).toBe(true);
    expect(outputs.length).toBeGreaterThanOrEqual(2 * 12);
    expectNoCanary([...written, ...outputs]);
  });
});
