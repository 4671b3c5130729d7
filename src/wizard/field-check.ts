/**
 * Inline validation of one answer against the zod schema of its field (e.g. DiskSchema.shape.sizeGiB):
 * the rule lives in src/inventory/schema.ts only. Messages use the wording of `validate` (load.ts).
 */
import type { z } from "zod";

export function fieldCheck(schema: z.ZodType): (value: unknown) => string | undefined {
  return (value) => {
    const result = schema.safeParse(value);
    if (result.success) return undefined;
    const issue = result.error.issues[0]!;
    switch (issue.code) {
      case "too_small":
      case "too_big": {
        if (!/^Too (small|big)/.test(issue.message)) return issue.message;
        const inclusive = issue.inclusive !== false;
        const relation = issue.code === "too_small" ? (inclusive ? "at least" : "greater than") : inclusive ? "at most" : "less than";
        const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
        const what = issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : "";
        return `must be ${relation} ${String(bound)}${what}`;
      }
      case "invalid_type":
        return issue.expected === "int" ? "must be a whole number" : `expected ${issue.expected}`;
      case "invalid_value":
        return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
      default:
        return issue.message;
    }
  };
}

/** A time zone name the runtime's ICU knows ("Asia/Tokyo", "UTC"). */
export function checkTimeZone(name: string): string | undefined {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return undefined;
  } catch {
    return `"${name}" is not an IANA time zone name (e.g. "Asia/Tokyo", "UTC")`;
  }
}

/** "10.0.0.0/16": the shape of an IPv4 CIDR, so a typo is caught while the person is still at the question. */
export function checkCidr(text: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(text);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255) || Number(m[5]) > 32) return `"${text}" is not an IPv4 address range such as 10.0.0.0/16`;
  return undefined;
}

/** "192.0.2.10": the shape of an IPv4 address (a public IP, a VPN peer, a next hop). */
export function checkIpv4(text: string): string | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m || m.slice(1, 5).some((o) => Number(o) > 255)) return `"${text}" is not an IPv4 address such as 192.0.2.10`;
  return undefined;
}

/** An NSG rule's port: "*", a port 0-65535, or a range "1000-2000" (the forms ARM accepts). */
export function checkPortRange(text: string): string | undefined {
  if (text === "*") return undefined;
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(text);
  const ports = m ? [m[1], m[2]].filter((p) => p !== undefined).map(Number) : [];
  if (!m || ports.some((p) => p > 65535) || (ports.length === 2 && ports[0]! > ports[1]!))
    return `"${text}" is not "*", a port from 0 to 65535 or a range such as 1000-2000`;
  return undefined;
}
