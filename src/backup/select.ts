/**
 * Chooses a backup method for each VM and resource, with the reason in words. The choice follows the
 * tenant's product family (protection.productFamily), then what the guest can run (OS, Server Core), then
 * what the workload needs (application-aware roles), and honours a VM's `backup.method` override.
 * Nothing is dropped: a VM or resource no method fits gets "none" and a gap finding.
 */
import type { PlannerSettings } from "../inventory/defaults.js";
import type { KubernetesCluster, Tenant, Tier, VirtualMachine, WorkloadRole } from "../inventory/schema.js";
import type { VmRef } from "../inventory/walk.js";
import { findMethod, method as methodById, type BackupMethod } from "./catalogue.js";

export interface Selection {
  method: string;
  reason: string;
  /** The VM named a method the catalogue does not know (reported as an error finding). */
  unknownOverride?: string;
}

const APP_ROLES: readonly WorkloadRole[] = ["sql-server", "exchange", "sharepoint", "active-directory"];

/** Names of the VMs that are nodes of a Kubernetes cluster (pool vmNames), lower-cased, per resource group. */
export function kubernetesNodeNames(tenant: Tenant): Set<string> {
  const names = new Set<string>();
  for (const subscription of tenant.subscriptions) {
    for (const group of subscription.resourceGroups) {
      for (const cluster of group.kubernetesClusters as KubernetesCluster[]) {
        for (const pool of cluster.nodePools) for (const n of pool.vmNames ?? []) names.add(`${group.name}/${n}`.toLowerCase());
      }
    }
  }
  return names;
}

export function isKubernetesNode(ref: VmRef, nodeNames: ReadonlySet<string>): boolean {
  return (ref.vm.roles ?? []).includes("kubernetes-node") || nodeNames.has(ref.qualifiedName.toLowerCase());
}

export function selectVmMethod(ref: VmRef, tier: Tier | undefined, settings: PlannerSettings, nodeNames: ReadonlySet<string>): Selection {
  const { vm } = ref;
  if (vm.backup?.exclude) return { method: "excluded", reason: "backup.exclude is set on the VM" };
  if (!tier) return { method: "none", reason: "the VM has no tier and protection.defaultTier is not set" };
  if (isKubernetesNode(ref, nodeNames)) {
    return {
      method: "kubernetes-rebuild",
      reason: "a Kubernetes node is rebuilt from its cluster definition; its workloads' state is protected by Velero",
    };
  }
  const override = vm.backup?.method;
  if (override !== undefined) {
    const chosen = findMethod(override);
    if (chosen && chosen.kind === "vm") return { method: chosen.id, reason: `set by backup.method on the VM` };
    const automatic = automaticVmMethod(vm, tier, settings);
    return { ...automatic, unknownOverride: override, reason: `${automatic.reason} (backup.method "${override}" is not a VM method of the catalogue)` };
  }
  return automaticVmMethod(vm, tier, settings);
}

function automaticVmMethod(vm: VirtualMachine, tier: Tier, settings: PlannerSettings): Selection {
  const roles = vm.roles ?? [];
  const appRoles = roles.filter((r) => APP_ROLES.includes(r));
  switch (settings.productFamily) {
    case "microsoft": {
      if (vm.osType === "linux") {
        return {
          method: "veeam-agent-linux",
          reason: "MABS and MARS have no Linux path on Azure Stack Hub, where partner products are the only option for Linux; Veeam Agent for Linux is the partner agent validated there",
        };
      }
      if (vm.serverCore) return { method: "mabs-mars", reason: "MARS cannot run on Server Core; MABS protects the VM through its protection agent" };
      if (appRoles.length > 0) {
        return { method: "mabs-mars", reason: `application-aware protection of ${appRoles.join(", ")} needs MABS (MARS alone backs up files, folders and system state only)` };
      }
      const wanted = Math.ceil(24 / tier.rpoHours - 1e-9);
      const mabsCap = methodById("mabs-mars").maxBackupsPerDay ?? wanted;
      const marsCap = methodById("mars").maxBackupsPerDay ?? wanted;
      if (wanted > mabsCap) {
        return {
          method: "mars",
          reason: `tier "${tier.name}" wants an RPO of ${tier.rpoHours} h (${wanted} backups a day): MARS alone sends ${marsCap} a day to the vault, MABS only ${mabsCap}`,
        };
      }
      if (vm.domainJoined === false) {
        return { method: "mars", reason: "a workgroup Windows VM without application roles: MARS alone, straight to the vault, needs no MABS server in its domain" };
      }
      return { method: "mabs-mars", reason: "Windows VM: MABS keeps a 5-day local copy for fast restores and sends online copies to the vault" };
    }
    case "veeam":
      return vm.osType === "linux"
        ? { method: "veeam-agent-linux", reason: "the tenant's product family is Veeam; Linux guest" }
        : { method: "veeam-agent-windows", reason: "the tenant's product family is Veeam; Windows guest" };
    case "commvault":
      return { method: "commvault-agent", reason: "the tenant's product family is Commvault, whose agent covers Windows and Linux guests" };
    case "generic":
      return { method: "generic-agent", reason: "the tenant's product family is a generic guest agent" };
  }
}

/** Does the method's agent run on this guest? */
export function runsOn(method: BackupMethod, vm: VirtualMachine): boolean {
  if (method.kind !== "vm") return true;
  if (!method.os.includes(vm.osType)) return false;
  return !(vm.serverCore && !method.serverCore);
}
