/**
 * Credentials never leave their source: an ARM endpoint carrying user-info is refused (tenant.yaml, the wizard's
 * field check and --arm-endpoint) without echoing the password, and the plan names its input relative to itself.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { normalizeArmEndpoint } from "../../src/discovery/connection.js";
import { parseTenant } from "../../src/inventory/load.js";
import { runCli } from "../helpers/cli.js";

const root = mkdtempSync(join(tmpdir(), "azs-credentials-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const example = readFileSync("examples/small/tenant.yaml", "utf8");
const PASSWORD = "Hunter2-Sekret-9xQ";

describe("user-info in the ARM endpoint", () => {
  it.each([`https://ops:${PASSWORD}@management.tokyo.azurestack.contoso.co.jp`, `https://${PASSWORD}@management.tokyo.azurestack.contoso.co.jp`])(
    "is an error finding on stamp.armEndpoint in tenant.yaml that does not echo the secret (%#)",
    (endpoint) => {
      const result = parseTenant(example.replace("https://management.tokyo.azurestack.contoso.co.jp", endpoint));
      expect(result.ok).toBe(false);
      const found = result.findings.find((f) => f.path.join(".") === "stamp.armEndpoint");
      expect(found?.severity).toBe("error");
      expect(found?.message).toMatch(/must not carry a user name or password/);
      expect(JSON.stringify(result.findings)).not.toContain(PASSWORD);
    },
  );

  it("is refused as --arm-endpoint, as a usage error that does not echo the secret, even when the rest is not a URL", () => {
    expect(() => normalizeArmEndpoint(`https://ops:${PASSWORD}@management.local.azurestack.external`)).toThrow(/must not carry a user name or password/);
    expect(() => normalizeArmEndpoint(`https://ops:${PASSWORD}@management.local.azurestack.external`)).not.toThrow(new RegExp(PASSWORD));
    expect(() => normalizeArmEndpoint(`https://ops:${PASSWORD}@bad host`)).toThrow(/is not a URL/);
    expect(() => normalizeArmEndpoint(`https://ops:${PASSWORD}@bad host`)).not.toThrow(new RegExp(PASSWORD));
    expect(normalizeArmEndpoint("https://management.local.azurestack.external/")).toBe("https://management.local.azurestack.external");
  });

  it("stops validate and plan with exit 1, and nothing they print carries the secret", () => {
    const file = join(root, "userinfo.yaml");
    writeFileSync(file, example.replace("https://management.", `https://ops:${PASSWORD}@management.`));
    for (const args of [
      ["validate", file],
      ["plan", file, "--json"],
    ]) {
      const run = runCli(args);
      expect(run.status).toBe(ExitCode.invalidInput);
      expect(run.stderr).toMatch(/stamp\.armEndpoint/);
      expect(run.stdout + run.stderr).not.toContain(PASSWORD);
    }
  });

  it("stops discover before any connection, with a usage error that does not carry the secret", () => {
    const run = runCli(["discover", "--arm-endpoint", `https://ops:${PASSWORD}@127.0.0.1:9`, "-o", join(root, "never.yaml")]);
    expect(run.status).toBe(ExitCode.usage);
    expect(run.stderr).toMatch(/must not carry a user name or password/);
    expect(run.stdout + run.stderr).not.toContain(PASSWORD);
  });
});

describe("paths in the plan", () => {
  it("plan.yaml and --json name the input by its file name, never by its absolute path", () => {
    // rpoHours above a week gives an input warning, which carries the file it was found in.
    const file = join(root, "long-rpo.yaml");
    writeFileSync(file, example.replace("rpoHours: 12", "rpoHours: 200"));
    const out = join(root, "plan");
    const run = runCli(["plan", file, "--json", "-o", out]);
    expect(run.stderr).toMatch(/long-rpo/);
    const json = JSON.parse(run.stdout) as { inputFindings: Array<{ code: string; file?: string }> };
    expect(json.inputFindings.find((f) => f.code === "long-rpo")?.file).toBe("long-rpo.yaml");
    expect(run.stdout).not.toContain(root);
    const planYaml = readFileSync(join(out, "plan.yaml"), "utf8");
    expect(planYaml).toMatch(/file: long-rpo\.yaml/);
    expect(planYaml).not.toContain(root);
  });
});
