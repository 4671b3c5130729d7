/** The shipped templates, read once as the CLI reads them, for tests that call the planners directly. */
import { loadTemplates } from "../../src/base/template-files.js";
import type { Finding } from "../../src/base/findings.js";
import type { Tenant } from "../../src/inventory/schema.js";
import type { PlanTemplates } from "../../src/plan/build.js";
import { tenantFindings } from "../../src/plan/check.js";

export const IAC_TEMPLATES = loadTemplates("iac");
export const PLAN_TEMPLATES: PlanTemplates = { iac: IAC_TEMPLATES };

/** The planners as `plan` runs them, for the wizard's review in tests (the CLI composes the same). */
export const PLANNER_CHECK = (tenant: Tenant, inputFindings: Finding[]): Finding[] => tenantFindings(tenant, PLAN_TEMPLATES, inputFindings);
