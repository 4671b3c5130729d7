import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { apiVersionFor } from "../../src/stamp/api-profile.js";
import { buildArmTemplates, generateArmTemplates, type ArmTemplatePlan } from "../../src/iac/arm.js";
import type { DeployedResource } from "../support/arm-evaluator.js";
import { validateTenant } from "../../src/inventory/validate.js";
import type { Tenant } from "../../src/inventory/schema.js";
import {
  DiskSchema,
  KeyVaultSchema,
  NicSchema,
  PublicIpSchema,
  ResourceGroupSchema,
  StorageAccountSchema,
  VirtualMachineSchema,
} from "../../src/inventory/schema.js";
import { planBackup } from "../../src/backup/index.js";
import { planIac } from "../../src/iac/index.js";
import { networkRulesArmTemplate } from "../../src/report/network.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";
import { armFileErrors, armSchemas, TEMPLATE_SCHEMA } from "../support/arm-schemas.js";
import { exampleTenants, generatedTenants, hostileNameTenants } from "../support/tenants-under-test.js";
import { awkwardTenant, deployedView, deployPlan, expectedView, HOSTILE, loadTenant, parseResourceId, PLANNING_ONLY } from "./round-trip.js";

const EXAMPLES = ["examples/small/tenant.yaml", "examples/midsize/tenant.yaml"].filter((file) => existsSync(file));
const small = loadTenant("examples/small/tenant.yaml");
const awkward = awkwardTenant(small);

const tenants: Array<[string, Tenant]> = [
  ...EXAMPLES.map((file) => [file, loadTenant(file)] as [string, Tenant]),
  ["awkward variant of the small example", awkward],
];

/** Deploys every template of a tenant, keyed by template path. */
function deployAll(tenant: Tenant) {
  return buildArmTemplates(tenant).map((plan) => ({ plan, ...deployPlan(plan) }));
}

/** Every `{ id }` reference and dependsOn entry in the evaluated resources, except restore sources. */
function references(resource: DeployedResource): string[] {
  const found: string[] = [...resource.dependsOn];
  const walk = (value: unknown, key?: string): void => {
    if (Array.isArray(value)) value.forEach((v) => walk(v));
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "id" && typeof v === "string") found.push(v);
        else walk(v, k);
      }
    } else if (key === "sourceResourceId") return;
  };
  walk(resource.properties);
  return found;
}

/** IDs of the resources of a deployment and of their named children (subnets, frontends, pools, probes, ...). */
function knownIds(resources: DeployedResource[]): Set<string> {
  const ids = new Set<string>();
  for (const r of resources) {
    ids.add(r.id.toLowerCase());
    for (const [key, value] of Object.entries(r.properties)) {
      if (Array.isArray(value))
        for (const item of value)
          if (item && typeof item === "object" && typeof (item as { name?: unknown }).name === "string")
            ids.add(`${r.id}/${key}/${(item as { name: string }).name}`.toLowerCase());
    }
  }
  return ids;
}

