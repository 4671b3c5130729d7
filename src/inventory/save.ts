/**
 * Tenant → tenant.yaml text, deterministically: keys in schema order, empty lists and unset fields
 * left out (they come back as the same defaults when loaded), no anchors, no line folding.
 */
import yaml from "js-yaml";
import { resourceKinds, type Tenant } from "./schema.js";

/** Lists whose schema default is []: leaving them out loads back as the same empty list. */
const DEFAULTED_LISTS = new Set<string>([...resourceKinds, "resourceGroups", "nics", "subnets", "rules", "backendPools", "probes", "routes"]);

const HEADER = "# tenant.yaml: the inventory and protection requirements of one Azure Stack Hub tenant.\n# Reference: docs/tenant-yaml.md\n";

export function serializeTenant(tenant: Tenant): string {
  return HEADER + yaml.dump(prunedTenant(tenant), { noRefs: true, lineWidth: -1, quotingType: '"', sortKeys: false });
}

/** The data serializeTenant writes: the tenant without unset fields and defaulted empty lists. */
export function prunedTenant(tenant: Tenant): unknown {
  return prune(tenant);
}

/** Drops undefined values and the empty lists that load back as defaults. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    if (Array.isArray(child) && child.length === 0 && DEFAULTED_LISTS.has(key)) continue;
    out[key] = prune(child);
  }
  return out;
}
