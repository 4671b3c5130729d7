/** Flat views of the nested inventory, with each item's field path, for planners and rules. */
import type { ResourceGroup, Subscription, Tenant, VirtualMachine } from "./schema.js";
import type { PathSegment } from "../base/path.js";

export interface ResourceGroupRef {
  subscription: Subscription;
  resourceGroup: ResourceGroup;
  path: PathSegment[];
}

export interface VmRef {
  vm: VirtualMachine;
  subscription: Subscription;
  resourceGroup: ResourceGroup;
  path: PathSegment[];
  /** "resourceGroup/vm": unique within a subscription, and what plans and reports print. */
  qualifiedName: string;
}

export function resourceGroups(tenant: Tenant): ResourceGroupRef[] {
  return tenant.subscriptions.flatMap((subscription, s) =>
    subscription.resourceGroups.map((resourceGroup, g) => ({
      subscription,
      resourceGroup,
      path: ["subscriptions", s, "resourceGroups", g],
    })),
  );
}

export function virtualMachines(tenant: Tenant): VmRef[] {
  return resourceGroups(tenant).flatMap(({ subscription, resourceGroup, path }) =>
    resourceGroup.virtualMachines.map((vm, v) => ({
      vm,
      subscription,
      resourceGroup,
      path: [...path, "virtualMachines", v],
      qualifiedName: `${resourceGroup.name}/${vm.name}`,
    })),
  );
}

/**
 * Resolves a VM reference as written in `dependsOn`: "vm" when the name is unique in the tenant,
 * "resourceGroup/vm" otherwise. Names compare case-insensitively, as ARM names do.
 */
export function makeVmResolver(vms: readonly VmRef[]): (reference: string) => VmRef[] {
  const byName = new Map<string, VmRef[]>();
  const add = (key: string, ref: VmRef) => {
    const k = key.toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), ref]);
  };
  for (const ref of vms) {
    add(ref.vm.name, ref);
    add(ref.qualifiedName, ref);
  }
  return (reference) => byName.get(reference.toLowerCase()) ?? [];
}

export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
