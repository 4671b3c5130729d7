/**
 * Parsed churn rows → per-disk daily figures, with every row accounted for: a row is used, or it is named
 * in a problem (duplicate, conflict, future hour, implausible value, unknown host or disk, incomplete day).
 * Pure: the caller reads the files and passes `now`.
 */
import type { ChurnRow, CsvProblem } from "./csv.js";
import { SAMPLES_PER_HOUR } from "./csv.js";

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Clock difference tolerated between a guest and the importing machine (assumption: NTP keeps guests within seconds). */
const CLOCK_GRACE_MS = 5 * 60_000;
/** Minute samples in a full day. */
const SAMPLES_PER_DAY = 24 * SAMPLES_PER_HOUR;
/**
 * A day is used when at least 90 % of its minutes were sampled, its total scaled up to 24 h; fewer and it is
 * reported and left out (assumption, docs/assumptions.md: a day missing more than 2.4 h can miss its batch job).
 */
export const MIN_DAY_COVERAGE = 0.9;
/**
 * Ceiling on a disk's write rate: 4,000 MB/s, Azure Ultra Disk's largest throughput per disk
 * (learn.microsoft.com/azure/virtual-machines/disks-types); no Azure Stack Hub disk comes near it, so an hour
 * above it is a counter wrap or a corrupt row, not churn.
 */
export const MAX_DISK_BYTES_PER_SECOND = 4_000_000_000;

export type ChurnProblemCode =
  | CsvProblem["code"]
  | "duplicate"
  | "conflict"
  | "future-hour"
  | "implausible"
  | "resets"
  | "gaps"
  | "incomplete-days"
  | "unknown-host"
  | "ambiguous-host"
  | "resource-disk"
  | "unknown-disk"
  | "ambiguous-disk"
  | "disk-not-seen"
  | "too-few-days"
  | "rate-capped";

export interface ChurnProblem {
  severity: "error" | "warning" | "info";
  code: ChurnProblemCode;
  /** "file" or "file:line", or "host/device". */
  where: string;
  detail: string;
}

/** One device's hours after de-duplication, keyed by the hour's start. */
export interface DeviceSeries {
  host: string;
  device: string;
  lun: string;
  hours: Map<number, { writeBytes: number; samples: number; resets: number }>;
}

export interface DailyFigures {
  /** UTC dates (YYYY-MM-DD) of the complete days used, oldest first. */
  days: string[];
  /** Bytes written per complete day, scaled to 24 h, in the same order. */
  dailyBytes: number[];
  /** Highest hourly average write rate, bytes per second. */
  peakBytesPerSecond: number;
  problems: ChurnProblem[];
}

const seriesKey = (row: Pick<ChurnRow, "host" | "device">) => `${row.host.toLowerCase()}\u0000${row.device}`;
const where = (row: Pick<ChurnRow, "file" | "line">) => `${row.file}:${row.line}`;

/**
 * Rows from every file → one series per host and device. The same hour in two files is an overlap: equal
 * values are kept once (info), different values keep the larger (conservative) and are reported.
 */
