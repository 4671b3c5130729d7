/**
 * Places every backup run of the day on the shared WAN link, inside its tier's window.
 *
 * Model (docs/backup.md, "Scheduler"): the link carries `capacity` MB per minute; at most `streams` runs are
 * active at once and the active runs share the link equally (a fluid, processor-sharing model of TCP flows
 * through one bottleneck). A run becomes ready when its window opens. Ready runs wait in a queue ordered by
 * earliest window end (EDF), then largest first (LPT), and start whenever a stream is free.
 *
 * The simulation is event driven and O(n log n): because the active runs progress at the same rate, each is
 * keyed by the "virtual work" at which it completes (work done by every active run so far + its size), so the
 * next completion is the heap's minimum. The schedule is work-conserving (the link is never idle while a run
 * is ready), so its makespan equals the preemptive single-resource lower bound
 *   max over release times r of (r − r0) + bytes released at or after r ÷ capacity;
 * makespanRatio = 1 up to rounding. What the order decides is which runs end inside their windows.
 *
 * The day is circular: the timeline is cut at the end of the longest gap with no window open, so windows
 * that cross midnight stay contiguous.
 */

export interface ScheduleJob {
  /** Window opening, minutes after midnight (0–1439). */
  windowStart: number;
  /** Window length in minutes. */
  windowMinutes: number;
  /** Size to transfer, in MB (decimal). */
  sizeMB: number;
}

export interface ScheduledRun {
  /** Minutes after the timeline start. */
  start: number;
  finish: number;
  stream: number;
  /** Window bounds on the same timeline. */
  release: number;
  deadline: number;
}

export interface ScheduleResult {
  /** Minute of the day where the timeline starts. */
  timelineStart: number;
  runs: ScheduledRun[];
  makespan: number;
  lowerBound: number;
}

/** Minute of the day after the longest stretch with no window open; 0 when windows cover the whole day. */
export function timelineStart(windows: ReadonlyArray<{ start: number; minutes: number }>): number {
  if (windows.length === 0) return 0;
  const covered = new Uint8Array(1440);
  // Many runs share few windows: mark each distinct window once.
  const distinct = new Map<string, { start: number; minutes: number }>();
  for (const w of windows) distinct.set(`${w.start}|${w.minutes}`, w);
  for (const w of distinct.values()) {
    const length = Math.min(1440, Math.ceil(w.minutes));
    for (let m = 0; m < length; m++) covered[(Math.floor(w.start) + m) % 1440] = 1;
  }
  let bestEnd = -1;
  let bestLength = 0;
  // Walk twice round the circle so a gap that wraps past midnight is measured whole.
  let runLength = 0;
  for (let i = 0; i < 2880; i++) {
    if (covered[i % 1440] === 0) {
      runLength++;
      if (runLength > bestLength && runLength <= 1440) {
        bestLength = runLength;
        bestEnd = (i + 1) % 1440;
      }
    } else runLength = 0;
  }
  if (bestLength === 0) return Math.min(...[...distinct.values()].map((w) => Math.floor(w.start) % 1440));
  return bestEnd;
}

/** Binary min-heap of numbers under a comparison function (negative = first). */
class Heap {
  private items: number[] = [];
  constructor(private readonly compare: (a: number, b: number) => number) {}
  private less(a: number, b: number): boolean {
    return this.compare(a, b) < 0;
  }
  get size(): number {
    return this.items.length;
  }
  peek(): number | undefined {
    return this.items[0];
  }
  push(x: number): void {
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i]!, a[p]!)) break;
      [a[i], a[p]] = [a[p]!, a[i]!];
      i = p;
    }
  }
  pop(): number | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
        if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

