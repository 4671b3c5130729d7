/**
 * Restore tests and DR drills per tier, as an iCalendar file (RFC 5545) a calendar application imports. The
 * cadence follows the tier: the shorter its RTO, the more often a full restore is proven. Output is
 * deterministic: UIDs come from the tenant, tier and test, DTSTAMP and the first dates from the plan's start
 * date (never the clock), and times are floating local times of the tenant's time zone.
 */
import type { BackupPlan } from "../backup/types.js";
import type { Tenant, Tier } from "../inventory/schema.js";
import { t } from "../base/text.js";
import { clock } from "../base/units.js";
import { safeFileName } from "../iac/escape.js";
import type { DeployFile, RestoreTest, RestoreTestKind } from "./types.js";

/**
 * Months between tests (docs/assumptions.md, "Restore test cadence"). NIST SP 800-34 Rev. 1 asks that
 * contingency plans be tested at least once a year; tighter tiers are tested more often so that a broken
 * restore is found well inside the time the tier could afford to lose.
 */
export function cadenceMonths(tier: Tier, kind: RestoreTestKind): number {
  switch (kind) {
    case "file-level":
      return tier.rtoHours <= 24 ? 1 : 3;
    case "full-vm":
      return tier.rtoHours <= 8 ? 1 : tier.rtoHours <= 24 ? 3 : 6;
    case "application":
      return tier.rtoHours <= 24 ? 3 : 6;
    case "dr-drill":
      return tier.requiresDr ? 6 : 12;
  }
}

export const TEST_KINDS: readonly RestoreTestKind[] = ["file-level", "full-vm", "application", "dr-drill"];
/** Hours a test is booked for: assumption, enough for the restore and its check (docs/assumptions.md). */
const DURATION_HOURS: Record<RestoreTestKind, number> = { "file-level": 1, "full-vm": 4, application: 4, "dr-drill": 8 };
/** Day offsets of each kind from the start date, so the tests of a month do not fall on one day. */
const DAY_OFFSET: Record<RestoreTestKind, number> = { "file-level": 0, "full-vm": 7, application: 14, "dr-drill": 21 };

/** Default start date of the calendar when `plan --start-date` is not given: documented, not the clock. */
export const DEFAULT_START_DATE = "2027-01-04";

/** FNV-1a 32-bit of the text, hex: a short stable id for UIDs (not a security hash). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h.toString(16).padStart(8, "0");
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10).replaceAll("-", "");
}

export function restoreTests(tenant: Tenant, backup: BackupPlan, startDate: string): RestoreTest[] {
  const id = fnv1a(`${tenant.tenant.name}|${tenant.stamp.name}`);
  const tests: RestoreTest[] = [];
  for (const tier of tenant.protection.tiers) {
    const members = backup.vms.filter((v) => v.protected && v.tier === tier.name);
    if (members.length === 0) continue;
    // The morning after the tier's window: the newest recovery point is complete and the window is closed.
    const [hh, mm] = tier.backupWindow.start.split(":").map(Number) as [number, number];
    const at = clock(hh * 60 + mm + tier.backupWindow.durationHours * 60 + 60).replace(":", "");
    for (const kind of TEST_KINDS) {
      tests.push({
        tier: tier.name,
        kind,
        intervalMonths: cadenceMonths(tier, kind),
        sampleVm: members[0]!.qualifiedName,
        firstStart: `${addDays(startDate, DAY_OFFSET[kind])}T${at}00`,
        durationHours: DURATION_HOURS[kind],
        uid: `${kind}-${fnv1a(tier.name)}-${id}@azs-backup-planner`,
        procedure: t(`ops.test.${kind}`, { vm: members[0]!.qualifiedName, method: members[0]!.methodName }),
      });
    }
  }
  return tests;
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function icalText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function calendar(
  tier: string,
  tests: readonly RestoreTest[],
  startDate: string,
  describe: (test: RestoreTest) => { summary: string; description: string },
): string {
  const stamp = `${startDate.replaceAll("-", "")}T000000Z`;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//azs-backup-planner//restore tests//EN",
    "CALSCALE:GREGORIAN",
    `X-WR-CALNAME:${icalText(`Restore tests: ${tier}`)}`,
  ];
  for (const test of tests) {
    const text = describe(test);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${test.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART:${test.firstStart}`,
      `DURATION:PT${test.durationHours}H`,
      `RRULE:FREQ=MONTHLY;INTERVAL=${test.intervalMonths}`,
      `SUMMARY:${icalText(text.summary)}`,
      `DESCRIPTION:${icalText(text.description)}`,
      `CATEGORIES:${icalText(test.kind)}`,
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

export const calendarFile = (tier: string): string => `tests/restore-tests-${safeFileName(tier)}.ics`;

export function calendarFiles(
  tests: readonly RestoreTest[],
  startDate: string,
  describe: (test: RestoreTest) => { summary: string; description: string },
): DeployFile[] {
  const tiers = [...new Set(tests.map((x) => x.tier))];
  return tiers.map((tier) => ({
    path: calendarFile(tier),
    kind: "icalendar",
    content: calendar(
      tier,
      tests.filter((x) => x.tier === tier),
      startDate,
      describe,
    ),
  }));
}
