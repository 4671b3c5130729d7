/**
 * The composition root: the whole protection plan as a pure function of a validated tenant and the
 * template sources the caller read at the edge. It sits above the planners (it imports each of them)
 * and below the shells (report, cli), which it never imports; .dependency-cruiser.cjs holds the rule.
 * Each capability contributes one section; renderers (text, JSON, documents) read this model and never
 * compute.
 */
import type { Finding } from "../base/findings.js";
import type { Tenant } from "../inventory/schema.js";
import { summarizeInventory, type InventorySummary } from "../inventory/summary.js";
import { VERSION } from "../base/version.js";
import { planBcdr, type BcdrPlan } from "../bcdr/index.js";
import { planBackup, type BackupPlan } from "../backup/index.js";
import { planContrast, type ContrastPlan } from "../azure-backup/contrast.js";
import { planIac, type IacPlan, type IacTemplates } from "../iac/index.js";
import { planFindings } from "./findings.js";
import { planVerdicts, type PlanVerdicts } from "./verdict.js";
import { checkStamp, type StampCapabilities, type StampCheck } from "../stamp/capabilities.js";
import { armFilesOfPlan, extensionNeedsOfPlan } from "./stamp-needs.js";

export interface Plan {
  generatedBy: string;
  tenant: { name: string; stamp: string; armEndpoint: string };
  /** False when any finding of the plan (inventory or planner) is an error: `plan` then exits 9 (docs/cli.md). */
  valid: boolean;
  inventory: InventorySummary;
  /** Findings of the inventory check (warnings and info; a plan is only built from a valid tenant). */
  inputFindings: Finding[];
  /** RPO and RTO met or not, per VM and per tier, and the "VMs backed up" headline (src/plan/verdict.ts). */
  verdicts: PlanVerdicts;
  /** BC/DR: a method per VM, replication bandwidth and RPO, the failover runbook and the gaps (src/bcdr). */
  bcdr: BcdrPlan;
  /** Backup: a method per VM and resource, sizes, the WAN schedule, RPO/RTO, network rules and findings (src/backup/types.ts). */
  backup: BackupPlan;
  /** Contrast with Azure VM Backup and Azure Backup for AKS, per VM and for the tenant, with the Velero plan (src/azure-backup). */
  contrast: ContrastPlan;
  /** Configuration as code: ARM templates (2020-09-01-hybrid), Terraform (azurestack), export scripts and their gaps (src/iac). */
  iac: IacPlan;
  /** With `plan --capabilities`: what the templates and the plan need that the stamp does not offer (src/stamp/capabilities.ts). */
  stampCheck?: StampCheck;
}

export interface PlanOptions {
  /** The stamp's cloud capabilities, read at the edge (`parseCapabilities`); without them nothing is checked. */
  capabilities?: StampCapabilities;
}

/** The templates a plan renders from, read once by the caller (src/base/template-files.ts `loadTemplates`). */
export interface PlanTemplates {
  /** templates/iac: Terraform providers and variables, the export scripts. */
  iac: IacTemplates;
}

export function buildPlan(tenant: Tenant, templates: PlanTemplates, inputFindings: Finding[] = [], options: PlanOptions = {}): Plan {
  const backup = planBackup(tenant);
  const bcdr = planBcdr(tenant);
  const iac = planIac(tenant, templates.iac);
  const stampCheck = options.capabilities ? checkStamp(options.capabilities, armFilesOfPlan(iac, backup), extensionNeedsOfPlan(tenant, backup)) : undefined;
  const valid = !planFindings({ inputFindings, backup, iac, bcdr, stampCheck }).some((f) => f.finding.severity === "error");
  const plan: Plan = {
    generatedBy: `azs-backup-planner ${VERSION}`,
    tenant: { name: tenant.tenant.name, stamp: tenant.stamp.name, armEndpoint: tenant.stamp.armEndpoint },
    valid,
    inventory: summarizeInventory(tenant),
    inputFindings,
    verdicts: planVerdicts(tenant, backup, bcdr),
    bcdr,
    backup,
    contrast: planContrast(tenant, backup),
    iac,
  };
  if (stampCheck) plan.stampCheck = stampCheck;
  return plan;
}
