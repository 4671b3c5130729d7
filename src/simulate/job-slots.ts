/**
 * The Azure VM Backup job machine of src/azure-backup/vm-model.ts, for the simulator: the same transition table
 * (`JOB_TRANSITIONS`, compiled once into numbers) applied to jobs held in typed arrays instead of one object per job.
 * A 10,000-VM month schedules about 360,000 jobs that live for hours of simulated time; as objects they were the
 * largest item of the simulator's profile (allocation, promotion to the old generation, map look-ups by key). A slot is
 * reused once its job is done. test/simulate/job-slots.test.ts drives this and `VmBackupMachine` with the same random
 * events and finds the same phases, statuses, outcome rules, consistencies and errors.
 */
import {
  InvalidTransitionError,
  JOB_TRANSITIONS,
  consistencies,
  jobEvents,
  jobPhases,
  snapshotConsistency,
  subTaskStatuses,
  type Consistency,
  type ConsistencyInput,
  type JobEvent,
  type JobPhase,
  type SubTaskStatus,
  type VmRuleKey,
} from "../azure-backup/vm-model.js";

export const PHASE = Object.fromEntries(jobPhases.map((p, i) => [p, i])) as Record<JobPhase, number>;
export const EVENT = Object.fromEntries(jobEvents.map((e, i) => [e, i])) as Record<JobEvent, number>;
export const STATUS = Object.fromEntries(subTaskStatuses.map((s, i) => [s, i])) as Record<SubTaskStatus, number>;

const GUARD_ALWAYS = 0;
const GUARD_OTHER_IN_SNAPSHOT = 1;
const GUARD_OTHER_IN_TRANSFER = 2;
const GUARD_NO_VAULT_COPY = 3;
const GUARD_AGENT_MISSING = 4;
const GUARDS = {
  always: GUARD_ALWAYS,
  "other-job-in-snapshot": GUARD_OTHER_IN_SNAPSHOT,
  "other-job-in-transfer": GUARD_OTHER_IN_TRANSFER,
  "no-vault-copy": GUARD_NO_VAULT_COPY,
  "vm-agent-missing": GUARD_AGENT_MISSING,
} as const;

export const EFFECT_NONE = 0;
export const EFFECT_SNAPSHOT_POINT = 1;
export const EFFECT_VAULT = 2;

/** Rules of the table, by number (a job's outcome rule is one of these, or −1). */
export const RULE_KEYS: readonly VmRuleKey[] = [...new Set(JOB_TRANSITIONS.map((t) => t.rule))];

const rows = JOB_TRANSITIONS.length;
const rowTo = Uint8Array.from(JOB_TRANSITIONS, (t) => PHASE[t.to]);
/** −1: the row leaves the sub-task's status as it is. */
const rowSnapshot = Int8Array.from(JOB_TRANSITIONS, (t) => (t.snapshot ? STATUS[t.snapshot] : -1));
const rowTransfer = Int8Array.from(JOB_TRANSITIONS, (t) => (t.transfer ? STATUS[t.transfer] : -1));
const rowGuard = Uint8Array.from(JOB_TRANSITIONS, (t) => GUARDS[t.guard]);
const rowRule = Uint8Array.from(JOB_TRANSITIONS, (t) => RULE_KEYS.indexOf(t.rule));
const rowEffect = Uint8Array.from(JOB_TRANSITIONS, (t) =>
  t.effect === "create-snapshot-point" ? EFFECT_SNAPSHOT_POINT : t.effect === "promote-to-vault" ? EFFECT_VAULT : EFFECT_NONE,
);
/** Rows for (phase, event) in table order: `candidates[phase * events + event]`, the first whose guard holds wins. */
const candidates: Uint8Array[] = Array.from({ length: jobPhases.length * jobEvents.length }, () => new Uint8Array(0));
for (let r = 0; r < rows; r++) {
  const t = JOB_TRANSITIONS[r]!;
  const k = PHASE[t.from] * jobEvents.length + EVENT[t.event];
  const list = new Uint8Array(candidates[k]!.length + 1);
  list.set(candidates[k]!);
  list[list.length - 1] = r;
  candidates[k] = list;
}

