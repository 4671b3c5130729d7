import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/base/errors.js";
import { formatFinding, type Finding } from "../../src/base/findings.js";
import { fixFor } from "../../src/base/planner-findings.js";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { buildPlan } from "../../src/plan/build.js";
import { armFilesOfPlan, NETWORK_RULES_TEMPLATE } from "../../src/plan/stamp-needs.js";
import { renderPlan } from "../../src/report/render.js";
import { profileEntries } from "../../src/stamp/api-profile.js";
import { parseCapabilities } from "../../src/stamp/capabilities.js";
import { cliPath, runCli } from "../helpers/cli.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";
import { exampleTenants } from "../support/tenants-under-test.js";
import { existsSync } from "node:fs";

const SAMPLE = "test/stamp/fixtures/AzureStackCloudCapabilities_with_AddOns_20170627.tenant.json";
const sampleText = readFileSync(SAMPLE, "utf8");
const sample = () => JSON.parse(sampleText) as Record<string, any>;
const bytes = (json: unknown) => new TextEncoder().encode(JSON.stringify(json));
const [small, midsize] = exampleTenants().map(([, tenant]) => tenant) as [any, any];

/**
 * A stamp that offers everything the 2020-09-01-hybrid profile names, built from the 2017 sample: its VM
 * sizes and extensions, every profile api-version added to (or creating) its type, and the examples' images.
 */
function currentStamp(): Record<string, any> {
  const caps = sample();
  for (const { type, apiVersion } of profileEntries()) {
    const [namespace, ...rest] = type.split("/");
    const name = rest.join("/");
    let entry = caps.resources.find(
      (r: any) => r.ProviderNamespace.toLowerCase() === namespace!.toLowerCase() && r.ResourceTypeName.toLowerCase() === name.toLowerCase(),
    );
    if (!entry) caps.resources.push((entry = { ProviderNamespace: namespace, ResourceTypeName: name, Locations: ["local"], ApiVersions: [] }));
    entry.ApiVersions.push(apiVersion);
  }
  const images = [small, midsize].flatMap((t) =>
    t.subscriptions.flatMap((s: any) => s.resourceGroups.flatMap((g: any) => g.virtualMachines.map((v: any) => v.imageReference).filter(Boolean))),
  );
  caps.VMImages = images.map((i: any) => ({
    publisherName: i.publisher,
    offers: [{ offerName: i.offer, skus: [{ skuName: i.sku, versions: ["1.0.0"] }] }],
    location: "local",
  }));
  caps.VMSizes.push(
    "Standard_DS14-8_v2",
    "Standard_D2_v3",
    "Standard_D4_v3",
    "Standard_E4_v3",
    "Standard_F2s_v2",
    "Standard_F4s",
    "Standard_F4s_v2",
    "Standard_F8s_v2",
    "Standard_A1_v2",
    "Standard_A2_v2",
    "Standard_A4_v2",
  );
  caps.VMExtensions.push({
    publisher: "Microsoft.SqlServer.Management",
    types: [{ type: "SqlIaasExtension", versions: ["1.2"] }],
    location: "local",
  });
  caps.VMExtensions.find((p: any) => p.publisher === "Microsoft.Azure.Extensions").types.push({ type: "CustomScript", versions: ["2.1"] });
  return caps;
}

const check = (tenant: any, caps: unknown) => buildPlan(tenant, PLAN_TEMPLATES, [], { capabilities: parseCapabilities(bytes(caps), "stamp.json") }).stampCheck!;
const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === "error");

