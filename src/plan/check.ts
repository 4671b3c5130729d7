/**
 * All findings of a tenant: the inventory's own plus every planner's, exactly as `plan` finds them. `plan`,
 * `validate` and the wizard's review all use this, so their error and warning counts are the same.
 */
import type { Finding } from "../base/findings.js";
import type { Tenant } from "../inventory/schema.js";
import { buildPlan } from "./build.js";
import { planFindings } from "./findings.js";

export function tenantFindings(tenant: Tenant, inputFindings: Finding[] = []): Finding[] {
  return planFindings(buildPlan(tenant, inputFindings)).map((f) => f.finding);
}
