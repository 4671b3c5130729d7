/**
 * Azure VM Backup (public Azure) as an explicit state machine per VM and per job.
 *
 * A job has two sub-tasks, "Take Snapshot" then "Transfer data to vault" [prepare]. The states, the
 * events that move a job between them and the guards that pick a branch are data (`JOB_TRANSITIONS`),
 * each row naming the rule it applies; each rule names its source (`VM_BACKUP_RULES`). The same table
 * drives hand-made timelines in the tests and the discrete-event simulator (src/simulate/).
 */
import type { SourceKey } from "./sources.js";
import { t as lt, type LocalText } from "../base/text.js";

export const jobPhases = ["queued", "snapshot", "snapshot-delayed", "transfer", "done"] as const;
export type JobPhase = (typeof jobPhases)[number];

export const subTaskStatuses = ["not-started", "in-progress", "completed", "failed", "skipped", "not-applicable"] as const;
export type SubTaskStatus = (typeof subTaskStatuses)[number];

export const jobStatuses = ["in-progress", "completed", "completed-with-warning", "failed"] as const;
export type JobStatus = (typeof jobStatuses)[number];

export const jobEvents = [
  "start",
  "load-high",
  "retry",
  "snapshot-complete",
  "snapshot-failed",
  "snapshot-timeout",
  "transfer-complete",
  "transfer-failed",
] as const;
export type JobEvent = (typeof jobEvents)[number];

export const consistencies = ["application-consistent", "file-system-consistent", "crash-consistent"] as const;
export type Consistency = (typeof consistencies)[number];

export interface Rule {
  id: string;
  /** One sentence: what the service does. */
  summary: string;
  source: SourceKey;
  /** "V" verified in the cited text, "V-old" only in an older version of it, "U" a modelling assumption. */
  evidence: "V" | "V-old" | "U";
}

const rule = (id: string, summary: string, source: SourceKey, evidence: Rule["evidence"] = "V"): Rule => ({
  id,
  summary,
  source,
  evidence,
});

/** Every rule of the VM model, by id. Reports and the simulator cite these ids. */
export const VM_BACKUP_RULES = {
  startWindow: rule("start-window", "A scheduled backup is triggered within 2 hours of the scheduled time (typically 5 to 20 minutes after it).", "vm-faq"),
  snapshotFirst: rule("snapshot-first", 'A job runs "Take Snapshot" first; "Transfer data to vault" starts only after the snapshot completes.', "prepare"),
  extensionOnFirstBackup: rule(
    "extension-on-first-backup",
    "On the first backup of a running VM, Azure Backup installs the VMSnapshot (Windows) or VMSnapshotLinux extension through the VM agent.",
    "process-inc",
  ),
  agentRequired: rule(
    "vm-agent-required",
    "The backup extension is an extension of the VM agent: a running VM without the agent cannot take an application- or file-system-consistent snapshot.",
    "matrix-iaas",
  ),
  overlapSnapshotFails: rule("overlap-snapshot-fails", "If the previous job of the VM is still in Take Snapshot, the new job fails.", "jp-nw"),
  overlapTransferSkipped: rule(
    "overlap-transfer-skipped",
    "If the previous job is still in Transfer data to vault, the new job completes its snapshot and its transfer is Skipped, not retried; the next vault point carries all churn since the last one.",
    "prepare",
  ),
  highLoadDelay: rule("high-load-delays-snapshot", "Above 90 % CPU or memory the snapshot task is queued and delayed.", "troubleshoot"),
  highLoadTimeout: rule(
    "high-load-snapshot-timeout",
    "A snapshot delayed by high CPU or memory eventually times out and the job fails; the advice is an on-demand retry.",
    "troubleshoot",
  ),
  snapshotFailed: rule("snapshot-failed", "A failed Take Snapshot fails the job (for example a power-state change during the snapshot).", "jp-offline"),
  instantRestorePoint: rule(
    "instant-restore-point",
    'A recovery point of type "snapshot" exists as soon as the snapshot completes; instant restore is possible from then on.',
    "instant",
  ),
  vaultPoint: rule("vault-point", 'When Transfer data to vault completes the recovery point becomes "snapshot and vault".', "instant"),
  transferFailedWarning: rule("transfer-failed-warning", "Snapshot completed and transfer failed gives the job status Completed with warning.", "prepare"),
  enhancedLastOfDay: rule(
    "enhanced-last-of-day-to-vault",
    "Enhanced (hourly) policy: only the last backup of the day is transferred to the vault; if it fails, the first backup of the next day is.",
    "enhanced",
  ),
  backboneTransfer: rule(
    "backbone-transfer",
    "Transfer data to vault runs on the Azure backbone from the host-side snapshot, not through the VM's NIC or virtual network.",
    "jp-nw",
  ),
  crashWhenStopped: rule(
    "crash-consistent-when-stopped",
    "A VM that is shut down or deallocated at backup time is backed up and the recovery point is crash-consistent.",
    "vm-faq",
  ),
  appConsistentWindows: rule(
    "application-consistent-vss",
    "A running Windows VM whose VSS writers all succeed gets an application-consistent point; if some writers fail it falls back to file-system consistent.",
    "intro-2019",
  ),
  linuxScripts: rule(
    "linux-pre-post-scripts",
    "A running Linux VM is file-system consistent by default; application-consistent only when configured pre/post scripts both succeed.",
    "intro-2019",
  ),
} as const satisfies Record<string, Rule>;
export type VmRuleKey = keyof typeof VM_BACKUP_RULES;
export type VmRuleId = (typeof VM_BACKUP_RULES)[VmRuleKey]["id"];

