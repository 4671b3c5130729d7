/**
 * The stack-side plan for the tenant's Kubernetes clusters: Velero sending cluster resources and
 * volume data to the off-stack target, with generated BackupStorageLocation, VolumeSnapshotLocation,
 * VolumeSnapshotClass and Schedule manifests (js-yaml, deterministic).
 */
import { t as lt, type LocalText } from "../base/text.js";
import yaml from "js-yaml";
import type { BackupTarget, BackupTargetKind, KubernetesCluster, Tenant, Tier } from "../inventory/schema.js";
import { AKS_BACKUP_LIMITS, clusterTier, kubernetesClusters, volumeDriver } from "./aks-model.js";
import type { SourceKey } from "./sources.js";
import {
  AWS_PLUGIN_IMAGE,
  AZURE_PLUGIN_IMAGE,
  azureStackEnvironment,
  azureStackInstallScript,
  CREDENTIALS_TEMPLATE,
  environmentFileNote,
  STAMP_CREDENTIALS_SECRET,
  VELERO_IMAGE,
} from "./velero-azurestack.js";

export const VELERO_NAMESPACE = "velero";
/** Default Velero TTL is 30 days, 720h0m0s [velero-how]; the plan sets the tier's retention instead. */
export const VELERO_DEFAULT_TTL = "720h0m0s";
/** The label Velero's CSI support looks for on a VolumeSnapshotClass [velero-csi]. */
export const CSI_CLASS_LABEL = "velero.io/csi-volumesnapshot-class";
/** Azure Disk CSI driver name, GA on Azure Stack Hub [akse]. */
export const AZURE_DISK_CSI_DRIVER = "disk.csi.azure.com";
/** Namespaces the schedules leave out: the three AKS backup also skips [aks-matrix], and Velero's own. */
export const EXCLUDED_NAMESPACES = [...AKS_BACKUP_LIMITS.skippedNamespaces, VELERO_NAMESPACE];
/** Assumptions for GFS schedules (docs/assumptions.md): a month is kept as 31 days, a year as 366. */
const HOURS_PER_MONTH = 31 * 24;
const HOURS_PER_YEAR = 366 * 24;

export const VELERO_VERSION_NOTE =
  "Velero reaches Azure Stack Hub's own storage and disk snapshots through the Azure plugin only in a build that " +
  "carries velero PR #8738 and plugin PR #279 (Azure Stack and private-cloud endpoints via AZURE_CLOUD_NAME=AzureStackCloud " +
  "and AZURE_ENVIRONMENT_FILEPATH, or AZURE_RESOURCE_MANAGER_ENDPOINT); both were still open at the last check and the " +
  "plugin README lists only the three public clouds (velero#3159, plugin#78). So this plan keeps the Azure plugin off the " +
  "stack: volumes go through CSI snapshots (disk.csi.azure.com, GA on Azure Stack Hub from AKS engine v0.60.1, addon from " +
  "v0.70.0, not enabled by default) and Velero's CSI snapshot data mover (Velero 1.12 or later) to the off-stack object " +
  "store; clusters without the CSI driver use file-system backup (node agent with Kopia). The VolumeSnapshotLocation is " +
  "generated for when a release with Azure Stack Hub support exists; no schedule refers to it.";

export type VolumeMode = "csi-snapshot-data-movement" | "file-system-backup";

export interface VeleroClusterPlan {
  cluster: string;
  volumeMode: VolumeMode;
  volumeModeReason: string;
  provider: string;
  bucket: string;
  prefix: string;
  schedules: Array<{ name: string; cron: string; ttl: string; purpose: string; purposeLocal?: LocalText }>;
  /** The manifests as objects, in apply order. */
  manifests: Array<Record<string, unknown>>;
  /** Multi-document YAML of the manifests. */
  yaml: string;
  /**
   * For the Azure plugin on the stamp (velero-azurestack.ts): install.sh and credentials-velero.template, empty
   * when the ARM endpoint does not follow https://management.<region>.<fqdn>. Parameters, never secrets.
   */
  stampFiles: Array<{ name: string; content: string }>;
  /** Install steps, credentials and version caveats: parameters, never secrets. */
  notes: Array<{ text: string; source: SourceKey }>;
  warnings: Array<{ text: string; source: SourceKey }>;
}