export function buildSeries(rows: readonly ChurnRow[], now: number): { series: DeviceSeries[]; problems: ChurnProblem[] } {
  const problems: ChurnProblem[] = [];
  const byKey = new Map<string, DeviceSeries>();
  const firstSeen = new Map<string, ChurnRow>();
  for (const row of rows) {
    // A collector writes an hour once it has ended: an hour that ends after `now` (beyond a 5-minute grace) was stamped by a fast clock.
    if (row.hour + HOUR_MS > now + CLOCK_GRACE_MS) {
      problems.push({
        severity: "warning",
        code: "future-hour",
        where: where(row),
        detail: `${row.host} reports the hour ${new Date(row.hour).toISOString()}, after the import time: the guest's clock is ahead; the row is not used`,
      });
      continue;
    }
    const ceiling = row.samples * 60 * MAX_DISK_BYTES_PER_SECOND;
    if (row.writeBytes > ceiling) {
      problems.push({
        severity: "warning",
        code: "implausible",
        where: where(row),
        detail: `${row.writeBytes} bytes in ${row.samples} minutes is above ${MAX_DISK_BYTES_PER_SECOND / 1e6} MB/s (a counter wrap or a corrupt row); the row is not used`,
      });
      continue;
    }
    const key = seriesKey(row);
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { host: row.host, device: row.device, lun: row.lun, hours: new Map() }));
    const hourKey = `${key}\u0000${row.hour}`;
    const earlier = firstSeen.get(hourKey);
    if (earlier) {
      const same = earlier.writeBytes === row.writeBytes && earlier.samples === row.samples;
      problems.push(
        same
          ? {
              severity: "info",
              code: "duplicate",
              where: where(row),
              detail: `repeats ${where(earlier)} (overlapping files); counted once`,
            }
          : {
              severity: "warning",
              code: "conflict",
              where: where(row),
              detail: `differs from ${where(earlier)} for the same host, device and hour (${row.writeBytes} vs ${earlier.writeBytes} bytes); the larger is used`,
            },
      );
      const kept = series.hours.get(row.hour)!;
      if (!same && row.writeBytes > kept.writeBytes) series.hours.set(row.hour, { writeBytes: row.writeBytes, samples: row.samples, resets: row.resets });
      continue;
    }
    firstSeen.set(hourKey, row);
    series.hours.set(row.hour, { writeBytes: row.writeBytes, samples: row.samples, resets: row.resets });
  }
  const series = [...byKey.values()].sort((a, b) => (a.host.toLowerCase() + a.device < b.host.toLowerCase() + b.device ? -1 : 1));
  return { series, problems };
}

/** One device's hours → complete days (scaled to 24 h), the peak hour, and the gaps, resets and short days reported. */
export function dailyFigures(series: DeviceSeries): DailyFigures {
  const label = `${series.host}/${series.device}`;
  const problems: ChurnProblem[] = [];
  const hours = [...series.hours.keys()].sort((a, b) => a - b);
  const perDay = new Map<number, { bytes: number; samples: number }>();
  let resets = 0;
  let peak = 0;
  for (const hour of hours) {
    const h = series.hours.get(hour)!;
    resets += h.resets;
    peak = Math.max(peak, h.writeBytes / (h.samples * 60));
    const day = Math.floor(hour / DAY_MS) * DAY_MS;
    const sum = perDay.get(day) ?? { bytes: 0, samples: 0 };
    perDay.set(day, { bytes: sum.bytes + h.writeBytes, samples: sum.samples + h.samples });
  }
  if (hours.length > 1) {
    const missing = (hours.at(-1)! - hours[0]!) / HOUR_MS + 1 - hours.length;
    if (missing > 0)
      problems.push({
        severity: "warning",
        code: "gaps",
        where: label,
        detail: `${missing} hour(s) without a row between the first and last hour (collector stopped or VM off)`,
      });
  }
  if (resets > 0)
    problems.push({
      severity: "info",
      code: "resets",
      where: label,
      detail: `${resets} counter reset(s) (reboot or counter wrap): the minute of each reset is not counted`,
    });
  const days: string[] = [];
  const dailyBytes: number[] = [];
  const short: string[] = [];
  for (const [day, sum] of [...perDay.entries()].sort((a, b) => a[0] - b[0])) {
    const date = new Date(day).toISOString().slice(0, 10);
    if (sum.samples < MIN_DAY_COVERAGE * SAMPLES_PER_DAY) {
      short.push(`${date} (${Math.round((sum.samples / SAMPLES_PER_DAY) * 100)} %)`);
      continue;
    }
    days.push(date);
    dailyBytes.push((sum.bytes * SAMPLES_PER_DAY) / sum.samples);
  }
  if (short.length > 0)
    problems.push({
      severity: "info",
      code: "incomplete-days",
      where: label,
      detail: `${short.length} day(s) below ${MIN_DAY_COVERAGE * 100} % of minutes sampled, not used: ${short.join(", ")}`,
    });
  return { days, dailyBytes, peakBytesPerSecond: peak, problems };
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}