/**
 * How a delayed snapshot is retried: every 30 minutes, timing out after the 4th retry (2 h in all). The
 * troubleshooting guide says a snapshot above 90 % CPU is queued, delayed and eventually times out
 * [troubleshoot]; the interval and the count are ours (docs/assumptions.md, "Azure Backup model").
 */
export const HIGH_LOAD_RETRY = { retryMinutes: 30, maxRetries: 4 } as const;

/**
 * The share of snapshot jobs that time out on a VM busy (above 90 % CPU) for `busyMinutes` a day in one
 * stretch, when the stretch may lie anywhere in the day relative to the job (its position is not known).
 * The job tries at 0, r, 2r, …, n·r minutes after its start and fails when every attempt finds the VM busy.
 * The attempts spare it when one of them falls into the quiet gap g = 1440 − busyMinutes; the start times
 * that do so cover g + n·min(g, r) minutes of the day, so
 *   P(fail) = max(0, 1 − (g + n·min(g, r)) ÷ 1440).
 * 24 h busy gives 1, 8 h with r = 30 and n = 4 gives (480 − 120) ÷ 1440 = 0.25, 2 h or less gives 0.
 */
export function highCpuFailureProbability(busyMinutes: number, retryMinutes: number, maxRetries: number): number {
  const gap = 1440 - Math.min(1440, Math.max(0, busyMinutes));
  const spared = gap + maxRetries * Math.min(gap, retryMinutes);
  return Math.max(0, 1 - spared / 1440);
}

/** Conditions a transition may require, evaluated on the VM's other jobs and this job's policy. */
export type Guard = "other-job-in-snapshot" | "other-job-in-transfer" | "no-vault-copy" | "vm-agent-missing" | "always";

export interface Transition {
  from: JobPhase;
  event: JobEvent;
  guard: Guard;
  to: JobPhase;
  /** Sub-task statuses after the transition (omitted: unchanged). */
  snapshot?: SubTaskStatus;
  transfer?: SubTaskStatus;
  rule: VmRuleKey;
  /** Side effect on recovery points. */
  effect?: "create-snapshot-point" | "promote-to-vault";
}

/**
 * The transition table. For a (phase, event) pair the first row whose guard holds wins, so
 * guarded rows come before the row with guard "always".
 */
