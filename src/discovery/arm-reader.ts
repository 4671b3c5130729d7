/**
 * Reads a tenant from a stamp's ARM endpoint with the real ResourceManagementClient: subscriptions,
 * resource groups and resources (nextLink paging by the SDK), each resource's full body by id at the
 * profile's api-version for its type, VM instance views, and the stamp's vmSizes for sizes the tool's
 * catalogue lacks. Requests run through a bounded pool; the SDK's retry policy honours Retry-After on
 * 429 and retries transient 5xx and network errors (maxRetries, exponential delay).
 */
import { createHttpHeaders, createPipelineRequest } from "@azure/core-rest-pipeline";
import type { ResourceManagementClient } from "@azure/arm-resources";
import { apiVersionFor, SUBSCRIPTIONS_API_VERSION } from "../iac/api-versions.js";
import { findVmSize } from "../inventory/vm-sizes.js";
import { DEFAULT_CONCURRENCY, type Connection } from "./connection.js";
import { classifyError, describeError, DiscoveryError, httpStatus } from "./errors.js";

export type Json = Record<string, unknown>;

export interface ListedResource {
  id: string;
  name: string;
  type: string;
  location?: string;
  tags?: Record<string, string>;
  sku?: Json;
  kind?: string;
  managedBy?: string;
}

export interface ReadResource extends ListedResource {
  /** The full body from GET by id; absent when the type has no profile api-version or the read failed. */
  body?: Json;
  instanceView?: Json;
  /** Why the body could not be read ("HTTP 500 InternalServerError"), after the retries. */
  readError?: string;
  /** The api-version used for the body, or undefined when the profile has none for the type. */
  apiVersion?: string;
}

export interface RawResourceGroup {
  name: string;
  location?: string;
  tags?: Record<string, string>;
  resources: ReadResource[];
}

export interface RawSubscription {
  id: string;
  name: string;
  resourceGroups: RawResourceGroup[];
}

export interface StampVmSize {
  vCpus: number;
  memoryGiB: number;
}

export interface RawInventory {
  subscriptions: RawSubscription[];
  /** Sizes answered by the stamp's vmSizes API, by lower-case size name. */
  stampVmSizes: Map<string, StampVmSize>;
  failures: ReadFailure[];
}

export interface ReadFailure {
  id: string;
  type: string;
  reason: string;
}

export type ProgressEvent =
  | { phase: "subscriptions"; count: number }
  | { phase: "listed"; subscription: string; resourceGroups: number; resources: number }
  | { phase: "reading"; done: number; total: number }
  | { phase: "read"; total: number; failed: number };

export interface ReadOptions {
  /** Subscription ids to read; all the identity can see when empty. */
  subscriptions?: string[];
  concurrency?: number;
  /** Read VM instance views (power state, VM agent): discover does, export-config does not need them. */
  instanceViews?: boolean;
  onProgress?: (event: ProgressEvent) => void;
}

/** Runs tasks with at most `limit` in flight; results keep the input order. */
export async function mapPool<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** GET through the client's own pipeline (auth, retries), following nextLink. */
async function getPaged(client: ResourceManagementClient, url: string): Promise<Json[]> {
  const items: Json[] = [];
  let next: string | undefined = url;
  while (next) {
    const body = await getJson(client, next);
    if (Array.isArray(body.value)) items.push(...(body.value as Json[]));
    next = typeof body.nextLink === "string" && body.nextLink ? body.nextLink : undefined;
  }
  return items;
}

async function getJson(client: ResourceManagementClient, url: string): Promise<Json> {
  const response = await client.sendRequest(createPipelineRequest({ url, method: "GET", headers: createHttpHeaders({ accept: "application/json" }) }));
  const text = response.bodyAsText ?? "";
  if (response.status >= 400) {
    let details: unknown;
    try {
      details = JSON.parse(text);
    } catch {
      details = undefined;
    }
    const message = (details as { error?: { message?: string } } | undefined)?.error?.message ?? `HTTP ${response.status}`;
    throw Object.assign(new Error(message), { statusCode: response.status, details, request: { url } });
  }
  return JSON.parse(text) as Json;
}