export interface VeleroPlan {
  versionNote: string;
  clusters: VeleroClusterPlan[];
}

/** A DNS-label-like slug: lower case, digits and single hyphens (container and bucket names). */
/** A schedule purpose in English with its key beside it. */
const purposeOf = (text: LocalText) => ({ purpose: text.en, purposeLocal: text });

export function slug(text: string, max = 63): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return s.slice(0, max).replace(/-+$/, "") || "x";
}

/** Minutes a time zone is ahead of UTC on a given day (fixed dates keep the output deterministic). */
export function utcOffsetMinutes(timeZone: string, isoDay: string): number {
  const at = new Date(`${isoDay}T12:00:00Z`);
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((local - at.getTime()) / 60000);
}

/**
 * Velero evaluates schedules in UTC (CRON_TZ arrived in Velero 1.15 and failed on images without
 * time-zone data, velero#9519), so local window starts are converted with the zone's January offset.
 */
export function cronHours(startMinuteLocal: number, everyHours: number, offsetMinutes: number): { minute: number; hours: number[] } {
  const utc = (((startMinuteLocal - offsetMinutes) % 1440) + 1440) % 1440;
  const minute = utc % 60;
  const first = Math.floor(utc / 60);
  const hours: number[] = [];
  for (let h = 0; h < 24; h += everyHours) hours.push((first + h) % 24);
  hours.sort((a, b) => a - b);
  return { minute, hours };
}

/** The longest whole-hour interval dividing a day that meets the RPO (Velero runs at any cron tick). */
export function veleroIntervalHours(rpoHours: number): number {
  const divisors = [1, 2, 3, 4, 6, 8, 12, 24];
  const fitting = divisors.filter((h) => h <= rpoHours);
  return fitting.length > 0 ? Math.max(...fitting) : 1;
}

const dump = (obj: unknown): string => yaml.dump(obj, { noRefs: true, lineWidth: -1 });

export function planVelero(tenant: Tenant): VeleroPlan {
  return {
    versionNote: VELERO_VERSION_NOTE,
    clusters: kubernetesClusters(tenant).map((c) => planCluster(tenant, c.cluster, c.qualifiedName, c.resourceGroup)),
  };
}

interface ObjectStore {
  provider: string;
  config: Record<string, string>;
  notes: VeleroClusterPlan["notes"];
  warnings: VeleroClusterPlan["warnings"];
}

