/**
 * The off-stack target, ready to create. A Recovery Services vault in public Azure gets an ARM template on
 * public-Azure api-versions (never the hybrid profile: the vault does not exist on the stack) with soft
 * delete, immutability and storage redundancy. A second stamp gets its storage account on the hybrid
 * profile; targets without an ARM API (S3-compatible, SMB, NFS) get a precise checklist.
 */
import type { BackupTarget } from "../inventory/schema.js";
import { t, type LocalText } from "../base/text.js";
import { DEPLOYMENT_TEMPLATE_SCHEMA, expr, finalizeArm, type ArmTemplate } from "../iac/arm-model.js";
import { apiVersionFor } from "../stamp/api-profile.js";
import type { DeployFile } from "./types.js";

/**
 * Public-Azure api-version of Microsoft.RecoveryServices/vaults: 2024-04-01 carries securitySettings
 * (softDeleteSettings, immutabilitySettings) and redundancySettings (Microsoft Learn, ARM template reference
 * microsoft.recoveryservices/vaults; the resource schema schemas/2024-04-01/Microsoft.RecoveryServices.json of
 * Azure/azure-resource-manager-schemas, kept in test/support/arm-schemas and validated against in the tests).
 * The hybrid profile has no Microsoft.RecoveryServices at all.
 */
export const VAULT_API_VERSION = "2024-04-01";
/** Enhanced soft delete keeps deleted backup data 14 to 180 days; 14 is the service default (Microsoft Learn, backup-azure-enhanced-soft-delete-about). */
export const SOFT_DELETE_DEFAULT_DAYS = 14;
export const SOFT_DELETE_MAX_DAYS = 180;
/** A new vault is geo-redundant unless set otherwise before the first backup (Microsoft Learn, backup-create-recovery-services-vault). */
export const DEFAULT_VAULT_REDUNDANCY = "GeoRedundant";
/** standardTierStorageRedundancy and immutabilitySettings.state as the 2024-04-01 resource schema lists them ("Invalid" left out). */
export const VAULT_REDUNDANCIES = ["GeoRedundant", "ZoneRedundant", "LocallyRedundant"] as const;
export const VAULT_IMMUTABILITY_STATES = ["Disabled", "Unlocked", "Locked"] as const;

export const VAULT_TEMPLATE = "target/recovery-services-vault.json";
export const STAMP_STORAGE_TEMPLATE = "target/second-stamp-storage.json";
export const TARGET_CHECKLIST = "target/checklist.md";

export function vaultTemplate(target: BackupTarget): ArmTemplate {
  return {
    $schema: DEPLOYMENT_TEMPLATE_SCHEMA,
    contentVersion: "1.0.0.0",
    parameters: {
      vaultName: { type: "string", defaultValue: target.name, metadata: { description: "Recovery Services vault name (protection.target.name)" } },
      location: { type: "string", defaultValue: target.location, metadata: { description: "Public Azure region (protection.target.location)" } },
      storageRedundancy: {
        type: "string",
        defaultValue: DEFAULT_VAULT_REDUNDANCY,
        allowedValues: [...VAULT_REDUNDANCIES],
        metadata: { description: "GeoRedundant, ZoneRedundant or LocallyRedundant; fixed once the first item is protected" },
      },
      immutability: {
        type: "string",
        defaultValue: target.immutable ? "Unlocked" : "Disabled",
        allowedValues: [...VAULT_IMMUTABILITY_STATES],
        metadata: { description: "Disabled, Unlocked or Locked (irreversible); from protection.target.immutable" },
      },
      softDeleteRetentionDays: {
        type: "int",
        defaultValue: SOFT_DELETE_DEFAULT_DAYS,
        minValue: SOFT_DELETE_DEFAULT_DAYS,
        maxValue: SOFT_DELETE_MAX_DAYS,
        metadata: { description: `Days deleted backup data is kept (${SOFT_DELETE_DEFAULT_DAYS} to ${SOFT_DELETE_MAX_DAYS})` },
      },
    },
    variables: {},
    resources: [
      {
        type: "Microsoft.RecoveryServices/vaults",
        apiVersion: VAULT_API_VERSION,
        name: expr("parameters('vaultName')"),
        location: expr("parameters('location')"),
        sku: { name: "RS0", tier: "Standard" },
        properties: {
          publicNetworkAccess: "Enabled",
          redundancySettings: { standardTierStorageRedundancy: expr("parameters('storageRedundancy')"), crossRegionRestore: "Disabled" },
          securitySettings: {
            immutabilitySettings: { state: expr("parameters('immutability')") },
            softDeleteSettings: { softDeleteState: "Enabled", softDeleteRetentionPeriodInDays: expr("parameters('softDeleteRetentionDays')") },
          },
        },
      },
    ],
    outputs: { vaultId: { type: "string", value: expr("resourceId('Microsoft.RecoveryServices/vaults', parameters('vaultName'))") } },
  };
}

