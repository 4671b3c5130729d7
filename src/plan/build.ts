/**
 * The whole protection plan: a pure function of a validated tenant. Each capability contributes one
 * section; renderers (text, JSON, documents) read this model and never compute.
 */
import type { Finding } from "../inventory/findings.js";
import type { Tenant } from "../inventory/schema.js";
import { summarizeInventory, type InventorySummary } from "../inventory/summary.js";
import { VERSION } from "../cli/version.js";

export interface Plan {
  generatedBy: string;
  tenant: { name: string; stamp: string; armEndpoint: string };
  inventory: InventorySummary;
  /** Findings of the inventory check (warnings and info; a plan is only built from a valid tenant). */
  inputFindings: Finding[];
}

export function buildPlan(tenant: Tenant, inputFindings: Finding[] = []): Plan {
  return {
    generatedBy: `azs-backup-planner ${VERSION}`,
    tenant: { name: tenant.tenant.name, stamp: tenant.stamp.name, armEndpoint: tenant.stamp.armEndpoint },
    inventory: summarizeInventory(tenant),
    inputFindings,
  };
}
