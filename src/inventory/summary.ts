/** The inventory summary that `validate` prints: counts per kind, per tier, and capacity. */
import { roundTo } from "../base/units.js";
import { effectiveTierName, effectiveUsedGiB } from "./defaults.js";
import { resourceKinds, type ResourceKind, type Tenant } from "./schema.js";
import { resourceGroups, virtualMachines } from "./walk.js";

export interface TierSummary {
  tier: string;
  virtualMachines: number;
  provisionedGiB: number;
  usedGiB: number;
}

export interface InventorySummary {
  tenant: string;
  stamp: string;
  subscriptions: number;
  resourceGroups: number;
  counts: Record<ResourceKind, number>;
  disks: number;
  byOs: { windows: number; linux: number };
  byTier: TierSummary[];
  /** VMs with no tier and no default tier. */
  unprotectedVirtualMachines: number;
  provisionedGiB: number;
  /** Used capacity; a disk without usedGiB counts at its documented default share (defaults.ts). */
  usedGiB: number;
  /** How many disks had no usedGiB and were counted at the default share. */
  disksWithEstimatedUse: number;
  storageAccountGiB: number;
  persistentVolumeGiB: number;
}

const round = (n: number) => roundTo(n, 2);

export function summarizeInventory(tenant: Tenant): InventorySummary {
  const counts = Object.fromEntries(resourceKinds.map((k) => [k, 0])) as Record<ResourceKind, number>;
  let storageAccountGiB = 0;
  let persistentVolumeGiB = 0;
  for (const { resourceGroup } of resourceGroups(tenant)) {
    for (const kind of resourceKinds) counts[kind] += resourceGroup[kind].length;
    for (const account of resourceGroup.storageAccounts) {
      storageAccountGiB += (account.usedGiB?.blob ?? 0) + (account.usedGiB?.table ?? 0) + (account.usedGiB?.queue ?? 0);
    }
    for (const cluster of resourceGroup.kubernetesClusters) {
      for (const pv of cluster.persistentVolumes ?? []) persistentVolumeGiB += pv.sizeGiB;
    }
  }
  const tiers = new Map<string, TierSummary>(tenant.protection.tiers.map((t) => [t.name, { tier: t.name, virtualMachines: 0, provisionedGiB: 0, usedGiB: 0 }]));
  const byOs = { windows: 0, linux: 0 };
  let unprotected = 0;
  let provisionedGiB = 0;
  let usedGiB = 0;
  let disks = 0;
  let estimated = 0;
  for (const { vm } of virtualMachines(tenant)) {
    byOs[vm.osType] += 1;
    const vmProvisioned = vm.disks.reduce((sum, d) => sum + d.sizeGiB, 0);
    const vmUsed = vm.disks.reduce((sum, d) => sum + effectiveUsedGiB(d), 0);
    disks += vm.disks.length;
    estimated += vm.disks.filter((d) => d.usedGiB === undefined).length;
    provisionedGiB += vmProvisioned;
    usedGiB += vmUsed;
    const tierName = effectiveTierName(tenant, vm);
    const tier = tierName ? tiers.get(tierName) : undefined;
    if (!tier) unprotected += 1;
    else {
      tier.virtualMachines += 1;
      tier.provisionedGiB += vmProvisioned;
      tier.usedGiB += vmUsed;
    }
  }
  return {
    tenant: tenant.tenant.name,
    stamp: tenant.stamp.name,
    subscriptions: tenant.subscriptions.length,
    resourceGroups: resourceGroups(tenant).length,
    counts,
    disks,
    byOs,
    byTier: [...tiers.values()].map((t) => ({ ...t, provisionedGiB: round(t.provisionedGiB), usedGiB: round(t.usedGiB) })),
    unprotectedVirtualMachines: unprotected,
    provisionedGiB: round(provisionedGiB),
    usedGiB: round(usedGiB),
    disksWithEstimatedUse: estimated,
    storageAccountGiB: round(storageAccountGiB),
    persistentVolumeGiB: round(persistentVolumeGiB),
  };
}
