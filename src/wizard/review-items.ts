/**
 * The review's detail: every recorded field of every item (so a wrong but valid value is visible), and the
 * question key a finding's path leads to (so "go to a finding" reopens exactly that field).
 */
import type { PathSegment } from "../base/path.js";
import { resourceKinds, type ResourceGroup, type Tenant } from "../inventory/schema.js";
import { groupKeys, vmKeys } from "./flow.js";
import { itemKey, menuKinds, type MenuKind } from "./resources.js";

type Leaf = string | number | boolean;

/** `field value` pairs of an object's leaves, nested fields joined by dots and list items by their index or name. */
export function leaves(value: unknown, prefix = ""): Array<[string, Leaf]> {
  if (value === undefined || value === null) return [];
  if (typeof value !== "object") return [[prefix, value as Leaf]];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== "object")) return value.length > 0 ? [[prefix, value.join(", ")]] : [];
    return value.flatMap((v, i) => {
      const label = typeof v === "object" && v !== null && typeof (v as { name?: unknown }).name === "string" ? (v as { name: string }).name : String(i);
      return leaves(v, `${prefix}[${label}]`);
    });
  }
  return Object.entries(value).flatMap(([k, v]) => leaves(v, prefix === "" ? k : `${prefix}.${k}`));
}

const line = (title: string, value: unknown, skip: readonly string[] = []): string =>
  `    ${title}: ${
    leaves(value)
      .filter(([k]) => !skip.includes(k) && !k.endsWith("].name"))
      .map(([k, v]) => `${k} ${String(v)}`)
      .join(" · ") || "-"
  }`;

/** One line per item: the tenant and stamp, each resource of each group, the protection settings, each tier, the target and the DR site. */
export function recordedLines(tenant: Tenant): string[] {
  const out = ["  recorded:", line("tenant", tenant.tenant), line("stamp", tenant.stamp)];
  for (const sub of tenant.subscriptions) {
    out.push(line(`subscription ${sub.name}`, { id: sub.id }));
    for (const group of sub.resourceGroups) {
      out.push(line(`resource group ${group.name}`, { location: group.location }));
      for (const kind of resourceKinds)
        for (const item of group[kind] as ReadonlyArray<{ name?: string }>) out.push(line(`${kind} ${item.name ?? ""}`.trim(), item, ["name"]));
    }
  }
  const { tiers, target, drSite, ...rest } = tenant.protection;
  out.push(line("protection", rest));
  for (const tier of tiers) out.push(line(`tier ${tier.name}`, tier, ["name"]));
  out.push(line("target", target));
  if (drSite) out.push(line("DR site", drSite));
  return out;
}

const fieldOf = (path: readonly PathSegment[], at: number): string | undefined => (typeof path[at] === "string" ? (path[at] as string) : undefined);

/** The question key (or key prefix, ending in ".") a finding's path names; undefined when no question asks it. */
export function keyForPath(tenant: Tenant, path: readonly PathSegment[]): string | undefined {
  const [top] = path;
  if (top === "tenant" || top === "stamp") return fieldOf(path, 1) ? `${top}.${path[1]}` : `${top}.`;
  if (top === "protection") return protectionKey(tenant, path);
  if (top !== "subscriptions" || typeof path[1] !== "number") return undefined;
  const sub = tenant.subscriptions[path[1]];
  if (!sub) return undefined;
  if (path[2] !== "resourceGroups" || typeof path[3] !== "number") return `subscription[${sub.name}].`;
  const group = sub.resourceGroups[path[3]];
  if (!group) return undefined;
  const groupIndex = tenant.subscriptions.slice(0, path[1]).reduce((n, s) => n + s.resourceGroups.length, 0) + path[3];
  const groupKey = groupKeys(tenant)[groupIndex]!.key;
  const kind = path[4];
  if (typeof kind !== "string" || typeof path[5] !== "number") return kind === undefined ? `${groupKey}.` : `${groupKey}.${kind}`;
  const item = (group[kind as keyof ResourceGroup] as Array<{ name: string }> | undefined)?.[path[5]];
  if (!item) return `${groupKey}.${kind}`;
  if (kind === "virtualMachines") return vmFieldKey(tenant, item.name, group.name, path.slice(6));
  if (kind === "virtualNetworks") {
    const vnet = `vnet[${item.name}]`;
    if (path[6] === "subnets" && typeof path[7] === "number") return `subnet[${item.name}/${group.virtualNetworks[path[5]]!.subnets[path[7]]?.name}].`;
    return `${vnet}.`;
  }
  if ((menuKinds as readonly string[]).includes(kind)) {
    const all = tenant.subscriptions.flatMap((s) => s.resourceGroups.flatMap((g) => g[kind as MenuKind].map((i) => i.name)));
    return `${itemKey(kind as MenuKind, item.name, group.name, all)}.`;
  }
  if (kind === "storageAccounts") return `storage[${item.name}].`;
  return `${groupKey}.${kind}`;
}

/** A VM's field: a disk's size or used space, its tier, roles, size, OS; else every question of the VM. */
function vmFieldKey(tenant: Tenant, vmName: string, groupName: string, rest: readonly PathSegment[]): string {
  const key = vmKeys(tenant).find((v) => v.label === `${groupName}/${vmName}`)!.key;
  const [field, index, sub] = rest;
  if (field === "disks" && typeof index === "number") return sub === "sizeGiB" || sub === "usedGiB" ? `${key}.disk[${index}].${sub}` : `${key}.disk[${index}].`;
  if (field === "disks") return `${key}.dataDisks`;
  if (field === "nics") return `${key}.subnet`;
  if (field === "osType") return `${key}.osVersion`;
  if (field === "vCpus" || field === "memoryGiB") return `${key}.size`;
  if (field === "backup") return `${key}.`;
  return typeof field === "string" ? `${key}.${field}` : `${key}.`;
}

function protectionKey(tenant: Tenant, path: readonly PathSegment[]): string {
  const part = path[1];
  if (part === "tiers" && typeof path[2] === "number") {
    const tier = tenant.protection.tiers[path[2]];
    const rest = path.slice(3).filter((s): s is string => typeof s === "string");
    return tier ? `tiers[${tier.name}].${rest.join(".")}` : "tiers";
  }
  if (part === "target" || part === "drSite") return fieldOf(path, 2) ? `${part}.${path[2]}` : `${part}.`;
  if (part === "tiers") return "tiers";
  return typeof part === "string" ? `protection.${part}` : "protection.";
}

/** The keys the person can reopen for a finding: the exact key when a question asks it, else every key under its item. */
export function keysMatching(target: string, asked: readonly string[]): string[] {
  const exact = asked.filter((k) => k === target);
  if (exact.length > 0) return exact;
  const under = target.endsWith(".") ? target : `${target}.`;
  const item = under.replace(/\.[^.[\]]*\.$/, ".");
  const found = asked.filter((k) => k.startsWith(under));
  return found.length > 0 ? found : asked.filter((k) => k.startsWith(item) && item.length > 1);
}
