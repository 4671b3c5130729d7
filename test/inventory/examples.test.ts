import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/base/findings.js";
import { loadTenantFile, parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { resourceKinds, type Tenant } from "../../src/inventory/schema.js";
import { findVmSize } from "../../src/inventory/vm-sizes.js";
import { makeVmResolver, resourceGroups, virtualMachines } from "../../src/inventory/walk.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const examplePath = (name: string) => resolve(repoRoot, "examples", name, "tenant.yaml");

async function loadExample(name: string): Promise<Tenant> {
  const result = await loadTenantFile(examplePath(name));
  const problems = result.findings.filter((f) => f.severity !== "info").map(formatFinding);
  expect(result.ok, problems.join("\n")).toBe(true);
  return result.tenant!;
}

describe.each(["small", "midsize"])("examples/%s/tenant.yaml", (name) => {
  it("validates with no errors and no warnings", async () => {
    const result = await loadTenantFile(examplePath(name));
    const errors = result.findings.filter((f) => f.severity === "error").map(formatFinding);
    const warnings = result.findings.filter((f) => f.severity === "warning").map(formatFinding);
    expect(errors, `errors:\n${errors.join("\n")}`).toEqual([]);
    expect(warnings, `warnings:\n${warnings.join("\n")}`).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("survives load → save → load unchanged (every kind of resource goes through the serializer)", async () => {
    const tenant = await loadExample(name);
    const again = parseTenant(serializeTenant(tenant), `${name}-saved.yaml`);
    expect(again.ok, again.findings.map(formatFinding).join("\n")).toBe(true);
    expect(again.tenant).toEqual(tenant);
  });

  it("uses real Azure Stack Hub VM sizes with matching vCPUs and memory, and disks of at most 1023 GiB with usedGiB", async () => {
    const tenant = await loadExample(name);
    for (const { vm, qualifiedName } of virtualMachines(tenant)) {
      const size = findVmSize(vm.size);
      expect(size, `${qualifiedName}: ${vm.size}`).toBeDefined();
      expect([vm.vCpus, vm.memoryGiB], qualifiedName).toEqual([size!.vCpus, size!.memoryGiB]);
      for (const disk of vm.disks) {
        expect(disk.sizeGiB, `${qualifiedName}/${disk.name}`).toBeLessThanOrEqual(1023);
        expect(typeof disk.usedGiB, `${qualifiedName}/${disk.name} has no usedGiB`).toBe("number");
        expect(disk.usedGiB!, `${qualifiedName}/${disk.name}: used above its size`).toBeLessThanOrEqual(disk.sizeGiB);
      }
    }
  });

  it("has dependencies that resolve to one VM each and form no cycle", async () => {
    const tenant = await loadExample(name);
    const vms = virtualMachines(tenant);
    const resolve = makeVmResolver(vms);
    const edges = new Map(vms.map((ref) => [ref.qualifiedName, (ref.vm.dependsOn ?? []).map((d) => resolve(d)[0]!.qualifiedName)]));
    // Kahn's algorithm: every VM gets a layer only if the graph is acyclic.
    const layer = new Map<string, number>();
    let progressed = true;
    while (progressed) {
      progressed = false;
      for (const [vm, deps] of edges) {
        if (layer.has(vm) || !deps.every((d) => layer.has(d))) continue;
        layer.set(vm, deps.length === 0 ? 0 : Math.max(...deps.map((d) => layer.get(d)!)) + 1);
        progressed = true;
      }
    }
    const unplaced = [...edges.keys()].filter((vm) => !layer.has(vm));
    expect(unplaced, `VMs on or behind a dependency cycle: ${unplaced.join(", ")}`).toEqual([]);
    expect(Math.max(...layer.values()), "dependencies form several layers").toBeGreaterThanOrEqual(2);
  });
});

describe("examples/midsize/tenant.yaml content", () => {
  it("has at least 55 VMs over 3 subscriptions", async () => {
    const tenant = await loadExample("midsize");
    expect(tenant.subscriptions).toHaveLength(3);
    expect(virtualMachines(tenant).length).toBeGreaterThanOrEqual(55);
    for (const subscription of tenant.subscriptions) {
      const count = subscription.resourceGroups.reduce((n, g) => n + g.virtualMachines.length, 0);
      expect(count, `${subscription.name} has VMs`).toBeGreaterThan(0);
    }
  });

  it("holds at least one of every resource kind", async () => {
    const tenant = await loadExample("midsize");
    const groups = resourceGroups(tenant);
    const empty = resourceKinds.filter((kind) => groups.every(({ resourceGroup }) => resourceGroup[kind].length === 0));
    expect(empty, `kinds with no resource: ${empty.join(", ")}`).toEqual([]);
    expect(groups.flatMap(({ resourceGroup }) => resourceGroup.kubernetesClusters)).toHaveLength(2);
  });

  it("covers the cases the planners must handle", async () => {
    const tenant = await loadExample("midsize");
    const vms = virtualMachines(tenant).map((r) => r.vm);
    const clusters = resourceGroups(tenant).flatMap(({ resourceGroup }) => resourceGroup.kubernetesClusters);
    const vmNames = new Set(vms.map((vm) => vm.name));
    const osVersions = new Set(vms.map((vm) => vm.osVersion));
    const cases: Record<string, boolean> = {
      "Windows Server 2016, 2019 and 2022": ["2016", "2019", "2022"].every((v) => [...osVersions].some((o) => o.startsWith(`Windows Server ${v}`))),
      "Ubuntu, Red Hat and SUSE": ["Ubuntu", "Red Hat", "SUSE"].every((v) => [...osVersions].some((o) => o.startsWith(v))),
      "a Server Core VM": vms.some((vm) => vm.serverCore === true),
      "a deallocated VM": vms.some((vm) => vm.powerState === "deallocated"),
      "a VM without VM agent": vms.some((vm) => vm.vmAgent === false),
      "per-disk change rates": vms.some((vm) => vm.disks.some((d) => d.changeRatePercent !== undefined)),
      "a disk excluded from backup": vms.some((vm) => vm.disks.some((d) => d.excludeFromBackup === true)),
      "VM backup overrides": vms.filter((vm) => vm.backup !== undefined).length >= 2,
      "a domain controller pair": vms.filter((vm) => vm.roles?.includes("active-directory")).length >= 2,
      "several SQL Servers": vms.filter((vm) => vm.roles?.includes("sql-server")).length >= 3,
      "Exchange, SharePoint, file, web and backup servers": (["exchange", "sharepoint", "file-server", "web", "backup-server"] as const).every((role) =>
        vms.some((vm) => vm.roles?.includes(role)),
      ),
      "tags in Japanese": vms.some((vm) => Object.entries(vm.tags ?? {}).some(([k, v]) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(k + v))),
      "node pools whose vmNames are VMs of the tenant": clusters.every((c) =>
        c.nodePools.every((p) => (p.vmNames ?? []).length === p.count && p.vmNames!.every((n) => vmNames.has(n))),
      ),
      "persistent volumes": clusters.every((c) => (c.persistentVolumes ?? []).length > 0),
      "three or four tiers": tenant.protection.tiers.length >= 3 && tenant.protection.tiers.length <= 4,
      "a backup target off the stamp with WAN bandwidth":
        tenant.protection.target.wanBandwidthMbps > 0 && tenant.protection.target.stampName !== tenant.stamp.name,
      "a DR site": tenant.protection.drSite !== undefined && tenant.protection.drSite.kind !== "none",
    };
    const missing = Object.entries(cases)
      .filter(([, present]) => !present)
      .map(([what]) => what);
    expect(missing, `missing: ${missing.join("; ")}`).toEqual([]);
  });
});