export const JOB_TRANSITIONS: readonly Transition[] = [
  {
    from: "queued",
    event: "start",
    guard: "other-job-in-snapshot",
    to: "done",
    snapshot: "failed",
    transfer: "failed",
    rule: "overlapSnapshotFails",
  },
  { from: "queued", event: "start", guard: "vm-agent-missing", to: "done", snapshot: "failed", transfer: "failed", rule: "agentRequired" },
  { from: "queued", event: "start", guard: "always", to: "snapshot", snapshot: "in-progress", rule: "snapshotFirst" },
  { from: "snapshot", event: "load-high", guard: "always", to: "snapshot-delayed", rule: "highLoadDelay" },
  { from: "snapshot-delayed", event: "retry", guard: "always", to: "snapshot", rule: "highLoadDelay" },
  {
    from: "snapshot-delayed",
    event: "snapshot-timeout",
    guard: "always",
    to: "done",
    snapshot: "failed",
    transfer: "failed",
    rule: "highLoadTimeout",
  },
  {
    from: "snapshot",
    event: "snapshot-failed",
    guard: "always",
    to: "done",
    snapshot: "failed",
    transfer: "failed",
    rule: "snapshotFailed",
  },
  {
    from: "snapshot",
    event: "snapshot-complete",
    guard: "no-vault-copy",
    to: "done",
    snapshot: "completed",
    transfer: "not-applicable",
    rule: "enhancedLastOfDay",
    effect: "create-snapshot-point",
  },
  {
    from: "snapshot",
    event: "snapshot-complete",
    guard: "other-job-in-transfer",
    to: "done",
    snapshot: "completed",
    transfer: "skipped",
    rule: "overlapTransferSkipped",
    effect: "create-snapshot-point",
  },
  {
    from: "snapshot",
    event: "snapshot-complete",
    guard: "always",
    to: "transfer",
    snapshot: "completed",
    transfer: "in-progress",
    rule: "instantRestorePoint",
    effect: "create-snapshot-point",
  },
  {
    from: "transfer",
    event: "transfer-complete",
    guard: "always",
    to: "done",
    transfer: "completed",
    rule: "vaultPoint",
    effect: "promote-to-vault",
  },
  { from: "transfer", event: "transfer-failed", guard: "always", to: "done", transfer: "failed", rule: "transferFailedWarning" },
];

/** The table's rows by phase and event, in table order: the machine looks rows up here instead of scanning. */
const TRANSITION_INDEX: Readonly<Record<JobPhase, Partial<Record<JobEvent, readonly Transition[]>>>> = (() => {
  const index = Object.fromEntries(jobPhases.map((p) => [p, {}])) as Record<JobPhase, Partial<Record<JobEvent, Transition[]>>>;
  for (const t of JOB_TRANSITIONS) (index[t.from][t.event] ??= []).push(t);
  return index;
})();

/** Shared empty rule list of untraced jobs (never pushed to: `trace` is false). */
const NO_RULES: VmRuleKey[] = [];
const NO_TRANSITIONS: readonly Transition[] = [];

/**
 * Job status from its two sub-tasks, the table in "Verify Backup job status" [prepare]:
 * Completed+InProgress → In progress; Completed+Skipped/Completed → Completed; Completed+Failed →
 * Completed with warning; Failed+Failed → Failed. "not-applicable" (an Enhanced-policy snapshot that
 * is not the day's vault copy) completes with the snapshot.
 */
export function jobStatus(snapshot: SubTaskStatus, transfer: SubTaskStatus): JobStatus {
  if (snapshot === "failed") return "failed";
  if (snapshot !== "completed") return "in-progress";
  switch (transfer) {
    case "completed":
    case "skipped":
    case "not-applicable":
      return "completed";
    case "failed":
      return "completed-with-warning";
    default:
      return "in-progress";
  }
}

/** What decides the consistency of a snapshot [intro-2019, vm-faq, matrix-iaas]. */
export interface ConsistencyInput {
  powerState: "running" | "stopped" | "deallocated";
  osType: "windows" | "linux";
  /** Windows: did every VSS writer succeed? */
  vssWritersSucceeded: boolean;
  /** Linux: pre/post scripts in /etc/azure/VMSnapshotScriptPluginConfig.json. */
  linuxScripts: "none" | "succeeded" | "failed";
}

export function snapshotConsistency(input: ConsistencyInput): { consistency: Consistency; rule: VmRuleKey } {
  if (input.powerState !== "running") return { consistency: "crash-consistent", rule: "crashWhenStopped" };
  if (input.osType === "windows") {
    return { consistency: input.vssWritersSucceeded ? "application-consistent" : "file-system-consistent", rule: "appConsistentWindows" };
  }
  return { consistency: input.linuxScripts === "succeeded" ? "application-consistent" : "file-system-consistent", rule: "linuxScripts" };
}

// ---------------------------------------------------------------------------------------------
// Policies

/** Enhanced policy "hourly" intervals [enhanced, matrix-iaas]. */
export const ENHANCED_INTERVAL_HOURS = [4, 6, 8, 12, 24] as const;
/** Instant-restore snapshot retention: Standard 1–5 days, default 2; weekly fixed at 5 [instant]. */
export const STANDARD_SNAPSHOT_RETENTION = { min: 1, max: 5, default: 2, weekly: 5 } as const;
/** Enhanced policy snapshot retention 1–30 days, default 7 [enhanced]. */
export const ENHANCED_SNAPSHOT_RETENTION = { min: 1, max: 30, default: 7 } as const;
/** Hours in a week: an RPO of a week or more maps to a weekly Standard policy [matrix-iaas]. */
const HOURS_PER_WEEK = 168;

