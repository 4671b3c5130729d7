/**
 * Updating an existing tenant.yaml with what discovery found. Discovery owns the facts ARM knows
 * (sizes, disks, NICs, networks ...); a person owns everything else (tiers, roles, change rates,
 * dependencies, protection ...). Owned-by-a-person fields are kept from the file; discovered fields
 * are replaced, so a field that vanished from ARM vanishes from the file too.
 */
import { entityKey, KIND_BY_TYPE } from "./mapping.js";
import { compareIds } from "./arm-reader.js";
import { placeholderProtection } from "../inventory/placeholder.js";
import { resourceKinds, type ResourceGroup, type Stamp, type Subscription, type Tenant, type TenantInput } from "../inventory/schema.js";

/**
 * Fields that discovery never sets or only guesses: a value in the existing file wins. Every other
 * field of a resource is discovery's. (osVersion and serverCore are guesses from the instance view or
 * the image; roles is set to kubernetes-node for AKS engine nodes only when the file has none.)
 */
export const HUMAN_FIELDS: ReadonlySet<string> = new Set([
  "osVersion",
  "serverCore",
  "domainJoined",
  "roles",
  "tier",
  "dependsOn",
  "peakCpuPercent",
  "peakMemoryPercent",
  "backup",
  "usedGiB",
  "changeRatePercent",
  "excludeFromBackup",
  "secretNames",
  "keyNames",
  "certificateNames",
  "namespaces",
  "persistentVolumes",
]);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === "object" && !Array.isArray(v);
const isNamedList = (v: unknown): v is Array<Obj & { name: string }> =>
  Array.isArray(v) && v.length > 0 && v.every((x) => isObj(x) && typeof x.name === "string");

function mergeValue(existing: unknown, discovered: unknown): unknown {
  if (discovered === undefined) return undefined;
  if (isNamedList(discovered) && Array.isArray(existing)) {
    const old = existing.filter(isObj);
    return discovered.map((d) => {
      const match = old.find((e) => typeof e.name === "string" && e.name.toLowerCase() === d.name.toLowerCase());
      return match ? mergeObject(match, d) : d;
    });
  }
  if (isObj(discovered) && isObj(existing)) return mergeObject(existing, discovered);
  return discovered;
}

/** Discovered keys replace; person-owned keys (HUMAN_FIELDS) keep the existing value when there is one. */
export function mergeObject(existing: Obj, discovered: Obj): Obj {
  const out: Obj = {};
  for (const key of new Set([...Object.keys(discovered), ...Object.keys(existing)])) {
    if (HUMAN_FIELDS.has(key) && existing[key] !== undefined) out[key] = existing[key];
    else {
      const value = mergeValue(existing[key], discovered[key]);
      if (value !== undefined) out[key] = value;
    }
  }
  return out;
}

export interface DiscoveredTenant {
  armEndpoint: string;
  identitySystem: Stamp["identitySystem"];
  region?: string;
  subscriptions: Subscription[];
  /** Model entities (entityKey) whose resource could not be read this run: kept from the file if there. */
  unreadableEntities: ReadonlySet<string>;
  /** Resource groups ("subscription/group", lower case) whose resources could not be listed this run: kept from the file as they were. */
  unlistedGroups?: ReadonlySet<string>;
}

export interface MergeOptions {
  tenantName?: string;
  stampName?: string;
}

function stampNameFrom(armEndpoint: string): string {
  const host = new URL(armEndpoint).hostname;
  return host.replace(/^management\./i, "");
}

