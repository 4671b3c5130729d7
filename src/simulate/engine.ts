/**
 * A deterministic discrete-event simulation of two worlds over N days:
 *  - public Azure: Azure VM Backup jobs per VM, moved by the state machine of
 *    src/azure-backup/vm-model.ts (the same transition table the tests drive by hand);
 *  - the stack: the agent-based plan's jobs, which share the backup servers' streams and the WAN
 *    link to the off-stack target (processor sharing: active transfers split the link equally).
 * Everything that varies (start jitter, snapshot and transfer durations, daily churn, CPU peaks,
 * VSS writer failures) is drawn from a seeded mulberry32 stream per VM, so the same input and seed
 * give byte-identical results. Events live in a typed-array heap; per-VM state in typed arrays.
 */
import { HIGH_LOAD_RETRY, VM_BACKUP_RULES, consistencies } from "../azure-backup/vm-model.js";
import { EventQueue } from "./event-queue.js";
import { median, round, rpoStatsOf } from "./rpo.js";
import {
  EFFECT_SNAPSHOT_POINT,
  EFFECT_VAULT,
  EVENT,
  JobSlots,
  PHASE_DONE,
  PHASE_SNAPSHOT,
  PHASE_TRANSFER,
  RULE_KEYS,
  STATUS_FAILED,
  STATUS_SKIPPED,
  rowEffectOf,
  rowTarget,
} from "./job-slots.js";
import { deriveSeed, mulberry32, type Random } from "./random.js";
import type { AzureVmSpec } from "../azure-backup/vm-inventory.js";
import type { AgentVmResult, AgentVmSpec, AzureVmResult, RpoStats, RuleCounts, SideTotals, SimulationInput, SimulationResult } from "./types.js";

const MINUTES_PER_DAY = 1440;
/** Bytes in a GiB and bits per byte: GiB → Mbit is × 1024³ × 8 / 10⁶. */
const MBIT_PER_GIB = (1024 ** 3 * 8) / 1e6;

/**
 * Azure-side parameters. Documented facts carry their source; the rest are assumptions listed in
 * docs/assumptions.md ("## Azure Backup model").
 */
export const AZURE_SIM_DEFAULTS = {
  /** Start within 2 h of the scheduled time [vm-faq]; typically 5–20 min after it [Microsoft JP support blog]. */
  typicalStartDelayMinutes: [5, 20] as [number, number],
  /** Assumption: 1 job in 10 starts later than typical, anywhere up to the 2 h limit. */
  lateStartProbability: 0.1,
  lateStartDelayMinutes: [20, 120] as [number, number],
  /** Snapshot "takes few minutes" [vm-faq]. Assumption: 5 min + 1 per disk + 2 per TiB provisioned, × 0.8–1.5. */
  snapshotBaseMinutes: 5,
  snapshotMinutesPerDisk: 1,
  snapshotMinutesPerTiB: 2,
  snapshotFactor: [0.8, 1.5] as [number, number],
  /** Above 90 % CPU or memory the snapshot is queued and delayed, then times out [troubleshoot]. */
  highLoadThresholdPercent: 90,
  /**
   * Assumption for a VM whose inventory gives only a momentary peak: load at a snapshot attempt = peak × 0.75–1.0,
   * drawn anew at each attempt. A VM with `highCpuHoursPerDay` is instead busy for that stretch of the day,
   * placed uniformly at random per job, so its retries stay busy together (vm-model.ts, highCpuFailureProbability).
   */
  loadFactor: [0.75, 1] as [number, number],
  /** Assumption: a delayed snapshot is retried every 30 min, and times out after 4 retries (2 h): HIGH_LOAD_RETRY. */
  highLoadRetryMinutes: HIGH_LOAD_RETRY.retryMinutes as number,
  highLoadMaxRetries: HIGH_LOAD_RETRY.maxRetries as number,
  /** Assumption: 1 Windows snapshot in 50 has a failed VSS writer (→ file-system consistent). */
  vssWriterFailureProbability: 0.02,
  /** Best case throughput: initial 160 Mbps, incremental 640 Mbps [intro-2018, older doc]. */
  fullTransferMbps: 160,
  incrementalTransferMbps: 640,
  /** Assumption: vault queue wait 0–60 min; 1 in 20 transfers waits at a peak, up to the documented 8 h [intro-2019]. */
  transferQueueMinutes: [0, 60] as [number, number],
  peakQueueProbability: 0.05,
  peakQueueMinutes: [60, 480] as [number, number],
  /** Assumption: no data on how often a transfer fails; the rule exists, the rate is 0. */
  transferFailureProbability: 0,
  /** Assumption: a day's churn varies ±30 % around the expected value. */
  churnFactor: [0.7, 1.3] as [number, number],
};
export type AzureSimParams = typeof AZURE_SIM_DEFAULTS;

