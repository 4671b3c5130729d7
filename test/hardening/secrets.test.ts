/**
 * The canary test (issue 10, item 5): a secret in the environment or in an ARM response never reaches stdout,
 * stderr, a written file or a log, whatever command runs, with `--json` where the command has it and with debug
 * logging on (`--debug` and AZS_DEBUG=1, which also turns on the Azure SDK's verbose request log).
 *
 * One chain through the real built CLI, as a user would run it: discover (sp-secret, then token-env) and
 * export-config against the HTTPS ARM emulator, the wizard completing the discovered tenant.yaml from an answers
 * file, then plan (documents in Japanese, --json), simulate --json and validate --json on the result.
 *
 * Canaries:
 * - environment: AZURE_CLIENT_SECRET (the emulator's real client secret: discover signs in with it),
 *   AZS_ACCESS_TOKEN (a canary bearer token the emulator accepts), AZURE_CLIENT_CERTIFICATE_PASSWORD and an
 *   arbitrary SECRET_* variable; every token the emulator's token endpoint issued during the run as well;
 * - ARM responses: the emulator's CANARY_SECRET in a VM's adminPassword and customData (base64), storage account
 *   keys, a VPN connection's sharedKey, extension protectedSettings (plain and base64) and a connection string,
 *   each searched for as served (and in its base64 form where the emulator encodes it).
 *
 * Every run gets a private HOME, TMPDIR and working folder under one scratch root; the whole root is read back
 * byte for byte afterwards, so a stray log or cache file is searched too. The search is case-insensitive.
 * Self-checks prove the test can fail: a non-secret marker (the tenant name given to discover) must be found in
 * stdout and in files of every output folder, the emulator must have served each canary-bearing resource, and the
 * scanner itself must find a planted canary.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, startArmEmulator, type ArmEmulator } from "../discovery/emulator/server.js";
import { allResources, CANARY_SECRET } from "../discovery/emulator/tenant-data.js";
import { CLI_RUN_MS } from "../helpers/timeouts.js";

const root = join(import.meta.dirname, "..", "..");
const cli = join(root, "dist", "src", "cli", "main.js");

/** Canaries that only the environment holds. AZURE_CLIENT_SECRET must be the emulator's, or sign-in fails. */
const ENV_CANARIES = {
  AZURE_CLIENT_SECRET: EMULATOR_CLIENT_SECRET,
  AZS_ACCESS_TOKEN: "eyJhbGciOiJub25lIn0.CANARY-TOKEN-4b7e2d19-bearer.c2lnbmF0dXJl",
  AZURE_CLIENT_CERTIFICATE_PASSWORD: "CANARY-CERTPASS-83a1f0c6",
  SECRET_CANARY_DB_PASSWORD: "CANARY-ENVSECRET-d6e95b2a",
} as const;

/** Not a secret: given to discover as the tenant name, it must turn up in stdout and in every output folder. */
const MARKER = "marker-tenant-5e0c7a";

interface Run {
  label: string;
  code: number;
  stdout: string;
  stderr: string;
}

let emulator: ArmEmulator;
let scratch: string;
const runs: Run[] = [];

/** Runs the built CLI with debug logging on, a private HOME/TMPDIR, and only the given environment. */
function run(label: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const home = join(scratch, "home");
  const temp = join(scratch, "tmp");
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    NO_COLOR: "1",
    HOME: home,
    TMPDIR: temp,
    AZS_DEBUG: "1",
    NODE_EXTRA_CA_CERTS: emulator.caFile,
    AZURE_CLIENT_ID: EMULATOR_CLIENT_ID,
    ...ENV_CANARIES,
  };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, "--debug", ...args],
      { env: { ...base, ...env }, cwd: join(scratch, "cwd"), timeout: CLI_RUN_MS, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        const result = { label, code, stdout, stderr };
        runs.push(result);
        resolve(result);
      },
    );
  });
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  const stats = statSync(path);
  if (stats.isFile()) return [path];
  if (!stats.isDirectory()) return [];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/** Every string in the emulator's resources that carries the ARM canary, as served or base64-decoded. */