export interface VmBackupPolicy {
  kind: "standard-daily" | "standard-weekly" | "enhanced-hourly";
  /** Hours between scheduled backups (24 for daily, 168 for weekly). */
  intervalHours: number;
  /** Scheduled time of the first backup of a day, minutes after local midnight. */
  startMinute: number;
  snapshotRetentionDays: number;
  /** Shortest RPO the policy can give, in hours. */
  rpoHours: number;
  /** Why this policy, for the reader. */
  reason: string;
  reasonLocal?: LocalText;
}

const why = (text: LocalText) => ({ reason: text.en, reasonLocal: text });

/**
 * The policy an Azure user would pick for a tier: Standard daily for an RPO of a day or more (weekly
 * from a week), Enhanced with the longest interval that still meets a shorter RPO, and Enhanced every
 * 4 h (its minimum) when even that is too slow.
 */
export function policyForTier(rpoHours: number, startMinute: number): VmBackupPolicy {
  if (rpoHours >= HOURS_PER_WEEK) {
    return {
      kind: "standard-weekly",
      intervalHours: HOURS_PER_WEEK,
      startMinute,
      snapshotRetentionDays: STANDARD_SNAPSHOT_RETENTION.weekly,
      rpoHours: HOURS_PER_WEEK,
      ...why(lt("contrast.policy.weekly")),
    };
  }
  if (rpoHours >= 24) {
    return {
      kind: "standard-daily",
      intervalHours: 24,
      startMinute,
      snapshotRetentionDays: STANDARD_SNAPSHOT_RETENTION.default,
      rpoHours: 24,
      ...why(lt("contrast.policy.daily")),
    };
  }
  const fitting = ENHANCED_INTERVAL_HOURS.filter((h) => h <= rpoHours);
  const interval = fitting.length > 0 ? Math.max(...fitting) : ENHANCED_INTERVAL_HOURS[0];
  const reason = fitting.length > 0 ? lt("contrast.policy.enhanced", { rpo: rpoHours, interval }) : lt("contrast.policy.enhancedMin", { rpo: rpoHours });
  return {
    kind: "enhanced-hourly",
    intervalHours: interval,
    startMinute,
    snapshotRetentionDays: ENHANCED_SNAPSHOT_RETENTION.default,
    rpoHours: interval,
    ...why(reason),
  };
}

// ---------------------------------------------------------------------------------------------
// The machine

export interface JobRecord {
  id: number;
  /** Minutes since the simulation's start (any consistent clock in hand-made timelines). */
  scheduledAt: number;
  phase: JobPhase;
  snapshot: SubTaskStatus;
  transfer: SubTaskStatus;
  /** Does this job's policy send its point to the vault (false for Enhanced snapshots that are not the day's copy)? */
  wantsVault: boolean;
  startedAt?: number;
  snapshotCompletedAt?: number;
  transferCompletedAt?: number;
  consistency?: Consistency;
  /** Rules applied, in order. */
  rules: VmRuleKey[];
  /** The rule that made the job fail or skip its transfer, if any. */
  outcomeRule?: VmRuleKey;
  /** The recovery point this job created, if any. */
  point?: RecoveryPoint;
}

/** What the machine needs to know about the VM at an event. */
export interface MachineContext {
  powerState: ConsistencyInput["powerState"];
  linuxScripts?: ConsistencyInput["linuxScripts"];
}

export interface RecoveryPoint {
  jobId: number;
  /** Data as of this minute (the snapshot). */
  pointAt: number;
  /** Restorable from this minute (instant restore). */
  availableAt: number;
  /** In the vault from this minute, if it got there. */
  vaultAt?: number;
  consistency: Consistency;
}

export class InvalidTransitionError extends Error {
  constructor(phase: JobPhase, event: JobEvent) {
    super(`no transition from "${phase}" on "${event}"`);
    this.name = "InvalidTransitionError";
  }
}

/**
 * The jobs and recovery points of one VM. `apply` moves one job by one event at a given minute,
 * evaluating the guards against the VM's other jobs; it throws on an event the table does not allow.
 */
export class VmBackupMachine {
  /** Every job scheduled, in order, when tracing (the simulator keeps only its unfinished jobs itself). */
  readonly jobs: JobRecord[] = [];
  readonly points: RecoveryPoint[] = [];
  private scheduled = 0;
  private extensionInstalled = false;

