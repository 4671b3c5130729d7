/** How many VMs a diagram of report.html draws one by one, and the merging that lets it draw fewer. */

/**
 * VMs a diagram draws one by one. Above it the timeline draws one bar per tier (and per on-time or late) and the
 * failover diagram one box per group: a 10,000-VM report drew 30,000 shapes (7 MiB) for bars a pixel high.
 */
export const DIAGRAM_VMS_DRAWN = 300;

/** Merged intervals: the union of [start, end) spans, sorted (a link busy at the same rate in each). */
export function mergeIntervals(spans: ReadonlyArray<{ startHours: number; endHours: number }>): Array<{ startHours: number; endHours: number }> {
  const sorted = [...spans].sort((a, b) => a.startHours - b.startHours);
  const out: Array<{ startHours: number; endHours: number }> = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.startHours <= last.endHours) last.endHours = Math.max(last.endHours, span.endHours);
    else out.push({ ...span });
  }
  return out;
}