export function scheduleRuns(jobs: readonly ScheduleJob[], capacityMBPerMinute: number, streams: number): ScheduleResult {
  const n = jobs.length;
  const cut = timelineStart(jobs.map((j) => ({ start: j.windowStart, minutes: j.windowMinutes })));
  const release = new Float64Array(n);
  const deadline = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const job = jobs[i]!;
    release[i] = (((job.windowStart - cut) % 1440) + 1440) % 1440;
    deadline[i] = release[i]! + job.windowMinutes;
  }
  const byRelease = Array.from({ length: n }, (_, i) => i).sort((a, b) => release[a]! - release[b]! || a - b);

  const start = new Float64Array(n);
  const finish = new Float64Array(n);
  const stream = new Int32Array(n);
  const finishWork = new Float64Array(n);

  const ready = new Heap((a, b) => deadline[a]! - deadline[b]! || jobs[b]!.sizeMB - jobs[a]!.sizeMB || a - b);
  const active = new Heap((a, b) => finishWork[a]! - finishWork[b]! || a - b);
  const freeStreams = new Heap((a, b) => a - b);
  for (let s = 0; s < Math.max(1, streams); s++) freeStreams.push(s);

  let t = 0;
  let work = 0; // work (MB) each active run has received since the start
  let next = 0; // index into byRelease
  let done = 0;
  const eps = 1e-9;
  while (done < n) {
    while (next < n && release[byRelease[next]!]! <= t + eps) ready.push(byRelease[next++]!);
    while (ready.size > 0 && freeStreams.size > 0) {
      const j = ready.pop()!;
      start[j] = t;
      stream[j] = freeStreams.pop()!;
      finishWork[j] = work + jobs[j]!.sizeMB;
      active.push(j);
    }
    if (active.size === 0) {
      t = release[byRelease[next]!]!; // idle until the next window opens
      continue;
    }
    const rate = capacityMBPerMinute / active.size; // MB per minute for each active run
    const first = active.peek()!;
    const tComplete = t + (finishWork[first]! - work) / rate;
    const tRelease = next < n ? release[byRelease[next]!]! : Infinity;
    if (tRelease < tComplete - eps) {
      work += (tRelease - t) * rate;
      t = tRelease;
      continue;
    }
    work = finishWork[first]!;
    t = tComplete;
    while (active.size > 0 && finishWork[active.peek()!]! <= work + eps * Math.max(1, work)) {
      const j = active.pop()!;
      finish[j] = t;
      freeStreams.push(stream[j]!);
      done++;
    }
  }

  const runs: ScheduledRun[] = [];
  let first = Infinity;
  let last = 0;
  for (let i = 0; i < n; i++) {
    runs.push({ start: start[i]!, finish: finish[i]!, stream: stream[i]!, release: release[i]!, deadline: deadline[i]! });
    first = Math.min(first, release[i]!);
    last = Math.max(last, finish[i]!);
  }
  return { timelineStart: cut, runs, makespan: n === 0 ? 0 : last - first, lowerBound: lowerBound(release, jobs, capacityMBPerMinute) };
}

/** max over release times r of (r − r0) + (MB released at or after r) ÷ capacity. */
export function lowerBound(release: Float64Array, jobs: readonly ScheduleJob[], capacityMBPerMinute: number): number {
  const n = jobs.length;
  if (n === 0) return 0;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => release[b]! - release[a]!);
  let r0 = Infinity;
  for (const r of release) r0 = Math.min(r0, r);
  let suffixMB = 0;
  let best = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    suffixMB += jobs[i]!.sizeMB;
    const nextRelease = k + 1 < n ? release[order[k + 1]!]! : -Infinity;
    if (nextRelease !== release[i]) best = Math.max(best, release[i]! - r0 + suffixMB / capacityMBPerMinute);
  }
  return best;
}

/** A run's slot in a tier's window: it opens `windowStart` minutes after midnight and lasts `windowMinutes`. */
export interface RunSlot {
  run: number;
  windowStart: number;
  windowMinutes: number;
}

/**
 * Slots for `runs` backups a day in a window of `windowMinutes` opening at `windowStartMinute`: the runs are
 * spaced 24 h ÷ runs apart from the window start, as evenly as the day allows, and a run whose slot would open
 * after the window closes is not placed (a run outside every window of its tier is not a run of that tier).
 * Each slot ends at the next run's start or at the window's end, whichever comes first, so a run that ends
 * inside its slot ends inside the window. The first slot always opens at the window start.
 */
export function runSlots(windowStartMinute: number, windowMinutes: number, runs: number): RunSlot[] {
  const slots: RunSlot[] = [];
  if (runs <= 0) return slots;
  const spacing = 1440 / runs;
  for (let run = 0; run < runs; run++) {
    const offset = run * spacing;
    if (offset >= windowMinutes - 1e-9) break;
    slots.push({ run, windowStart: (windowStartMinute + offset) % 1440, windowMinutes: Math.min(windowMinutes - offset, spacing) });
  }
  return slots;
}

/**
 * The longest interval, in minutes, between two consecutive completions on the circular day (formula
 * backup.rpo.achieved): after the last completion of the day, the next is the first one of the following day.
 * One completion a day gives 1440; none gives Infinity (no recovery point ever completes).
 */
export function longestCompletionGapMinutes(finishMinutesOfDay: readonly number[]): number {
  if (finishMinutesOfDay.length === 0) return Number.POSITIVE_INFINITY;
  const sorted = finishMinutesOfDay.map((m) => ((m % 1440) + 1440) % 1440).sort((a, b) => a - b);
  let longest = sorted[0]! + 1440 - sorted[sorted.length - 1]!;
  for (let i = 1; i < sorted.length; i++) longest = Math.max(longest, sorted[i]! - sorted[i - 1]!);
  return longest;
}
