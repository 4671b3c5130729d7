/** The shipped templates, read once as the CLI reads them, for tests that call the planners directly. */
import { loadTemplates } from "../../src/base/template-files.js";
import type { PlanTemplates } from "../../src/plan/build.js";

export const IAC_TEMPLATES = loadTemplates("iac");
export const PLAN_TEMPLATES: PlanTemplates = { iac: IAC_TEMPLATES };
