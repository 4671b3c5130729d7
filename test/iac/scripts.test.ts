import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_GENERATIONS, endpointSuffixes, generateExportScripts, MAX_GENERATIONS } from "../../src/iac/scripts.js";
import { awkwardTenant, loadTenant } from "./round-trip.js";
import { parsePowerShellSingleQuoted } from "./powershell-quote.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";

const small = loadTenant("examples/small/tenant.yaml");
const awkward = awkwardTenant(small);
const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const SHELLCHECK = has("shellcheck");
if (!SHELLCHECK) console.log("skipped: shellcheck is not installed (CI installs it from Debian's packages)");

const work = mkdtempSync(join(tmpdir(), "azs-export-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const script = (tenant = small, options = {}) => {
  const files = generateExportScripts(tenant, IAC_TEMPLATES, options);
  return {
    ps: files.find((f) => f.path === "scripts/export-config.ps1")!.content,
    sh: files.find((f) => f.path === "scripts/export-config.sh")!.content,
  };
};

describe("export scripts", () => {
  it("derive the stamp's DNS suffixes from a management endpoint, and only from one", () => {
    expect(endpointSuffixes("https://management.tokyo.azurestack.contoso.co.jp")).toEqual({
      storage: "tokyo.azurestack.contoso.co.jp",
      keyVault: ".vault.tokyo.azurestack.contoso.co.jp",
    });
    expect(endpointSuffixes("https://arm.example.com/")).toBeUndefined();
  });

  it("refuse a generation count outside 1..MAX", () => {
    expect(() => generateExportScripts(small, IAC_TEMPLATES, { generations: 0 })).toThrow(RangeError);
    expect(() => generateExportScripts(small, IAC_TEMPLATES, { generations: 2.5 })).toThrow(RangeError);
    expect(() => generateExportScripts(small, IAC_TEMPLATES, { generations: MAX_GENERATIONS + 1 })).toThrow(RangeError);
    expect(script(small).sh).toContain(`GENERATIONS=${DEFAULT_GENERATIONS}`);
  });

  it("hold no credential: sign-in comes from the environment or an interactive login", () => {
    for (const text of Object.values(script(awkward))) {
      expect(text).toMatch(/AZS_CLIENT_SECRET/);
      expect(text).not.toMatch(/password\s*=|-p\s+'|ClientSecret\s*=\s*'/i);
    }
  });

  it("bash: register the stamp with the 2020-09-01-hybrid profile and carry hostile names as literals", () => {
    const { sh } = script(awkward);
    expect(sh).toMatch(/az cloud register --name "\$CLOUD_NAME" --endpoint-resource-manager "\$ARM_ENDPOINT"/);
    expect(sh).toContain('az cloud update --profile "$API_PROFILE"');
    expect(sh).toContain("API_PROFILE='2020-09-01-hybrid'");
    const tenantLine = sh.split("\n").find((l) => l.startsWith("TENANT_NAME="))!;
    expect(execFileSync("bash", ["-c", `${tenantLine}; printf %s "$TENANT_NAME"`]).toString()).toBe(awkward.tenant.name);
    const groups = execFileSync("bash", [
      "-c",
      `${sh.slice(sh.indexOf("expected_groups() {"), sh.indexOf("safe_name() {"))}\nexpected_groups ${awkward.subscriptions[0]!.id}`,
    ]).toString();
    expect(groups.split("\n").slice(0, -1)).toEqual(awkward.subscriptions[0]!.resourceGroups.map((g) => g.name).flatMap((n) => n.split("\n")));
  });

  it("bash: passes bash -n", () => {
    const path = join(work, "syntax.sh");
    writeFileSync(path, script(awkward).sh);
    expect(spawnSync("bash", ["-n", path]).status).toBe(0);
  });

  it.skipIf(!SHELLCHECK)("bash: passes shellcheck", () => {
    for (const tenant of [small, awkward]) {
      const path = join(work, "check.sh");
      writeFileSync(path, script(tenant).sh);
      const result = spawnSync("shellcheck", ["--shell=bash", path], { encoding: "utf8" });
      expect(result.stdout + result.stderr).toBe("");
      expect(result.status).toBe(0);
    }
  });

  it("bash: exports every group into a dated folder and keeps N generations (run against a stand-in az)", () => {
    const root = join(work, "run");
    const bin = join(work, "bin");
    mkdirSync(bin, { recursive: true });
    const log = join(work, "az.log");
    // A stand-in for the Azure CLI: answers the calls the script makes, logs each call.
    writeFileSync(
      join(bin, "az"),
      `#!/usr/bin/env bash
printf '%s\\n' "$*" >> ${JSON.stringify(log)}
case "$1 $2" in
  "cloud show") exit 1 ;;
  "group list") printf '%s\\n' 'rg-network' 'rg with space' '日本語' ;;
  "group export") printf '{"resources":[]}\\n' ;;
  "resource list") printf '%s\\n' "/subscriptions/s/resourceGroups/$4/providers/A.B/c/one" "/subscriptions/s/resourceGroups/$4/providers/A.B/c/two" ;;
  "resource show") printf '{"id":"%s"}\\n' "$4" ;;
esac
exit 0
`,
    );
    chmodSync(join(bin, "az"), 0o755);
    mkdirSync(root, { recursive: true });
    for (const old of ["20200101-000000", "20200102-000000", "20200103-000000"]) mkdirSync(join(root, old));
    mkdirSync(join(root, "keep-me"));
    const path = join(work, "export.sh");
    writeFileSync(path, script(small, { generations: 2 }).sh);
    const result = spawnSync("bash", [path], {
      encoding: "utf8",
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, AZS_EXPORT_ROOT: root },
    });
    expect(result.status, result.stderr).toBe(0);
    const dated = readdirSync(root)
      .filter((n) => /^\d{8}-\d{6}$/.test(n))
      .sort();
    expect(dated.length).toBe(2);
    expect(dated[0]).toBe("20200103-000000");
    expect(existsSync(join(root, "keep-me"))).toBe(true);
    const subDir = join(root, dated[1]!, small.subscriptions[0]!.id);
    expect(readdirSync(subDir).sort()).toEqual(
      ["rg-network", "rg_with_space", "_________"].flatMap((n) => [`${n}.export.log`, `${n}.resources.json`, `${n}.template.json`]).sort(),
    );
    const resources = JSON.parse(readFileSync(join(subDir, "rg_with_space.resources.json"), "utf8"));
    expect(resources).toEqual([
      { id: "/subscriptions/s/resourceGroups/rg with space/providers/A.B/c/one" },
      { id: "/subscriptions/s/resourceGroups/rg with space/providers/A.B/c/two" },
    ]);
    const calls = readFileSync(log, "utf8");
    expect(calls).toContain("cloud update --profile 2020-09-01-hybrid");
    expect(calls).toContain(
      `cloud register --name AzureStack-ash-tokyo-01 --endpoint-resource-manager ${small.stamp.armEndpoint} --suffix-storage-endpoint tokyo.azurestack.contoso.co.jp`,
    );
    expect(result.stderr).toContain("resource group rg-identity of the inventory was not found");
  });

  it("PowerShell: adds the Azure Stack Hub environment, connects, exports and prunes", () => {
    const { ps } = script(small, { generations: 7 });
    expect(ps).toContain("Add-AzEnvironment -Name $EnvironmentName -ARMEndpoint $ArmEndpoint");
    expect(ps).toContain("Connect-AzAccount -Environment $EnvironmentName");
    expect(ps).toContain("Get-AzResource -ResourceGroupName $name -ExpandProperties");
    expect(ps).toContain("Export-AzResourceGroup -ResourceGroupName $name");
    expect(ps).toContain("[int] $Generations = 7");
    expect(ps).toContain("Select-Object -Skip $Generations");
  });

  it("PowerShell: every inventory string is a single-quoted literal that reads back as itself", () => {
    const { ps } = script(awkward);
    const value = (variable: string) => {
      const line = ps.split("\n").find((l) => l.startsWith(`${variable} = `))!;
      return parsePowerShellSingleQuoted(line.slice(`${variable} = `.length));
    };
    expect(value("$TenantName")).toEqual({ value: awkward.tenant.name, rest: "" });
    expect(value("$ArmEndpoint")).toEqual({ value: awkward.stamp.armEndpoint, rest: "" });
  });
});
