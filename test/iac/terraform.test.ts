import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateTerraform } from "../../src/iac/terraform.js";
import type { ResourceGroup, Tenant } from "../../src/inventory/schema.js";
import { hclLiteral, hclReference, parseHcl, resourcesOf, type TfResource } from "./hcl-read.js";
import { checkTerraformFile } from "./terraform-check.js";
import { awkwardTenant, loadTenant } from "./round-trip.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";
import { generatedTenants, hostileNameTenants } from "../support/tenants-under-test.js";

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
if (!TERRAFORM)
  console.log(
    "skipped: terraform is not on PATH, so `terraform fmt -check -diff` does not run (CI has no Terraform; the hand-written formatting rules are tested in test/iac/escape.test.ts)",
  );

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

  it("passes the azurestack 1.0.0 schema and value rules (types, blocks, attributes, required ones, values)", async () => {
    const errors = (await Promise.all(files.map((f) => checkTerraformFile(f.path, f.content)))).flat();
    expect(errors).toEqual([]);
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
          // A network with a subnet NSG declares its subnets inline (security_group); others as azurestack_subnet.
          const inline = vnet.subnets.some((x) => x.networkSecurityGroup !== undefined);
          const declared = inline
            ? ((r.body.subnet ?? []) as Array<Record<string, unknown>>).map((x) => ({
                name: lit(x.name),
                prefix: lit(x.address_prefix),
                nsg: hclReference(x.security_group),
              }))
            : resources
                .filter((x) => x.type === "azurestack_subnet" && hclReference(x.body.virtual_network_name) === `azurestack_virtual_network.${r.label}.name`)
                .map((x) => ({ name: lit(x.body.name), prefix: lit(x.body.address_prefix), nsg: undefined }));
          expect(declared.map((x) => [x.name, x.prefix])).toEqual(vnet.subnets.map((x) => [x.name, x.addressPrefix]));
          for (const subnet of vnet.subnets) {
            const nsgRef = declared.find((x) => x.name === subnet.name)!.nsg;
            if (subnet.networkSecurityGroup === undefined) expect(nsgRef).toBeUndefined();
            else {
              const nsg = resources.find((x) => x.type === "azurestack_network_security_group" && `azurestack_network_security_group.${x.label}.id` === nsgRef);
              expect(nsg && (lit(nsg.body.name) as string).toLowerCase(), `${vnet.name}/${subnet.name}`).toBe(subnet.networkSecurityGroup.toLowerCase());
            }
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
            // Https is not a protocol provider 1.0.0 accepts: such a probe becomes a Tcp probe of the same port.
            const expected = probe.protocol === "Https" ? ["Tcp", probe.port, undefined] : [probe.protocol, probe.port, probe.requestPath];
            expect([pr.body.protocol, pr.body.port, pr.body.request_path]).toEqual(expected);
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
});

// terraform fmt is the formatter users run; CI cannot install Terraform (neither Debian nor npm carries it), so this
// runs where it is on PATH and the alignment rules it enforces are also tested by hand (escape.test.ts).
describe("terraform fmt -check -diff", () => {
  const underTest = [...tenants, ...hostileNameTenants(), ...generatedTenants(10)];
  it.skipIf(!TERRAFORM)(`finds nothing to change in the .tf of the examples, the awkward tenant, the hostile-names corpus and 10 generated tenants`, () => {
    const dir = mkdtempSync(join(tmpdir(), "azs-tf-"));
    try {
      let count = 0;
      for (const [i, [, tenant]] of underTest.entries()) {
        for (const f of generateTerraform(tenant, IAC_TEMPLATES)) {
          const path = join(dir, String(i), f.path);
          mkdirSync(dirname(path), { recursive: true });
          writeFileSync(path, f.content);
          count++;
        }
      }
      expect(count).toBeGreaterThan(underTest.length * 3 - 1);
      const run = spawnSync("terraform", ["fmt", "-check", "-diff", "-recursive", dir], {
        encoding: "utf8",
        env: { ...process.env, TF_CLI_CONFIG_FILE: "/dev/null", CHECKPOINT_DISABLE: "1" },
      });
      expect(run.stdout + run.stderr, "terraform fmt would change these files").toBe("");
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
