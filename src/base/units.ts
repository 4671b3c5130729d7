/**
 * Units, clocks and rounding: the one place for the conversions and display rounding every room uses.
 * Language-neutral: unit words come from the message catalogues, never from here.
 */

/** Binary sizes: 1 GiB = 2^30 bytes = 1,024 MiB (IEC 80000-13). */
export const MIB_PER_GIB = 1024;
export const GIB_PER_TIB = 1024;
/** Decimal sizes of one GiB: 2^30 bytes = 1,073.741824 MB = 1.073741824 GB (SI prefixes, IEC 80000-13). */
export const MB_PER_GIB = 1073.741824;
export const GB_PER_GIB = 1.073741824;
/** Link rates are decimal megabits: one GiB is 8 × 1,073.741824 Mbit. */
export const MBIT_PER_GIB = 8 * 1073.741824;

export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
export const MINUTES_PER_HOUR = 60;
export const HOURS_PER_DAY = 24;
export const MINUTES_PER_DAY = 1440;

/** `value` rounded half up to `decimals` places: 12.345, 1 → 12.3. For display and stable JSON, never mid-formula. */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

/** "22:10" from minutes after midnight (1330); rounded to the minute, and minutes past a day (or before it) wrap round. */
export function clock(minuteOfDay: number): string {
  const m = ((Math.round(minuteOfDay) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / MINUTES_PER_HOUR)).padStart(2, "0")}:${String(m % MINUTES_PER_HOUR).padStart(2, "0")}`;
}

/** Minutes after midnight from "HH:MM" (the schema checks the shape); a missing part counts as 0. */
export function minuteOfDay(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * MINUTES_PER_HOUR + (m ?? 0);
}

export type DurationUnit = "minutes" | "hours" | "days";

/**
 * The unit a duration in hours reads best in, and its value in that unit (not rounded): minutes under an hour,
 * hours above, days from `daysFrom` hours (never, by default).
 */
export function durationIn(hours: number, daysFrom = Number.POSITIVE_INFINITY): { unit: DurationUnit; value: number } {
  if (Math.abs(hours) < 1) return { unit: "minutes", value: hours * MINUTES_PER_HOUR };
  if (Math.abs(hours) >= daysFrom) return { unit: "days", value: hours / HOURS_PER_DAY };
  return { unit: "hours", value: hours };
}

/** One formatter per locale and digit count: `toLocaleString` builds a new Intl.NumberFormat on every call, which dominated the text of a 10,000-VM plan. */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** 1234.56 → "1,234.6": grouped, at most `fractionDigits` decimals, trailing zeros dropped; en-US unless told, so output is identical on every machine. */
export function formatNumber(value: number, fractionDigits = 1, locale = "en-US"): string {
  const key = `${locale}|${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits, minimumFractionDigits: 0 })));
  return format.format(value);
}
