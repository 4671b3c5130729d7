/**
 * What each backup product or method can do on Azure Stack Hub, with the fact's source and how firm it is:
 * "V" = read in a source named here, "U" = unverified (no source found; an assumption the plan names).
 * The planner reads only this table; docs/backup.md renders the same facts for readers.
 *
 * Short source keys (full list in bcdr-anchors.md of the project's reference notes):
 * - MABS-ASH  = github.com/MicrosoftDocs/azure-docs articles/backup/backup-mabs-install-azure-stack.md
 * - MABS-MTX  = github.com/MicrosoftDocs/azure-docs articles/backup/backup-mabs-protection-matrix.md
 * - MARS-MTX  = github.com/MicrosoftDocs/azure-docs articles/backup/backup-support-matrix-mars-agent.md
 * - ASH-PROT  = github.com/MicrosoftDocs/azure-stack-docs azure-stack/user/azure-stack-manage-vm-protect.md
 * - BCDR-VAL  = github.com/Azure-Samples/Azure-Stack-Hub-Foundation-Core BCDR-validation/
 * - CV-ASH    = github.com/MicrosoftDocs/azure-stack-docs azure-stack/user/azure-stack-network-howto-backup-commvault.md
 */
import type { BackupTargetKind, OsType, WorkloadRole } from "../inventory/schema.js";

export type Firmness = "V" | "U";
export interface Fact {
  text: string;
  source: string;
  firmness: Firmness;
}

/** A fact about the initial copy: does the reduction apply on the wire (`applies`)? */
export interface SeedingFact extends Fact {
  applies: boolean;
}

/** The cautious reading for a product whose sources say nothing about reduction on the wire. */
const raw = (source: string): SeedingFact => ({
  applies: false,
  text: "the seeding time counts the data as it crosses the link, unreduced: no source read says the product reduces it before the WAN",
  source,
  firmness: "U",
});

export type MethodKind = "vm" | "storage-account" | "key-vault" | "kubernetes" | "none";

export interface BackupMethod {
  id: string;
  name: string;
  kind: MethodKind;
  /** Guest operating systems the agent runs on (VM methods). */
  os: readonly OsType[];
  /** Can the agent run on Windows Server Core? */
  serverCore: boolean;
  /** Target kinds the method can write its off-stack copy to. */
  targets: readonly BackupTargetKind[];
  /** Most backups a day that reach the off-stack target; undefined = no product limit known. */
  maxBackupsPerDay?: number;
  /** Most recovery points per protected instance. */
  maxRecoveryPoints?: number;
  /** Largest source volume, in GB as the vendor writes it. */
  maxVolumeGB?: number;
  /** Most days of backups a method may keep on disks of the stamp (MABS short-term storage). */
  maxLocalRetentionDays?: number;
  /** Needs a backup server VM on the stamp (MABS) that stages a first copy. */
  needsBackupServer: boolean;
  /** The planner installs the agent with the Custom Script Extension, which needs the Azure VM agent. */
  needsVmAgent: boolean;
  /** Workload roles protected application-consistently (log truncation, item-level restore). */
  appAware: readonly WorkloadRole[];
  /** Can the first full go by disk shipment instead of over the WAN? */
  offlineSeeding: boolean;
  /**
   * Does the data reduction (compression, deduplication) happen before the first full crosses the WAN? Only
   * then does the seeding time use the reduced size; otherwise the link carries the data as it is.
   */
  reductionBeforeLink: SeedingFact;
  facts: readonly Fact[];
}

const ALL_TARGETS: readonly BackupTargetKind[] = ["azure-recovery-services-vault", "second-stamp", "s3-compatible", "smb-share", "nfs-share"];
const NOT_VAULT: readonly BackupTargetKind[] = ["second-stamp", "s3-compatible", "smb-share", "nfs-share"];

/** How a partner agent uses a "Recovery Services vault" target: the vault marks the public Azure region. */
const BLOB_BESIDE_VAULT: Fact = {
  text: "with a Recovery Services vault target, the agent writes to an Azure Blob storage account in the vault's region instead (partner products cannot write to a vault)",
  source: "planner assumption; object-storage targets per BCDR-VAL and CV-ASH",
  firmness: "U",
};

const MABS_MARS_FACTS: readonly Fact[] = [
  { text: "MARS runs on Windows only; Server Core SKUs are not supported", source: "MARS-MTX", firmness: "V" },
  {
    text: "MARS backs up at most 3 times a day to a Recovery Services vault",
    source: "MARS-MTX; articles/backup/backup-support-matrix-iaas.md",
    firmness: "V",
  },
  { text: "up to 9,999 recovery points per protected instance", source: "MARS-MTX", firmness: "V" },
  {
    text: "largest volume 54,400 GB on Windows Server 2012 and later; 1,700 GB on 2008 R2/2008 SP2/Windows 7",
    source: "MARS-MTX",
    firmness: "V",
  },
  { text: "cache space should be 5–10 % of the backed-up data", source: "MARS-MTX", firmness: "V" },
  { text: "after more than 15 days without a connection to Azure, backups stop", source: "MABS-ASH", firmness: "V" },
];