/** Agent-side rules and parameters. */
export const AGENT_RULES = {
  previousJobRunning: {
    id: "agent-previous-job-running",
    summary:
      "A scheduled agent job whose previous job of the same VM is still queued or transferring does not start (backup products run one job per source at a time).",
    source: "assumption",
  },
} as const;
export const AGENT_SIM_DEFAULTS = {
  /** Same ±30 % daily churn variation as the Azure side (assumption). */
  churnFactor: [0.7, 1.3] as [number, number],
};
export type AgentSimParams = typeof AGENT_SIM_DEFAULTS;

enum Ev {
  AzureSchedule = 1,
  AzureStart,
  AzureRetry,
  AzureSnapshotDone,
  AzureTransferDone,
  AgentSchedule,
  AgentLinkCheck,
}

export { round, rpoStats } from "./rpo.js";

/** A uniform draw from a [min, max] range (no argument spread on the hot path). */
const draw = (rng: Random, range: readonly [number, number]): number => rng.between(range[0], range[1]);

/** The rule ids of the job table's rules, by number, as results name them. */
const RULE_IDS: readonly string[] = RULE_KEYS.map((k) => VM_BACKUP_RULES[k].id);

const SALT_AZURE = 1;
const SALT_AGENT = 2;

export interface SimulationOptions {
  azure?: Partial<AzureSimParams>;
  agent?: Partial<AgentSimParams>;
}

