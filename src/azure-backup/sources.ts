/**
 * The public pages the Azure Backup model is built from. Every rule, limit and default in
 * src/azure-backup/ names one of these keys; docs/azure-backup-model.md prints the same list.
 * Facts come from ../shared/reference/azure-backup-model.md, which records the page version read.
 */
export const SOURCES = {
  prepare: "https://learn.microsoft.com/azure/backup/backup-azure-arm-vms-prepare#verify-backup-job-status",
  "vm-faq": "https://learn.microsoft.com/azure/backup/backup-azure-vm-backup-faq",
  "matrix-iaas": "https://learn.microsoft.com/azure/backup/backup-support-matrix-iaas",
  "intro-2019": "https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction",
  "intro-2018": "https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction (2018 version, 'Plan your VM backup infrastructure')",
  "process-inc": "https://github.com/MicrosoftDocs/azure-docs/blob/main/includes/azure-vm-backup-process.md",
  instant: "https://learn.microsoft.com/azure/backup/backup-instant-restore-capability",
  enhanced: "https://learn.microsoft.com/azure/backup/backup-azure-vms-enhanced-policy",
  troubleshoot: "https://learn.microsoft.com/azure/backup/backup-azure-vms-troubleshoot",
  "jp-nw": "https://jpabrs-scem.github.io/blog/AzureVMBackup/NWRequirementAndProcess/",
  "jp-offline": "https://jpabrs-scem.github.io/blog/AzureVMBackup/Azure_VM_Offline_backup/",
  wireserver: "https://learn.microsoft.com/azure/virtual-network/what-is-ip-address-168-63-129-16",
  "aks-matrix": "https://learn.microsoft.com/azure/backup/azure-kubernetes-service-cluster-backup-support-matrix",
  "aks-faq": "https://learn.microsoft.com/azure/backup/aks-backup-faq",
  "velero-how": "https://velero.io/docs/main/how-velero-works/",
  "velero-sched": "https://velero.io/docs/main/api-types/schedule/",
  "velero-fsb": "https://velero.io/docs/main/file-system-backup/",
  "velero-csi": "https://velero.io/docs/main/csi/",
  "velero-data-movement": "https://velero.io/docs/main/csi-snapshot-data-movement/",
  "velero-bsl": "https://github.com/vmware-tanzu/velero-plugin-for-microsoft-azure/blob/main/backupstoragelocation.md",
  "velero-vsl": "https://github.com/vmware-tanzu/velero-plugin-for-microsoft-azure/blob/main/volumesnapshotlocation.md",
  "velero-aws-bsl": "https://github.com/vmware-tanzu/velero-plugin-for-aws/blob/main/backupstoragelocation.md",
  "velero-ash": "https://github.com/vmware-tanzu/velero/issues/3159 (Azure Stack support; PR velero#8738 and plugin PR #279)",
  "velero-plugin-readme": "https://github.com/vmware-tanzu/velero-plugin-for-microsoft-azure#compatibility",
  "velero-rg": "https://github.com/vmware-tanzu/velero/issues/2328",
  "velero-fsb-timeouts": "https://github.com/vmware-tanzu/velero/issues/7851",
  akse: "https://github.com/Azure/aks-engine-azurestack/blob/master/docs/topics/azure-stack.md",
  "ash-protect": "https://learn.microsoft.com/azure-stack/user/azure-stack-manage-vm-protect",
  udr: "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview",
  "rsv-security": "https://learn.microsoft.com/azure/backup/security-overview",
  "backup-plan": "the agent-based backup plan (src/backup, docs/backup.md)",
  assumption: "docs/assumptions.md (## Azure Backup model): a modelling assumption, not a documented fact",
} as const;

export type SourceKey = keyof typeof SOURCES;
