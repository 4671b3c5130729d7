/**
 * Azure Backup for AKS, applied to the tenant's Kubernetes clusters as if they ran on AKS in public
 * Azure: which volumes it would protect, how often, what reaches the vault tier, and what it
 * skips. Facts from the AKS backup support matrix (2026 version) and FAQ; each limit names its source.
 */
import { t as lt, type LocalText } from "../base/text.js";
import { effectiveTierName } from "../inventory/defaults.js";
import type { KubernetesCluster, Tenant, Tier } from "../inventory/schema.js";
import { resourceGroups } from "../inventory/walk.js";
import type { SourceKey } from "./sources.js";

export const AKS_BACKUP_LIMITS = {
  /** Backup every 4, 6, 8, 12 or 24 hours [aks-matrix]. */
  frequencyHours: [4, 6, 8, 12, 24] as const,
  /** A backup is expected to finish within 2 hours of its scheduled start [aks-faq]. */
  startWindowHours: 2,
  /** Only the first successful backup of a day goes to the vault tier, tiering starts within 4 h [aks-matrix]. */
  vaultTieringDelayHoursMax: 4,
  /** Vault-tier RPO ≤ 24 h; ≤ 36 h with cross-region restore (12 h more for replication) [aks-matrix]. */
  vaultRpoHours: 24,
  vaultCrossRegionRpoHours: 36,
  /** Vault tier: disks up to 1 TB (larger are skipped from tiering), at most 100 disks per backup instance [aks-matrix]. */
  vaultMaxDiskGiB: 1024,
  vaultMaxDisks: 100,
  /** 10 on-demand backups and 10 restores per backup instance per day [aks-matrix]. */
  onDemandBackupsPerDay: 10,
  restoresPerDay: 10,
  /** Namespaces per backup instance (2026 matrix). */
  namespacesPerInstance: 800,
  /** 5,000 backup policies and 5,000 backup instances per vault [aks-matrix]. */
  policiesPerVault: 5000,
  instancesPerVault: 5000,
  /** Always skipped [aks-matrix]. */
  skippedNamespaces: ["kube-system", "kube-node-lease", "kube-public"] as const,
} as const;

/**
 * aks-engine's storage classes on Azure Stack Hub: with the cloud-controller-manager (Kubernetes
 * 1.21+) "default", "managed-premium" and "managed-standard" use the Azure Disk CSI driver; before
 * 1.21 the same names are in-tree kubernetes.io/azure-disk. There is no azurefile class on Azure
 * Stack Hub [akse, parts/k8s/addons/azure-cloud-provider.yaml].
 */
export const AKSE_DISK_CLASSES = ["default", "managed-premium", "managed-standard"] as const;
/** Kubernetes 1.21 is the first version that uses only the out-of-tree cloud provider [akse]. */
export const CSI_ONLY_FROM = [1, 21] as const;

export type VolumeDriver = "azure-disk-csi" | "azure-disk-in-tree" | "azure-files" | "unknown";

export interface AksVolumeAssessment {
  name: string;
  namespace: string;
  sizeGiB: number;
  storageClass: string;
  driver: VolumeDriver;
  /** Operational tier: snapshot taken, or skipped (the backup still succeeds [aks-faq]). */
  operational: "protected" | "skipped";
  vault: "tiered" | "skipped" | "not-applicable";
  reasons: Array<{ text: string; source: SourceKey }>;
}

export interface AksClusterAssessment {
  cluster: string;
  kubernetesVersion: string | null;
  frequencyHours: number;
  frequencyReason: string;
  frequencyReasonLocal?: LocalText;
  /** Node pools where the backup extension can run: x86 Linux (Ubuntu or Azure Linux) [aks-matrix]. */
  extensionPools: string[];
  poolsWithoutExtension: Array<{ pool: string; reason: string }>;
  volumes: AksVolumeAssessment[];
  /** Namespaces of the cluster that AKS backup always skips. */
  skippedNamespaces: string[];
  consistency: string;
  consistencyLocal?: LocalText;
  tiers: {
    operational: { restore: string; protection: string };
    vault: { rpoHours: number; crossRegionRpoHours: number; tieringDelayHoursMax: number; eligible: boolean; protection: string };
  };
  requirements: Array<{ text: string; textLocal?: LocalText; source: SourceKey }>;
  issues: Array<{ text: string; textLocal?: LocalText; source: SourceKey }>;
}

/** A sourced sentence in English with its key beside it. */
const sourced = (text: LocalText, source: SourceKey) => ({ text: text.en, textLocal: text, source });

