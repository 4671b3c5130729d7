/**
 * All findings of a tenant: the inventory's own plus every planner's, exactly as `plan` finds them. `plan`,
 * `validate` and the wizard's review all use this, so their error and warning counts are the same.
 */
import type { Finding } from "../base/findings.js";
import type { Tenant } from "../inventory/schema.js";
import { buildPlan, type PlanTemplates } from "./build.js";
import { planFindings } from "./findings.js";

export function tenantFindings(tenant: Tenant, templates: PlanTemplates, inputFindings: Finding[] = []): Finding[] {
  return planFindings(buildPlan(tenant, templates, inputFindings)).map((f) => f.finding);
}