describe.each(tenants)("ARM templates of %s", (_label, tenant) => {
  const deployments = deployAll(tenant);

  it("the tenant is valid input (the fixture is honest)", () => {
    expect(validateTenant(tenant).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("are valid JSON with the deploymentTemplate top-level shape and no template-level apiProfile", () => {
    for (const file of generateArmTemplates(tenant)) {
      const json = JSON.parse(file.content);
      if (file.path.endsWith(".parameters.json")) {
        expect(Object.keys(json)).toEqual(["$schema", "contentVersion", "parameters"]);
        expect(json.$schema).toBe("https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#");
        continue;
      }
      expect(Object.keys(json)).toEqual(["$schema", "contentVersion", "parameters", "variables", "resources", "outputs"]);
      expect(json.$schema).toBe("https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
      expect(json.contentVersion).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(Array.isArray(json.resources)).toBe(true);
      expect(json.apiProfile).toBeUndefined();
    }
  });

  it("use the 2020-09-01-hybrid apiVersion on every resource", () => {
    for (const { template } of deployments) {
      for (const r of template.resources) {
        expect(r.apiVersion, r.type).toBe(apiVersionFor(r.type));
        expect(r.apiVersion, r.type).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
      }
    }
  });

  it("point every dependsOn and resource reference at a resource of the template, or of another group's template", () => {
    const byGroup = new Map(deployments.map((d) => [`${d.plan.subscription.id}/${d.plan.resourceGroup.name}`.toLowerCase(), knownIds(d.resources)]));
    let checked = 0;
    for (const d of deployments) {
      const own = knownIds(d.resources);
      for (const r of d.resources) {
        for (const dep of r.dependsOn)
          expect(
            d.resources.some((x) => x.id.toLowerCase() === dep.toLowerCase()),
            `${r.name} dependsOn ${dep}`,
          ).toBe(true);
        for (const ref of references(r)) {
          const parsed = parseResourceId(ref);
          const target =
            parsed.group.toLowerCase() === d.plan.resourceGroup.name.toLowerCase() ? own : byGroup.get(`${parsed.subscription}/${parsed.group}`.toLowerCase());
          expect(target?.has(ref.toLowerCase()), `${r.type} ${r.name} refers to ${ref}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("declare every parameter they use and use every parameter they declare", () => {
    for (const { template, usedParameters, plan } of deployments) {
      expect([...usedParameters].sort(), plan.templatePath).toEqual(Object.keys(template.parameters).sort());
      for (const [name, p] of Object.entries(template.parameters as Record<string, { type: string; defaultValue?: unknown }>)) {
        if (p.type === "securestring") expect("defaultValue" in p, name).toBe(false);
      }
    }
  });

  it("leave secure parameters out of the parameter files", () => {
    for (const { template, parametersFile } of deployments) {
      for (const [name, p] of Object.entries(template.parameters as Record<string, { type: string }>)) {
        if (p.type === "securestring") expect(parametersFile.parameters[name]).toBeUndefined();
      }
    }
  });

  it("reproduce every resource and captured property of the inventory (round trip through the evaluator)", () => {
    for (const d of deployments) {
      expect(deployedView(d.resources), d.plan.templatePath).toEqual(expectedView(d.plan.subscription, d.plan.resourceGroup));
      for (const r of d.resources) expect(r.location).toBe(d.plan.resourceGroup.location ?? tenant.stamp.region);
    }
  });

  it("are byte-identical when generated twice", () => {
    expect(generateArmTemplates(structuredClone(tenant))).toEqual(generateArmTemplates(tenant));
  });
});

describe("round-trip coverage of the inventory schema", () => {
  // Every field is either compared by the round trip (expectedView) or named as planning-only data; a new
  // schema field fails here until someone decides which it is.
  const compared = {
    virtualMachine: ["name", "osType", "size", "availabilitySet", "imageReference", "adminUsername", "nics", "disks", "tags"],
    disk: ["name", "role", "lun", "sizeGiB", "sku", "caching"],
    nic: ["name", "subnet", "privateIpAddress", "privateIpAllocation", "publicIpAddress", "networkSecurityGroup", "loadBalancerBackendPools", "primary"],
    publicIp: ["name", "allocation", "domainNameLabel", "sku", "tags"],
    storageAccount: ["name", "sku", "kind", "tags"],
    keyVault: ["name", "sku", "enabledForDeployment", "enabledForTemplateDeployment", "tags"],
    resourceGroup: [
      "name",
      "virtualMachines",
      "availabilitySets",
      "virtualNetworks",
      "networkSecurityGroups",
      "publicIpAddresses",
      "loadBalancers",
      "routeTables",
      "vpnGateways",
      "vpnConnections",
      "storageAccounts",
      "keyVaults",
    ],
  };
  it.each([
    ["virtualMachine", VirtualMachineSchema],
    ["disk", DiskSchema],
    ["nic", NicSchema],
    ["publicIp", PublicIpSchema],
    ["storageAccount", StorageAccountSchema],
    ["keyVault", KeyVaultSchema],
    ["resourceGroup", ResourceGroupSchema],
  ] as const)("%s fields are all classified", (kind, schema) => {
    const planning = (PLANNING_ONLY as Record<string, readonly string[]>)[kind] ?? [];
    expect([...compared[kind], ...planning].sort()).toEqual(Object.keys(schema.shape).sort());
  });
});

describe("ARM template files and gaps", () => {
  it("names files safely and uniquely, whatever the inventory names are", () => {
    const t = structuredClone(small);
    const sub = t.subscriptions[0]!;
    const names = ["..", ".", "a/b", "..\\..\\x", "con", "rg.parameters", "RG.PARAMETERS", "rg", "RG"];
    sub.resourceGroups = names.map((name) => ({ ...structuredClone(sub.resourceGroups[3]!), name }));
    const paths = generateArmTemplates(t).map((f) => f.path);
    for (const path of paths) {
      expect(path).toMatch(/^arm\/[^/\\]+\/[^/\\]+\.json$/);
      for (const segment of path.split("/")) expect([".", ".."]).not.toContain(segment);
    }
    expect(new Set(paths.map((p) => p.toLowerCase())).size).toBe(paths.length);
    expect(paths.slice(0, 4)).toEqual([
      "arm/Contoso_Production/__.json",
      "arm/Contoso_Production/__.parameters.json",
      "arm/Contoso_Production/_.json",
      "arm/Contoso_Production/_.parameters.json",
    ]);
  });

  it("turns what the inventory lacks into placeholder parameters listed as gaps", () => {
    const plans = buildArmTemplates(awkward);
    const data = plans.find((p) => p.resourceGroup.name === "rg-data")!;
    const placeholders = Object.entries(data.template.parameters).filter(([, p]) => p.metadata?.description.startsWith("PLACEHOLDER:"));
    expect(placeholders.map(([n]) => n).sort()).toEqual(["adminUsername_fs01", "osDiskSourceId_sql01"]);
    for (const [name] of placeholders) {
      expect(data.template.parameters[name]!.defaultValue).toBeUndefined();
      expect(data.gaps.some((g) => g.code === "iac-placeholder" && g.message.includes(`"${name}"`))).toBe(true);
    }
    const codes = (plan: ArmTemplatePlan) => plan.gaps.map((g) => `${g.code}@${g.path.slice(4).join(".")}`);
    expect(codes(data)).toEqual(
      expect.arrayContaining([
        "iac-default-applied@storageAccounts.0.sku",
        "iac-default-applied@storageAccounts.0.kind",
        "iac-default-applied@virtualMachines.0.disks.2.lun",
        "iac-default-applied@virtualMachines.0.disks.1.sizeGiB",
        "iac-default-applied@virtualMachines.1.nics.0.privateIpAllocation",
        "iac-placeholder@virtualMachines.0.imageReference",
        "iac-not-reproducible@keyVaults.0",
      ]),
    );
    expect(codes(plans[0]!)).toContain("iac-default-applied@availabilitySets.0.managed");
    expect(codes(plans[0]!)).toContain("iac-default-applied@virtualMachines.1.name");
    const dc02 = deployPlan(plans[0]!).resources.find((r) => r.name === "dc02-domain-controller-tokyo" && r.type === "Microsoft.Compute/virtualMachines")!;
    expect((dc02.properties as any).osProfile.computerName).toBe("dc02-domain-con");
    const network = plans.find((p) => p.resourceGroup.name === "rg-network")!;
    expect(codes(network)).toEqual(
      expect.arrayContaining(["iac-default-applied@vpnGateways.0.vpnType", "iac-secure-parameter@vpnConnections.0", "iac-not-reproducible@tags"]),
    );
  });

  it("attaches a hand-entered VM's OS disk from the restored copy named by its placeholder", () => {
    const data = buildArmTemplates(awkward).find((p) => p.resourceGroup.name === "rg-data")!;
    const { resources } = deployPlan(data, {
      osDiskSourceId_sql01: "/subscriptions/x/resourceGroups/restore/providers/Microsoft.Compute/snapshots/sql01-os",
    });
    const vm = resources.find((r) => r.name === "sql01" && r.type === "Microsoft.Compute/virtualMachines")!;
    const os = (vm.properties as any).storageProfile.osDisk;
    expect(os.createOption).toBe("Attach");
    expect((vm.properties as any).osProfile).toBeUndefined();
    const disk = resources.find((r) => r.id === os.managedDisk.id)!;
    expect((disk.properties as any).creationData).toEqual({
      createOption: "Copy",
      sourceResourceId: "/subscriptions/x/resourceGroups/restore/providers/Microsoft.Compute/snapshots/sql01-os",
    });
  });

  it("carries hostile text literally: JSON escaping plus ARM's [[ escape for bracketed strings", () => {
    const identity = buildArmTemplates(awkward)[0]!;
    const file = generateArmTemplates(awkward)[0]!;
    expect(file.content).toContain('"[[bracketed expression]"');
    const { resources } = deployPlan(identity);
    const vm = resources.find((r) => r.type === "Microsoft.Compute/virtualMachines" && r.name === "dc01")!;
    expect(vm.tags).toEqual({ [HOSTILE[0]]: HOSTILE[1], 環境: HOSTILE[4], multi: HOSTILE[3], expr: HOSTILE[2], close: HOSTILE[5] });
  });
});

describe("ARM templates against the schemas kept in test/support/arm-schemas", () => {
  const { definitions, validator } = armSchemas();

  it("catches a resource that breaks its schema (the validation can fail)", () => {
    const validate = validator(definitions.get("microsoft.network/networksecuritygroups@2018-11-01")!);
    const rule = {
      name: "r",
      properties: {
        protocol: "tcp",
        access: "Allow",
        direction: "Inbound",
        priority: 100,
        sourceAddressPrefix: "*",
        destinationAddressPrefix: "*",
        sourcePortRange: "*",
        destinationPortRange: "80",
      },
    };
    const body = {
      type: "Microsoft.Network/networkSecurityGroups",
      apiVersion: "2018-11-01",
      name: "n",
      location: "local",
      properties: { securityRules: [rule] },
    };
    expect(validate(body)).toBe(false);
    rule.properties.protocol = "Tcp";
    expect(validate(body)).toBe(true);
  });

  it("catches a file that breaks its schema: a template-level apiProfile the schema does not list, a bad parameters file", () => {
    const template = { $schema: TEMPLATE_SCHEMA.replace(/#$/, ""), contentVersion: "1.0.0.0", resources: [] };
    expect(armFileErrors("t.json", template)).toEqual([]);
    expect(armFileErrors("t.json", { ...template, apiProfile: "2020-09-01-hybrid" }).join()).toMatch(/apiProfile/);
    expect(armFileErrors("t.json", { ...template, metadata: { apiProfile: "2020-09-01-hybrid" } })).toEqual([]);
    expect(armFileErrors("t.parameters.json", { $schema: "x", contentVersion: "1.0", parameters: {} }).join()).toMatch(/contentVersion/);
    const longName = {
      type: "Microsoft.Storage/storageAccounts",
      apiVersion: "2019-06-01",
      name: "x".repeat(25),
      location: "local",
      sku: { name: "Standard_LRS" },
      kind: "Storage",
      properties: {},
    };
    expect(armFileErrors("t.json", { ...template, resources: [longName] }).join()).toMatch(/24 characters/);
  });

  it.each(tenants)("validates the evaluated resources of %s (literal names included)", (_label, tenant) => {
    const top = validator(TEMPLATE_SCHEMA);
    for (const { plan, resources, template } of deployAll(tenant)) {
      expect(top(template), `${plan.templatePath}: ${JSON.stringify(top.errors)}`).toBe(true);
      for (const r of resources) {
        const ref = definitions.get(`${r.type}@${r.apiVersion}`.toLowerCase());
        expect(ref, `no schema for ${r.type}@${r.apiVersion}`).toBeDefined();
        const validate = validator(ref!);
        const body = {
          type: r.type,
          apiVersion: r.apiVersion,
          name: r.name,
          location: r.location,
          tags: r.tags,
          sku: r.sku,
          kind: r.kind,
          properties: r.properties,
        };
        for (const k of Object.keys(body) as Array<keyof typeof body>) if (body[k] === undefined) delete body[k];
        expect(validate(body), `${plan.templatePath} ${r.type} ${r.name}: ${JSON.stringify(validate.errors?.slice(0, 5))}`).toBe(true);
      }
    }
  });

  const underTest = [...exampleTenants(), ...hostileNameTenants(), ...generatedTenants(100)];

  it("covers the examples, the hostile-names corpus and 100 generated tenants", () => {
    // Azure's naming rules (src/inventory/azure-names.ts) refuse most hostile names as input errors; the cases that
    // still plan carry hostile text where Azure allows it. The generators' escaping of any name is property-tested
    // in test/iac/property.test.ts.
    expect(underTest.filter(([label]) => label.startsWith("hostile-")).length).toBeGreaterThanOrEqual(1);
    expect(underTest.length).toBeGreaterThanOrEqual(103);
  });

  it.each(underTest)("every ARM template and parameters file written for %s validates as written", (_label, tenant) => {
    const files = [
      ...planIac(tenant, IAC_TEMPLATES)
        .files.filter((f) => f.path.startsWith("arm/"))
        .map((f) => ({ path: `iac/${f.path}`, content: f.content })),
      { path: "network/backup-rules.arm.json", content: networkRulesArmTemplate(planBackup(tenant).networkRules) },
    ];
    expect(files.some((f) => f.path.endsWith(".parameters.json"))).toBe(true);
    for (const file of files) expect(armFileErrors(file.path, JSON.parse(file.content))).toEqual([]);
  });
});