/** "1.30.14" → [1, 30]; unknown → undefined. */
export function parseMinor(version: string | undefined): [number, number] | undefined {
  const m = version ? /^v?(\d+)\.(\d+)/.exec(version) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/**
 * Provisioner names written where a class name is expected: the provisioner decides the driver, whatever the
 * cluster's version (Kubernetes storage-classes docs, "Provisioner": kubernetes.io/azure-disk is the in-tree
 * plugin, disk.csi.azure.com the CSI driver; likewise for Azure Files).
 */
const PROVISIONERS: Readonly<Record<string, VolumeDriver>> = {
  "kubernetes.io/azure-disk": "azure-disk-in-tree",
  "disk.csi.azure.com": "azure-disk-csi",
  "kubernetes.io/azure-file": "azure-files",
  "file.csi.azure.com": "azure-files",
};

export function volumeDriver(storageClass: string, kubernetesVersion: string | undefined): VolumeDriver {
  const name = storageClass.toLowerCase();
  const byProvisioner = PROVISIONERS[name];
  if (byProvisioner) return byProvisioner;
  if (name.includes("azurefile") || name.includes("azure-file")) return "azure-files";
  const known = (AKSE_DISK_CLASSES as readonly string[]).includes(name) || name.includes("disk") || name.includes("managed");
  if (!known) return "unknown";
  const v = parseMinor(kubernetesVersion);
  // Assumption (docs/assumptions.md): an unknown version is a current one (aks-engine-azurestack ships 1.2x and later).
  if (!v) return "azure-disk-csi";
  const csi = v[0] > CSI_ONLY_FROM[0] || (v[0] === CSI_ONLY_FROM[0] && v[1] >= CSI_ONLY_FROM[1]);
  return csi ? "azure-disk-csi" : "azure-disk-in-tree";
}

/** The longest AKS frequency that meets the RPO (4 h when none does). */
export function aksFrequency(rpoHours: number): { hours: number; reason: string; reasonLocal: LocalText } {
  const fitting = AKS_BACKUP_LIMITS.frequencyHours.filter((h) => h <= rpoHours);
  if (fitting.length === 0) {
    const reason = lt("contrast.aks.frequency.min", { rpo: rpoHours });
    return { hours: 4, reason: reason.en, reasonLocal: reason };
  }
  const hours = Math.max(...fitting);
  const reason = lt("contrast.aks.frequency", { hours, rpo: rpoHours });
  return { hours, reason: reason.en, reasonLocal: reason };
}

const AKS_CONSISTENCY = lt("contrast.aks.consistency");

export function assessAksCluster(cluster: KubernetesCluster, qualifiedName: string, rpoHours: number): AksClusterAssessment {
  const L = AKS_BACKUP_LIMITS;
  const freq = aksFrequency(rpoHours);
  const extensionPools: string[] = [];
  const poolsWithoutExtension: AksClusterAssessment["poolsWithoutExtension"] = [];
  for (const pool of cluster.nodePools) {
    if (pool.role !== "agent") continue;
    if (pool.osType === "windows")
      poolsWithoutExtension.push({
        pool: pool.name,
        reason: "Windows node pool: the backup extension runs only on x86 Ubuntu or Azure Linux pools",
      });
    else extensionPools.push(pool.name);
  }
  const skippedNs = new Set<string>(L.skippedNamespaces);
  const volumes: AksVolumeAssessment[] = (cluster.persistentVolumes ?? []).map((pv) => {
    const driver = volumeDriver(pv.storageClass, cluster.kubernetesVersion);
    const reasons: AksVolumeAssessment["reasons"] = [];
    let operational: AksVolumeAssessment["operational"] = "protected";
    let vault: AksVolumeAssessment["vault"] = "tiered";
    if (skippedNs.has(pv.namespace)) {
      operational = "skipped";
      reasons.push({ text: `namespace ${pv.namespace} is always skipped`, source: "aks-matrix" });
    }
    if (driver === "azure-disk-in-tree") {
      operational = "skipped";
      reasons.push({ text: "in-tree volume: only CSI-driver volumes are backed up", source: "aks-matrix" });
    } else if (driver === "unknown") {
      operational = "skipped";
      reasons.push({
        text: `storage class ${pv.storageClass} is neither Azure Disk nor Azure Files SMB: unsupported volumes are skipped`,
        source: "aks-faq",
      });
    } else if (driver === "azure-files") {
      vault = "not-applicable";
      reasons.push({ text: "Azure Files SMB: operational tier only, at most 30 days retention", source: "aks-matrix" });
    }
    if (operational === "skipped") vault = "skipped";
    else if (driver === "azure-disk-csi" && pv.sizeGiB > L.vaultMaxDiskGiB) {
      vault = "skipped";
      reasons.push({ text: `${pv.sizeGiB} GiB is over the vault tier's 1 TB disk limit: skipped from tiering`, source: "aks-matrix" });
    }
    return {
      name: pv.name,
      namespace: pv.namespace,
      sizeGiB: pv.sizeGiB,
      storageClass: pv.storageClass,
      driver,
      operational,
      vault,
      reasons,
    };
  });
  const issues: AksClusterAssessment["issues"] = [];
  const tierable = volumes.filter((v) => v.vault === "tiered").length;
  const vaultEligible = tierable <= L.vaultMaxDisks;
  if (!vaultEligible) {
    issues.push(sourced(lt("contrast.aks.issue.disks", { count: tierable, max: L.vaultMaxDisks }), "aks-matrix"));
    for (const v of volumes) if (v.vault === "tiered") v.vault = "skipped";
  }
  if (extensionPools.length === 0) issues.push(sourced(lt("contrast.aks.issue.noLinuxPool"), "aks-matrix"));
  if ((cluster.namespaces?.length ?? 0) > L.namespacesPerInstance) {
    issues.push(sourced(lt("contrast.aks.issue.namespaces", { count: cluster.namespaces!.length, max: L.namespacesPerInstance }), "aks-matrix"));
  }
  return {
    cluster: qualifiedName,
    kubernetesVersion: cluster.kubernetesVersion ?? null,
    frequencyHours: freq.hours,
    frequencyReason: freq.reason,
    frequencyReasonLocal: freq.reasonLocal,
    extensionPools,
    poolsWithoutExtension,
    volumes,
    skippedNamespaces: (cluster.namespaces ?? []).filter((n) => skippedNs.has(n)),
    consistency: AKS_CONSISTENCY.en,
    consistencyLocal: AKS_CONSISTENCY,
    tiers: {
      operational: {
        restore: "instant, same region, from snapshots in your subscription and the blob container",
        protection: "no soft delete for operational snapshots",
      },
      vault: {
        rpoHours: L.vaultRpoHours,
        crossRegionRpoHours: L.vaultCrossRegionRpoHours,
        tieringDelayHoursMax: L.vaultTieringDelayHoursMax,
        eligible: vaultEligible,
        protection: "offsite in a Microsoft tenant; enhanced soft delete, multi-user authorisation, immutable vault and customer-managed keys",
      },
    },
    requirements: [
      sourced(lt("contrast.aks.req.storage"), "aks-faq"),
      sourced(lt("contrast.aks.req.snapshotRg"), "aks-faq"),
      sourced(lt("contrast.aks.req.identity"), "aks-matrix"),
      sourced(lt("contrast.aks.req.noVelero"), "aks-faq"),
      sourced(lt("contrast.aks.req.limits", { backups: L.onDemandBackupsPerDay, restores: L.restoresPerDay }), "aks-matrix"),
      sourced(lt("contrast.aks.req.window", { hours: freq.hours, window: L.startWindowHours }), "aks-faq"),
    ],
    issues,
  };
}

/** Every Kubernetes cluster of the tenant, with the tier it is planned under (see `clusterTier`). */
export function assessAksClusters(tenant: Tenant): AksClusterAssessment[] {
  return kubernetesClusters(tenant).map(({ cluster, qualifiedName }) => assessAksCluster(cluster, qualifiedName, clusterTier(tenant, cluster).rpoHours));
}

export function kubernetesClusters(tenant: Tenant): Array<{ cluster: KubernetesCluster; qualifiedName: string; resourceGroup: string }> {
  return resourceGroups(tenant).flatMap(({ resourceGroup }) =>
    resourceGroup.kubernetesClusters.map((cluster) => ({
      cluster,
      qualifiedName: `${resourceGroup.name}/${cluster.name}`,
      resourceGroup: resourceGroup.name,
    })),
  );
}

/**
 * Clusters carry no tier of their own: a cluster takes the tier with the tightest RPO among its node
 * VMs when discovery named them, else the tenant's default tier, else the first tier.
 */
export function clusterTier(tenant: Tenant, cluster: KubernetesCluster): Tier {
  const tiers = tenant.protection.tiers;
  const names = new Set(cluster.nodePools.flatMap((p) => p.vmNames ?? []).map((n) => n.toLowerCase()));
  let best: Tier | undefined;
  for (const { resourceGroup } of resourceGroups(tenant)) {
    for (const vm of resourceGroup.virtualMachines) {
      if (!names.has(vm.name.toLowerCase())) continue;
      const t = effectiveTierName(tenant, vm);
      const tier = t ? tiers.find((x) => x.name === t) : undefined;
      if (tier && (!best || tier.rpoHours < best.rpoHours)) best = tier;
    }
  }
  const fallback = tiers.find((t) => t.name.toLowerCase() === (tenant.protection.defaultTier ?? "").toLowerCase()) ?? tiers[0]!;
  return best ?? fallback;
}
