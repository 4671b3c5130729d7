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
import { roundTo } from "../base/units.js";
import { HIGH_LOAD_RETRY, VM_BACKUP_RULES, VmBackupMachine, type JobEvent, type JobRecord, type Transition } from "../azure-backup/vm-model.js";
import { EventQueue } from "./event-queue.js";
import { deriveSeed, mulberry32, type Random } from "./random.js";
import type { AzureVmSpec } from "../azure-backup/vm-inventory.js";
import type { AgentVmResult, AzureVmResult, RpoStats, RuleCounts, SideTotals, SimulationInput, SimulationResult } from "./types.js";

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

/** A uniform draw from a [min, max] range (no argument spread on the hot path). */
const draw = (rng: Random, range: readonly [number, number]): number => rng.between(range[0], range[1]);

const SALT_AZURE = 1;
const SALT_AGENT = 2;

export interface SimulationOptions {
  azure?: Partial<AzureSimParams>;
  agent?: Partial<AgentSimParams>;
}

export function simulate(input: SimulationInput, options: SimulationOptions = {}): SimulationResult {
  if (!Number.isInteger(input.days) || input.days < 1) throw new RangeError("days must be a whole number of at least 1");
  const end = input.days * MINUTES_PER_DAY;
  const queue = new EventQueue(Math.max(1024, (input.azure.length + (input.agent?.vms.length ?? 0)) * 4));
  const azure = new AzureSide(input, { ...AZURE_SIM_DEFAULTS, ...options.azure }, queue, end);
  const agent = input.agent ? new AgentSide(input, { ...AGENT_SIM_DEFAULTS, ...options.agent }, queue, end) : undefined;
  azure.seed();
  agent?.seed();

  const ev = { time: 0, kind: 0, a: 0, b: 0 };
  while (queue.pop(ev)) {
    if (ev.time >= end) continue; // jobs still running at the end stay unfinished
    switch (ev.kind) {
      case Ev.AzureSchedule:
        azure.onSchedule(ev.time, ev.a, ev.b);
        break;
      case Ev.AzureStart:
        azure.onStart(ev.time, ev.a, ev.b);
        break;
      case Ev.AzureRetry:
        azure.onRetry(ev.time, ev.a, ev.b);
        break;
      case Ev.AzureSnapshotDone:
        azure.onSnapshotDone(ev.time, ev.a, ev.b);
        break;
      case Ev.AzureTransferDone:
        azure.onTransferDone(ev.time, ev.a, ev.b);
        break;
      case Ev.AgentSchedule:
        agent!.onSchedule(ev.time, ev.a, ev.b);
        break;
      case Ev.AgentLinkCheck:
        agent!.onLinkCheck(ev.time, ev.a);
        break;
    }
  }
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
  private readonly machines: VmBackupMachine[];
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
  private readonly contexts: Array<{ powerState: AzureVmSpec["powerState"]; linuxScripts: AzureVmSpec["linuxScripts"] }>;
  /** Unfinished jobs by key (the event payload); finished jobs are counted and dropped. */
  private readonly live = new Map<number, JobRecord>();
  private nextKey = 0;
  private readonly failed: RuleCounts[];
  private readonly transferSkipped: RuleCounts[];
  private readonly consistency: Array<Record<string, number>>;
  private readonly finished: Int32Array;
  /** Per VM: data time (= restorable time) of each snapshot point, and when it reached the vault (NaN: never). Sized once. */
  private readonly pointAt: Float64Array[];
  private readonly vaultAt: Float64Array[];
  private readonly pointCount: Int32Array;
  /** Point index of each unfinished job that has one, by job key. */
  private readonly pointOfJob = new Map<number, number>();

  constructor(
    private readonly input: SimulationInput,
    private readonly p: AzureSimParams,
    private readonly queue: EventQueue,
    private readonly end: number,
  ) {
    const n = input.azure.length;
    this.machines = input.azure.map((vm) => new VmBackupMachine({ osType: vm.osType, vmAgent: vm.vmAgent }, false));
    this.rngs = input.azure.map((_, i) => mulberry32(deriveSeed(input.seed, i, SALT_AZURE)));
    this.lastVaultPointAt = new Float64Array(n).fill(Number.NaN);
    this.lastOfDayFailed = new Uint8Array(n);
    this.retries = new Int32Array(n);
    this.busyPhase = new Float64Array(n);
    this.delayed = new Int32Array(n);
    this.contexts = input.azure.map((vm) => ({ powerState: vm.powerState, linuxScripts: vm.linuxScripts }));
    this.failed = input.azure.map(() => ({}));
    this.transferSkipped = input.azure.map(() => ({}));
    this.consistency = input.azure.map(() => ({}));
    this.finished = new Int32Array(n);
    // At most one point per scheduled job: ⌈(end − start) ÷ interval⌉ jobs.
    const capacity = (vm: AzureVmSpec) => Math.max(0, Math.ceil((end - vm.policy.startMinute) / (vm.policy.intervalHours * 60)));
    this.pointAt = input.azure.map((vm) => new Float64Array(capacity(vm)));
    this.vaultAt = input.azure.map((vm) => new Float64Array(capacity(vm)).fill(Number.NaN));
    this.pointCount = new Int32Array(n);
  }

  private job(key: number): JobRecord {
    return this.live.get(key)!;
  }

  /** Applies an event through the VM's machine; counts the outcome and forgets the job when it is done. */
  private step(i: number, key: number, job: JobRecord, event: JobEvent, t: number, vssWritersSucceeded = true): Transition {
    const tr = this.machines[i]!.apply(job, event, t, this.contexts[i]!, vssWritersSucceeded);
    if (tr.effect === "create-snapshot-point") {
      if (job.consistency) bump(this.consistency[i]!, job.consistency);
      const index = this.pointCount[i]!++;
      this.pointAt[i]![index] = t;
      this.pointOfJob.set(key, index);
    } else if (tr.effect === "promote-to-vault") {
      const index = this.pointOfJob.get(key);
      if (index !== undefined) this.vaultAt[i]![index] = t;
    }
    if (tr.to === "done") {
      this.pointOfJob.delete(key);
      if (job.outcomeRule) {
        const id = VM_BACKUP_RULES[job.outcomeRule].id;
        bump(job.snapshot !== "failed" && job.transfer === "skipped" ? this.transferSkipped[i]! : this.failed[i]!, id);
      }
      this.finished[i]!++;
      this.live.delete(key);
    }
    return tr;
  }

  seed(): void {
    this.input.azure.forEach((vm, i) => {
      if (vm.policy.startMinute < this.end) this.queue.push(vm.policy.startMinute, Ev.AzureSchedule, i, 0);
    });
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
    const job = this.machines[i]!.schedule(t, vm.policy.kind !== "enhanced-hourly" || lastOfDay);
    const key = this.nextKey++;
    this.live.set(key, job);
    // [start-window] triggered within 2 hours of the scheduled time.
    const delay = rng.chance(this.p.lateStartProbability) ? draw(rng, this.p.lateStartDelayMinutes) : draw(rng, this.p.typicalStartDelayMinutes);
    this.queue.push(t + delay, Ev.AzureStart, i, key);
  }

  onStart(t: number, i: number, key: number): void {
    const job = this.job(key);
    const tr = this.step(i, key, job, "start", t);
    if (tr.to !== "snapshot") {
      this.noteVaultJobFailure(i, job);
      return;
    }
    this.retries[i] = 0;
    // Where the job starts within the VM's busy stretch: uniform over the day (the stretch's hour is not known).
    if (this.vm(i).highCpuMinutesPerDay !== undefined) this.busyPhase[i] = this.rngs[i]!.next() * MINUTES_PER_DAY;
    this.attemptSnapshot(t, i, key, job);
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
  private attemptSnapshot(t: number, i: number, key: number, job: JobRecord): void {
    const vm = this.vm(i);
    const rng = this.rngs[i]!;
    if (this.busyAtAttempt(i, vm, rng)) {
      this.step(i, key, job, "load-high", t);
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
    const job = this.job(key);
    this.retries[i]!++;
    if (this.retries[i]! > this.p.highLoadMaxRetries) {
      this.step(i, key, job, "snapshot-timeout", t);
      this.noteVaultJobFailure(i, job);
      return;
    }
    this.step(i, key, job, "retry", t);
    this.attemptSnapshot(t, i, key, job);
  }

  /** Enhanced policy: if the day's vault job fails, the first backup of the next day goes to the vault [enhanced]. */
  private noteVaultJobFailure(i: number, job: JobRecord): void {
    if (job.wantsVault && this.vm(i).policy.kind === "enhanced-hourly") this.lastOfDayFailed[i] = 1;
  }

  onSnapshotDone(t: number, i: number, key: number): void {
    const vm = this.vm(i);
    const rng = this.rngs[i]!;
    const job = this.job(key);
    if (vm.policy.kind === "enhanced-hourly" && this.lastOfDayFailed[i] === 1 && !job.wantsVault) {
      job.wantsVault = true;
    }
    const vssWritersSucceeded = vm.osType !== "windows" || !rng.chance(this.p.vssWriterFailureProbability);
    const tr = this.step(i, key, job, "snapshot-complete", t, vssWritersSucceeded);
    if (tr.to !== "transfer") {
      if (job.wantsVault && job.transfer === "skipped") this.noteVaultJobFailure(i, job);
      return;
    }
    if (job.wantsVault) this.lastOfDayFailed[i] = 0;
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
    const job = this.job(key);
    const failed = this.rngs[i]!.chance(this.p.transferFailureProbability);
    this.step(i, key, job, failed ? "transfer-failed" : "transfer-complete", t);
    if (!failed && job.snapshotCompletedAt !== undefined) this.lastVaultPointAt[i] = job.snapshotCompletedAt;
  }

  results(): SimulationResult["azure"] {
    const vms: AzureVmResult[] = this.input.azure.map((vm, i) => {
      const machine = this.machines[i]!;
      const count = this.pointCount[i]!;
      const at = this.pointAt[i]!;
      const vaultAt = this.vaultAt[i]!;
      const points: Array<readonly [number, number]> = [];
      const vaultPoints: Array<readonly [number, number]> = [];
      for (let k = 0; k < count; k++) {
        points.push([at[k]!, at[k]!]);
        if (!Number.isNaN(vaultAt[k]!)) vaultPoints.push([at[k]!, vaultAt[k]!]);
      }
      return {
        name: vm.name,
        policy: vm.policy.kind,
        intervalHours: vm.policy.intervalHours,
        jobs: machine.jobCount,
        recoveryPoints: points.length,
        vaultPoints: vaultPoints.length,
        failed: sortedCounts(this.failed[i]!),
        transferSkipped: sortedCounts(this.transferSkipped[i]!),
        unfinished: machine.jobCount - this.finished[i]!,
        delayedSnapshots: this.delayed[i]!,
        consistency: sortedCounts(this.consistency[i]!),
        ...rpoStats(points, this.end),
        vault: rpoStats(vaultPoints, this.end),
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
  private readonly points: Array<Array<readonly [number, number]>>;
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
    this.points = this.specs.map(() => []);
    this.streamBusy = new Uint8Array(streams);
    this.streamQueues = Array.from({ length: streams }, () => []);
    this.streamQueueHead = new Int32Array(streams);
    this.active = new Int32Array(Math.max(1, Math.min(n, streams)));
    this.capacity = (agent.linkMbps / MBIT_PER_GIB) * 60;
  }

  seed(): void {
    this.specs.forEach((vm, i) => {
      if (vm.offlineSeed) {
        // The full copy arrives by disk before the first scheduled job: a point as of time 0.
        this.lastPointAt[i] = 0;
        this.points[i]!.push([0, 0]);
      }
      if (vm.startMinute < this.end) this.queue.push(vm.startMinute, Ev.AgentSchedule, i, 0);
    });
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
      this.points[i]!.push([this.jobStartedAt[i]!, t]);
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
      const pts = this.points[i]!;
      return {
        name: vm.name,
        method: vm.method,
        jobs: this.jobs[i]!,
        recoveryPoints: pts.length,
        skipped,
        unfinished: this.state[i] !== 0 ? 1 : 0,
        sentGiB: round(this.sent[i]!),
        ...rpoStats(pts, this.end),
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

/**
 * Exposure (data at risk) just before each point becomes restorable: its availability time minus
 * the newest point restorable until then; and at the end, the end minus the newest point. Worst is
 * the maximum, typical the median. Points are [pointAt, availableAt] pairs in minutes.
 */
export function rpoStats(points: ReadonlyArray<readonly [number, number]>, end: number): RpoStats {
  if (points.length === 0) return { worstHours: null, typicalHours: null, firstRestorableHours: null };
  const byAvailability = [...points].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const exposures: number[] = [];
  let newest = Number.NaN;
  for (const [pointAt, availableAt] of byAvailability) {
    if (Number.isNaN(newest)) newest = pointAt;
    else if (pointAt > newest) {
      // Only a newer point lowers the exposure; an older one arriving late changes nothing.
      exposures.push(availableAt - newest);
      newest = pointAt;
    }
  }
  exposures.push(end - newest);
  return {
    worstHours: round(Math.max(...exposures) / 60),
    typicalHours: round(median(exposures) / 60),
    firstRestorableHours: round(byAvailability[0]![1] / 60),
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
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
  const v = values.filter((x): x is number => x !== null);
  return v.length > 0 ? Math.max(...v) : null;
}

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Keys in sorted order, so JSON output does not depend on event order. */
function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Two decimals: hours to the minute's precision and stable text. */
export const round = (x: number): number => roundTo(x, 2);