  /**
   * @param trace keep every job, every applied rule in `job.rules` and every point in `points` (hand-made
   * timelines, reports); the simulator turns it off to save allocations and keeps its own counts and points
   * (`outcomeRule`, `snapshotCompletedAt`, `transferCompletedAt` stay set either way).
   */
  constructor(
    readonly vm: { osType: "windows" | "linux"; vmAgent: boolean },
    private readonly trace = true,
  ) {}

  /** A job is scheduled and triggered (queued); it starts with a `start` event within the window. */
  schedule(scheduledAt: number, wantsVault = true): JobRecord {
    const job: JobRecord = {
      id: this.scheduled++,
      scheduledAt,
      phase: "queued",
      snapshot: "not-started",
      transfer: "not-started",
      wantsVault,
      rules: this.trace ? ["startWindow"] : NO_RULES,
    };
    if (this.trace) this.jobs.push(job);
    return job;
  }

  /** Jobs scheduled so far. */
  get jobCount(): number {
    return this.scheduled;
  }

  /** Unfinished jobs per phase group, kept up to date so the overlap guards are O(1). */
  private inSnapshot = 0;
  private inTransfer = 0;

  private static isSnapshotPhase(phase: JobPhase): boolean {
    return phase === "snapshot" || phase === "snapshot-delayed";
  }

  /** Is another job of this VM in Take Snapshot (snapshot or delayed)? */
  otherJobInSnapshot(job: JobRecord): boolean {
    return this.inSnapshot - (VmBackupMachine.isSnapshotPhase(job.phase) ? 1 : 0) > 0;
  }

  /** Is another job of this VM in Transfer data to vault? */
  otherJobInTransfer(job: JobRecord): boolean {
    return this.inTransfer - (job.phase === "transfer" ? 1 : 0) > 0;
  }

  private holds(guard: Guard, job: JobRecord, running: boolean): boolean {
    switch (guard) {
      case "other-job-in-snapshot":
        return this.otherJobInSnapshot(job);
      case "other-job-in-transfer":
        return this.otherJobInTransfer(job);
      case "no-vault-copy":
        return !job.wantsVault;
      case "vm-agent-missing":
        return running && !this.vm.vmAgent;
      case "always":
        return true;
    }
  }

  apply(job: JobRecord, event: JobEvent, at: number, context: MachineContext, vssWritersSucceeded = true): Transition {
    const running = context.powerState === "running";
    let t: Transition | undefined;
    for (const row of TRANSITION_INDEX[job.phase][event] ?? NO_TRANSITIONS) {
      if (row.guard === "always" || this.holds(row.guard, job, running)) {
        t = row;
        break;
      }
    }
    if (!t) throw new InvalidTransitionError(job.phase, event);
    if (VmBackupMachine.isSnapshotPhase(job.phase)) this.inSnapshot--;
    else if (job.phase === "transfer") this.inTransfer--;
    if (VmBackupMachine.isSnapshotPhase(t.to)) this.inSnapshot++;
    else if (t.to === "transfer") this.inTransfer++;
    job.phase = t.to;
    if (t.snapshot) job.snapshot = t.snapshot;
    if (t.transfer) job.transfer = t.transfer;
    if (this.trace) job.rules.push(t.rule);
    if (event === "start") {
      job.startedAt = at;
      if (t.to === "snapshot" && running && !this.extensionInstalled) {
        this.extensionInstalled = true;
        if (this.trace) job.rules.push("extensionOnFirstBackup");
      }
    }
    if (t.to === "done" && (job.snapshot === "failed" || job.transfer === "skipped" || job.transfer === "failed")) job.outcomeRule = t.rule;
    if (t.effect === "create-snapshot-point") {
      const c = snapshotConsistency({
        powerState: context.powerState,
        osType: this.vm.osType,
        vssWritersSucceeded,
        linuxScripts: context.linuxScripts ?? "none",
      });
      job.snapshotCompletedAt = at;
      job.consistency = c.consistency;
      if (this.trace) job.rules.push(c.rule);
      if (this.trace) {
        job.point = { jobId: job.id, pointAt: at, availableAt: at, consistency: c.consistency };
        this.points.push(job.point);
      }
    } else if (t.effect === "promote-to-vault") {
      job.transferCompletedAt = at;
      if (job.point) job.point.vaultAt = at;
    }
    return t;
  }

  status(job: JobRecord): JobStatus {
    return jobStatus(job.snapshot, job.transfer);
  }
}
