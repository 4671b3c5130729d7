/** Reads an `osVersion` display string into an OS key and version, and checks it against a support list. */
import type { OsKey, OsSupportRange } from "./limits.js";

export interface ParsedOs {
  os: OsKey;
  /** Numeric version: "2012 R2" → "2012.5", "SLES 12 SP4" → "12.4", "RHEL 8" → "8". */
  version: string;
  /** True when only a major version was given ("RHEL 8"), so a range ending inside that major is uncertain. */
  majorOnly: boolean;
}

const patterns: ReadonlyArray<[OsKey, RegExp]> = [
  ["windows-server", /\bwindows server\b/],
  ["windows-client", /\bwindows (?:7|8|8\.1|10|11)\b/],
  ["ubuntu", /\bubuntu\b/],
  ["rhel", /\b(?:red hat|rhel)\b/],
  ["centos", /\bcentos\b/],
  ["debian", /\bdebian\b/],
  ["sles", /\b(?:suse|sles)\b/],
  ["oracle-linux", /\boracle linux\b/],
];

export function parseOsVersion(display: string): ParsedOs | undefined {
  const text = display.toLowerCase().replace(/\s+/g, " ").trim();
  const entry = patterns.find(([, re]) => re.test(text));
  if (!entry) return undefined;
  const [os] = entry;
  if (os === "windows-server") {
    const year = /\b(2008|2012|2016|2019|2022|2025)\b/.exec(text)?.[1];
    if (!year) return undefined;
    return { os, version: /\br2\b/.test(text) ? `${year}.5` : year, majorOnly: false };
  }
  if (os === "windows-client") {
    const v = /\bwindows (7|8\.1|8|10|11)\b/.exec(text)?.[1];
    return v ? { os, version: v, majorOnly: false } : undefined;
  }
  const number = /\b(\d+)(?:\.(\d+))?\b/.exec(text.replace(/\b(?:red hat|rhel|suse|sles|oracle linux|ubuntu|centos|debian)\b/g, " "));
  if (!number) return undefined;
  const major = number[1]!;
  const sp = /\bsp(\d+)\b/.exec(text)?.[1];
  if (os === "sles") return { os, version: sp ? `${major}.${sp}` : major, majorOnly: !sp };
  return number[2] !== undefined ? { os, version: `${major}.${number[2]}`, majorOnly: false } : { os, version: major, majorOnly: true };
}

/** Compares "6.10" and "6.9" numerically part by part (6.10 > 6.9). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export type OsSupport = "supported" | "partly" | "not-listed" | "unknown";

/**
 * "supported": inside a range. "partly": only a major version is known and a range covers part of it
 * ("RHEL 8" against 6.7–8.7). "not-listed": a known OS outside every range. "unknown": the string is not understood.
 */
export function osSupport(display: string, ranges: readonly OsSupportRange[]): { support: OsSupport; parsed?: ParsedOs } {
  const parsed = parseOsVersion(display);
  if (!parsed) return { support: "unknown" };
  const mine = ranges.filter((r) => r.os === parsed.os);
  const major = parsed.version.split(".")[0]!;
  for (const r of mine) {
    if (compareVersions(parsed.version, r.min) >= 0 && compareVersions(parsed.version, r.max) <= 0) {
      // A bare major inside the range may still have minors past its end ("8" vs max "8.7").
      const maxMajor = r.max.split(".")[0]!;
      if (parsed.majorOnly && maxMajor === major && r.max.includes(".")) return { support: "partly", parsed };
      return { support: "supported", parsed };
    }
    if (parsed.majorOnly && r.min.split(".")[0] === major) return { support: "partly", parsed };
  }
  return { support: "not-listed", parsed };
}
