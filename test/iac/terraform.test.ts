import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTerraform } from "../../src/iac/terraform.js";
import { azurestackResources } from "../../src/iac/terraform-schema.js";
import type { ResourceGroup, Tenant } from "../../src/inventory/schema.js";
import { hclLiteral, hclReference, parseHcl, resourcesOf, type TfResource } from "./hcl-read.js";
import { awkwardTenant, loadTenant } from "./round-trip.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";

const EXAMPLES = ["examples/small/tenant.yaml", "examples/midsize/tenant.yaml"].filter((file) => existsSync(file));
const small = loadTenant("examples/small/tenant.yaml");
const tenants: Array<[string, Tenant]> = [
  ...EXAMPLES.map((file) => [file, loadTenant(file)] as [string, Tenant]),
  ["awkward variant of the small example", awkwardTenant(small)],
];

function hasTerraform(): boolean {
  try {
    execFileSync("terraform", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const TERRAFORM = hasTerraform();
if (!TERRAFORM) console.log("skipped: terraform is not installed, so `terraform fmt -check` does not run");

/** Literal string of an attribute (template escapes undone), or the value itself when not a string. */
const lit = (value: unknown): unknown => (typeof value === "string" ? hclLiteral(value) : value);
const litTags = (tags: Record<string, string> | undefined) => (tags ? Object.fromEntries(Object.entries(tags).map(([k, v]) => [k, hclLiteral(v)])) : undefined);
const nonEmpty = (tags: Record<string, string> | undefined) => (tags && Object.keys(tags).length > 0 ? tags : undefined);

describe.each(tenants)("Terraform for %s", (_label, tenant) => {
  const files = generateTerraform(tenant, IAC_TEMPLATES);

  it("writes providers.tf, variables.tf and main.tf per subscription with safe paths", () => {
    expect(files.length).toBe(tenant.subscriptions.length * 3);
    for (const f of files) expect(f.path).toMatch(/^terraform\/[^/\\.][^/\\]*\/(providers|variables|main)\.tf$/);
  });

  it("parses with a real HCL parser and uses only resource types and arguments of the azurestack provider table", async () => {
    let checked = 0;
    for (const f of files) {
      const parsed = await parseHcl(f.path, f.content);
      for (const r of resourcesOf(parsed)) {
        const schema = azurestackResources[r.type];
        expect(schema, `resource type ${r.type}`).toBeDefined();
        for (const [key, value] of Object.entries(r.body)) {
          const nested = schema!.blocks?.[key];
          if (nested) {
            for (const item of value as Array<Record<string, unknown>>)
              for (const arg of Object.keys(item)) expect(nested, `${r.type}.${key}.${arg}`).toContain(arg);
          } else expect(schema!.arguments, `${r.type}.${key}`).toContain(key);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("configures the provider from the stamp, with no credential in any file", async () => {
    const providers = files.filter((f) => f.path.endsWith("providers.tf"));
    for (const [i, f] of providers.entries()) {
      const parsed = await parseHcl(f.path, f.content);
      const provider = parsed.provider.azurestack[0];
      expect(provider.metadata_host).toBe(new URL(tenant.stamp.armEndpoint).host);
      expect(provider.subscription_id).toBe(tenant.subscriptions[i]!.id);
      expect(Object.keys(provider).sort()).toEqual(["features", "metadata_host", "subscription_id"]);
      expect(parsed.terraform[0].required_providers[0].azurestack).toEqual({ source: "hashicorp/azurestack", version: "= 1.0.0" });
    }
    for (const f of files) expect(f.content).not.toMatch(/client_secret|password\s*=\s*"/);
  });

  it("declares passwords and keys as sensitive variables without defaults, and every variable it references", async () => {
    for (const folder of files.filter((f) => f.path.endsWith("variables.tf"))) {
      const variables = (await parseHcl(folder.path, folder.content)).variable as Record<string, Array<Record<string, unknown>>>;
      const main = files.find((f) => f.path === folder.path.replace("variables.tf", "main.tf"))!;
      // Bare references only: `var.x` after a space, bracket or comma (hostile literal text holds "$${var.x}").
      const used = new Set([...main.content.matchAll(/(?<=[\s[(,])var\.([A-Za-z0-9_]+)/g)].map((m) => m[1]!));
      expect([...used].sort()).toEqual(Object.keys(variables).sort());
      for (const [name, [v]] of Object.entries(variables)) {
        if (/password|shared_key/.test(name)) {
          expect(v!.sensitive, name).toBe(true);
          expect(v!.default, name).toBeUndefined();
        }
      }
    }
  });

  it("carries the inventory's values: names, addresses, rules, sizes and tags", async () => {
    for (const [s, sub] of tenant.subscriptions.entries()) {
      const main = files.filter((f) => f.path.endsWith("main.tf"))[s]!;
      const resources = resourcesOf(await parseHcl(main.path, main.content));
      const named = (type: string, name: string, group: ResourceGroup): TfResource => {
        const rgLabel = resources.find((r) => r.type === "azurestack_resource_group" && lit(r.body.name) === group.name)!.label;
        const found = resources.filter(
          (r) =>
            r.type === type &&
            lit(r.body.name) === name &&
            (r.body.resource_group_name === undefined || hclReference(r.body.resource_group_name) === `azurestack_resource_group.${rgLabel}.name`),
        );
        expect(found.length, `${type} ${name} in ${group.name}`).toBe(1);
        return found[0]!;
      };
      for (const g of sub.resourceGroups) {
        const rg = named("azurestack_resource_group", g.name, g);
        expect(litTags(rg.body.tags)).toEqual(nonEmpty(g.tags));
        for (const vnet of g.virtualNetworks) {
          const r = named("azurestack_virtual_network", vnet.name, g);
          expect(r.body.address_space).toEqual(vnet.addressPrefixes);
          expect(r.body.dns_servers).toEqual(vnet.dnsServers);
          expect(litTags(r.body.tags)).toEqual(nonEmpty(vnet.tags));
          for (const subnet of vnet.subnets) {
            const sr = resources.find(
              (x) =>
                x.type === "azurestack_subnet" &&
                lit(x.body.name) === subnet.name &&
                hclReference(x.body.virtual_network_name) === `azurestack_virtual_network.${r.label}.name`,
            )!;
            expect(lit(sr.body.address_prefix)).toBe(subnet.addressPrefix);
            const assoc = resources.find(
              (x) => x.type === "azurestack_subnet_network_security_group_association" && hclReference(x.body.subnet_id) === `azurestack_subnet.${sr.label}.id`,
            );
            expect(assoc !== undefined).toBe(subnet.networkSecurityGroup !== undefined);
          }
        }
        for (const nsg of g.networkSecurityGroups) {
          const r = named("azurestack_network_security_group", nsg.name, g);
          const rules = ((r.body.security_rule ?? []) as Array<Record<string, unknown>>).map((rule) =>
            Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, lit(v)])),
          );
          expect(rules).toEqual(
            nsg.rules.map((rule) => ({
              name: rule.name,
              priority: rule.priority,
              direction: rule.direction,
              access: rule.access,
              protocol: rule.protocol,
              source_port_range: String(rule.sourcePortRange),
              destination_port_range: String(rule.destinationPortRange),
              source_address_prefix: rule.sourceAddressPrefix,
              destination_address_prefix: rule.destinationAddressPrefix,
              ...(rule.description === undefined ? {} : { description: rule.description }),
            })),
          );
          expect(litTags(r.body.tags)).toEqual(nonEmpty(nsg.tags));
        }
        for (const lb of g.loadBalancers) {
          const r = named("azurestack_lb", lb.name, g);
          expect((r.body.frontend_ip_configuration as Array<{ name: string }>).map((f) => f.name)).toEqual(lb.frontends.map((f) => f.name));
          for (const rule of lb.rules) {
            const rr = resources.find(
              (x) =>
                x.type === "azurestack_lb_rule" && lit(x.body.name) === rule.name && hclReference(x.body.loadbalancer_id) === `azurestack_lb.${r.label}.id`,
            )!;
            expect([rr.body.protocol, rr.body.frontend_port, rr.body.backend_port, lit(rr.body.frontend_ip_configuration_name)]).toEqual([
              rule.protocol,
              rule.frontendPort,
              rule.backendPort,
              rule.frontend,
            ]);
          }
          for (const probe of lb.probes) {
            const pr = resources.find(
              (x) =>
                x.type === "azurestack_lb_probe" && lit(x.body.name) === probe.name && hclReference(x.body.loadbalancer_id) === `azurestack_lb.${r.label}.id`,
            )!;
            expect([pr.body.protocol, pr.body.port, pr.body.request_path]).toEqual([probe.protocol, probe.port, probe.requestPath]);
          }
        }
        for (const pip of g.publicIpAddresses) {
          const r = named("azurestack_public_ip", pip.name, g);
          expect([r.body.allocation_method, r.body.domain_name_label, r.body.sku]).toEqual([pip.allocation, pip.domainNameLabel, pip.sku]);
        }
        for (const account of g.storageAccounts) {
          const r = named("azurestack_storage_account", account.name, g);
          expect(`${r.body.account_tier}_${r.body.account_replication_type}`).toBe(account.sku ?? "Standard_LRS");
        }
        for (const vm of g.virtualMachines) {
          const type = vm.imageReference
            ? vm.osType === "windows"
              ? "azurestack_windows_virtual_machine"
              : "azurestack_linux_virtual_machine"
            : "azurestack_virtual_machine";
          const r = named(type, vm.name, g);
          expect(lit(r.body.size ?? r.body.vm_size)).toBe(vm.size);
          expect(litTags(r.body.tags)).toEqual(nonEmpty(vm.tags));
          if (vm.imageReference) {
            expect(r.body.source_image_reference[0]).toEqual({ ...vm.imageReference, version: vm.imageReference.version ?? "latest" });
            if (vm.adminUsername) expect(lit(r.body.admin_username)).toBe(vm.adminUsername);
            else expect(hclReference(r.body.admin_username)).toMatch(/^var\.admin_username_/);
            const os = vm.disks.find((d) => d.role === "os")!;
            expect(r.body.os_disk[0].disk_size_gb).toBe(Math.ceil(os.sizeGiB));
            expect(lit(r.body.os_disk[0].name)).toBe(os.name);
          }
          for (const disk of vm.disks.filter((d) => d.role === "data")) {
            const d = named("azurestack_managed_disk", disk.name, g);
            expect([d.body.disk_size_gb, d.body.storage_account_type]).toEqual([Math.ceil(disk.sizeGiB), disk.sku ?? "Standard_LRS"]);
          }
          for (const nic of vm.nics) {
            const n = named("azurestack_network_interface", nic.name, g);
            expect(n.body.ip_configuration[0].private_ip_address).toBe(nic.privateIpAddress);
          }
        }
      }
    }
  });

  it.skipIf(!TERRAFORM)("is formatted the way terraform fmt formats it", () => {
    const dir = mkdtempSync(join(tmpdir(), "azs-tf-"));
    try {
      for (const [i, f] of files.entries()) {
        const path = join(dir, `${i}.tf`);
        writeFileSync(path, f.content);
        execFileSync("terraform", ["fmt", "-check", "-diff", path], {
          stdio: "pipe",
          env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null" },
        });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
