/**
 * Resources that readable ones reference but that this run could not read: a NIC's subnet in a resource group that
 * answered 403, a VM's disk whose read failed. Listed so that a narrower identity is visible in the output, not
 * only as a smaller file. Pure: reads the raw inventory only.
 */
import type { RawInventory } from "./arm-reader.js";

export interface UnreadableReference {
  /** The resource referenced (as the referencing body spells it, down to the resource: child paths such as /subnets/x are cut). */
  id: string;
  /** The readable resources that reference it, sorted. */
  referencedBy: string[];
}

// An ARM resource id inside a body: /subscriptions/{s}/resourceGroups/{g}/providers/{namespace}/{type}/{name}.
const RESOURCE_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/[^/]+\/[^/]+/i;

export function unreadableReferences(raw: RawInventory): UnreadableReference[] {
  const readable = new Set<string>();
  for (const sub of raw.subscriptions) for (const g of sub.resourceGroups) for (const r of g.resources) if (r.body) readable.add(r.id.toLowerCase());
  const found = new Map<string, { id: string; by: Set<string> }>();
  const walk = (node: unknown, from: string): void => {
    if (typeof node === "string") {
      const target = RESOURCE_ID.exec(node)?.[0];
      if (!target || readable.has(target.toLowerCase()) || from.toLowerCase().startsWith(target.toLowerCase())) return;
      const entry = found.get(target.toLowerCase()) ?? { id: target, by: new Set<string>() };
      entry.by.add(from);
      found.set(target.toLowerCase(), entry);
    } else if (Array.isArray(node)) node.forEach((child) => walk(child, from));
    else if (node && typeof node === "object") Object.values(node).forEach((child) => walk(child, from));
  };
  for (const sub of raw.subscriptions) for (const g of sub.resourceGroups) for (const r of g.resources) if (r.body) walk(r.body, r.id);
  return [...found.values()].map((e) => ({ id: e.id, referencedBy: [...e.by].sort() })).sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : 1));
}