/** The second stamp's storage account for the repository, on the hybrid profile (the target is itself a stamp). */
export function stampStorageTemplate(target: BackupTarget): ArmTemplate {
  const apiVersion = apiVersionFor("Microsoft.Storage/storageAccounts") ?? "2019-06-01";
  return {
    $schema: DEPLOYMENT_TEMPLATE_SCHEMA,
    contentVersion: "1.0.0.0",
    parameters: {
      storageAccountName: { type: "string", defaultValue: storageName(target.name), metadata: { description: "Storage account on the second stamp" } },
      location: { type: "string", defaultValue: target.location, metadata: { description: "The second stamp's region" } },
    },
    variables: {},
    resources: [
      {
        type: "Microsoft.Storage/storageAccounts",
        apiVersion,
        name: expr("parameters('storageAccountName')"),
        location: expr("parameters('location')"),
        sku: { name: "Standard_LRS" },
        kind: "Storage",
        properties: { supportsHttpsTrafficOnly: true },
      },
    ],
    outputs: {},
  };
}

/** Storage account names: 3–24 lower-case letters and digits (Microsoft Learn, resource-name-rules). */
function storageName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  return (cleaned.length >= 3 ? cleaned : `st${cleaned}bkp`).slice(0, 24);
}

/** What to set by hand, in order, where no ARM API creates the target (or the stamp cannot enforce a setting). */
export function targetChecklist(target: BackupTarget): LocalText[] {
  const items: LocalText[] = [];
  const params = { name: target.name, location: target.location, endpoint: target.endpoint ?? target.location };
  if (target.kind === "s3-compatible") {
    items.push(t("ops.check.s3.bucket", params), t("ops.check.s3.versioning"), t("ops.check.s3.objectLock", { immutable: target.immutable ? "yes" : "no" }));
    items.push(t("ops.check.s3.lifecycle"), t("ops.check.s3.user"));
  } else if (target.kind === "second-stamp") {
    items.push(t("ops.check.stamp.deploy", params), t("ops.check.stamp.noImmutability"), t("ops.check.stamp.keys"));
  } else if (target.kind === "smb-share" || target.kind === "nfs-share") {
    items.push(t("ops.check.share.create", params), t("ops.check.share.snapshots"), t("ops.check.share.account"));
  } else {
    items.push(t("ops.check.vault.redundancy"), t("ops.check.vault.immutability", { immutable: target.immutable ? "yes" : "no" }));
  }
  items.push(t("ops.check.reachable", params));
  return items;
}

/** The target's templates; its checklist (TARGET_CHECKLIST) is Markdown, written by the report from `targetChecklist`. */
export function targetFiles(target: BackupTarget): DeployFile[] {
  const files: DeployFile[] = [];
  if (target.kind === "azure-recovery-services-vault") {
    files.push({ path: VAULT_TEMPLATE, kind: "arm-public", content: `${JSON.stringify(finalizeArm(vaultTemplate(target)), null, 2)}\n` });
  }
  if (target.kind === "second-stamp") {
    files.push({ path: STAMP_STORAGE_TEMPLATE, kind: "arm-hybrid", content: `${JSON.stringify(finalizeArm(stampStorageTemplate(target)), null, 2)}\n` });
  }
  return files;
}
