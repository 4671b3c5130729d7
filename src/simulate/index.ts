/** The simulator: a tenant and a seed in, recovery points, failures and achieved RPO per VM out. */
import { planBackup } from "../backup/index.js";
import type { Tenant } from "../inventory/schema.js";
import { simulate, type SimulationOptions } from "./engine.js";
import { simulationInput } from "./from-tenant.js";
import type { SimulationResult } from "./types.js";

export { simulate, rpoStats, AZURE_SIM_DEFAULTS, AGENT_SIM_DEFAULTS, AGENT_RULES, type SimulationOptions } from "./engine.js";
export { agentSpecFromPlan, simulationInput } from "./from-tenant.js";
export type * from "./types.js";

/** Longest simulation the CLI accepts: a year (memory grows with VMs × days: every recovery point is kept for the RPO statistics). */
export const MAX_DAYS = 366;

export function simulateTenant(
  tenant: Tenant,
  settings: { days: number; seed: number; offlineSeed?: boolean },
  options: SimulationOptions = {},
): SimulationResult {
  const plan = planBackup(tenant);
  return simulate(simulationInput(tenant, plan, settings.days, settings.seed, { offlineSeed: settings.offlineSeed ?? false }), options);
}