/** Where Velero writes for each kind of backup target: the plugin, its config, and what the operator must add. */
const OBJECT_STORES: Record<BackupTargetKind, (target: BackupTarget, tenantSlug: string) => ObjectStore> = {
  "azure-recovery-services-vault": (target, tenantSlug) => ({
    // Velero cannot write into a Recovery Services vault: a Blob container in the vault's region instead.
    provider: "velero.io/azure",
    config: {
      resourceGroup: slug(`rg-velero-${tenantSlug}`, 90),
      storageAccount: `stvelero${tenantSlug.replace(/-/g, "")}`.slice(0, 24),
      useAAD: "true",
    },
    notes: [
      {
        text: `object store: a Standard general-purpose v2 storage account in ${target.location} (public Azure), beside ${target.name}; a Recovery Services vault cannot hold Velero backups`,
        source: "velero-bsl",
      },
      {
        text: "credentials file (env style, values from your secret store, never in the plan): AZURE_SUBSCRIPTION_ID, AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET, AZURE_RESOURCE_GROUP, AZURE_CLOUD_NAME=AzurePublicCloud",
        source: "velero-bsl",
      },
    ],
    warnings: [],
  }),
  "second-stamp": (target, tenantSlug) => ({
    provider: "velero.io/azure",
    config: {
      resourceGroup: slug(`rg-velero-${tenantSlug}`, 90),
      storageAccount: `stvelero${tenantSlug.replace(/-/g, "")}`.slice(0, 24),
    },
    notes: [
      {
        text: "credentials file: AZURE_CLOUD_NAME=AzureStackCloud with AZURE_ENVIRONMENT_FILEPATH pointing at the second stamp's endpoints JSON, or AZURE_RESOURCE_MANAGER_ENDPOINT; add caCert to the config for a stamp certificate from an internal CA",
        source: "velero-ash",
      },
    ],
    warnings: [
      {
        text: `the target ${target.name} is another Azure Stack Hub stamp: the Azure plugin needs Azure Stack support (velero PR #8738, plugin PR #279), not in a release at the last check`,
        source: "velero-ash",
      },
    ],
  }),
  "s3-compatible": (target) => ({
    provider: "velero.io/aws",
    config: { region: target.location, s3ForcePathStyle: "true", s3Url: target.endpoint ?? "https://REPLACE-WITH-S3-ENDPOINT" },
    notes: [
      {
        text: "velero-plugin-for-aws against the S3-compatible target; credentials file with aws_access_key_id/aws_secret_access_key from your secret store",
        source: "velero-aws-bsl",
      },
    ],
    warnings: target.endpoint ? [] : [{ text: "the target has no endpoint in tenant.yaml: set s3Url before applying", source: "velero-aws-bsl" }],
  }),
  "smb-share": (target) => shareBehindS3(target),
  "nfs-share": (target) => shareBehindS3(target),
};

function shareBehindS3(target: BackupTarget): ObjectStore {
  return {
    provider: "velero.io/aws",
    config: { region: target.location, s3ForcePathStyle: "true", s3Url: "https://REPLACE-WITH-S3-ENDPOINT" },
    notes: [],
    warnings: [
      {
        text: `Velero stores backups only in object storage: a ${target.kind} target needs an S3-compatible server in front of it (set s3Url)`,
        source: "velero-how",
      },
    ],
  };
}

/** The schedules for one cluster's tier: one at the RPO's interval, then one per GFS retention (cron in UTC). */
function veleroSchedules(tenant: Tenant, tier: Tier, name: string, warnings: VeleroClusterPlan["warnings"]): VeleroClusterPlan["schedules"] {
  const offset = utcOffsetMinutes(tenant.protection.timeZone ?? "UTC", "2026-01-15");
  const summerOffset = utcOffsetMinutes(tenant.protection.timeZone ?? "UTC", "2026-07-15");
  if (offset !== summerOffset) {
    warnings.push({
      text: `${tenant.protection.timeZone} has daylight saving time: the UTC schedules start an hour later (local time) in summer`,
      source: "velero-sched",
    });
  }
  const [h, m] = tier.backupWindow.start.split(":").map(Number);
  const startLocal = (h ?? 0) * 60 + (m ?? 0);
  const every = veleroIntervalHours(tier.rpoHours);
  const { minute, hours } = cronHours(startLocal, every, offset);
  const dayHour = cronHours(startLocal, 24, offset).hours[0]!;
  const schedules: VeleroClusterPlan["schedules"] = [
    {
      name: `${name}-every-${every}h`,
      cron: `${minute} ${hours.join(",")} * * *`,
      ttl: `${tier.retention.daily * 24}h0m0s`,
      ...purposeOf(lt("contrast.velero.every", { every, tier: tier.name, rpo: tier.rpoHours, days: tier.retention.daily })),
    },
  ];
  if (tier.retention.weekly)
    schedules.push({
      name: `${name}-weekly`,
      cron: `${minute} ${dayHour} * * 0`,
      ttl: `${tier.retention.weekly * 168}h0m0s`,
      ...purposeOf(lt("contrast.velero.weekly", { weeks: tier.retention.weekly })),
    });
  if (tier.retention.monthly)
    schedules.push({
      name: `${name}-monthly`,
      cron: `${minute} ${dayHour} 1 * *`,
      ttl: `${tier.retention.monthly * HOURS_PER_MONTH}h0m0s`,
      ...purposeOf(lt("contrast.velero.monthly", { months: tier.retention.monthly })),
    });
  if (tier.retention.yearly)
    schedules.push({
      name: `${name}-yearly`,
      cron: `${minute} ${dayHour} 1 1 *`,
      ttl: `${tier.retention.yearly * HOURS_PER_YEAR}h0m0s`,
      ...purposeOf(lt("contrast.velero.yearly", { years: tier.retention.yearly })),
    });
  return schedules;
}

