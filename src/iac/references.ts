/** Resolution of the inventory's name references ("vnet/subnet", "rg/vnet/subnet", "lb/pool") to canonical names. */
import type { ResourceGroup, Subscription } from "../inventory/schema.js";
import { sameName } from "../inventory/walk.js";

export interface SubnetRef {
  resourceGroup: string;
  virtualNetwork: string;
  subnet: string;
  /** True when the subnet lives in another resource group than the referring resource. */
  external: boolean;
}

/**
 * Parses "vnet/subnet" (same group) or "rg/vnet/subnet" and returns the names as the inventory defines them
 * (references compare case-insensitively, like ARM names). Undefined when it does not resolve; validate.ts
 * reports that as an error before any plan is built.
 */
export function resolveSubnet(subscription: Subscription, from: ResourceGroup, reference: string): SubnetRef | undefined {
  const parts = reference.split("/");
  const [groupName, vnetName, subnetName] = parts.length === 3 ? parts : [from.name, parts[0], parts[1]];
  if (!groupName || !vnetName || !subnetName || parts.length > 3) return undefined;
  const group = subscription.resourceGroups.find((g) => sameName(g.name, groupName));
  const vnet = group?.virtualNetworks.find((v) => sameName(v.name, vnetName));
  const subnet = vnet?.subnets.find((s) => sameName(s.name, subnetName));
  if (!group || !vnet || !subnet) return undefined;
  return { resourceGroup: group.name, virtualNetwork: vnet.name, subnet: subnet.name, external: group !== from };
}

/** The canonical name of a same-group item, or undefined. */
export function resolveName<T extends { name: string }>(items: readonly T[], name: string | undefined): T | undefined {
  return name === undefined ? undefined : items.find((item) => sameName(item.name, name));
}

/** Data disk LUNs: the given ones, then the lowest free LUN for each disk without one, in list order. */
export function assignLuns(dataDisks: ReadonlyArray<{ lun?: number | undefined }>): number[] {
  const used = new Set(dataDisks.flatMap((d) => (d.lun === undefined ? [] : [d.lun])));
  let next = 0;
  return dataDisks.map((d) => {
    if (d.lun !== undefined) return d.lun;
    while (used.has(next)) next++;
    used.add(next);
    return next;
  });
}
