/**
 * The achieved RPO of one VM from its recovery points, on typed arrays: a 10,000-VM month has about 700,000 points,
 * and one small array per point (then a sorted copy, then a sorted copy of the exposures) was a visible share of
 * the simulator's time. The arithmetic is the one docs/simulate.md describes ("RPO").
 */
import { roundTo } from "../base/units.js";
import type { RpoStats } from "./types.js";

/** Two decimals: hours to the minute's precision and stable text. */
export const round = (x: number): number => roundTo(x, 2);

/** Scratch space shared by every call (the simulator is synchronous): point order and exposures. */
let order = new Int32Array(256);
let exposures = new Float64Array(256);

/**
 * Exposure (data at risk) just before each point becomes restorable: its availability time minus the newest point
 * restorable until then; and at the end, the end minus the newest point. Worst is the maximum, typical the median.
 * Point k has data as of `pointAt[k]` and is restorable from `availableAt[k]` (minutes), for k < count.
 */
export function rpoStatsOf(pointAt: ArrayLike<number>, availableAt: ArrayLike<number>, count: number, end: number): RpoStats {
  if (count === 0) return { worstHours: null, typicalHours: null, firstRestorableHours: null };
  if (order.length < count + 1) {
    order = new Int32Array(2 * (count + 1));
    exposures = new Float64Array(2 * (count + 1));
  }
  // Points by availability, then by data time. They mostly come in that order already; sort only when not.
  let sorted = true;
  for (let k = 0; k < count; k++) {
    order[k] = k;
    if (k > 0 && (availableAt[k]! < availableAt[k - 1]! || (availableAt[k] === availableAt[k - 1] && pointAt[k]! < pointAt[k - 1]!))) sorted = false;
  }
  if (!sorted) order.subarray(0, count).sort((a, b) => availableAt[a]! - availableAt[b]! || pointAt[a]! - pointAt[b]!);
  let n = 0;
  let newest = pointAt[order[0]!]!;
  for (let k = 1; k < count; k++) {
    const p = order[k]!;
    // Only a newer point lowers the exposure; an older one arriving late changes nothing.
    if (pointAt[p]! > newest) {
      exposures[n++] = availableAt[p]! - newest;
      newest = pointAt[p]!;
    }
  }
  exposures[n++] = end - newest;
  const list = exposures.subarray(0, n);
  let worst = -Infinity;
  for (let k = 0; k < n; k++) if (list[k]! > worst) worst = list[k]!;
  return { worstHours: round(worst / 60), typicalHours: round(median(list) / 60), firstRestorableHours: round(availableAt[order[0]!]! / 60) };
}

/** The same from [pointAt, availableAt] pairs. */
export function rpoStats(points: ReadonlyArray<readonly [number, number]>, end: number): RpoStats {
  return rpoStatsOf(
    points.map((p) => p[0]),
    points.map((p) => p[1]),
    points.length,
    end,
  );
}

/** Median of the values (a Float64Array is sorted in place, an array copied). */
export function median(values: Float64Array | number[]): number {
  const s = values instanceof Float64Array ? values.sort() : [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
