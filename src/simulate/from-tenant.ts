/**
 * Simulation input from a tenant: the Azure side from the Azure VM Backup model's view of each VM,
 * the agent side from the backup plan (`planBackup`), whose schedule, streams and sizes are used as
 * planned (no sizing is redone here).
 */
import { azureVmViews } from "../azure-backup/vm-inventory.js";
import type { BackupPlan, RunSchedule } from "../backup/types.js";
import type { Tenant } from "../inventory/schema.js";
import type { AgentSpec, AgentVmSpec, SimulationInput } from "./types.js";

/** The agent-based plan's VM and resource jobs, as the simulator runs them. */
export function agentSpecFromPlan(plan: BackupPlan, options: { offlineSeed?: boolean } = {}): AgentSpec {
  const vms: AgentVmSpec[] = [];
  const add = (name: string, method: string, schedule: RunSchedule | null, runsPerDay: number, fullGiB: number, incrementalGiB: number) => {
    if (!schedule) return;
    const runs = Math.max(1, runsPerDay);
    vms.push({
      name,
      method,
      startMinute: schedule.startMinuteOfDay,
      intervalHours: 24 / runs,
      stream: schedule.stream,
      fullGiB,
      incrementalGiB,
      ...(options.offlineSeed ? { offlineSeed: true } : {}),
    });
  };
  for (const v of plan.vms) {
    // The first run sends the initial full as the plan seeds it (raw unless the product reduces before the link).
    const seedGiB = v.seeding.basis === "reduced" ? v.seeding.reducedGiB.value : v.seeding.rawGiB.value;
    if (v.protected) add(v.qualifiedName, v.method, v.schedule, v.runsPerDay.value, seedGiB, v.dailyIncrementalGiB.value);
  }
  for (const r of plan.resources) {
    if (r.protected) add(r.qualifiedName, r.method, r.schedule, 1, r.fullGiB.value, r.dailyIncrementalGiB.value);
  }
  return {
    // linkMBps is decimal MB/s (×8 → Mbit/s): the plan's usable share of the WAN.
    linkMbps: plan.transfer.linkMBps.value * 8,
    streams: plan.transfer.concurrentStreams,
    vms,
  };
}

export function simulationInput(tenant: Tenant, plan: BackupPlan, days: number, seed: number, options: { offlineSeed?: boolean } = {}): SimulationInput {
  return { days, seed, azure: azureVmViews(tenant).map((v) => v.spec), agent: agentSpecFromPlan(plan, options) };
}
