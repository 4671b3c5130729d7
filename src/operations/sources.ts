/**
 * The product documentation each generated command comes from (docs/operations.md lists them). A step or a
 * script cites one of these; a test checks every cited id resolves.
 */
export const DOCS = {
  vaultArm: "https://learn.microsoft.com/azure/templates/microsoft.recoveryservices/vaults",
  vaultSecurity: "https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept",
  vaultSoftDelete: "https://learn.microsoft.com/azure/backup/backup-azure-security-feature-cloud",
  vaultRedundancy: "https://learn.microsoft.com/azure/backup/backup-create-recovery-services-vault#set-storage-redundancy",
  mabsInstall: "https://learn.microsoft.com/azure/backup/backup-mabs-install-azure-stack",
  dpmPowerShell: "https://learn.microsoft.com/azure/backup/backup-dpm-automation",
  dpmPolicyObjective: "https://learn.microsoft.com/powershell/module/dataprotectionmanager/set-dpmpolicyobjective",
  dpmReplicaCreation: "https://learn.microsoft.com/powershell/module/dataprotectionmanager/set-dpmreplicacreationmethod",
  dpmRecoveryPoint: "https://learn.microsoft.com/powershell/module/dataprotectionmanager/get-dpmrecoverypoint",
  marsPowerShell: "https://learn.microsoft.com/azure/backup/backup-client-automation",
  marsCmdlets: "https://learn.microsoft.com/powershell/module/msonlinebackup/",
  backupAlerts: "https://learn.microsoft.com/azure/backup/backup-azure-monitoring-built-in-monitor",
  veeamAgentJob: "https://helpcenter.veeam.com/docs/backup/agents/agent_job_create.html",
  veeamPowerShell: "https://helpcenter.veeam.com/docs/vbr/powershell/get-vbrrestorepoint.html",
  veeamPowerShellStart: "https://helpcenter.veeam.com/docs/vbr/powershell/getting_started.html",
  veeamAgentJobCmdlet: "https://helpcenter.veeam.com/docs/vbr/powershell/add-vbrcomputerbackupjob.html",
  veeamProtectionGroupCmdlet: "https://helpcenter.veeam.com/docs/vbr/powershell/add-vbrprotectiongroup.html",
  veeamScheduleCmdlet: "https://helpcenter.veeam.com/docs/vbr/powershell/new-vbrserverscheduleoptions.html",
  veeamEncryption: "https://helpcenter.veeam.com/docs/backup/vsphere/encryption_keys.html",
  veeamSystemRequirements: "https://helpcenter.veeam.com/docs/backup/vsphere/system_requirements.html",
  veeamNotifications: "https://helpcenter.veeam.com/docs/backup/vsphere/email_notification_settings.html",
  veleroInstall: "https://velero.io/docs/main/customize-installation/",
  veleroSchedule: "https://velero.io/docs/main/backup-reference/#schedule-a-backup",
  veleroRepository: "https://velero.io/docs/main/file-system-backup/",
  veleroMonitoring: "https://velero.io/docs/main/backup-reference/",
  ashVmTemplate: "https://learn.microsoft.com/azure-stack/user/azure-stack-develop-templates",
  ashDrRebuild: "https://learn.microsoft.com/azure-stack/user/azure-stack-manage-vm-protect",
  icalendar: "https://www.rfc-editor.org/rfc/rfc5545",
  nist80034: "https://csrc.nist.gov/pubs/sp/800/34/r1/upd1/final",
  s3ObjectLock: "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html",
  ashStorage: "https://learn.microsoft.com/azure-stack/user/azure-stack-acs-differences",
} as const;

export type DocId = keyof typeof DOCS;
