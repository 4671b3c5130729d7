/** Bulk assignment: one answer for many VMs, chosen by resource group, tag or name pattern. */
import type { VmRef } from "../inventory/walk.js";

export const bulkSelectors = ["resourceGroup", "tag", "name"] as const;
export type BulkSelector = (typeof bulkSelectors)[number];
export const bulkFields = ["tier", "changeRatePercent", "roles"] as const;
export type BulkField = (typeof bulkFields)[number];

/**
 * A glob over VM names: `*` any run of characters, `?` one character, everything else literal;
 * case-insensitive, as ARM names are.
 */
export function globToRegExp(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[\\^$.|+()[\]{}]/g, "\\$&"))).join("");
  return new RegExp(`^${body}$`, "i");
}

/** "key=value" matches that tag value (case-insensitive value), "key" any VM carrying the tag. */
export function tagMatcher(expression: string): (tags: Record<string, string> | undefined) => boolean {
  const eq = expression.indexOf("=");
  const key = (eq < 0 ? expression : expression.slice(0, eq)).trim().toLowerCase();
  const value =
    eq < 0
      ? undefined
      : expression
          .slice(eq + 1)
          .trim()
          .toLowerCase();
  return (tags) => Object.entries(tags ?? {}).some(([k, v]) => k.toLowerCase() === key && (value === undefined || v.toLowerCase() === value));
}

export function selectVms(refs: readonly VmRef[], by: BulkSelector, match: string): VmRef[] {
  switch (by) {
    case "resourceGroup":
      return refs.filter((r) => r.resourceGroup.name.toLowerCase() === match.toLowerCase());
    case "tag": {
      const test = tagMatcher(match);
      return refs.filter((r) => test(r.vm.tags));
    }
    case "name": {
      const re = globToRegExp(match);
      return refs.filter((r) => re.test(r.vm.name) || re.test(r.qualifiedName));
    }
  }
}
