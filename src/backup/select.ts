/**
 * Chooses a backup method for each VM and resource, with the reason in words. The choice follows the
 * tenant's product family (protection.productFamily), then what the guest can run (OS, Server Core), then
 * what the workload needs (application-aware roles), and honours a VM's `backup.method` override.
 * Nothing is dropped: a VM or resource no method fits gets "none" and a gap finding.
 */
import type { PlannerSettings } from "../inventory/defaults.js";
import type { KubernetesCluster, Tenant, Tier, VirtualMachine, WorkloadRole } from "../inventory/schema.js";
import type { VmRef } from "../inventory/walk.js";
import { t, type LocalText } from "../base/text.js";
import { findMethod, method as methodById, type BackupMethod } from "./catalogue.js";

export interface Selection {
  method: string;
  reason: string;
  /** The reason's key and parameters (its `en` is `reason`). */
  reasonLocal: LocalText;
  /** The VM named a method the catalogue does not know (reported as an error finding). */
  unknownOverride?: string;
}

const pick = (method: string, reason: LocalText): Selection => ({ method, reason: reason.en, reasonLocal: reason });

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
  if (vm.backup?.exclude) return pick("excluded", t("backup.reason.excluded"));
  if (!tier) return pick("none", t("backup.reason.no-tier"));
  if (isKubernetesNode(ref, nodeNames)) {
    return pick("kubernetes-rebuild", t("backup.reason.kubernetes-node"));
  }
  const override = vm.backup?.method;
  if (override !== undefined) {
    const chosen = findMethod(override);
    if (chosen && chosen.kind === "vm") return pick(chosen.id, t("backup.reason.override"));
    const automatic = automaticVmMethod(vm, tier, settings);
    return {
      ...pick(automatic.method, t("backup.reason.unknown-override", { reason: automatic.reasonLocal, override })),
      unknownOverride: override,
    };
  }
  return automaticVmMethod(vm, tier, settings);
}

function automaticVmMethod(vm: VirtualMachine, tier: Tier, settings: PlannerSettings): Selection {
  const roles = vm.roles ?? [];
  const appRoles = roles.filter((r) => APP_ROLES.includes(r));
  switch (settings.productFamily) {
    case "microsoft": {
      if (vm.osType === "linux") {
        return pick("veeam-agent-linux", t("backup.reason.linux-partner"));
      }
      if (vm.serverCore) return pick("mabs-mars", t("backup.reason.server-core"));
      if (appRoles.length > 0) {
        return pick("mabs-mars", t("backup.reason.app-aware", { roles: appRoles.join(", ") }));
      }
      const wanted = Math.ceil(24 / tier.rpoHours - 1e-9);
      const mabsCap = methodById("mabs-mars").maxBackupsPerDay ?? wanted;
      const marsCap = methodById("mars").maxBackupsPerDay ?? wanted;
      if (wanted > mabsCap) {
        return pick("mars", t("backup.reason.mars-frequency", { tier: tier.name, rpo: tier.rpoHours, wanted, mars: marsCap, mabs: mabsCap }));
      }
      if (vm.domainJoined === false) {
        return pick("mars", t("backup.reason.workgroup"));
      }
      return pick("mabs-mars", t("backup.reason.windows-mabs"));
    }
    case "veeam":
      return vm.osType === "linux" ? pick("veeam-agent-linux", t("backup.reason.veeam-linux")) : pick("veeam-agent-windows", t("backup.reason.veeam-windows"));
    case "commvault":
      return pick("commvault-agent", t("backup.reason.commvault"));
    case "generic":
      return pick("generic-agent", t("backup.reason.generic"));
  }
}

/** Does the method's agent run on this guest? */
export function runsOn(method: BackupMethod, vm: VirtualMachine): boolean {
  if (method.kind !== "vm") return true;
  if (!method.os.includes(vm.osType)) return false;
  return !(vm.serverCore && !method.serverCore);
}
