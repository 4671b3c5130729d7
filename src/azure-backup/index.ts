/** The Azure Backup model: Azure VM Backup, Azure Backup for AKS, the Velero plan and the contrast. */
export { SOURCES, type SourceKey } from "./sources.js";
export * from "./vm-model.js";
export { azureVmViews, AZURE_VM_BACKUP_LIMITS, minuteOfDay, type AzureVmView, type AzureVmIssue } from "./vm-inventory.js";
export {
  assessAksClusters,
  assessAksCluster,
  AKS_BACKUP_LIMITS,
  type AksClusterAssessment,
  type AksVolumeAssessment,
} from "./aks-model.js";
export { planVelero, VELERO_VERSION_NOTE, type VeleroPlan, type VeleroClusterPlan } from "./velero.js";
export { planContrast, QA_CASES, WIRESERVER, type ContrastPlan, type VmContrast, type ContrastRow } from "./contrast.js";