function armCanaryValues(): string[] {
  const values = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === "string") {
      if (node.includes(CANARY_SECRET) || Buffer.from(node, "base64").toString("utf8").includes(CANARY_SECRET)) values.add(node);
    } else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  for (const resource of allResources(emulator.tenant)) walk(resource);
  return [...values];
}

/** What must never appear: each canary, and base64 of the plain ones (a secret re-encoded is still a leak). */
function needles(): string[] {
  const plain = [CANARY_SECRET, ...Object.values(ENV_CANARIES), ...emulator.issuedTokens().filter((t) => t.startsWith("adfs-"))];
  const encoded = plain.map((p) => Buffer.from(p).toString("base64").replace(/=+$/, ""));
  return [...new Set([...plain, ...encoded, ...armCanaryValues()])];
}

/** Where each needle occurs (case-insensitive), among named texts. */
function findNeedles(texts: Array<[where: string, text: string]>, wanted: string[]): string[] {
  const lowered = wanted.map((n) => n.toLowerCase());
  const hits: string[] = [];
  for (const [where, text] of texts) {
    const haystack = text.toLowerCase();
    lowered.forEach((needle, i) => {
      if (haystack.includes(needle)) hits.push(`${wanted[i]} in ${where}`);
    });
  }
  return hits;
}

/** Every file under the scratch root, read as bytes (latin1 keeps each byte, so binary files are searched too). */
function scratchFiles(): Array<[string, string]> {
  return filesUnder(scratch).map((file) => [relative(scratch, file), readFileSync(file).toString("latin1")]);
}

