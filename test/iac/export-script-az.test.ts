/**
 * The generated export-config.sh run by a real Azure CLI (Debian's azure-cli 2.45) against the HTTPS ARM
 * emulator on 127.0.0.1: the script registers the emulator as a cloud with profile 2020-09-01-hybrid in a
 * private AZURE_CONFIG_DIR, signs in as the emulator's service principal on its AD FS endpoint, and exports.
 * Skipped with a message where az is not installed; CI installs it (.ci/run) and fails without it.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tenant } from "../../src/inventory/schema.js";
import { generateExportScripts } from "../../src/iac/scripts.js";
import { apiVersionFor } from "../../src/stamp/api-profile.js";
import { REDACTED } from "../../src/discovery/redact.js";
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, startArmEmulator, type ArmEmulator } from "../support/arm-emulator/server.js";
import { allResources, availabilitySet, CANARY_SECRET, SUBSCRIPTION_DEV, SUBSCRIPTION_PROD } from "../support/arm-emulator/tenant-data.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";
import { loadTenant } from "./round-trip.js";

const AZ = spawnSync("sh", ["-c", "command -v az && command -v jq"]).status === 0;
if (!AZ) console.log("skipped: the real-az export test needs az and jq (CI installs Debian's azure-cli and jq; .ci/run fails without them)");

describe.runIf(!AZ && process.env.CI === "true")("in CI", () => {
  it("az and jq are installed, so the real-az tests cannot be skipped silently", () => {
    expect.fail("CI=true but az or jq is missing: .ci/run installs Debian's azure-cli and jq");
  });
});

/** Resource group names that a lossy file-name scheme collapses: all must be exported, each to its own file. */
const AWKWARD_GROUPS = ["rg-本番", "rg-開発", "rg-検証", "rg(1)", "rg_1_"];

let emulator: ArmEmulator;
let work: string;
/** A resource path (lower case) whose every GET answers half its JSON body, for the failure test. */
let truncatePath: string | undefined;