describe("parseCapabilities", () => {
  it("reads the AzureStack-Tools sample: types with api-versions, 47 VM sizes, extensions, no images", () => {
    const caps = parseCapabilities(new TextEncoder().encode(sampleText), SAMPLE);
    expect(caps.resourceTypes.get("microsoft.compute/virtualmachines")?.apiVersions).toEqual(["2016-03-30", "2015-06-15"]);
    expect(caps.resourceTypes.get("microsoft.storage/storageaccounts")?.name).toBe("Microsoft.Storage/storageaccounts");
    expect(caps.vmSizes?.size).toBe(47);
    expect(caps.extensions?.get("microsoft.compute:customscriptextension")).toEqual(["1.8"]);
    expect(caps.images).toBeUndefined();
  });

  it("reads UTF-16LE with a BOM (what Windows PowerShell 5.1 writes) and UTF-8 with a BOM like plain UTF-8", () => {
    const plain = parseCapabilities(new TextEncoder().encode(sampleText), "a.json");
    const utf16 = new Uint8Array(Buffer.from(`\ufeff${sampleText}`, "utf16le"));
    expect(utf16[0]).toBe(0xff);
    expect(parseCapabilities(utf16, "a.json")).toEqual(plain);
    expect(parseCapabilities(new TextEncoder().encode(`\ufeff${sampleText}`), "a.json")).toEqual(plain);
  });

  it("ignores unknown fields and refuses what is not a capabilities file, naming the file", () => {
    const extra = sample();
    extra.SomethingNew = { x: 1 };
    extra.resources[0].Extra = true;
    expect(parseCapabilities(bytes(extra), "a.json").resourceTypes.size).toBe(parseCapabilities(bytes(sample()), "a.json").resourceTypes.size);
    const bad = (text: string) => () => parseCapabilities(new TextEncoder().encode(text), "stamp-caps.json");
    expect(bad('{"resources": [')).toThrow(UserError);
    expect(bad('{"resources": [')).toThrow(/^stamp-caps\.json: not valid JSON/);
    expect(bad("[]")).toThrow(/stamp-caps\.json: not a cloud-capabilities file/);
    expect(bad('{"resources": [{"ProviderNamespace": "Microsoft.Compute"}]}')).toThrow(/resources\[0\] needs ProviderNamespace and ResourceTypeName/);
  });
});

describe("checkStamp through buildPlan", () => {
  it("finds nothing missing on a stamp that offers the profile, the sizes, images and extensions", () => {
    for (const tenant of [small, midsize]) {
      const result = check(tenant, currentStamp());
      expect(
        result.findings.filter((f) => f.severity !== "info"),
        result.findings.map(formatFinding).join("\n"),
      ).toEqual([]);
      expect(result.checked.resourceTypes).toBeGreaterThan(20);
      expect(result.checked.vmSizes).toBeGreaterThan(5);
      expect(result.checked.images).toBeGreaterThan(5);
    }
  });

  it("names the template and resource for a VM size and an api-version the stamp lacks", () => {
    const caps = currentStamp();
    caps.VMSizes = caps.VMSizes.filter((s: string) => s !== "Standard_DS4_v2");
    const nsg = caps.resources.find((r: any) => r.ProviderNamespace === "Microsoft.Network" && r.ResourceTypeName === "networkSecurityGroups");
    nsg.ApiVersions = nsg.ApiVersions.filter((v: string) => v !== "2018-11-01");
    const errors = errorsOf(check(small, caps).findings).map(formatFinding);
    expect(errors).toContain(
      "iac/arm/Contoso_Production/rg-data.json: error [stamp-missing-vm-size] resources[6].properties.hardwareProfile.vmSize: VM size Standard_DS4_v2 of sql01 is not offered by the stamp",
    );
    const apiErrors = errors.filter((e) => e.includes("[stamp-missing-api-version]"));
    expect(apiErrors.length).toBeGreaterThan(1);
    for (const e of apiErrors)
      expect(e).toMatch(
        /Microsoft\.Network\/networkSecurityGroups(\/securityRules)? api-version 2018-11-01 is not offered by the stamp \(it offers 2015-06-15, 2015-05-01-preview\)$/,
      );
    expect(apiErrors.some((e) => e.startsWith(`${NETWORK_RULES_TEMPLATE}: error`))).toBe(true);
    expect(apiErrors.some((e) => e.startsWith("iac/arm/Contoso_Production/rg-network.json: error"))).toBe(true);
    expect(errors.length).toBe(apiErrors.length + 1);
  });

  it("reports the 2017 sample stamp as too old for the profile: api-versions and the managed-disk type", () => {
    const result = check(small, sample());
    const codes = new Set(result.findings.map((f) => f.code));
    expect([...codes].sort()).toEqual(["stamp-missing-api-version", "stamp-missing-type", "stamp-not-listed"]);
    expect(result.findings.find((f) => f.code === "stamp-missing-type")!.message).toBe(
      "resource type Microsoft.Compute/disks is not offered by the stamp (stamp.json)",
    );
    // The sample lists no images: one note instead of a finding per VM.
    expect(result.findings.filter((f) => f.code === "stamp-not-listed").map((f) => f.message)).toEqual([
      "stamp.json lists no marketplace images: images were not checked",
    ]);
    for (const f of result.findings) expect(fixFor(f.code), f.code).toBeDefined();
  });

  it("warns when an extension the plan needs is missing: the agent installer and an extension recorded on a VM", () => {
    const caps = currentStamp();
    caps.VMExtensions = caps.VMExtensions.filter((p: any) => p.publisher !== "Microsoft.SqlServer.Management");
    const recorded = check(midsize, caps).findings.filter((f) => f.code === "stamp-missing-extension");
    expect(recorded.length).toBe(2);
    expect(recorded[0]!.severity).toBe("warning");
    expect(recorded[0]!.message).toMatch(/^VM extension SqlIaasExtension for rg-sql\/sqlcl01\w is not on the stamp \(recorded on the VM in tenant\.yaml/);
    expect(recorded[0]!.path.slice(-2)).toEqual(["extensions", 0]);

    // MARS alone on a Windows VM is installed with the Custom Script Extension (src/backup/catalogue.ts needsVmAgent).
    const mars = tenantFrom((d) => {
      d.subscriptions[0].resourceGroups[2].virtualMachines[0].backup = { method: "mars" };
    });
    const withoutCse = currentStamp();
    withoutCse.VMExtensions = withoutCse.VMExtensions.map((p: any) => ({
      ...p,
      types: p.types.filter((t: any) => t.type !== "CustomScriptExtension"),
    }));
    const agent = check(mars, withoutCse).findings.filter((f) => f.code === "stamp-missing-extension");
    expect(agent.map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^VM extension Microsoft\.Compute\.CustomScriptExtension for rg-web\/\S+ is not on the stamp \(the plan installs the .* agent with the Custom Script Extension\)$/,
      ),
    ]);
    expect(check(mars, currentStamp()).findings.filter((f) => f.code === "stamp-missing-extension")).toEqual([]);
  });

  it("checks the network rules template by the type and api-version the rendered file really uses", () => {
    const plan = buildPlan(small, PLAN_TEMPLATES);
    const rendered = JSON.parse(renderPlan(plan, { lang: "en" }).get(NETWORK_RULES_TEMPLATE)!);
    const needed = armFilesOfPlan(plan.iac, plan.backup).find((f) => f.path === NETWORK_RULES_TEMPLATE)!.json as {
      resources: Array<{ type: string; apiVersion: string }>;
    };
    const pairs = (resources: Array<{ type: string; apiVersion: string }>) => [...new Set(resources.map((r) => `${r.type}@${r.apiVersion}`))];
    expect(pairs(needed.resources)).toEqual(pairs(rendered.resources));
  });

  it("leaves the plan without a stamp check when no capabilities are given", () => {
    expect(buildPlan(small, PLAN_TEMPLATES).stampCheck).toBeUndefined();
  });
});