/** The tenant to write: the existing file updated with the discovered facts, or a new one. */
export function mergeTenant(existing: Tenant | undefined, found: DiscoveredTenant, options: MergeOptions = {}): TenantInput {
  const scanned = new Set(found.subscriptions.map((s) => s.id.toLowerCase()));
  const subscriptions: Subscription[] = found.subscriptions.map((sub) => {
    const old = existing?.subscriptions.find((s) => s.id.toLowerCase() === sub.id.toLowerCase());
    return old ? mergeSubscription(old, sub, found.unreadableEntities, found.unlistedGroups ?? new Set()) : sub;
  });
  // Subscriptions not scanned this run (--subscription) stay as they are.
  for (const old of existing?.subscriptions ?? []) if (!scanned.has(old.id.toLowerCase())) subscriptions.push(old);
  subscriptions.sort((a, b) => compareIds(a.id, b.id));

  const region = found.region ?? existing?.stamp.region ?? new URL(found.armEndpoint).hostname.split(".")[1] ?? "local";
  return {
    schemaVersion: 1,
    tenant: existing?.tenant ?? { name: options.tenantName ?? found.subscriptions[0]?.name ?? "discovered-tenant" },
    stamp: {
      ...(existing?.stamp ?? {}),
      name: options.stampName ?? existing?.stamp.name ?? stampNameFrom(found.armEndpoint),
      region,
      armEndpoint: found.armEndpoint,
      identitySystem: found.identitySystem,
    },
    subscriptions,
    protection: existing?.protection ?? placeholderProtection(),
  } as TenantInput;
}

function mergeSubscription(old: Subscription, sub: Subscription, unreadable: ReadonlySet<string>, unlisted: ReadonlySet<string>): Subscription {
  return {
    ...sub,
    resourceGroups: sub.resourceGroups.map((group) => {
      const oldGroup = old.resourceGroups.find((g) => g.name.toLowerCase() === group.name.toLowerCase());
      if (oldGroup && unlisted.has(`${sub.id}/${group.name}`.toLowerCase())) return oldGroup;
      return oldGroup ? mergeGroup(oldGroup, group, sub.id, unreadable) : group;
    }),
  };
}

function mergeGroup(old: ResourceGroup, group: ResourceGroup, subscriptionId: string, unreadable: ReadonlySet<string>): ResourceGroup {
  const merged = { ...group } as Record<string, unknown>;
  const keptNames = new Map<string, Set<string>>();
  for (const kind of resourceKinds) {
    if (kind === "otherResources") continue;
    const fresh = group[kind] as Array<Obj & { name: string }>;
    const before = old[kind] as Array<Obj & { name: string }>;
    const list: Obj[] = fresh.map((d) => {
      const match = before.find((e) => e.name.toLowerCase() === d.name.toLowerCase());
      return match ? mergeObject(match, d) : d;
    });
    // An entity whose resource could not be read this time keeps its last known state.
    for (const e of before) {
      const key = entityKey(subscriptionId, group.name, kind, e.name);
      if (unreadable.has(key) && !fresh.some((d) => d.name.toLowerCase() === e.name.toLowerCase())) {
        list.push(e);
        keptNames.set(kind, (keptNames.get(kind) ?? new Set()).add(e.name.toLowerCase()));
      }
    }
    list.sort((a, b) => compareIds(String(a.name), String(b.name)));
    merged[kind] = list;
  }
  // ... and is then not also listed as another resource, nor are the disks, NICs and extensions it holds.
  const keptVms = old.virtualMachines.filter((vm) => keptNames.get("virtualMachines")?.has(vm.name.toLowerCase()));
  const partNames = new Set(
    keptVms.flatMap((vm) =>
      [...vm.disks.map((d) => `microsoft.compute/disks/${d.name}`), ...vm.nics.map((n) => `microsoft.network/networkinterfaces/${n.name}`)].map((k) =>
        k.toLowerCase(),
      ),
    ),
  );
  const extensionOf = new Set(keptVms.map((vm) => `/virtualmachines/${vm.name.toLowerCase()}/extensions/`));
  merged.otherResources = group.otherResources.filter((o) => {
    const type = o.type.toLowerCase();
    const kind = KIND_BY_TYPE[type];
    if (kind && o.name && keptNames.get(kind)?.has(o.name.toLowerCase())) return false;
    if (o.name && partNames.has(`${type}/${o.name.toLowerCase()}`)) return false;
    return !(type === "microsoft.compute/virtualmachines/extensions" && [...extensionOf].some((p) => o.id.toLowerCase().includes(p)));
  });
  return merged as ResourceGroup;
}