function planCluster(tenant: Tenant, cluster: KubernetesCluster, qualifiedName: string, resourceGroup: string): VeleroClusterPlan {
  const target = tenant.protection.target;
  const tier: Tier = clusterTier(tenant, cluster);
  const notes: VeleroClusterPlan["notes"] = [];
  const warnings: VeleroClusterPlan["warnings"] = [];
  const pvs = cluster.persistentVolumes ?? [];
  const drivers = pvs.map((pv) => volumeDriver(pv.storageClass, cluster.kubernetesVersion));
  const csi = drivers.length === 0 || drivers.every((d) => d === "azure-disk-csi");
  const volumeMode: VolumeMode = csi ? "csi-snapshot-data-movement" : "file-system-backup";
  const volumeModeReason = csi
    ? "all volumes use the Azure Disk CSI driver: CSI snapshots, moved to the off-stack store by Velero's data mover"
    : "some volumes are not on the Azure Disk CSI driver (in-tree before Kubernetes 1.21, or another class): file-system backup with the node agent (Kopia)";

  const tenantSlug = slug(tenant.tenant.name, 40);
  const bucket = slug(`velero-${tenantSlug}`);
  const prefix = slug(`${resourceGroup}-${cluster.name}`);
  const bslName = "offstack";
  const { provider, config, ...store } = OBJECT_STORES[target.kind](target, tenantSlug);
  notes.push(...store.notes);
  warnings.push(...store.warnings);

  const bsl = {
    apiVersion: "velero.io/v1",
    kind: "BackupStorageLocation",
    metadata: { name: bslName, namespace: VELERO_NAMESPACE },
    spec: { provider, default: true, objectStorage: { bucket, prefix }, config },
  };
  // Snapshots in their own resource group, so deleting the cluster's group does not take them along [velero-rg].
  const vslName = "azurestack-snapshots";
  const vsl = {
    apiVersion: "velero.io/v1",
    kind: "VolumeSnapshotLocation",
    metadata: { name: vslName, namespace: VELERO_NAMESPACE },
    spec: {
      provider: "velero.io/azure",
      config: { resourceGroup: slug(`${resourceGroup}-velero-snapshots`, 90), incremental: "true" },
      // The stamp's own credentials (AzureStackCloud), apart from the off-stack store's default Secret [velero-vsl].
      credential: { name: STAMP_CREDENTIALS_SECRET, key: "cloud" },
    },
  };
  const snapshotClass = {
    apiVersion: "snapshot.storage.k8s.io/v1",
    kind: "VolumeSnapshotClass",
    metadata: { name: "velero-azuredisk", labels: { [CSI_CLASS_LABEL]: "true" } },
    driver: AZURE_DISK_CSI_DRIVER,
    deletionPolicy: "Delete",
  };

  const schedules = veleroSchedules(tenant, tier, slug(cluster.name, 40), warnings);

  const template: Record<string, unknown> = {
    includedNamespaces: ["*"],
    excludedNamespaces: EXCLUDED_NAMESPACES,
    includeClusterResources: true,
    snapshotVolumes: true,
    storageLocation: bslName,
  };
  if (volumeMode === "csi-snapshot-data-movement") template.snapshotMoveData = true;
  else template.defaultVolumesToFsBackup = true;
  const scheduleObjects = schedules.map((s) => ({
    apiVersion: "velero.io/v1",
    kind: "Schedule",
    metadata: { name: s.name, namespace: VELERO_NAMESPACE },
    spec: { schedule: s.cron, useOwnerReferencesInBackup: false, template: { ...template, ttl: s.ttl } },
  }));

  const manifests: Array<Record<string, unknown>> = [bsl, vsl, ...(volumeMode === "csi-snapshot-data-movement" ? [snapshotClass] : []), ...scheduleObjects];
  notes.push({
    text: "enable the azuredisk-csi-driver addon (AKS engine does not enable a CSI driver on Azure Stack Hub by default); it brings the snapshot controller and CRDs from Kubernetes 1.17",
    source: "akse",
  });
  if (volumeMode === "csi-snapshot-data-movement") {
    notes.push({
      text: `install Velero with --features=EnableCSI (built in from 1.14) and --use-node-agent for the data mover; label one VolumeSnapshotClass ${CSI_CLASS_LABEL}: "true"`,
      source: "velero-data-movement",
    });
  } else {
    notes.push({
      text: "install Velero with --use-node-agent (Kopia); file-system backup reads live files, is less consistent than snapshots and times out after 4 h by default on large volumes",
      source: "velero-fsb",
    });
  }
  notes.push({ text: "the first backup runs when a schedule is created, then at each cron tick (UTC)", source: "velero-how" });
  if (pvs.some((pv) => pv.accessMode === "ReadWriteMany"))
    warnings.push({ text: "ReadWriteMany volumes: the Azure Disk CSI driver on Azure Stack Hub is ReadWriteOnce only", source: "akse" });

  const stampFiles = azureStackFiles(tenant.stamp.armEndpoint, qualifiedName, provider, volumeMode, notes, warnings);
  const yamlText = manifests.map(dump).join("---\n");
  return {
    cluster: qualifiedName,
    volumeMode,
    volumeModeReason,
    provider,
    bucket,
    prefix,
    schedules,
    manifests,
    yaml: yamlText,
    stampFiles,
    notes,
    warnings,
  };
}

