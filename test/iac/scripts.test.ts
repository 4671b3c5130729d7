import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { REDACTED, redactSecrets } from "../../src/discovery/redact.js";
import { hostileStrings } from "../hardening/corpus.js";
import { assignedStrings, checkPowerShell } from "../support/powershell-grammar.js";
import { CUSTOM_DATA, TEXT_RULES } from "../../src/discovery/redaction-rules.js";
import { powershellRedaction } from "../../src/iac/script-redaction.js";
import { DEFAULT_GENERATIONS, endpointSuffixes, generateExportScripts, MAX_GENERATIONS } from "../../src/iac/scripts.js";
import { awkwardTenant, loadTenant } from "./round-trip.js";
import { parsePowerShellSingleQuoted } from "./powershell-quote.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";
import { generatedTenants, hostileNameTenants } from "../support/tenants-under-test.js";

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

  it("hold no credential and never sign in interactively", () => {
    for (const text of Object.values(script(awkward))) {
      expect(text).toMatch(/AZS_CLIENT_SECRET/);
      expect(text).not.toMatch(/password\s*=|-p\s+'|ClientSecret\s*=\s*'/i);
    }
    const { sh, ps } = script(small);
    expect(
      sh
        .split("\n")
        .filter((l) => /\baz login\b/.test(l))
        .every((l) => l.includes("--service-principal")),
    ).toBe(true);
    expect(
      ps
        .split("\n")
        .filter((l) => /Connect-AzAccount/.test(l))
        .every((l) => l.includes("-ServicePrincipal")),
    ).toBe(true);
  });

  it("never copy user-info, a query or a fragment of the ARM endpoint into a script", () => {
    const t = structuredClone(small);
    t.stamp.armEndpoint = "https://operator:Pa55word@management.tokyo.azurestack.contoso.co.jp/?token=abc#frag";
    for (const text of Object.values(script(t))) {
      expect(text).not.toMatch(/operator|Pa55word|token=abc|frag/);
      expect(text).toContain("'https://management.tokyo.azurestack.contoso.co.jp'");
    }
  });

  it("bash: register the stamp with the 2020-09-01-hybrid profile and carry hostile names as literals", () => {
    const { sh } = script(awkward);
    expect(sh).toMatch(/az cloud register --name "\$CLOUD_NAME" --endpoint-resource-manager "\$ARM_ENDPOINT" --profile "\$API_PROFILE"/);
    expect(sh).toContain("API_PROFILE='2020-09-01-hybrid'");
    const tenantLine = sh.split("\n").find((l) => l.startsWith("TENANT_NAME="))!;
    expect(execFileSync("bash", ["-c", `${tenantLine}; printf %s "$TENANT_NAME"`]).toString()).toBe(awkward.tenant.name);
    const groups = execFileSync("bash", [
      "-c",
      `${sh.slice(sh.indexOf("expected_groups() {"), sh.indexOf("# The api-version of the"))}\nexpected_groups ${awkward.subscriptions[0]!.id}`,
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

  it("bash: file names are unique and reversible: letters of any script kept, other ASCII as %XX", () => {
    const { sh } = script(small);
    const fn = sh.slice(sh.indexOf("file_stem() ("), sh.indexOf("# Reads JSON on stdin"));
    const names = ["rg-本番", "rg-開発", "rg-検証", "rg(1)", "rg_1_", ".hidden", "rg-network", "a".repeat(90), "本".repeat(60)];
    const stems = names.map((n) => execFileSync("bash", ["-c", `${fn}\nfile_stem "$1"`, "_", n], { encoding: "utf8" }));
    expect(stems.slice(0, 7)).toEqual(["rg-本番", "rg-開発", "rg-検証", "rg%281%29", "rg_1_", "%2Ehidden", "rg-network"]);
    expect(stems[7]).toBe("a".repeat(90));
    expect(stems[8]).toMatch(/^group-\d+$/);
    expect(new Set(stems.map((s) => s.toLowerCase())).size).toBe(names.length);
    // Reversible without the index too (below the length limit): %XX decodes back to the name.
    for (const [i, stem] of stems.slice(0, 8).entries()) expect(decodeURIComponent(stem)).toBe(names[i]);
  });

  it("bash: exports into a .partial folder, renames it when complete, writes an index and prunes only complete generations (stand-in az)", () => {
    const root = join(work, "run");
    const bin = join(work, "bin");
    mkdirSync(bin, { recursive: true });
    const log = join(work, "az.log");
    const stdinLog = join(work, "az.stdin");
    // A stand-in for the Azure CLI: answers the calls the script makes, logs each call and what login reads.
    writeFileSync(
      join(bin, "az"),
      `#!/usr/bin/env bash
printf '%s|%s\\n' "$AZURE_CONFIG_DIR" "$*" >> ${JSON.stringify(log)}
case "$1 $2" in
  "cloud show") printf '%s\\n' 'https://adfs.example/adfs/' ;;
  "login --service-principal") cat >> ${JSON.stringify(stdinLog)} ;;
  "group list") printf '%s\\t%s\\n' 'rg-本番' '/subscriptions/s/resourceGroups/rg-本番' 'rg(1)' '/subscriptions/s/resourceGroups/rg(1)' 'rg_1_' '/subscriptions/s/resourceGroups/rg_1_' ;;
  "group export") [ "$4" = 'rg_1_' ] && exit 1; printf '{"resources":[],"parameters":{"p":{"type":"secureString","defaultValue":"hunter2"}}}\\n' ;;
  "resource list") printf '[{"id":"/subscriptions/s/resourceGroups/%s/providers/Microsoft.Compute/virtualMachines/one","type":"Microsoft.Compute/virtualMachines"},{"id":"/x/Contoso.Custom/widgets/w","type":"Contoso.Custom/widgets","properties":{"adminPassword":"p"}}]\\n' "$4" ;;
  "resource show") printf '{"id":"%s","apiVersion":"%s","properties":{"osProfile":{"adminPassword":"hunter2"}}}\\n' "$4" "$6" ;;
esac
exit 0
`,
    );
    chmodSync(join(bin, "az"), 0o755);
    mkdirSync(root, { recursive: true });
    for (const old of ["20200101-000000", "20200102-000000", "20200103-000000"]) {
      mkdirSync(join(root, old));
      writeFileSync(join(root, old, "complete.json"), "{}");
    }
    mkdirSync(join(root, "20200104-000000"));
    mkdirSync(join(root, "keep-me"));
    const path = join(work, "export.sh");
    writeFileSync(path, script(small, { generations: 2 }).sh);
    const env = {
      ...process.env,
      PATH: `${bin}:${process.env.PATH}`,
      AZS_EXPORT_ROOT: root,
      AZURE_CONFIG_DIR: join(work, "user-config"),
      AZS_CLIENT_ID: "app",
      AZS_CLIENT_SECRET: "s3cret-value",
      AZS_TENANT_ID: "adfs",
    };
    const result = spawnSync("bash", [path], { encoding: "utf8", env });
    expect(result.status, result.stderr).toBe(0);
    const dated = readdirSync(root)
      .filter((n) => /^\d{8}-\d{6}/.test(n))
      .sort();
    // Two complete generations kept (the newest old one and this run); the folder without complete.json is not counted nor removed.
    expect(dated.slice(0, 2)).toEqual(["20200103-000000", "20200104-000000"]);
    expect(dated).toHaveLength(3);
    expect(existsSync(join(root, "keep-me"))).toBe(true);
    const folder = join(root, dated[2]!);
    expect(existsSync(join(folder, "complete.json"))).toBe(true);
    const subDir = join(folder, small.subscriptions[0]!.id);
    expect(readdirSync(subDir).sort()).toEqual(
      [
        "rg%281%29.resources.json",
        "rg%281%29.template.json",
        "rg-本番.resources.json",
        "rg-本番.template.json",
        "rg_1_.export.log",
        "rg_1_.resources.json",
      ].sort(),
    );
    const index = JSON.parse(readFileSync(join(folder, "index.json"), "utf8"));
    expect(index).toContainEqual({
      file: `${small.subscriptions[0]!.id}/rg%281%29.resources.json`,
      resourceId: "/subscriptions/s/resourceGroups/rg(1)",
      kind: "resources",
    });
    const resources = JSON.parse(readFileSync(join(subDir, "rg-本番.resources.json"), "utf8"));
    expect(resources[0]).toEqual({
      id: "/subscriptions/s/resourceGroups/rg-本番/providers/Microsoft.Compute/virtualMachines/one",
      apiVersion: "2020-06-01",
      properties: { osProfile: { adminPassword: REDACTED } },
    });
    expect(resources[1]).toEqual({
      id: "/x/Contoso.Custom/widgets/w",
      type: "Contoso.Custom/widgets",
      properties: { adminPassword: REDACTED },
    });
    expect(readFileSync(join(subDir, "rg-本番.template.json"), "utf8")).not.toContain("hunter2");
    const calls = readFileSync(log, "utf8");
    expect(calls).not.toContain("s3cret-value");
    expect(readFileSync(stdinLog, "utf8")).toBe("s3cret-value");
    expect(calls).toContain("login --service-principal --username app --password @- --tenant adfs");
    expect(calls).toContain("cloud update --name AzureStack-ash-tokyo-01 --endpoint-active-directory https://adfs.example --output none");
    expect(calls).toContain(
      `cloud register --name AzureStack-ash-tokyo-01 --endpoint-resource-manager ${small.stamp.armEndpoint} --profile 2020-09-01-hybrid --suffix-storage-endpoint tokyo.azurestack.contoso.co.jp`,
    );
    const configDirs = new Set(
      calls
        .trim()
        .split("\n")
        .map((l) => l.split("|")[0]),
    );
    expect(configDirs.size).toBe(1);
    expect([...configDirs][0]).not.toBe(join(work, "user-config"));
    expect(existsSync([...configDirs][0]!)).toBe(false);
    expect(result.stderr).toContain("resource group rg-identity of the inventory was not found");
  });

  it("bash: a group that fails half-way leaves no file, the run stays .partial and nothing is pruned (stand-in az)", () => {
    const root = join(work, "half");
    const bin = join(work, "bin-half");
    mkdirSync(bin, { recursive: true });
    // The VM reads, the NSG (another api-version) does not: the group must not be written with the VM only.
    writeFileSync(
      join(bin, "az"),
      `#!/usr/bin/env bash
case "$1 $2" in
  "cloud show") printf '%s\\n' 'https://adfs.example/adfs' ;;
  "login --service-principal") cat >/dev/null ;;
  "group list") printf '%s\\t%s\\n' 'rg-a' '/subscriptions/s/resourceGroups/rg-a' ;;
  "group export") exit 1 ;;
  "resource list") printf '[{"id":"/s/vm","type":"Microsoft.Compute/virtualMachines"},{"id":"/s/nsg","type":"Microsoft.Network/networkSecurityGroups"}]\\n' ;;
  "resource show") [ "$6" = 2018-11-01 ] && { echo 'ERROR: JSON is invalid' >&2; exit 1; }; printf '{"id":"%s"}\\n' "$4" ;;
esac
exit 0
`,
      { mode: 0o755 },
    );
    mkdirSync(join(root, "20200101-000000"), { recursive: true });
    writeFileSync(join(root, "20200101-000000", "complete.json"), "{}");
    const path = join(work, "half.sh");
    writeFileSync(path, script(small, { generations: 1 }).sh);
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, AZS_EXPORT_ROOT: root, AZS_CLIENT_ID: "app", AZS_CLIENT_SECRET: "x" };
    const result = spawnSync("bash", [path], { encoding: "utf8", env });
    expect(result.status).toBe(1);
    const folders = readdirSync(root).sort();
    expect(folders[0]).toBe("20200101-000000");
    expect(folders[1]).toMatch(/^\d{8}-\d{6}\.partial$/);
    const subDir = join(root, folders[1]!, small.subscriptions[0]!.id);
    expect(readdirSync(subDir)).toEqual(["rg-a.export.log"]);
    expect(existsSync(join(root, folders[1]!, "complete.json"))).toBe(false);
  });

  it("bash: without a service principal it stops before calling az", () => {
    const path = join(work, "no-sp.sh");
    writeFileSync(path, script(small).sh);
    const env = {
      ...process.env,
      AZS_CLIENT_ID: "",
      AZS_CLIENT_SECRET: "",
      AZS_CLIENT_CERTIFICATE_PATH: "",
      PATH: `${join(work, "empty-bin")}:/usr/bin:/bin`,
    };
    mkdirSync(join(work, "empty-bin"), { recursive: true });
    writeFileSync(join(work, "empty-bin", "az"), "#!/bin/sh\necho called >&2\nexit 9\n", { mode: 0o755 });
    const result = spawnSync("bash", [path], { encoding: "utf8", env });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/never asks/);
    expect(result.stderr).not.toContain("called");
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

describe("PowerShell export script, parsed by the tree-sitter PowerShell grammar", () => {
  const midsize = loadTenant("examples/midsize/tenant.yaml");
  const withNames = (names: string[]) => {
    const t = structuredClone(small);
    t.tenant.name = names[0]!;
    t.subscriptions[0]!.name = names[1 % names.length]!;
    t.subscriptions[0]!.resourceGroups.forEach((g, i) => (g.name = names[i % names.length]!));
    return t;
  };

  it("the checker finds errors and PowerShell 7-only syntax (so a pass means something)", async () => {
    expect(await checkPowerShell("$a = 'x''y'\nWrite-Host $a\n")).toEqual([]);
    for (const bad of ["$a = $b ?? 1", "$a = $b ? 1 : 2", "a && b", "$x?.y", "ConvertFrom-Json -AsHashtable $x", "$a = 'open", "if ($x) { 'a' "]) {
      expect((await checkPowerShell(bad)).length, bad).toBeGreaterThan(0);
    }
    expect(await checkPowerShell("$a = '本番'")).toEqual([expect.objectContaining({ message: expect.stringMatching(/BOM/) })]);
    expect(await checkPowerShell("\uFEFF$a = '本番'")).toEqual([]);
  });

  it("parses for both examples, the awkward tenant and every hostile string, within Windows PowerShell 5.1", async () => {
    const tenants = [small, midsize, awkward, withNames(hostileStrings), ...hostileStrings.map((h) => withNames([h]))];
    for (const t of tenants) {
      const { ps } = script(t);
      expect(await checkPowerShell(ps), t.tenant.name.slice(0, 40)).toEqual([]);
    }
  });

  it("parses for every tenant of the hostile-names corpus and 100 generated tenants (#16 Done when)", async () => {
    const underTest = [...hostileNameTenants(), ...generatedTenants(100)];
    expect(underTest.length).toBeGreaterThan(100);
    for (const [label, tenant] of underTest) expect(await checkPowerShell(script(tenant).ps), label).toEqual([]);
  });

  it("every .ps1 of the plan folders (the golden files, which are the plan command's output byte for byte) parses", async () => {
    const found: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) visit(path);
        else if (entry.name.toLowerCase().endsWith(".ps1")) found.push(path);
      }
    };
    visit("test/report/golden");
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const path of found) expect(await checkPowerShell(readFileSync(path, "utf8")), path).toEqual([]);
  });

  it("carries a UTF-8 BOM exactly when it holds non-ASCII text", () => {
    expect(script(small).ps.startsWith("\uFEFF")).toBe(false);
    expect(/[^\x00-\x7f]/.test(script(small).ps)).toBe(false);
    const japanese = withNames(["rg-本番"]);
    expect(script(japanese).ps.startsWith("\uFEFF")).toBe(true);
    expect(Buffer.from(script(japanese).ps, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("property: arbitrary names for the tenant, subscriptions and groups still parse", async () => {
    const fragments = fc.constantFrom(
      "'",
      "\u2018",
      "\u2019",
      "\u201a",
      "\u201b",
      '"',
      "`",
      "$",
      "$(",
      "@(",
      "#",
      "<#",
      "#>",
      "\n",
      "\r\n",
      "本番",
      "&&",
      "||",
      "??",
      "?.",
      " ",
    );
    const name = fc
      .array(fc.oneof(fragments, fc.string({ unit: "grapheme" })), { minLength: 1, maxLength: 6 })
      .map((p) => p.join("").replaceAll("\0", ""))
      .filter((n) => n.length > 0);
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 4 }), async (names) => {
        expect(await checkPowerShell(script(withNames(names)).ps)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the scripts' redaction is export-config's", () => {
  const redactJq = () => {
    const { sh } = script(small);
    const block = sh.slice(sh.indexOf("REDACT_JQ="), sh.indexOf("\nexpected_groups() {"));
    return execFileSync("bash", ["-c", `${block}\nprintf %s "$REDACT_JQ"`], { encoding: "utf8" });
  };
  const HAS_JQ = has("jq");
  if (!HAS_JQ) console.log("skipped: jq is not installed (CI installs it from Debian's packages)");
  /** Runs the script's jq program on each value, in one jq process. */
  const jqAll = (program: string, values: unknown[]): unknown[] =>
    JSON.parse(
      execFileSync("jq", ["--compact-output", "--slurp", `map(${program})`], {
        input: values.map((v) => JSON.stringify(v)).join("\n"),
        encoding: "utf8",
        maxBuffer: 1 << 28,
      }),
    );

  // Text built around the rules' words and shapes, with whitespace and case the engines could read differently.
  const words = fc.constantFrom(
    "password",
    "Password",
    "adminPassword",
    "key1",
    "\u212aey1",
    "keys",
    "customData",
    "permissions",
    "PERMISSIONS",
    "secret",
    "type",
    "defaultValue",
    "secureString",
    "AccountKey=",
    "Account_Key=",
    "AccountKey = ",
    "Password=",
    "pwd:",
    " -Password ",
    " --client-secret=",
    "/p:",
    '"clientSecret": ',
    "$pw = ",
    "KUBE_CLIENT_SECRET=",
    "sig=",
    "?sig=",
    "&sig=",
    "Bearer ",
    "bearer\t",
    "eyJhbGciOi.eyJzdWIiOi.sig",
    "https://user:pa55@",
    "ConvertTo-SecureString ",
    "-String ",
    "-----BEGIN RSA PRIVATE KEY-----",
    "-----END RSA PRIVATE KEY-----",
    '"x"',
    "'y'",
    "$env:PW",
    "true",
    "***",
    "[REDACTED x]",
    "\n",
    "\r\n",
    "\u2028",
    "\u0085",
    "\u212a",
    "\u017f",
    "\u0130",
    "\u00a0",
    "\u3000",
    "\u180e",
    "\ufeff",
    "\ud83d\ude00",
    "本番",
    "=",
    ":",
    ";",
    " ",
    "x",
  );
  const text = fc
    .array(fc.oneof({ weight: 3, arbitrary: words }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 6 }) }), { maxLength: 8 })
    .map((p) => p.join(""));
  const json = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: "small" },
      text,
      fc.integer(),
      fc.constant(null),
      fc.array(tie("node"), { maxLength: 3 }),
      fc.dictionary(text, tie("node"), { maxKeys: 4 }),
    ),
  })).node;

  /** What a script writes: redactSecrets' output, except that a non-empty customData string is hidden whole. */
  const scriptExpected = (value: unknown): unknown => hideCustomData(value, redactSecrets(value).value);

  it.skipIf(!HAS_JQ)("jq writes exactly what redactSecrets writes, on sample ARM bodies", () => {
    const program = redactJq();
    const samples = [
      {
        properties: {
          osProfile: { adminPassword: "p", customData: "c" },
          settings: { commandToExecute: "x -Password=1 && run.sh --client-secret 'two words' -KeyVaultName kv" },
          protectedSettings: { a: 1 },
        },
      },
      { accessPolicies: [{ permissions: { keys: ["get"], secrets: ["list"], customData: "Y3VzdG9t" } }], sharedKey: "", ConnectionString: null },
      { parameters: { p: { type: "SecureString", defaultValue: "d" }, q: { type: "string", defaultValue: "ok" } } },
      { sas: "https://a/b?sv=1&sig=abc", note: "AccountKey = x", appPassword: "y", WorkspaceSharedKey: "z", "multi\nline_password": "w" },
      { script: "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\nAuthorization: Bearer abcdefgh12345678 eyJhbGciOiJ.eyJzdWIiOiIx.c2ln" },
      { url: "https://operator:Pa55word@management.local/ 本番 $pw = ConvertTo-SecureString 'P@ss' -AsPlainText -Force" },
    ];
    const fromJq = jqAll(program, samples);
    samples.forEach((sample, i) => expect(fromJq[i]).toEqual(scriptExpected(sample)));
    // No secret of the samples survives.
    for (const secret of ["Password=1", "two words", "abc", "Pa55word", "P@ss", "MIIB", "abcdefgh12345678", "c2ln", '"x"']) {
      expect(JSON.stringify(fromJq)).not.toContain(secret);
    }
  });

  // A large run with a fixed seed (reproducible in CI) and a smaller one with a fresh seed, printed so a failure can be replayed.
  const FIXED_SEED = 20260216;
  const freshSeed = Date.now() % 2 ** 31;
  for (const [label, seed, numRuns] of [
    ["a fixed seed", FIXED_SEED, 150],
    ["a fresh seed", freshSeed, 30],
  ] as const) {
    it.skipIf(!HAS_JQ)(`jq writes exactly what redactSecrets writes, on arbitrary JSON (${label})`, () => {
      console.log(`redaction property: seed ${seed}, ${numRuns} runs of up to 50 documents`);
      const program = redactJq();
      fc.assert(
        fc.property(fc.array(json, { minLength: 1, maxLength: 50 }), (values) => {
          const fromJq = jqAll(program, values);
          values.forEach((value, i) => expect(fromJq[i]).toEqual(scriptExpected(value)));
        }),
        { seed, numRuns },
      );
    });
  }

  it("PowerShell holds the .NET form of every rule, as its parser reads the script", async () => {
    const { ps } = script(awkward);
    const strings = await assignedStrings(ps);
    const value = (variable: string) => strings.filter((s) => s.variable === variable).map((s) => s.value);
    const expected = powershellRedaction();
    expect(value("$Redacted")).toEqual([expected.marker]);
    expect(value("$SecretNamePattern")).toEqual([expected.namePattern]);
    expect(value("$SecretSuffixPattern")).toEqual([expected.nameSuffixPattern]);
    expect(value("$CustomDataPattern")).toEqual([expected.customDataPattern]);
    expect(value("$NotUnderPattern")).toEqual([expected.notUnderPattern]);
    expect(value("$SecureTypePattern")).toEqual([expected.secureTypePattern]);
    expect(value("$NotASecretPattern")).toEqual([expected.notASecretPattern]);
    const rules = strings.filter((s) => s.variable === "$TextRules");
    expect(rules.map((s) => [s.key, s.value])).toEqual(
      expected.textRules.flatMap((r) => [
        ["Marker", r.marker],
        ["Pattern", r.pattern],
      ]),
    );
    // The .NET form differs from the table only in the spelling of the whole-text anchors.
    for (const [i, rule] of TEXT_RULES.entries()) expect(expected.textRules[i]!.pattern.replaceAll("\\A", "^").replaceAll("\\z", "$")).toBe(rule.source);
  });
});

/** redactSecrets' output with each non-empty customData string of the input hidden whole, as the scripts hide it. */
function hideCustomData(input: unknown, redacted: unknown): unknown {
  if (Array.isArray(input) && Array.isArray(redacted)) return input.map((child, i) => hideCustomData(child, redacted[i]));
  if (input && typeof input === "object" && redacted && typeof redacted === "object" && !Array.isArray(redacted)) {
    const out: Record<string, unknown> = { ...(redacted as Record<string, unknown>) };
    for (const [key, child] of Object.entries(input)) {
      if (new RegExp(CUSTOM_DATA).test(key) && typeof child === "string" && child !== "") out[key] = REDACTED;
      else out[key] = hideCustomData(child, out[key]);
    }
    return out;
  }
  return redacted;
}
