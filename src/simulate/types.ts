/** Inputs and outputs of the discrete-event simulator (engine.ts). All times are minutes from the start. */
import type { AzureVmSpec } from "../azure-backup/vm-inventory.js";
import type { VmBackupPolicy } from "../azure-backup/vm-model.js";

/** One VM's job in the agent-based plan, as the backup plan schedules it. */
export interface AgentVmSpec {
  name: string;
  /** Scheduled start, minutes after local midnight. */
  startMinute: number;
  intervalHours: number;
  /** Backup-server stream the plan assigns the VM to (jobs on one stream run one after another). */
  stream: number;
  /** GiB sent over the WAN for the first (full) backup and for one day's incremental. */
  fullGiB: number;
  incrementalGiB: number;
  method: string;
  /** The plan seeds the first full backup offline: the simulation starts from a restorable full. */
  offlineSeed?: boolean;
}

export interface AgentSpec {
  /** Usable WAN bandwidth to the off-stack target, Mbit/s (line rate × efficiency). */
  linkMbps: number;
  /** Parallel streams the backup servers run. */
  streams: number;
  vms: AgentVmSpec[];
}

export interface SimulationInput {
  days: number;
  seed: number;
  azure: AzureVmSpec[];
  agent?: AgentSpec;
}

/** Counts by the rule that caused them (rule ids of VM_BACKUP_RULES or AGENT_RULES). */
export type RuleCounts = Record<string, number>;

export interface RpoStats {
  /** Worst data-loss exposure after the first point, hours. */
  worstHours: number | null;
  /** Median exposure just before each new point became restorable, hours. */
  typicalHours: number | null;
  /** Hours from the start until the first restorable point. */
  firstRestorableHours: number | null;
}

export interface AzureVmResult extends RpoStats {
  name: string;
  policy: VmBackupPolicy["kind"];
  intervalHours: number;
  jobs: number;
  /** Instant-restore (snapshot) recovery points created. */
  recoveryPoints: number;
  /** Of those, how many reached the vault. */
  vaultPoints: number;
  failed: RuleCounts;
  transferSkipped: RuleCounts;
  /** Jobs not finished when the simulation ended (queued, in snapshot or transferring). */
  unfinished: number;
  /** Snapshot delays from high CPU or memory that did not end in a timeout. */
  delayedSnapshots: number;
  consistency: Record<string, number>;
  vault: RpoStats;
}

export interface AgentVmResult extends RpoStats {
  name: string;
  method: string;
  jobs: number;
  recoveryPoints: number;
  skipped: RuleCounts;
  /** Jobs still transferring when the simulation ended. */
  unfinished: number;
  /** GiB this VM sent over the WAN. */
  sentGiB: number;
}

export interface SideTotals {
  vms: number;
  jobs: number;
  recoveryPoints: number;
  failed: RuleCounts;
  skipped: RuleCounts;
  /** Worst exposure over all VMs, hours. */
  worstRpoHours: number | null;
  /** Median of the VMs' typical exposures, hours. */
  typicalRpoHours: number | null;
  /** Latest first restorable point over all VMs, hours (null when some VM got none). */
  firstRestorableHoursWorst: number | null;
  vmsWithoutPoint: number;
}

export interface SimulationResult {
  days: number;
  seed: number;
  azure: { vms: AzureVmResult[]; totals: SideTotals & { vaultPoints: number; worstVaultRpoHours: number | null } };
  agent: { vms: AgentVmResult[]; totals: SideTotals & { sentGiB: number; linkBusyPercent: number } } | null;
}