const SNAPSHOT = PHASE.snapshot;
const DELAYED = PHASE["snapshot-delayed"];
const TRANSFER = PHASE.transfer;
const DONE = PHASE.done;
const FAILED = STATUS.failed;
const SKIPPED = STATUS.skipped;
const isSnapshotPhase = (phase: number): boolean => phase === SNAPSHOT || phase === DELAYED;

export const CONSISTENCY = Object.fromEntries(consistencies.map((c, i) => [c, i])) as Record<Consistency, number>;

/** One VM as the machine sees it: whether its agent is there, whether it runs, and its snapshot's consistency. */
export interface SlotVm {
  vmAgent: boolean;
  powerState: ConsistencyInput["powerState"];
  osType: ConsistencyInput["osType"];
  linuxScripts?: ConsistencyInput["linuxScripts"];
}

/** The jobs of every VM of a simulation, one slot per unfinished job. */
export class JobSlots {
  /** Per VM: jobs in Take Snapshot (snapshot or delayed) and in transfer, so the overlap guards are O(1). */
  private readonly inSnapshot: Int32Array;
  private readonly inTransfer: Int32Array;
  private readonly running: Uint8Array;
  private readonly agentMissing: Uint8Array;
  /** Per VM: the consistency of a snapshot with every VSS writer succeeded, and with one failed. */
  private readonly consistencyOk: Uint8Array;
  private readonly consistencyVssFailed: Uint8Array;
  /** Per VM: jobs scheduled. */
  readonly scheduled: Int32Array;

  phase = new Uint8Array(0);
  snapshot = new Uint8Array(0);
  transfer = new Uint8Array(0);
  wantsVault = new Uint8Array(0);
  /** Index into CONSISTENCY; −1 before a snapshot point. */
  consistency = new Int8Array(0);
  /** Index into RULE_KEYS of the rule that failed the job or skipped its transfer; −1 for none. */
  outcomeRule = new Int8Array(0);
  /** Minute the snapshot completed (NaN: not yet). */
  snapshotCompletedAt = new Float64Array(0);
  /** For the simulator: the VM's point index of the job's snapshot (−1: none). */
  point = new Int32Array(0);
  private free: number[] = [];
  private size = 0;

  constructor(vms: readonly SlotVm[], capacity = 1024) {
    const n = vms.length;
    this.inSnapshot = new Int32Array(n);
    this.inTransfer = new Int32Array(n);
    this.scheduled = new Int32Array(n);
    this.running = Uint8Array.from(vms, (v) => (v.powerState === "running" ? 1 : 0));
    this.agentMissing = Uint8Array.from(vms, (v) => (v.vmAgent ? 0 : 1));
    const consistencyOf = (v: SlotVm, vssWritersSucceeded: boolean) =>
      CONSISTENCY[snapshotConsistency({ powerState: v.powerState, osType: v.osType, vssWritersSucceeded, linuxScripts: v.linuxScripts ?? "none" }).consistency];
    this.consistencyOk = Uint8Array.from(vms, (v) => consistencyOf(v, true));
    this.consistencyVssFailed = Uint8Array.from(vms, (v) => consistencyOf(v, false));
    this.resize(Math.max(16, capacity));
  }

  /** A job of VM `vm` is scheduled (queued); returns its slot. */
  schedule(vm: number, wantsVault: boolean): number {
    this.scheduled[vm]!++;
    let s = this.free.pop();
    if (s === undefined) {
      if (this.size === this.phase.length) this.resize(this.phase.length * 2);
      s = this.size++;
    }
    this.phase[s] = PHASE.queued;
    this.snapshot[s] = STATUS["not-started"];
    this.transfer[s] = STATUS["not-started"];
    this.wantsVault[s] = wantsVault ? 1 : 0;
    this.consistency[s] = -1;
    this.outcomeRule[s] = -1;
    this.snapshotCompletedAt[s] = Number.NaN;
    this.point[s] = -1;
    return s;
  }

