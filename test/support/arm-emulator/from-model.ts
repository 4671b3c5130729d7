/**
 * The emulator's view of a tenant model: what ARM would list for a tenant.yaml (for example one made by
 * src/synthetic/generate.ts). Each VM becomes a VM with its NIC, managed OS and data disks and an instance
 * view (addVm); each group its virtual networks, NSGs, availability sets, storage accounts and key vaults.
 * Kubernetes clusters are represented by their node VMs, which the model already lists. Used by the discover
 * benchmark, so that discovery of 100 to 10,000 VMs can be timed against the emulator.
 */
import type { Tenant } from "../../../src/inventory/schema.js";
import { add, addVm, availabilitySet, nsg, vnet, type EmulatorTenant } from "./tenant-data.js";

export function emulatorTenantFromModel(model: Tenant): EmulatorTenant {
  const tenant: EmulatorTenant = {
    subscriptions: model.subscriptions.map((s) => ({
      subscriptionId: s.id,
      displayName: s.name,
      resourceGroups: s.resourceGroups.map((g) => ({
        name: g.name,
        location: g.location ?? "local",
        ...(g.tags ? { tags: g.tags } : {}),
        resources: [],
      })),
    })),
    instanceViews: new Map(),
    vmSizes: [],
  };
  for (const s of model.subscriptions) {
    for (const g of s.resourceGroups) {
      for (const n of g.networkSecurityGroups) {
        nsg(
          tenant,
          s.id,
          g.name,
          n.name,
          n.rules.map((r) => [
            r.name,
            r.priority,
            r.direction,
            r.access,
            r.protocol === "Tcp" || r.protocol === "Udp" ? r.protocol : "*",
            r.sourceAddressPrefix,
            String(r.destinationPortRange),
          ]),
        );
      }
      for (const v of g.virtualNetworks) {
        vnet(
          tenant,
          s.id,
          g.name,
          v.name,
          v.addressPrefixes[0] ?? "10.0.0.0/16",
          v.subnets.map((subnet) => ({
            name: subnet.name,
            prefix: subnet.addressPrefix,
            ...(subnet.networkSecurityGroup ? { nsg: subnet.networkSecurityGroup } : {}),
          })),
        );
      }
      for (const a of g.availabilitySets) availabilitySet(tenant, s.id, g.name, a.name);
      for (const a of g.storageAccounts) {
        add(tenant, s.id, g.name, "Microsoft.Storage/storageAccounts", a.name, {
          sku: { name: a.sku ?? "Standard_LRS" },
          kind: a.kind ?? "StorageV2",
          properties: { provisioningState: "Succeeded" },
        });
      }
      for (const k of g.keyVaults) {
        add(tenant, s.id, g.name, "Microsoft.KeyVault/vaults", k.name, {
          properties: { tenantId: "adfs", sku: { family: "A", name: k.sku ?? "standard" }, accessPolicies: [] },
        });
      }
      for (const vm of g.virtualMachines) {
        const nic = vm.nics[0];
        const [vnetName, subnetName] = (nic?.subnet ?? "vnet/default").split("/").slice(-2) as [string, string];
        const osDisk = vm.disks.find((d) => d.role === "os");
        const dataDisks = vm.disks.filter((d) => d.role === "data");
        addVm(tenant, {
          sub: s.id,
          rg: g.name,
          name: vm.name,
          size: vm.size,
          os: vm.osType === "windows" ? "Windows" : "Linux",
          ...(osDisk ? { osDiskGiB: osDisk.sizeGiB } : {}),
          dataDisksGiB: dataDisks.map((d) => d.sizeGiB),
          subnet: { rg: g.name, vnet: vnetName, subnet: subnetName },
          ...(vm.availabilitySet ? { availabilitySet: vm.availabilitySet } : {}),
          power: vm.powerState === "deallocated" ? "deallocated" : vm.powerState === "stopped" ? "stopped" : "running",
          agent: vm.vmAgent !== false,
          ...(vm.tags ? { tags: vm.tags } : {}),
          diskSku: osDisk?.sku === "Standard_LRS" ? "Standard_LRS" : "Premium_LRS",
        });
      }
    }
  }
  return tenant;
}
