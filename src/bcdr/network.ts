/**
 * Network mapping and IP plan for the DR site. The default is to recreate the tenant's address ranges at the
 * DR site unchanged (Site Recovery keeps a VM's IP when the target subnet has the same range, ASR-MATRIX
 * "Retain source IP address"), which needs no DNS change inside the tenant. That is only possible when the
 * ranges do not overlap what the DR site already uses (S2S-CAPACITY: avoid overlapping ranges between
 * production and DR); otherwise the plan says to re-address. Always-on replicas (an extra DC, an AG replica)
 * must route to production while it runs, so they need a range that overlaps neither (nor the on-premises
 * ranges of the tenant's VPN connections): the plan suggests the first free private /24.
 */
import type { Tenant } from "../inventory/schema.js";
import { resourceGroups } from "../inventory/walk.js";
import { findOverlaps, firstFreeBlock } from "../base/cidr.js";
import type { NetworkPlan } from "./model.js";

export function planNetwork(tenant: Tenant, needsReplicaNetwork: boolean): NetworkPlan {
  const sourceNetworks: NetworkPlan["sourceNetworks"] = [];
  const staticAddresses: NetworkPlan["staticAddresses"] = [];
  const publicEndpoints: NetworkPlan["publicEndpoints"] = [];
  const connectedRanges: string[] = [];
  for (const { resourceGroup: rg } of resourceGroups(tenant)) {
    for (const vnet of rg.virtualNetworks) {
      sourceNetworks.push({
        vnet: `${rg.name}/${vnet.name}`,
        addressPrefixes: [...vnet.addressPrefixes],
        subnets: vnet.subnets.map((s) => ({ name: s.name, addressPrefix: s.addressPrefix })),
        dnsServers: [...(vnet.dnsServers ?? [])],
      });
    }
    for (const vm of rg.virtualMachines) {
      for (const nic of vm.nics) {
        if (nic.privateIpAddress && nic.privateIpAllocation !== "Dynamic")
          staticAddresses.push({ vm: `${rg.name}/${vm.name}`, nic: nic.name, subnet: nic.subnet, address: nic.privateIpAddress });
      }
    }
    for (const connection of rg.vpnConnections) connectedRanges.push(...connection.localNetworkGateway.addressPrefixes);
    for (const pip of rg.publicIpAddresses) {
      // Gateway addresses are not service endpoints users resolve by name.
      const isGateway = rg.vpnGateways.some((g) => g.publicIpAddress.toLowerCase() === pip.name.toLowerCase());
      if (!isGateway) publicEndpoints.push({ name: `${rg.name}/${pip.name}`, address: pip.ipAddress ?? null, dnsLabel: pip.domainNameLabel ?? null });
    }
  }
  const tenantRanges = sourceNetworks.flatMap((n) => n.addressPrefixes);
  const drInUse = [...(tenant.protection.drSite?.addressSpaces ?? [])];
  const { overlaps, unparsed } = findOverlaps(tenantRanges, drInUse);
  return {
    sourceNetworks,
    drInUse,
    overlaps,
    unparsed,
    strategy: overlaps.length > 0 ? "re-address" : "keep-addresses",
    replicaNetwork: needsReplicaNetwork ? (firstFreeBlock([...tenantRanges, ...drInUse, ...connectedRanges]) ?? null) : null,
    staticAddresses,
    publicEndpoints,
  };
}