  /** Gives a done job's slot back; its fields stay readable until the next `schedule`. */
  release(slot: number): void {
    this.free.push(slot);
  }

  /**
   * Moves job `slot` of VM `vm` by `event` at minute `at`, as `VmBackupMachine.apply` does; returns the row of
   * JOB_TRANSITIONS applied. Throws InvalidTransitionError for an event the table does not allow.
   */
  apply(vm: number, slot: number, event: number, at: number, vssWritersSucceeded = true): number {
    const from = this.phase[slot]!;
    const list = candidates[from * jobEvents.length + event]!;
    let row = -1;
    for (let k = 0; k < list.length; k++) {
      const r = list[k]!;
      if (this.holds(rowGuard[r]!, vm, slot, from)) {
        row = r;
        break;
      }
    }
    if (row < 0) throw new InvalidTransitionError(jobPhases[from]!, jobEvents[event]!);
    const to = rowTo[row]!;
    if (isSnapshotPhase(from)) this.inSnapshot[vm]!--;
    else if (from === TRANSFER) this.inTransfer[vm]!--;
    if (isSnapshotPhase(to)) this.inSnapshot[vm]!++;
    else if (to === TRANSFER) this.inTransfer[vm]!++;
    this.phase[slot] = to;
    if (rowSnapshot[row]! >= 0) this.snapshot[slot] = rowSnapshot[row]!;
    if (rowTransfer[row]! >= 0) this.transfer[slot] = rowTransfer[row]!;
    if (to === DONE && (this.snapshot[slot] === FAILED || this.transfer[slot] === SKIPPED || this.transfer[slot] === FAILED))
      this.outcomeRule[slot] = rowRule[row]!;
    if (rowEffect[row] === EFFECT_SNAPSHOT_POINT) {
      this.snapshotCompletedAt[slot] = at;
      this.consistency[slot] = vssWritersSucceeded ? this.consistencyOk[vm]! : this.consistencyVssFailed[vm]!;
    }
    return row;
  }

  private holds(guard: number, vm: number, slot: number, phase: number): boolean {
    switch (guard) {
      case GUARD_OTHER_IN_SNAPSHOT:
        return this.inSnapshot[vm]! - (isSnapshotPhase(phase) ? 1 : 0) > 0;
      case GUARD_OTHER_IN_TRANSFER:
        return this.inTransfer[vm]! - (phase === TRANSFER ? 1 : 0) > 0;
      case GUARD_NO_VAULT_COPY:
        return this.wantsVault[slot] === 0;
      case GUARD_AGENT_MISSING:
        return this.running[vm] === 1 && this.agentMissing[vm] === 1;
      default:
        return true;
    }
  }

  private resize(capacity: number): void {
    const grow = <T extends Uint8Array | Int8Array | Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const a = make(capacity);
      a.set(old as never);
      return a;
    };
    this.phase = grow(this.phase, (n) => new Uint8Array(n));
    this.snapshot = grow(this.snapshot, (n) => new Uint8Array(n));
    this.transfer = grow(this.transfer, (n) => new Uint8Array(n));
    this.wantsVault = grow(this.wantsVault, (n) => new Uint8Array(n));
    this.consistency = grow(this.consistency, (n) => new Int8Array(n));
    this.outcomeRule = grow(this.outcomeRule, (n) => new Int8Array(n));
    this.snapshotCompletedAt = grow(this.snapshotCompletedAt, (n) => new Float64Array(n));
    this.point = grow(this.point, (n) => new Int32Array(n));
  }
}

export const rowTarget = (row: number): number => rowTo[row]!;
export const rowEffectOf = (row: number): number => rowEffect[row]!;
export { DONE as PHASE_DONE, TRANSFER as PHASE_TRANSFER, SNAPSHOT as PHASE_SNAPSHOT, FAILED as STATUS_FAILED, SKIPPED as STATUS_SKIPPED };