/** install.sh and the credentials template for the plugin on the stamp, with the notes that say what they are. */
function azureStackFiles(
  armEndpoint: string,
  cluster: string,
  offStackProvider: string,
  volumeMode: VolumeMode,
  notes: VeleroClusterPlan["notes"],
  warnings: VeleroClusterPlan["warnings"],
): VeleroClusterPlan["stampFiles"] {
  const fields = azureStackEnvironment(armEndpoint);
  if (!fields) {
    warnings.push({
      text: "the ARM endpoint is not https://management.<region>.<fqdn>: the environment file cannot be derived, so no install.sh for the Azure plugin on the stamp is written",
      source: "velero-ash",
    });
    return [];
  }
  notes.push({ text: environmentFileNote(fields), source: "velero-ash" });
  notes.push({
    text: `pinned: ${VELERO_IMAGE} with ${AZURE_PLUGIN_IMAGE} (the plugin line paired with Velero 1.17); AzureStackCloud needs a plugin build with velero PR #8738 and plugin PR #279, not released at the last check`,
    source: "velero-plugin-readme",
  });
  const features = volumeMode === "csi-snapshot-data-movement" ? ["--features=EnableCSI", "--use-node-agent"] : ["--use-node-agent"];
  const offStackPlugin = offStackProvider === "velero.io/aws" ? AWS_PLUGIN_IMAGE : undefined;
  return [
    { name: "credentials-velero.template", content: CREDENTIALS_TEMPLATE },
    { name: "install.sh", content: azureStackInstallScript(cluster, fields, { features, ...(offStackPlugin ? { offStackPlugin } : {}) }) },
  ];
}
