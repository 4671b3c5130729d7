/**
 * Drift between the tenant.yaml before and after a discovery: resources added, removed and changed,
 * with field-level changes ("disks[web-01_DataDisk_0].sizeGiB: 64 → 128"). Pure.
 */
import { compareIds } from "./arm-reader.js";
import { resourceKinds, type Tenant } from "../inventory/schema.js";

export interface FieldChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

export interface DriftEntry {
  change: "added" | "removed" | "changed";
  /** "resourceGroup" or a resource list of the model ("virtualMachines", "otherResources" ...). */
  kind: string;
  subscription: string;
  resourceGroup: string;
  name: string;
  changes?: FieldChange[];
}

export interface Drift {
  added: number;
  removed: number;
  changed: number;
  entries: DriftEntry[];
}

interface Entity {
  kind: string;
  subscription: string;
  resourceGroup: string;
  name: string;
  value: unknown;
}

function entities(tenant: Tenant, subscriptions: ReadonlySet<string>): Map<string, Entity> {
  const out = new Map<string, Entity>();
  for (const sub of tenant.subscriptions) {
    if (!subscriptions.has(sub.id.toLowerCase())) continue;
    for (const rg of sub.resourceGroups) {
      const at = { subscription: sub.id, resourceGroup: rg.name };
      out.set(`${sub.id}/${rg.name}`.toLowerCase(), {
        ...at,
        kind: "resourceGroup",
        name: rg.name,
        value: { location: rg.location, tags: rg.tags },
      });
      for (const kind of resourceKinds) {
        for (const item of rg[kind] as Array<{ name?: string; id?: string }>) {
          const name = kind === "otherResources" ? (item.id ?? "") : (item.name ?? "");
          out.set(`${sub.id}/${rg.name}/${kind}/${name}`.toLowerCase(), {
            ...at,
            kind,
            name: kind === "otherResources" ? (item.name ?? name) : name,
            value: item,
          });
        }
      }
    }
  }
  return out;
}

/** Drift over the given subscriptions (lower-case ids): those discovery scanned. */
export function computeDrift(before: Tenant, after: Tenant, scanned: ReadonlySet<string>): Drift {
  const old = entities(before, scanned);
  const now = entities(after, scanned);
  const entries: DriftEntry[] = [];
  for (const [key, entity] of now) {
    const previous = old.get(key);
    const { value, ...where } = entity;
    if (!previous) entries.push({ change: "added", ...where });
    else {
      const changes = diff(previous.value, value, "");
      if (changes.length > 0) entries.push({ change: "changed", ...where, changes });
    }
  }
  for (const [key, entity] of old) {
    if (now.has(key)) continue;
    const { value: _value, ...where } = entity;
    entries.push({ change: "removed", ...where });
  }
  const order = { removed: 0, added: 1, changed: 2 } as const;
  entries.sort(
    (a, b) =>
      compareIds(a.subscription, b.subscription) ||
      compareIds(a.resourceGroup, b.resourceGroup) ||
      compareIds(a.kind, b.kind) ||
      compareIds(a.name, b.name) ||
      order[a.change] - order[b.change],
  );
  return {
    added: entries.filter((e) => e.change === "added").length,
    removed: entries.filter((e) => e.change === "removed").length,
    changed: entries.filter((e) => e.change === "changed").length,
    entries,
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const isNamedList = (v: unknown): v is Array<{ name: string }> => Array.isArray(v) && v.every((x) => isObj(x) && typeof x.name === "string");

function diff(before: unknown, after: unknown, path: string): FieldChange[] {
  if (isObj(before) && isObj(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diff(before[k], after[k], path ? `${path}.${k}` : k));
  }
  if (isNamedList(before) && isNamedList(after) && (before.length > 0 || after.length > 0)) {
    const names = [...new Set([...before, ...after].map((x) => x.name.toLowerCase()))].sort();
    return names.flatMap((n) => {
      const b = before.find((x) => x.name.toLowerCase() === n);
      const a = after.find((x) => x.name.toLowerCase() === n);
      return diff(b, a, `${path}[${(a ?? b)!.name}]`);
    });
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ path, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) }];
}

/** "disks[web-01_DataDisk_0].sizeGiB 64 → 128"; values as compact JSON. */
export function formatChange(change: FieldChange): string {
  const show = (v: unknown) => (v === undefined ? "(none)" : typeof v === "string" ? v : JSON.stringify(v));
  return `${change.path}: ${show(change.before)} → ${show(change.after)}`;
}