export function simulate(input: SimulationInput, options: SimulationOptions = {}): SimulationResult {
  if (!Number.isInteger(input.days) || input.days < 1) throw new RangeError("days must be a whole number of at least 1");
  const end = input.days * MINUTES_PER_DAY;
  // Each VM's Azure VM Backup jobs depend on nothing but that VM, so each VM runs through a queue of its own (a few
  // events deep); the agent side shares streams and the link, so all its jobs run through one queue. Within a queue
  // events pop by time, then by insertion: the order each VM sees is the order a single queue of everything gave.
  const azure = new AzureSide(input, { ...AZURE_SIM_DEFAULTS, ...options.azure }, new EventQueue(64), end);
  azure.run();
  const agent = input.agent
    ? new AgentSide(input, { ...AGENT_SIM_DEFAULTS, ...options.agent }, new EventQueue(Math.max(1024, input.agent.vms.length * 2)), end)
    : undefined;
  agent?.run();
  return {
    days: input.days,
    seed: input.seed,
    azure: azure.results(),
    agent: agent ? agent.results() : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Azure VM Backup side

class AzureSide {
  private readonly rngs: Random[];
  /** Per VM: pointAt of the last point that reached the vault (NaN: none yet). */
  private readonly lastVaultPointAt: Float64Array;
  /** Per VM: did the previous day's last (vault) job fail its snapshot? (Enhanced policy) */
  private readonly lastOfDayFailed: Uint8Array;
  /** Per VM: high-load retries of the job in snapshot. */
  private readonly retries: Int32Array;
  /** Per VM: minutes from the start of its busy stretch to the current job's first attempt (VMs with a busy stretch). */
  private readonly busyPhase: Float64Array;
  private readonly delayed: Int32Array;
  /** Unfinished jobs, one slot each (the event payload); a finished job is counted and its slot reused. */
  private readonly jobs: JobSlots;
  /** Per VM × rule of RULE_KEYS: jobs failed and transfers skipped by that rule. */
  private readonly failed: Int32Array;
  private readonly transferSkipped: Int32Array;
  /** Per VM × consistency: snapshot points of that consistency. */
  private readonly consistency: Int32Array;
  private readonly finished: Int32Array;
  /** Per VM: data time (= restorable time) of each snapshot point, and when it reached the vault (NaN: never). Sized once. */
  private readonly pointAt: Float64Array[];
  private readonly vaultAt: Float64Array[];
  private readonly pointCount: Int32Array;

  constructor(
    private readonly input: SimulationInput,
    private readonly p: AzureSimParams,
    private readonly queue: EventQueue,
    private readonly end: number,
  ) {
    const n = input.azure.length;
    this.jobs = new JobSlots(input.azure, n * 2);
    this.rngs = input.azure.map((_, i) => mulberry32(deriveSeed(input.seed, i, SALT_AZURE)));
    this.lastVaultPointAt = new Float64Array(n).fill(Number.NaN);
    this.lastOfDayFailed = new Uint8Array(n);
    this.retries = new Int32Array(n);
    this.busyPhase = new Float64Array(n);
    this.delayed = new Int32Array(n);
    this.failed = new Int32Array(n * RULE_KEYS.length);
    this.transferSkipped = new Int32Array(n * RULE_KEYS.length);
    this.consistency = new Int32Array(n * consistencies.length);
    this.finished = new Int32Array(n);
    // At most one point per scheduled job: ⌈(end − start) ÷ interval⌉ jobs.
    const capacity = (vm: AzureVmSpec) => Math.max(0, Math.ceil((end - vm.policy.startMinute) / (vm.policy.intervalHours * 60)));
    this.pointAt = input.azure.map((vm) => new Float64Array(capacity(vm)));
    this.vaultAt = input.azure.map((vm) => new Float64Array(capacity(vm)).fill(Number.NaN));
    this.pointCount = new Int32Array(n);
  }

  /** Applies an event through the job table; counts the outcome and frees the job's slot when it is done. Returns the phase reached. */
  private step(i: number, key: number, event: number, t: number, vssWritersSucceeded = true): number {
    const jobs = this.jobs;
    const row = jobs.apply(i, key, event, t, vssWritersSucceeded);
    const effect = rowEffectOf(row);
    if (effect === EFFECT_SNAPSHOT_POINT) {
      this.consistency[i * consistencies.length + jobs.consistency[key]!]!++;
      const index = this.pointCount[i]!++;
      if (index === this.pointAt[i]!.length) {
        // Never lose a point, should rounding of the schedule's times give one job more than the capacity counted.
        this.pointAt[i] = grown(this.pointAt[i]!);
        this.vaultAt[i] = grown(this.vaultAt[i]!).fill(Number.NaN, this.vaultAt[i]!.length);
      }
      this.pointAt[i]![index] = t;
      jobs.point[key] = index;
    } else if (effect === EFFECT_VAULT) {
      const index = jobs.point[key]!;
      if (index >= 0) this.vaultAt[i]![index] = t;
    }
    const to = rowTarget(row);
    if (to === PHASE_DONE) {
      const rule = jobs.outcomeRule[key]!;
      if (rule >= 0) {
        const skipped = jobs.snapshot[key] !== STATUS_FAILED && jobs.transfer[key] === STATUS_SKIPPED;
        (skipped ? this.transferSkipped : this.failed)[i * RULE_KEYS.length + rule]!++;
      }
      this.finished[i]!++;
      jobs.release(key);
    }
    return to;
  }

  /** Runs every VM's jobs from its first scheduled time to the end, one VM after another. */
  run(): void {
    const queue = this.queue;
    const ev = { time: 0, kind: 0, a: 0, b: 0 };
    for (let i = 0; i < this.input.azure.length; i++) {
      const start = this.input.azure[i]!.policy.startMinute;
      if (start < this.end) queue.push(start, Ev.AzureSchedule, i, 0);
      while (queue.pop(ev)) {
        if (ev.time >= this.end) continue; // jobs still running at the end stay unfinished
        switch (ev.kind) {
          case Ev.AzureSchedule:
            this.onSchedule(ev.time, ev.a, ev.b);
            break;
          case Ev.AzureStart:
            this.onStart(ev.time, ev.a, ev.b);
            break;
          case Ev.AzureRetry:
            this.onRetry(ev.time, ev.a, ev.b);
            break;
          case Ev.AzureSnapshotDone:
            this.onSnapshotDone(ev.time, ev.a, ev.b);
            break;
          case Ev.AzureTransferDone:
            this.onTransferDone(ev.time, ev.a, ev.b);
            break;
        }
      }
    }
  }

  private vm(i: number): AzureVmSpec {
    return this.input.azure[i]!;
  }

  private jobsPerDay(vm: AzureVmSpec): number {
    return vm.policy.kind === "enhanced-hourly" ? Math.max(1, Math.round(24 / vm.policy.intervalHours)) : 1;
  }

  onSchedule(t: number, i: number, k: number): void {
    const vm = this.vm(i);
    const rng = this.rngs[i]!;
    const next = vm.policy.startMinute + (k + 1) * vm.policy.intervalHours * 60;
    if (next < this.end) this.queue.push(next, Ev.AzureSchedule, i, k + 1);
    const perDay = this.jobsPerDay(vm);
    const lastOfDay = k % perDay === perDay - 1;
    const key = this.jobs.schedule(i, vm.policy.kind !== "enhanced-hourly" || lastOfDay);
    // [start-window] triggered within 2 hours of the scheduled time.
    const delay = rng.chance(this.p.lateStartProbability) ? draw(rng, this.p.lateStartDelayMinutes) : draw(rng, this.p.typicalStartDelayMinutes);
    this.queue.push(t + delay, Ev.AzureStart, i, key);
  }

  onStart(t: number, i: number, key: number): void {
    if (this.step(i, key, EVENT.start, t) !== PHASE_SNAPSHOT) {
      this.noteVaultJobFailure(i, key);
      return;
    }
    this.retries[i] = 0;
    // Where the job starts within the VM's busy stretch: uniform over the day (the stretch's hour is not known).
    if (this.vm(i).highCpuMinutesPerDay !== undefined) this.busyPhase[i] = this.rngs[i]!.next() * MINUTES_PER_DAY;
    this.attemptSnapshot(t, i, key);
  }

  /** Is the VM above the load threshold at this attempt of its current job? */
  private busyAtAttempt(i: number, vm: AzureVmSpec, rng: Random): boolean {
    if (vm.powerState !== "running") return false;
    const busyMinutes = vm.highCpuMinutesPerDay;
    if (busyMinutes === undefined) return vm.peakLoadPercent * draw(rng, this.p.loadFactor) > this.p.highLoadThresholdPercent;
    const sinceStretchStart = (this.busyPhase[i]! + this.retries[i]! * this.p.highLoadRetryMinutes) % MINUTES_PER_DAY;
    return sinceStretchStart < busyMinutes;
  }

  /** A snapshot attempt: delayed when the VM is above the load threshold, else runs to completion. */
  private attemptSnapshot(t: number, i: number, key: number): void {
    const vm = this.vm(i);
    const rng = this.rngs[i]!;
    if (this.busyAtAttempt(i, vm, rng)) {
      this.step(i, key, EVENT["load-high"], t);
      this.queue.push(t + this.p.highLoadRetryMinutes, Ev.AzureRetry, i, key);
      return;
    }
    if (this.retries[i]! > 0) this.delayed[i]!++;
    const tib = vm.provisionedGiB / 1024;
    const minutes =
      (this.p.snapshotBaseMinutes + this.p.snapshotMinutesPerDisk * vm.diskCount + this.p.snapshotMinutesPerTiB * tib) * draw(rng, this.p.snapshotFactor);
    this.queue.push(t + minutes, Ev.AzureSnapshotDone, i, key);
  }

  onRetry(t: number, i: number, key: number): void {
    this.retries[i]!++;
    if (this.retries[i]! > this.p.highLoadMaxRetries) {
      this.step(i, key, EVENT["snapshot-timeout"], t);
      this.noteVaultJobFailure(i, key);
      return;
    }
    this.step(i, key, EVENT.retry, t);
    this.attemptSnapshot(t, i, key);
  }

  /** Enhanced policy: if the day's vault job fails, the first backup of the next day goes to the vault [enhanced]. */
  private noteVaultJobFailure(i: number, key: number): void {
    if (this.jobs.wantsVault[key] === 1 && this.vm(i).policy.kind === "enhanced-hourly") this.lastOfDayFailed[i] = 1;
  }

  onSnapshotDone(t: number, i: number, key: number): void {
    const vm = this.vm(i);
    const rng = this.rngs[i]!;
    const jobs = this.jobs;
    if (vm.policy.kind === "enhanced-hourly" && this.lastOfDayFailed[i] === 1 && jobs.wantsVault[key] === 0) {
      jobs.wantsVault[key] = 1;
    }
    const vssWritersSucceeded = vm.osType !== "windows" || !rng.chance(this.p.vssWriterFailureProbability);
    // The fields of a job that is done stay readable until the next job is scheduled.
    if (this.step(i, key, EVENT["snapshot-complete"], t, vssWritersSucceeded) !== PHASE_TRANSFER) {
      if (jobs.wantsVault[key] === 1 && jobs.transfer[key] === STATUS_SKIPPED) this.noteVaultJobFailure(i, key);
      return;
    }
    if (jobs.wantsVault[key] === 1) this.lastOfDayFailed[i] = 0;
    // [backbone-transfer] incremental from the last vault point: all churn since then [prepare].
    const last = this.lastVaultPointAt[i]!;
    const full = Number.isNaN(last);
    const sizeGiB = full ? vm.usedGiB : Math.min(vm.usedGiB, (vm.dailyChurnGiB * draw(rng, this.p.churnFactor) * (t - last)) / MINUTES_PER_DAY);
    const mbps = full ? this.p.fullTransferMbps : this.p.incrementalTransferMbps;
    const wait = rng.chance(this.p.peakQueueProbability) ? draw(rng, this.p.peakQueueMinutes) : draw(rng, this.p.transferQueueMinutes);
    const minutes = wait + (sizeGiB * MBIT_PER_GIB) / mbps / 60;
    this.queue.push(t + minutes, Ev.AzureTransferDone, i, key);
  }

  onTransferDone(t: number, i: number, key: number): void {
    const failed = this.rngs[i]!.chance(this.p.transferFailureProbability);
    const snapshotAt = this.jobs.snapshotCompletedAt[key]!;
    this.step(i, key, failed ? EVENT["transfer-failed"] : EVENT["transfer-complete"], t);
    if (!failed && !Number.isNaN(snapshotAt)) this.lastVaultPointAt[i] = snapshotAt;
  }

  /** The non-zero counts of one VM's row of a VM × key table, under the keys' names, sorted. */
  private countsOf(table: Int32Array, i: number, names: readonly string[]): RuleCounts {
    const out: RuleCounts = {};
    for (let k = 0; k < names.length; k++) {
      const c = table[i * names.length + k]!;
      if (c > 0) out[names[k]!] = c;
    }
    return sortedCounts(out);
  }

  results(): SimulationResult["azure"] {
    const vms: AzureVmResult[] = this.input.azure.map((vm, i) => {
      const count = this.pointCount[i]!;
      const at = this.pointAt[i]!;
      const vaultAt = this.vaultAt[i]!;
      // Snapshot points are restorable when taken; vault points from their arrival in the vault.
      const vaultPointAt = new Float64Array(count);
      const vaultArrivedAt = new Float64Array(count);
      let vaultPoints = 0;
      for (let k = 0; k < count; k++) {
        if (Number.isNaN(vaultAt[k]!)) continue;
        vaultPointAt[vaultPoints] = at[k]!;
        vaultArrivedAt[vaultPoints++] = vaultAt[k]!;
      }
      return {
        name: vm.name,
        policy: vm.policy.kind,
        intervalHours: vm.policy.intervalHours,
        jobs: this.jobs.scheduled[i]!,
        recoveryPoints: count,
        vaultPoints,
        failed: this.countsOf(this.failed, i, RULE_IDS),
        transferSkipped: this.countsOf(this.transferSkipped, i, RULE_IDS),
        unfinished: this.jobs.scheduled[i]! - this.finished[i]!,
        delayedSnapshots: this.delayed[i]!,
        consistency: this.countsOf(this.consistency, i, consistencies),
        ...rpoStatsOf(at, at, count, this.end),
        vault: rpoStatsOf(vaultPointAt, vaultArrivedAt, vaultPoints, this.end),
      };
    });
    const totals = sideTotals(
      vms,
      vms.map((v) => ({ ...v.failed })),
      vms.map((v) => ({ ...v.transferSkipped })),
    );
    return {
      vms,
      totals: {
        ...totals,
        vaultPoints: vms.reduce((s, v) => s + v.vaultPoints, 0),
        worstVaultRpoHours: maxOrNull(vms.map((v) => v.vault.worstHours)),
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Agent-based side: streams and a shared WAN link

class AgentSide {
  private readonly specs;
  private readonly rngs: Random[];
  /** Per VM: 0 idle, 1 queued for its stream, 2 transferring. */
  private readonly state: Uint8Array;
  private readonly remainingGiB: Float64Array;
  private readonly jobGiB: Float64Array;
  private readonly jobStartedAt: Float64Array;
  private readonly lastPointAt: Float64Array;
  private readonly jobs: Int32Array;
  private readonly skipped: Int32Array;
  private readonly sent: Float64Array;
  /** Per VM: data time (the run's start) and restorable time (the end of its transfer) of each point; pointCount of them. */
  private readonly pointAt: Float64Array[];
  private readonly pointAvailableAt: Float64Array[];
  private readonly pointCount: Int32Array;
  private readonly streamBusy: Uint8Array;
  private readonly streamQueues: number[][];
  private readonly streamQueueHead: Int32Array;
  private active: Int32Array;
  private activeCount = 0;
  private lastUpdate = 0;
  private version = 0;
  private busyMinutes = 0;
  /** Link capacity in GiB per minute. */
  private readonly capacity: number;

  constructor(
    input: SimulationInput,
    private readonly p: AgentSimParams,
    private readonly queue: EventQueue,
    private readonly end: number,
  ) {
    const agent = input.agent!;
    if (!(agent.linkMbps > 0)) throw new RangeError("the agent plan's link bandwidth must be positive");
    this.specs = agent.vms;
    const n = this.specs.length;
    const streams = Math.max(1, agent.streams);
    this.rngs = this.specs.map((_, i) => mulberry32(deriveSeed(input.seed, i, SALT_AGENT)));
    this.state = new Uint8Array(n);
    this.remainingGiB = new Float64Array(n);
    this.jobGiB = new Float64Array(n);
    this.jobStartedAt = new Float64Array(n);
    this.lastPointAt = new Float64Array(n).fill(Number.NaN);
    this.jobs = new Int32Array(n);
    this.skipped = new Int32Array(n);
    this.sent = new Float64Array(n);
    // At most one point per scheduled job, ⌈(end − start) ÷ interval⌉, and one for an offline seed.
    const capacity = (vm: AgentVmSpec) => Math.max(0, Math.ceil((end - vm.startMinute) / (vm.intervalHours * 60))) + 1;
    this.pointAt = this.specs.map((vm) => new Float64Array(capacity(vm)));
    this.pointAvailableAt = this.specs.map((vm) => new Float64Array(capacity(vm)));
    this.pointCount = new Int32Array(n);
    this.streamBusy = new Uint8Array(streams);
    this.streamQueues = Array.from({ length: streams }, () => []);
    this.streamQueueHead = new Int32Array(streams);
    this.active = new Int32Array(Math.max(1, Math.min(n, streams)));
    this.capacity = (agent.linkMbps / MBIT_PER_GIB) * 60;
  }

  private seed(): void {
    this.specs.forEach((vm, i) => {
      if (vm.offlineSeed) {
        // The full copy arrives by disk before the first scheduled job: a point as of time 0.
        this.lastPointAt[i] = 0;
        this.addPoint(i, 0, 0);
      }
      if (vm.startMinute < this.end) this.queue.push(vm.startMinute, Ev.AgentSchedule, i, 0);
    });
  }

  /** Runs every job from its first scheduled time to the end, all VMs together: they share streams and the link. */
  run(): void {
    this.seed();
    const ev = { time: 0, kind: 0, a: 0, b: 0 };
    while (this.queue.pop(ev)) {
      if (ev.time >= this.end) continue; // jobs still running at the end stay unfinished
      if (ev.kind === Ev.AgentSchedule) this.onSchedule(ev.time, ev.a, ev.b);
      else if (ev.kind === Ev.AgentLinkCheck) this.onLinkCheck(ev.time, ev.a);
    }
  }

  private addPoint(i: number, pointAt: number, availableAt: number): void {
    const k = this.pointCount[i]!++;
    if (k === this.pointAt[i]!.length) {
      // Only if rounding of the schedule's times gave one job more than the capacity counted: never lose a point.
      this.pointAt[i] = grown(this.pointAt[i]!);
      this.pointAvailableAt[i] = grown(this.pointAvailableAt[i]!);
    }
    this.pointAt[i]![k] = pointAt;
    this.pointAvailableAt[i]![k] = availableAt;
  }

  private streamOf(i: number): number {
    return this.specs[i]!.stream % this.streamBusy.length;
  }

  onSchedule(t: number, i: number, k: number): void {
    const vm = this.specs[i]!;
    const next = vm.startMinute + (k + 1) * vm.intervalHours * 60;
    if (next < this.end) this.queue.push(next, Ev.AgentSchedule, i, k + 1);
    this.jobs[i]!++;
    if (this.state[i] !== 0) {
      this.skipped[i]!++;
      return;
    }
    const last = this.lastPointAt[i]!;
    const factor = draw(this.rngs[i]!, this.p.churnFactor);
    this.jobGiB[i] = Number.isNaN(last) ? vm.fullGiB : Math.min(vm.fullGiB, (vm.incrementalGiB * factor * (t - last)) / MINUTES_PER_DAY);
    const s = this.streamOf(i);
    if (this.streamBusy[s] === 0) this.startTransfer(t, i);
    else {
      this.state[i] = 1;
      this.streamQueues[s]!.push(i);
    }
  }

  private startTransfer(t: number, i: number): void {
    this.advance(t);
    this.streamBusy[this.streamOf(i)] = 1;
    this.state[i] = 2;
    this.jobStartedAt[i] = t;
    this.remainingGiB[i] = this.jobGiB[i]!;
    if (this.activeCount === this.active.length) this.growActive();
    this.active[this.activeCount++] = i;
    this.reschedule(t);
  }

  private growActive(): void {
    const a = new Int32Array(this.active.length * 2);
    a.set(this.active);
    this.active = a;
  }

  /** Moves every active transfer forward to time t at its equal share of the link. */
  private advance(t: number): void {
    const dt = t - this.lastUpdate;
    if (dt > 0 && this.activeCount > 0) {
      const each = (this.capacity * dt) / this.activeCount;
      for (let k = 0; k < this.activeCount; k++) {
        const i = this.active[k]!;
        const moved = Math.min(each, this.remainingGiB[i]!);
        this.remainingGiB[i] = this.remainingGiB[i]! - each;
        this.sent[i] = this.sent[i]! + moved;
      }
      this.busyMinutes += dt;
    }
    this.lastUpdate = t;
  }

  private reschedule(t: number): void {
    this.version++;
    if (this.activeCount === 0) return;
    let least = Infinity;
    for (let k = 0; k < this.activeCount; k++) least = Math.min(least, this.remainingGiB[this.active[k]!]!);
    const minutes = Math.max(0, (least * this.activeCount) / this.capacity);
    this.queue.push(t + minutes, Ev.AgentLinkCheck, this.version, 0);
  }

  onLinkCheck(t: number, version: number): void {
    if (version !== this.version) return;
    this.advance(t);
    const EPS = 1e-9;
    const freed: number[] = [];
    let w = 0;
    for (let k = 0; k < this.activeCount; k++) {
      const i = this.active[k]!;
      if (this.remainingGiB[i]! <= EPS) freed.push(i);
      else this.active[w++] = i;
    }
    this.activeCount = w;
    for (const i of freed) {
      this.state[i] = 0;
      this.lastPointAt[i] = this.jobStartedAt[i]!;
      this.addPoint(i, this.jobStartedAt[i]!, t);
      this.streamBusy[this.streamOf(i)] = 0;
    }
    // Freed streams start their next queued job (in stream order: deterministic).
    for (const i of freed) {
      const s = this.streamOf(i);
      const q = this.streamQueues[s]!;
      const head = this.streamQueueHead[s]!;
      if (head < q.length && this.streamBusy[s] === 0) {
        const nextVm = q[head]!;
        this.streamQueueHead[s] = head + 1;
        this.startTransfer(t, nextVm);
      }
    }
    this.reschedule(t);
  }

  results(): NonNullable<SimulationResult["agent"]> {
    this.advance(this.end);
    const vms: AgentVmResult[] = this.specs.map((vm, i) => {
      const skipped: RuleCounts = {};
      if (this.skipped[i]! > 0) skipped[AGENT_RULES.previousJobRunning.id] = this.skipped[i]!;
      const count = this.pointCount[i]!;
      return {
        name: vm.name,
        method: vm.method,
        jobs: this.jobs[i]!,
        recoveryPoints: count,
        skipped,
        unfinished: this.state[i] !== 0 ? 1 : 0,
        sentGiB: round(this.sent[i]!),
        ...rpoStatsOf(this.pointAt[i]!, this.pointAvailableAt[i]!, count, this.end),
      };
    });
    const totals = sideTotals(
      vms,
      vms.map(() => ({})),
      vms.map((v) => ({ ...v.skipped })),
    );
    return {
      vms,
      totals: {
        ...totals,
        sentGiB: round(vms.reduce((s, v) => s + v.sentGiB, 0)),
        linkBusyPercent: round((100 * this.busyMinutes) / this.end),
      },
    };
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

function grown(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2 + 1);
  b.set(a);
  return b;
}

function sideTotals(vms: ReadonlyArray<RpoStats & { jobs: number; recoveryPoints: number }>, failed: RuleCounts[], skipped: RuleCounts[]): SideTotals {
  const sum = (list: RuleCounts[]) => {
    const out: RuleCounts = {};
    for (const c of list) for (const [k, v] of Object.entries(c)) out[k] = (out[k] ?? 0) + v;
    return sortedCounts(out);
  };
  const typical = vms.map((v) => v.typicalHours).filter((h): h is number => h !== null);
  const firsts = vms.map((v) => v.firstRestorableHours);
  return {
    vms: vms.length,
    jobs: vms.reduce((s, v) => s + v.jobs, 0),
    recoveryPoints: vms.reduce((s, v) => s + v.recoveryPoints, 0),
    failed: sum(failed),
    skipped: sum(skipped),
    worstRpoHours: maxOrNull(vms.map((v) => v.worstHours)),
    typicalRpoHours: typical.length > 0 ? round(median(typical)) : null,
    firstRestorableHoursWorst: firsts.length > 0 && firsts.every((f) => f !== null) ? maxOrNull(firsts) : null,
    vmsWithoutPoint: vms.filter((v) => v.recoveryPoints === 0).length,
  };
}

function maxOrNull(values: Array<number | null>): number | null {
  // A loop, not Math.max(...values): a spread of 100,000 arguments overflows the stack.
  let max: number | null = null;
  for (const x of values) if (x !== null && (max === null || x > max)) max = x;
  return max;
}

/** Keys in sorted order, so JSON output does not depend on event order. */
function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