const root = mkdtempSync(join(tmpdir(), "azs-capabilities-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.skipIf(!existsSync(cliPath))("plan --capabilities (the built CLI)", () => {
  it("prints the check with template paths and keeps it in --json", () => {
    const run = runCli(["plan", "examples/small/tenant.yaml", "--capabilities", SAMPLE]);
    // What the stamp lacks makes the plan undeployable there: error findings, so the plan is not valid.
    expect(run.status, run.stderr).toBe(ExitCode.planInvalid);
    expect(run.stdout).toMatch(/error \[stamp-missing-api-version\] .* \(iac\/arm\/Contoso_Production\/rg-data\.json: resources\[\d+\]\.apiVersion\)/);
    const json = runCli(["plan", "examples/small/tenant.yaml", "--json", "--capabilities", SAMPLE]);
    expect(JSON.parse(json.stdout).stampCheck.capabilitiesFile).toBe(SAMPLE);
  });

  it("stops with a one-line error naming the file for bad JSON or a missing file", () => {
    const bad = join(root, "bad.json");
    writeFileSync(bad, '{"resources": [');
    for (const [file, pattern] of [
      [bad, /bad\.json: not valid JSON/],
      [join(root, "absent.json"), /absent\.json: cannot read the capabilities file: no such file/],
    ] as const) {
      const run = runCli(["plan", "examples/small/tenant.yaml", "--capabilities", file]);
      expect(run.status).toBe(ExitCode.invalidInput);
      expect(run.stderr).toMatch(pattern);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.stdout).toBe("");
    }
  });
});