beforeAll(async () => {
  // The CLI is built once for the whole run (test/setup/built-cli.ts).
  emulator = await startArmEmulator({ faults: () => undefined, acceptedTokens: [ENV_CANARIES.AZS_ACCESS_TOKEN] });
  scratch = mkdtempSync(join(tmpdir(), "azs-secrets-"));
  for (const dir of ["home", "tmp", "cwd", "wizard", "input"]) mkdirSync(join(scratch, dir));
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("secrets never reach stdout, stderr, a file or a log", () => {
  it("the scanner finds a planted canary, in any case and in base64", () => {
    const planted: Array<[string, string]> = [
      ["a", `x ${CANARY_SECRET.toUpperCase()} y`],
      ["b", Buffer.from(ENV_CANARIES.SECRET_CANARY_DB_PASSWORD).toString("base64")],
      ["c", "nothing here"],
    ];
    const hits = findNeedles(
      planted,
      [CANARY_SECRET, ...Object.values(ENV_CANARIES)].flatMap((p) => [p, Buffer.from(p).toString("base64").replace(/=+$/, "")]),
    );
    expect(hits.map((h) => h.split(" in ")[1])).toEqual(["a", "b"]);
  });

  it("discover, export-config, wizard, plan, simulate and validate with --debug, AZS_DEBUG=1 and --json", async () => {
    const tenantFile = join(scratch, "discover-sp", "tenant.yaml");

    const sp = await run("discover sp-secret", [
      "discover",
      "--arm-endpoint",
      emulator.url,
      "--auth",
      "sp-secret",
      "-o",
      tenantFile,
      "--tenant-name",
      MARKER,
      "--json",
    ]);
    expect(sp.code, sp.stderr.slice(-2000)).toBe(ExitCode.ok);
    const token = await run("discover token-env", [
      "discover",
      "--arm-endpoint",
      emulator.url,
      "--auth",
      "token-env",
      "-o",
      join(scratch, "discover-token", "tenant.yaml"),
      "--tenant-name",
      MARKER,
      "--json",
    ]);
    expect(token.code, token.stderr.slice(-2000)).toBe(ExitCode.ok);
    const exported = await run("export-config", [
      "export-config",
      "--arm-endpoint",
      emulator.url,
      "--auth",
      "sp-secret",
      "-o",
      join(scratch, "export"),
      "--json",
    ]);
    expect(exported.code, exported.stderr.slice(-2000)).toBe(ExitCode.ok);

    // The wizard completes the discovered file without a terminal; the answers name the target and DR site.
    const answers = join(scratch, "input", "answers.yaml");
    writeFileSync(
      answers,
      "target.kind: s3-compatible\ntarget.name: offsite-s3\ntarget.location: osaka-dc2\ntarget.wanBandwidthMbps: 200\ndrSite.name: japaneast\n",
    );
    const completed = join(scratch, "wizard", "tenant.yaml");
    const wizard = await run("wizard", [
      "wizard",
      tenantFile,
      "-o",
      completed,
      "--answers",
      answers,
      "--yes",
      "--non-interactive",
      "--save-answers",
      join(scratch, "wizard", "answers.saved.yaml"),
    ]);
    expect(wizard.code, wizard.stderr.slice(-2000)).toBe(ExitCode.ok);

    const [planJa, planEn, simulate, validate] = await Promise.all([
      run("plan --lang ja --json", ["plan", completed, "-o", join(scratch, "plan-ja"), "--lang", "ja", "--json"]),
      run("plan", ["plan", completed, "-o", join(scratch, "plan-en")]),
      run("simulate --json", ["simulate", completed, "--json"]),
      run("validate --json", ["validate", completed, "--json"]),
    ]);
    // MABS with an S3 target keeps its only copy on the stack: an error finding, so plan and validate exit 9
    // (docs/cli.md); the documents are still written, which is what this test scans.
    for (const r of [planJa, planEn, validate]) expect([ExitCode.ok, ExitCode.planInvalid], `${r.label}: ${r.stderr.slice(-2000)}`).toContain(r.code);
    expect(simulate.code, `${simulate.label}: ${simulate.stderr.slice(-2000)}`).toBe(ExitCode.ok);

    // Debug logging really was on: our step lines everywhere, the SDK's request log where ARM was called.
    for (const r of runs) expect(r.stderr, r.label).toMatch(/^\[debug\] azs-backup-planner /m);
    for (const r of [sp, token, exported]) expect(r.stderr, r.label).toMatch(/^azure:core-rest-pipeline:info Request: /m);
    expect(sp.stderr).toMatch(/^azure:identity:info ClientSecretCredential/m);
    // --json really gave JSON.
    for (const r of [sp, token, exported, planJa, simulate, validate]) expect(() => JSON.parse(r.stdout), r.label).not.toThrow();

    // The canaries really were served: every resource carrying one was read with 200, and a token was issued.
    const carriers = allResources(emulator.tenant).filter(
      (r) => JSON.stringify(r).includes(CANARY_SECRET) || armCanaryValues().some((v) => JSON.stringify(r).includes(v)),
    );
    expect(carriers.map((r) => r.name)).toEqual(expect.arrayContaining(["web-01", "app-01", "contosoappdata01", "conn-onprem", "contoso-api"]));
    const served = new Set(emulator.requests.filter((q) => q.status === 200 && q.method === "GET").map((q) => q.path.toLowerCase()));
    for (const carrier of carriers) expect(served.has(carrier.id.toLowerCase()), `${carrier.id} was read`).toBe(true);
    expect(emulator.issuedTokens().some((t) => t.startsWith("adfs-"))).toBe(true);

    const files = scratchFiles();
    const streams: Array<[string, string]> = runs.flatMap((r) => [
      [`stdout of ${r.label}`, r.stdout] as [string, string],
      [`stderr of ${r.label}`, r.stderr] as [string, string],
    ]);

    // Self-check: the non-secret marker is found in the streams and in files of every output folder.
    expect(findNeedles(streams, [MARKER]).length).toBeGreaterThan(0);
    for (const folder of ["discover-sp", "discover-token", "wizard", "plan-ja", "plan-en"]) {
      expect(
        findNeedles(
          files.filter(([path]) => path.startsWith(`${folder}/`)),
          [MARKER],
        ),
        folder,
      ).not.toEqual([]);
    }
    // export-config wrote the secret-bearing bodies, with the secrets replaced.
    expect(
      findNeedles(
        files.filter(([path]) => path.startsWith("export/")),
        ["[REDACTED by azs-backup-planner]"],
      ),
    ).not.toEqual([]);
    // Binary files are read too (the HTML report may embed images; anything the CLI writes counts).
    expect(files.length).toBeGreaterThan(20);

    expect(findNeedles([...streams, ...files], needles())).toEqual([]);
  }, 300_000);
});