/** The subscriptions to read, with their display names. */
async function listSubscriptions(connection: Connection, wanted: readonly string[]): Promise<Array<{ id: string; name: string }>> {
  const client = connection.client();
  const base = connection.armEndpoint;
  if (wanted.length > 0) {
    return Promise.all(
      wanted.map(async (id) => {
        try {
          const body = await getJson(client, `${base}/subscriptions/${encodeURIComponent(id)}?api-version=${SUBSCRIPTIONS_API_VERSION}`);
          return { id: String(body.subscriptionId ?? id), name: String(body.displayName ?? id) };
        } catch (error) {
          if (httpStatus(error) === 404) throw new DiscoveryError(`subscription ${id} does not exist on ${base}, or the identity cannot see it`, "authorization");
          throw classifyError(error, { armEndpoint: base, what: `subscription ${id}`, scope: `/subscriptions/${id}` });
        }
      }),
    );
  }
  let items: Json[];
  try {
    items = await getPaged(client, `${base}/subscriptions?api-version=${SUBSCRIPTIONS_API_VERSION}`);
  } catch (error) {
    throw classifyError(error, { armEndpoint: base, what: "the subscription list", scope: "/subscriptions" });
  }
  const subscriptions = items
    .filter((s) => s.state === undefined || s.state === "Enabled" || s.state === "Warned")
    .map((s) => ({ id: String(s.subscriptionId), name: String(s.displayName ?? s.subscriptionId) }));
  if (subscriptions.length === 0) throw new DiscoveryError(`the identity sees no enabled subscription on ${base}: assign it Reader on the tenant's subscriptions`, "authorization");
  return subscriptions;
}

function tagsOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== "object") return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === "string") as Array<[string, string]>;
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export async function readInventory(connection: Connection, options: ReadOptions = {}): Promise<RawInventory> {
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const base = connection.armEndpoint;
  const progress = options.onProgress ?? (() => {});
  const subscriptionList = await listSubscriptions(connection, options.subscriptions ?? []);
  progress({ phase: "subscriptions", count: subscriptionList.length });

  const subscriptions: RawSubscription[] = [];
  const clients = new Map<string, ResourceManagementClient>();
  for (const sub of subscriptionList) {
    clients.set(sub.id, connection.client(sub.id));
    const client = connection.resourcesClient(sub.id);
    const groups: RawResourceGroup[] = [];
    try {
      for await (const g of client.resourceGroups.list()) {
        if (g.name) groups.push({ name: g.name, location: g.location, tags: tagsOf(g.tags), resources: [] });
      }
    } catch (error) {
      throw classifyError(error, { armEndpoint: base, what: `the resource groups of subscription ${sub.id}`, scope: `/subscriptions/${sub.id}` });
    }
    await mapPool(groups, concurrency, async (group) => {
      try {
        for await (const r of client.resources.listByResourceGroup(group.name)) {
          if (!r.id || !r.type) continue;
          group.resources.push({
            id: r.id,
            name: r.name ?? r.id.split("/").pop()!,
            type: r.type,
            location: r.location,
            tags: tagsOf(r.tags),
            ...(r.sku ? { sku: r.sku as Json } : {}),
            ...(r.kind ? { kind: r.kind } : {}),
            ...(r.managedBy ? { managedBy: r.managedBy } : {}),
          });
        }
      } catch (error) {
        throw classifyError(error, { armEndpoint: base, what: `the resources of resource group ${group.name}`, scope: `/subscriptions/${sub.id}/resourceGroups/${group.name}` });
      }
    });
    subscriptions.push({ id: sub.id, name: sub.name, resourceGroups: groups });
    progress({ phase: "listed", subscription: sub.name, resourceGroups: groups.length, resources: groups.reduce((n, g) => n + g.resources.length, 0) });
  }

  // Bodies: one GET per resource at its type's profile version, plus the instance view of each VM.
  const work = subscriptions.flatMap((s) => s.resourceGroups.flatMap((g) => g.resources.map((resource) => ({ subscription: s.id, resource }))));
  const failures: ReadFailure[] = [];
  let done = 0;
  progress({ phase: "reading", done, total: work.length });
  await mapPool(work, concurrency, async ({ subscription, resource }) => {
    const client = clients.get(subscription)!;
    const apiVersion = apiVersionFor(resource.type);
    resource.apiVersion = apiVersion;
    if (apiVersion) {
      try {
        resource.body = await getById(client, resource.id, apiVersion);
        if (options.instanceViews !== false && resource.type.toLowerCase() === "microsoft.compute/virtualmachines") {
          resource.instanceView = await getById(client, `${resource.id}/instanceView`, apiVersion);
        }
      } catch (error) {
        const status = httpStatus(error);
        // A refused token or a lost connection ends the run; an HTTP error about one resource is a partial failure.
        if (status === undefined || status === 401) {
          throw classifyError(error, { armEndpoint: base, what: resource.id, scope: resource.id });
        }
        resource.readError = describeError(error);
        failures.push({ id: resource.id, type: resource.type, reason: resource.readError });
      }
    }
    done++;
    progress({ phase: "reading", done, total: work.length });
  });
  progress({ phase: "read", total: work.length, failed: failures.length });

  // Sizes the catalogue does not know: ask the stamp, once per subscription and location.
  const stampVmSizes = new Map<string, StampVmSize>();
  const lookups = new Map<string, { subscription: string; location: string }>();
  for (const s of subscriptions) {
    for (const g of s.resourceGroups) {
      for (const r of g.resources) {
        const size = ((r.body?.properties as Json | undefined)?.hardwareProfile as Json | undefined)?.vmSize;
        if (typeof size === "string" && !findVmSize(size) && r.location) lookups.set(`${s.id}|${r.location}`, { subscription: s.id, location: r.location });
      }
    }
  }
  for (const { subscription, location } of [...lookups.values()].sort((a, b) => `${a.subscription}${a.location}`.localeCompare(`${b.subscription}${b.location}`))) {
    const version = apiVersionFor("Microsoft.Compute/locations/vmSizes");
    try {
      const sizes = await getPaged(clients.get(subscription)!, `${base}/subscriptions/${subscription}/providers/Microsoft.Compute/locations/${encodeURIComponent(location)}/vmSizes?api-version=${version}`);
      for (const size of sizes) {
        if (typeof size.name === "string" && typeof size.numberOfCores === "number" && typeof size.memoryInMB === "number") {
          stampVmSizes.set(size.name.toLowerCase(), { vCpus: size.numberOfCores, memoryGiB: Math.round((size.memoryInMB / 1024) * 100) / 100 });
        }
      }
    } catch (error) {
      if (httpStatus(error) === 401) throw classifyError(error, { armEndpoint: base, what: "the stamp's VM sizes" });
      // Without the list, VMs of unknown sizes are kept as other resources with a note.
    }
  }

  for (const s of subscriptions) for (const g of s.resourceGroups) g.resources.sort((a, b) => compareIds(a.id, b.id));
  subscriptions.sort((a, b) => compareIds(a.id, b.id));
  for (const s of subscriptions) s.resourceGroups.sort((a, b) => compareIds(a.name, b.name));
  failures.sort((a, b) => compareIds(a.id, b.id));
  return { subscriptions, stampVmSizes, failures };
}

/** ARM ids and names compare case-insensitively; ties broken by the exact text for a total order. */
export function compareIds(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** resources.getById with the given api-version; the raw JSON, so no field is lost to the SDK's model mapper. */
async function getById(client: ResourceManagementClient, id: string, apiVersion: string): Promise<Json> {
  let raw: string | undefined;
  await client.resources.getById(id, apiVersion, {
    onResponse: (response) => {
      raw = response.bodyAsText ?? undefined;
    },
  });
  return raw ? (JSON.parse(raw) as Json) : {};
}