export const catalogue: readonly BackupMethod[] = [
  {
    id: "mabs-mars",
    name: "Microsoft Azure Backup Server (MABS) with the MARS agent, to a Recovery Services vault",
    kind: "vm",
    os: ["windows"],
    serverCore: true,
    targets: ["azure-recovery-services-vault"],
    maxBackupsPerDay: 2,
    maxRecoveryPoints: 9999,
    maxVolumeGB: 54400,
    maxLocalRetentionDays: 5,
    needsBackupServer: true,
    needsVmAgent: false,
    appAware: ["sql-server", "exchange", "sharepoint", "active-directory"],
    offlineSeeding: true,
    reductionBeforeLink: raw(
      "MABS-ASH and MARS-MTX size the online and offline initial copy by the protected data; offline-backup-overview.md (articles/backup) the same",
    ),
    facts: [
      {
        text: "MABS on Azure Stack Hub protects Windows Server volumes, files, system state, SQL Server, Exchange and SharePoint",
        source: "MABS-MTX",
        firmness: "V",
      },
      {
        text: "Linux is protected only as a Hyper-V or VMware guest, so Linux on Azure Stack Hub has no MABS path",
        source: "MABS-MTX (inference); ASH-PROT: 'for Linux based IaaS VMs, the only option is to use partner products'",
        firmness: "V",
      },
      {
        text: "the MABS VM is A2 or larger, domain-joined, dedicated, with local SQL Server; protected VMs are in the same virtual network and subscription",
        source: "MABS-ASH",
        firmness: "V",
      },
      {
        text: "keep backup data on MABS-attached disks for at most 5 days; older data belongs in Azure",
        source: "MABS-ASH",
        firmness: "V",
      },
      { text: "at most 2 online backups a day to the vault", source: "MABS-ASH; bcdr-anchors §3", firmness: "V" },
      { text: "data-disk slots bound the storage pool: A2 = 4, A3 = 8, A4 = 16 disks", source: "MABS-ASH", firmness: "V" },
      {
        text: "the protection agent is pushed from the MABS server (no VM extension needed)",
        source: "DPM agent deployment (SystemCenterDocs); not checked for Azure Stack Hub",
        firmness: "U",
      },
      { text: "the MABS protection agent protects Windows Server Core installations", source: "none found", firmness: "U" },
      ...MABS_MARS_FACTS,
    ],
  },
  {
    id: "mars",
    name: "MARS agent alone, to a Recovery Services vault",
    kind: "vm",
    os: ["windows"],
    serverCore: false,
    targets: ["azure-recovery-services-vault"],
    maxBackupsPerDay: 3,
    maxRecoveryPoints: 9999,
    maxVolumeGB: 54400,
    needsBackupServer: false,
    needsVmAgent: true,
    appAware: ["active-directory"],
    offlineSeeding: true,
    reductionBeforeLink: raw("MARS-MTX; articles/backup/offline-backup-overview.md sizes the initial copy by the data to back up"),
    facts: [
      ...MABS_MARS_FACTS,
      {
        text: "files, folders and system state only: no application-aware SQL Server, Exchange or SharePoint backup",
        source: "MARS-MTX",
        firmness: "V",
      },
      { text: "offline seeding is supported, but not for system state", source: "MARS-MTX", firmness: "V" },
      {
        text: "installed with the Custom Script Extension (as UKCloud's MARS-on-Azure-Stack automation does), so the VM agent is needed",
        source: "UKCloud/documentation articles/azure/azs-how-configure-mars-backups-powershell.md",
        firmness: "U",
      },
    ],
  },
  {
    id: "veeam-agent-windows",
    name: "Veeam Agent for Microsoft Windows, managed by Veeam Backup & Replication",
    kind: "vm",
    os: ["windows"],
    serverCore: true,
    targets: ALL_TARGETS,
    maxBackupsPerDay: 24,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: ["sql-server", "exchange", "sharepoint", "active-directory"],
    offlineSeeding: true,
    reductionBeforeLink: raw("BCDR-VAL Veeam_results_round1.md reports 4,000 GB read and 860 GB stored, not what crossed the network"),
    facts: [
      {
        text: "validated on Azure Stack Hub 1.2102 with Veeam 11: 100 Windows VMs, 4,000 GB full in 1 h 53 m; network bottleneck above 25 task slots",
        source: "BCDR-VAL Veeam_results_round1.md",
        firmness: "V",
      },
      {
        text: "agents need a direct connection to the repository; reserve ≥ 2 GB RAM for the agent",
        source: "BCDR-VAL Veeam_results_round1.md",
        firmness: "V",
      },
      {
        text: "targets: repository on another stamp or site, SMB/NAS, Azure Blob object storage; it cannot write to a Recovery Services vault",
        source: "BCDR-VAL Veeam_results_round1.md",
        firmness: "V",
      },
      BLOB_BESIDE_VAULT,
      { text: "periodic schedules allow up to hourly runs", source: "Veeam Agent documentation, not read", firmness: "U" },
      {
        text: "deployed by a protection group pushing over SMB/RPC from the backup server (no VM extension)",
        source: "Veeam KB1518 port list, not read in full",
        firmness: "U",
      },
      { text: "runs on Windows Server Core installations", source: "Veeam Agent system requirements, not read", firmness: "U" },
    ],
  },
  {
    id: "veeam-agent-linux",
    name: "Veeam Agent for Linux, managed by Veeam Backup & Replication",
    kind: "vm",
    os: ["linux"],
    serverCore: false,
    targets: ALL_TARGETS,
    maxBackupsPerDay: 24,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: ["database-other"],
    offlineSeeding: true,
    reductionBeforeLink: raw("BCDR-VAL Veeam_results_round1.md reports data read and stored, not what crossed the network"),
    facts: [
      {
        text: "Veeam Agent for Linux is one of the partner products Azure Stack Hub points Linux VMs to",
        source: "ASH-PROT; BCDR-VAL Veeam_results_round1.md",
        firmness: "V",
      },
      { text: "deployed over SSH from the backup server (no VM extension)", source: "Veeam documentation, not read", firmness: "U" },
      { text: "periodic schedules allow up to hourly runs", source: "Veeam Agent documentation, not read", firmness: "U" },
      BLOB_BESIDE_VAULT,
    ],
  },
  {
    id: "commvault-agent",
    name: "Commvault file system / database agent (SP16 or later)",
    kind: "vm",
    os: ["windows", "linux"],
    serverCore: true,
    targets: ALL_TARGETS,
    maxBackupsPerDay: 24,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: ["sql-server", "exchange", "sharepoint", "active-directory", "database-other"],
    offlineSeeding: true,
    reductionBeforeLink: raw("BCDR-VAL commvault_results_round1.md reports savings at the library, not on the wire"),
    facts: [
      {
        text: "protects agent-based Windows and Linux guests, SQL and MySQL, IaaS VMs and storage-account blobs; minimum SP16 on Azure Stack Hub",
        source: "asd: azure-stack/mdc/operator/azure-stack-commvault-offer-tzl.md",
        firmness: "V",
      },
      { text: "targets: cloud storage pools (blob on another stamp or Azure), disk library", source: "CV-ASH", firmness: "V" },
      {
        text: "validated on Azure Stack Hub: full-backup savings 61–85 %, 243–522 GB/h",
        source: "BCDR-VAL commvault_results_round1.md",
        firmness: "V",
      },
      { text: "schedules allow hourly incrementals", source: "Commvault documentation, not read", firmness: "U" },
      BLOB_BESIDE_VAULT,
    ],
  },
  {
    id: "generic-agent",
    name: "Generic backup agent (Acronis, Arcserve, Rubrik or similar), treating the VM as a physical machine",
    kind: "vm",
    os: ["windows", "linux"],
    serverCore: true,
    targets: NOT_VAULT,
    maxBackupsPerDay: 1,
    needsBackupServer: false,
    needsVmAgent: true,
    appAware: [],
    offlineSeeding: false,
    reductionBeforeLink: raw("planner assumption: the product is unknown"),
    facts: [
      {
        text: "no source read says whether these products support Azure Stack Hub tenant VMs; the plan makes no support claim",
        source: "bcdr-anchors §6",
        firmness: "U",
      },
      {
        text: "planned at one run a day, installed with the Custom Script Extension, no offline seeding: the product is unknown, so the plan takes the cautious reading",
        source: "planner assumption",
        firmness: "U",
      },
    ],
  },
  {
    id: "blob-copy",
    name: "AzCopy sync of blob containers to a storage account off the stack",
    kind: "storage-account",
    os: [],
    serverCore: false,
    targets: ALL_TARGETS,
    maxBackupsPerDay: 24,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: [],
    offlineSeeding: true,
    reductionBeforeLink: {
      applies: false,
      text: "AzCopy copies blobs without compression: the first copy is the blobs as they are",
      source: "learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10",
      firmness: "U",
    },
    facts: [
      {
        text: "Azure Stack Hub infrastructure backup does not include tenant storage accounts",
        source: "ASH-PROT (2020 version)",
        firmness: "V",
      },
      {
        text: "azcopy sync copies only changed blobs; the copy is not compressed",
        source: "learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10",
        firmness: "U",
      },
      {
        text: "AzCopy v10 does not copy table or queue storage; table data needs an export of its own",
        source: "learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10",
        firmness: "U",
      },
      {
        text: "the copy lands in a storage account at the target's location (public Azure region, second stamp, or a file share through a mount)",
        source: "planner assumption",
        firmness: "U",
      },
    ],
  },
  {
    id: "key-vault-backup",
    name: "Key vault backup (Backup-AzKeyVaultKey / -Secret / -Certificate) of each item to protected off-stack storage",
    kind: "key-vault",
    os: [],
    serverCore: false,
    targets: ALL_TARGETS,
    maxBackupsPerDay: 24,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: [],
    offlineSeeding: false,
    reductionBeforeLink: {
      applies: false,
      text: "key vault backups are small encrypted blobs; nothing to reduce",
      source: "learn.microsoft.com/azure/key-vault/general/backup",
      firmness: "U",
    },
    facts: [
      {
        text: "each key, secret and certificate is backed up as an encrypted blob with its versions",
        source: "learn.microsoft.com/azure/key-vault/general/backup",
        firmness: "V",
      },
      {
        text: "a backup restores only into a key vault of the same subscription and geography; on Azure Stack Hub, into a vault on the same or a rebuilt stamp",
        source: "learn.microsoft.com/azure/key-vault/general/backup (Azure); Azure Stack Hub behaviour not read",
        firmness: "U",
      },
      {
        text: "the backup blobs are protected by the vault's own keys; store them where only the recovery team can read",
        source: "learn.microsoft.com/azure/key-vault/general/backup",
        firmness: "U",
      },
    ],
  },
  {
    id: "velero",
    name: "Velero with file-system backup (kopia) of persistent volumes to object storage off the stack",
    kind: "kubernetes",
    os: [],
    serverCore: false,
    targets: ["azure-recovery-services-vault", "second-stamp", "s3-compatible"],
    maxBackupsPerDay: 24,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: [],
    offlineSeeding: false,
    reductionBeforeLink: {
      applies: true,
      text: "Velero file-system backup with kopia compresses and deduplicates in the node agent, before the upload to object storage",
      source: "velero.io/docs (file-system backup, kopia uploader)",
      firmness: "U",
    },
    facts: [
      {
        text: "Velero backs up cluster objects and, with file-system backup, volume contents to object storage (S3-compatible or Azure Blob)",
        source: "velero.io/docs (file-system backup)",
        firmness: "V",
      },
      {
        text: "disk snapshots would stay on the stamp (and snapshots of running VMs' disks are not supported there), so volumes go by file-system backup",
        source: "ASH-PROT ('snapshot of a running VM: not supported'); planner inference",
        firmness: "U",
      },
      {
        text: "with a Recovery Services vault target the objects go to a storage account in the vault's region (Velero cannot write to a vault)",
        source: "planner assumption",
        firmness: "U",
      },
    ],
  },
  {
    id: "kubernetes-rebuild",
    name: "Not backed up at VM level: Kubernetes node, rebuilt from the cluster definition (state protected by Velero)",
    kind: "none",
    os: ["windows", "linux"],
    serverCore: true,
    targets: ALL_TARGETS,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: [],
    offlineSeeding: false,
    reductionBeforeLink: raw("nothing is copied"),
    facts: [
      {
        text: "ephemeral VMs of scale sets or clusters should not be backed up at VM level; protect their data instead",
        source: "ASH-PROT (2020 version)",
        firmness: "V",
      },
    ],
  },
  {
    id: "excluded",
    name: "Excluded from backup by the tenant (backup.exclude)",
    kind: "none",
    os: ["windows", "linux"],
    serverCore: true,
    targets: ALL_TARGETS,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: [],
    offlineSeeding: false,
    reductionBeforeLink: raw("nothing is copied"),
    facts: [],
  },
  {
    id: "none",
    name: "Not protected: no tier, or nothing in the catalogue can protect it",
    kind: "none",
    os: ["windows", "linux"],
    serverCore: true,
    targets: ALL_TARGETS,
    needsBackupServer: false,
    needsVmAgent: false,
    appAware: [],
    offlineSeeding: false,
    reductionBeforeLink: raw("nothing is copied"),
    facts: [],
  },
];

const byId = new Map(catalogue.map((m) => [m.id, m]));

export function findMethod(id: string): BackupMethod | undefined {
  return byId.get(id);
}

export function method(id: string): BackupMethod {
  const found = byId.get(id);
  if (!found) throw new Error(`internal: backup method "${id}" is not in the catalogue`);
  return found;
}

/** VM methods a user may name in `backup.method`. */
export const vmMethodIds = (): string[] => catalogue.filter((m) => m.kind === "vm").map((m) => m.id);