beforeAll(async () => {
  if (!AZ) return;
  emulator = await startArmEmulator({
    faults: () => undefined,
    exportTemplateUnsupported: new Set(["rg-misc"]),
    faultPlan: (request) => (request.path === truncatePath && request.method === "GET" ? { kind: "truncate" } : undefined),
  });
  const prod = emulator.tenant.subscriptions.find((s) => s.subscriptionId === SUBSCRIPTION_PROD)!;
  for (const name of AWKWARD_GROUPS) {
    prod.resourceGroups.push({ name, location: "local", resources: [] });
    availabilitySet(emulator.tenant, SUBSCRIPTION_PROD, name, `avset-${AWKWARD_GROUPS.indexOf(name)}`);
  }
  work = mkdtempSync(join(tmpdir(), "azs-real-az-"));
});
afterAll(async () => {
  await emulator?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The inventory the script is generated from: the small example pointed at the emulator's subscriptions. */
function inventory(): Tenant {
  const t = structuredClone(loadTenant("examples/small/tenant.yaml"));
  t.stamp.armEndpoint = emulator.url;
  const template = t.subscriptions[0]!;
  t.subscriptions = emulator.tenant.subscriptions.map((s) => ({ ...structuredClone(template), id: s.subscriptionId, name: s.displayName }));
  return t;
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  root: string;
  userConfig: string;
  argvLog: string;
}

/** Runs a program without blocking: the emulator answers from this same process. */
function run(file: string, env: NodeJS.ProcessEnv): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, [], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** Runs the generated script with az behind a shim that records every command line az is given. */
async function runScript(name: string, env: Record<string, string>, prepare?: (root: string) => void): Promise<Run> {
  const dir = join(work, name);
  const bin = join(dir, "bin");
  const root = join(dir, "export");
  const userConfig = join(dir, "user-azure");
  mkdirSync(bin, { recursive: true });
  mkdirSync(root, { recursive: true });
  mkdirSync(userConfig, { recursive: true });
  writeFileSync(join(userConfig, "config"), "[cloud]\nname = AzureCloud\n");
  prepare?.(root);
  const argvLog = join(dir, "az-argv.log");
  const realAz = spawnSync("sh", ["-c", "command -v az"], { encoding: "utf8" }).stdout.trim();
  writeFileSync(join(bin, "az"), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> ${JSON.stringify(argvLog)}\nexec ${JSON.stringify(realAz)} "$@"\n`);
  chmodSync(join(bin, "az"), 0o755);
  const script = join(dir, "export-config.sh");
  const file = generateExportScripts(inventory(), IAC_TEMPLATES, { generations: 2 }).find((f) => f.path.endsWith(".sh"))!;
  writeFileSync(script, file.content, { mode: 0o755 });
  const result = await run(script, {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: dir,
    // The user's own az configuration: the script must leave it as it is.
    AZURE_CONFIG_DIR: userConfig,
    REQUESTS_CA_BUNDLE: emulator.caFile,
    AZURE_CORE_COLLECT_TELEMETRY: "false",
    AZS_EXPORT_ROOT: root,
    ...env,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, root, userConfig, argvLog };
}

const signIn = { AZS_CLIENT_ID: EMULATOR_CLIENT_ID, AZS_CLIENT_SECRET: EMULATOR_CLIENT_SECRET, AZS_TENANT_ID: "adfs" };
const dated = (root: string) =>
  readdirSync(root)
    .filter((n) => /^\d{8}-\d{6}(\.partial)?$/.test(n))
    .sort();

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((p) => statSync(join(folder, p)).isFile());
}

describe.skipIf(!AZ)("export-config.sh with a real az against the ARM emulator (AD FS)", () => {
  let result: Run;
  beforeAll(async () => {
    result = await runScript("good", signIn, (root) => {
      // Two older complete generations and one failed one: the failed one is never counted nor removed.
      for (const old of ["20200101-000000", "20200102-000000"]) {
        mkdirSync(join(root, old));
        writeFileSync(join(root, old, "complete.json"), "{}\n");
      }
      mkdirSync(join(root, "20200103-000000.partial"));
    });
  }, 900_000);

  it("exits 0 and marks the generation complete", () => {
    expect(result.status, result.stderr).toBe(0);
    const complete = dated(result.root).filter((n) => !n.endsWith(".partial"));
    expect(complete).toHaveLength(2);
    expect(complete[0]).toBe("20200102-000000");
    expect(existsSync(join(result.root, "20200103-000000.partial"))).toBe(true);
    expect(JSON.parse(readFileSync(join(result.root, complete[1]!, "complete.json"), "utf8"))).toMatchObject({ subscriptions: 2 });
  });

  it("exports every resource the emulator lists, at its profile api-version, each group in its own file", () => {
    const folder = join(
      result.root,
      dated(result.root)
        .filter((n) => !n.endsWith(".partial"))
        .at(-1)!,
    );
    const index = JSON.parse(readFileSync(join(folder, "index.json"), "utf8")) as Array<{ file: string; resourceId: string; kind: string }>;
    const exported = new Map<string, any>();
    const groupsSeen = new Set<string>();
    for (const entry of index.filter((e) => e.kind === "resources")) {
      groupsSeen.add(entry.resourceId.toLowerCase());
      for (const resource of JSON.parse(readFileSync(join(folder, entry.file), "utf8"))) exported.set(resource.id.toLowerCase(), resource);
    }
    for (const subscription of emulator.tenant.subscriptions) {
      for (const group of subscription.resourceGroups)
        expect(groupsSeen.has(`/subscriptions/${subscription.subscriptionId}/resourcegroups/${group.name}`.toLowerCase()), group.name).toBe(true);
    }
    const listed = allResources(emulator.tenant);
    expect(exported.size).toBe(listed.length);
    for (const resource of listed) expect(exported.has(resource.id.toLowerCase()), resource.id).toBe(true);
    // Read by id at the profile's api-version (the emulator refuses any other), and never at another one.
    const gets = emulator.requests.filter((r) => r.method === "GET" && /\/providers\//i.test(r.path) && r.status === 200);
    for (const resource of listed.filter((r) => apiVersionFor(r.type))) {
      expect(
        gets.some((g) => g.path.toLowerCase() === resource.id.toLowerCase() && g.apiVersion === apiVersionFor(resource.type)),
        resource.id,
      ).toBe(true);
    }
    expect(emulator.requests.filter((r) => r.status === 400).map((r) => `${r.path}?${r.apiVersion}`)).toEqual([
      // rg-misc's exportTemplate is refused by the emulator, as a stamp without the feature would.
      expect.stringMatching(/rg-misc\/exporttemplate/i),
    ]);
    // The index maps each file back to its group: the awkward names are all there, in distinct files.
    const files = index.filter((e) => e.kind === "resources" && AWKWARD_GROUPS.some((g) => e.resourceId.endsWith(`/${g}`)));
    expect(files).toHaveLength(AWKWARD_GROUPS.length);
    expect(new Set(files.map((f) => f.file.toLowerCase())).size).toBe(AWKWARD_GROUPS.length);
    // No 0-byte file for the refused template export; every file is valid JSON.
    expect(existsSync(join(folder, SUBSCRIPTION_DEV, "rg-misc.resources.json"))).toBe(true);
    expect(existsSync(join(folder, SUBSCRIPTION_DEV, "rg-misc.template.json"))).toBe(false);
    for (const file of filesUnder(folder).filter((f) => f.endsWith(".json"))) {
      const text = readFileSync(join(folder, file), "utf8");
      expect(text.length, file).toBeGreaterThan(0);
      expect(() => JSON.parse(text), file).not.toThrow();
    }
  });

  it("writes no secret: redacted bodies, the client secret never on a command line nor in a file", () => {
    const folder = join(
      result.root,
      dated(result.root)
        .filter((n) => !n.endsWith(".partial"))
        .at(-1)!,
    );
    let redacted = 0;
    for (const file of filesUnder(folder)) {
      const text = readFileSync(join(folder, file), "utf8");
      expect(text, file).not.toContain(CANARY_SECRET);
      expect(text, file).not.toContain(EMULATOR_CLIENT_SECRET);
      redacted += text.split(REDACTED).length - 1;
    }
    expect(redacted).toBeGreaterThan(0);
    const argv = readFileSync(result.argvLog, "utf8");
    expect(argv).toContain("login --service-principal");
    expect(argv).toContain("--tenant adfs");
    expect(argv).not.toContain(EMULATOR_CLIENT_SECRET);
    expect(result.stdout + result.stderr).not.toContain(EMULATOR_CLIENT_SECRET);
    expect(result.stdout + result.stderr).not.toContain(CANARY_SECRET);
  });

  it("registers the stamp with the hybrid profile in a private config folder and leaves the user's az configuration alone", () => {
    const argv = readFileSync(result.argvLog, "utf8");
    expect(argv).toMatch(/^cloud register --name AzureStack-\S+ --endpoint-resource-manager https:\/\/127\.0\.0\.1:\d+ --profile 2020-09-01-hybrid/m);
    expect(readdirSync(result.userConfig)).toEqual(["config"]);
    expect(readFileSync(join(result.userConfig, "config"), "utf8")).toBe("[cloud]\nname = AzureCloud\n");
  });
});

describe.skipIf(!AZ)("export-config.sh failures with a real az", () => {
  it("stops with a clear message, without any login attempt, when no service principal is set", async () => {
    const run = await runScript("no-credentials", {});
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/set AZS_CLIENT_ID and AZS_CLIENT_SECRET/);
    expect(existsSync(run.argvLog)).toBe(false);
  });

  it("a truncated answer leaves the run incomplete: no invalid JSON file, older generations kept", async () => {
    const victim = allResources(emulator.tenant).find((r) => r.type === "Microsoft.Network/networkSecurityGroups")!;
    truncatePath = victim.id.toLowerCase();
    try {
      const run = await runScript("truncated", signIn, (root) => {
        for (const old of ["20200101-000000", "20200102-000000", "20200103-000000"]) {
          mkdirSync(join(root, old));
          writeFileSync(join(root, old, "complete.json"), "{}\n");
        }
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/incomplete, and no older generation was removed/);
      const folders = dated(run.root);
      expect(folders.slice(0, 3)).toEqual(["20200101-000000", "20200102-000000", "20200103-000000"]);
      const partial = folders.at(-1)!;
      expect(partial).toMatch(/\.partial$/);
      expect(existsSync(join(run.root, partial, "complete.json"))).toBe(false);
      const group = victim.id.split("/")[4]!;
      expect(existsSync(join(run.root, partial, SUBSCRIPTION_PROD, `${group}.resources.json`))).toBe(false);
      for (const file of filesUnder(join(run.root, partial)).filter((f) => f.endsWith(".json"))) {
        expect(() => JSON.parse(readFileSync(join(run.root, partial, file), "utf8")), file).not.toThrow();
      }
    } finally {
      truncatePath = undefined;
    }
  }, 900_000);
});
