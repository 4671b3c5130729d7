/**
 * Reads a tenant from a stamp's ARM endpoint with the real ResourceManagementClient: subscriptions,
 * resource groups and resources (nextLink paging by the SDK), each resource's full body by id at the
 * profile's api-version for its type, VM instance views, and the stamp's vmSizes for sizes the tool's
 * catalogue lacks. Every request of the run goes through one bounded pool (createLimiter), so listing and
 * reading overlap; retries (Retry-After on 429/503, back-off on 5xx, dropped connections, timeouts, truncated
 * bodies) are the pipeline's armRetryPolicy (retry-policy.ts). A list that cannot be read whole is reported,
 * never passed off as a shorter one.
 */
import { MIB_PER_GIB, roundTo } from "../base/units.js";
import { createHttpHeaders, createPipelineRequest } from "@azure/core-rest-pipeline";
import type { ResourceManagementClient } from "@azure/arm-resources";
import { apiVersionFor, SUBSCRIPTIONS_API_VERSION } from "../stamp/api-profile.js";
import { findVmSize } from "../inventory/vm-sizes.js";
import { DEFAULT_CONCURRENCY, type Connection } from "./connection.js";
import { classifyError, describeError, DiscoveryError, httpStatus } from "./errors.js";
import { TransientFailure } from "./retry-policy.js";

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
  /** Why the group's resources could not be listed (after the retries): none of them were read, and the failure is reported. */
  listError?: string;
}

export interface RawSubscription {
  id: string;
  name: string;
  resourceGroups: RawResourceGroup[];
  /** Why the subscription's resource groups could not be listed: it is reported and left as it was in the file. */
  listError?: string;
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

/** A resource that could not be read, or a list (a subscription's groups, a group's resources) that could not be read whole. */
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
          if (httpStatus(error) === 404)
            throw new DiscoveryError(`subscription ${id} does not exist on ${base}, or the identity cannot see it`, "authorization");
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
  if (subscriptions.length === 0)
    throw new DiscoveryError(`the identity sees no enabled subscription on ${base}: assign it Reader on the tenant's subscriptions`, "authorization");
  return subscriptions;
}

function tagsOf(value: unknown): Record<string, string> | undefined {
  if (!value || typeof value !== "object") return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === "string") as Array<[string, string]>;
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * A bound on requests in flight, shared by every phase: lists go before body reads (priority), so the
 * frontier of known work grows as fast as it can and the pool never idles while a list is pending.
 */
export interface Limiter {
  <T>(task: () => Promise<T>, priority?: "list" | "read"): Promise<T>;
  /** After a failure that ends the run: queued tasks reject with it and nothing new starts. */
  cancel(reason: unknown): void;
}

export function createLimiter(limit: number): Limiter {
  let active = 0;
  let cancelled: { reason: unknown } | undefined;
  const lists: Array<() => void> = [];
  const reads: Array<() => void> = [];
  const pump = () => {
    while (active < limit) {
      const start = lists.shift() ?? reads.shift();
      if (!start) return;
      active++;
      start();
    }
  };
  const run = <T>(task: () => Promise<T>, priority: "list" | "read" = "read") =>
    new Promise<T>((resolve, reject) => {
      if (cancelled) return reject(cancelled.reason);
      (priority === "list" ? lists : reads).push(() => {
        (cancelled ? Promise.reject(cancelled.reason) : task()).then(resolve, reject).finally(() => {
          active--;
          pump();
        });
      });
      pump();
    });
  return Object.assign(run, {
    cancel(reason: unknown) {
      cancelled ??= { reason };
      // Start the queued tasks: each rejects at once with the reason.
      pump();
    },
  });
}

/** A failure that ends the run: credentials refused, or the endpoint unreachable or failing TLS. Anything else is about one item. */
function endsTheRun(error: unknown): boolean {
  const status = httpStatus(error);
  if (status === 401) return true;
  if (status !== undefined || error instanceof TransientFailure) return false;
  const classified = classifyError(error, { armEndpoint: "https://stamp" });
  // "unreachable" is also classifyError's fallback for unknown errors: only a network code (refused, DNS) ends the run.
  return (
    classified.kind === "tls" || classified.kind === "authentication" || (classified.kind === "unreachable" && classified.message.startsWith("cannot reach"))
  );
}

/**
 * The state of one read: the shared request pool, the switch that ends the run on a fatal failure, the failures
 * of single items and the progress counters. Each step (subscription, group, resource) is a method.
 */
class InventoryRead {
  readonly limit: Limiter;
  // A failure that ends the run stops the rest: no new request, in-flight ones aborted, no more progress lines.
  readonly abort = new AbortController();
  readonly failures: ReadFailure[] = [];
  readonly clients = new Map<string, ResourceManagementClient>();
  ended = false;
  fatal: unknown;
  done = 0;
  total = 0;

  constructor(
    readonly connection: Connection,
    readonly options: ReadOptions,
  ) {
    this.limit = createLimiter(options.concurrency ?? DEFAULT_CONCURRENCY);
  }

  get base(): string {
    return this.connection.armEndpoint;
  }

  endRun(error: unknown): never {
    if (!this.ended) {
      this.ended = true;
      this.fatal = error;
      this.limit.cancel(error);
      this.abort.abort();
    }
    throw error;
  }

  progress(event: ProgressEvent): void {
    if (!this.ended) (this.options.onProgress ?? (() => {}))(event);
  }

  async readSubscription(sub: { id: string; name: string }): Promise<RawSubscription> {
    this.clients.set(sub.id, this.connection.client(sub.id));
    const client = this.connection.resourcesClient(sub.id);
    const raw: RawSubscription = { id: sub.id, name: sub.name, resourceGroups: [] };
    let groups: Array<{ name?: string; location?: string; tags?: unknown }>;
    try {
      groups = await this.allPages(client.resourceGroups.list({ abortSignal: this.abort.signal }).byPage());
    } catch (error) {
      if (this.ended) throw error;
      if (endsTheRun(error) || httpStatus(error) === 403) {
        this.endRun(
          classifyError(error, {
            armEndpoint: this.base,
            what: `the resource groups of subscription ${sub.id}`,
            scope: `/subscriptions/${sub.id}`,
          }),
        );
      }
      raw.listError = describeError(error);
      this.failures.push({
        id: `/subscriptions/${sub.id}`,
        type: "Microsoft.Resources/subscriptions",
        reason: `its resource groups could not be listed (${raw.listError})`,
      });
      return raw;
    }
    for (const g of groups) if (g.name) raw.resourceGroups.push({ name: g.name, location: g.location, tags: tagsOf(g.tags), resources: [] });
    // Groups are listed as soon as they are known, and their resources read as soon as they are listed.
    let listedGroups = 0;
    await Promise.all(
      raw.resourceGroups.map(async (group) => {
        await this.readGroup(sub.id, client, group).finally(() => {
          if (++listedGroups === raw.resourceGroups.length) {
            this.progress({
              phase: "listed",
              subscription: sub.name,
              resourceGroups: raw.resourceGroups.length,
              resources: raw.resourceGroups.reduce((n, g) => n + g.resources.length, 0),
            });
          }
        });
      }),
    );
    if (raw.resourceGroups.length === 0) this.progress({ phase: "listed", subscription: sub.name, resourceGroups: 0, resources: 0 });
    return raw;
  }

  private async readGroup(sub: string, client: ResourceManagementClient, group: RawResourceGroup): Promise<void> {
    let listed: Array<Record<string, unknown>>;
    try {
      listed = (await this.allPages(client.resources.listByResourceGroup(group.name, { abortSignal: this.abort.signal }).byPage())) as unknown as Array<
        Record<string, unknown>
      >;
    } catch (error) {
      if (this.ended) throw error;
      if (endsTheRun(error) || httpStatus(error) === 403) {
        this.endRun(
          classifyError(error, {
            armEndpoint: this.base,
            what: `the resources of resource group ${group.name}`,
            scope: `/subscriptions/${sub}/resourceGroups/${group.name}`,
          }),
        );
      }
      // Never a silently shorter inventory: the whole group is reported, and its last known state is kept.
      group.listError = describeError(error);
      this.failures.push({
        id: `/subscriptions/${sub}/resourceGroups/${group.name}`,
        type: "Microsoft.Resources/resourceGroups",
        reason: `its resources could not be listed (${group.listError})`,
      });
      return;
    }
    for (const r of listed as Array<{
      id?: string;
      name?: string;
      type?: string;
      location?: string;
      tags?: unknown;
      sku?: unknown;
      kind?: string;
      managedBy?: string;
    }>) {
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
    this.total += group.resources.length;
    await Promise.all(group.resources.map((resource) => this.readOne(sub, resource)));
  }

  private async readOne(subscription: string, resource: ReadResource): Promise<void> {
    const client = this.clients.get(subscription)!;
    const apiVersion = apiVersionFor(resource.type);
    resource.apiVersion = apiVersion;
    if (apiVersion) {
      const isVm = this.options.instanceViews !== false && resource.type.toLowerCase() === "microsoft.compute/virtualmachines";
      // The body and a VM's instance view are independent requests: both in flight at once.
      const [body, view] = await Promise.allSettled([
        this.limit(() => getById(client, resource.id, apiVersion, this.abort.signal)),
        isVm ? this.limit(() => getById(client, `${resource.id}/instanceView`, apiVersion, this.abort.signal)) : Promise.resolve(undefined),
      ]);
      const failed = body.status === "rejected" ? body.reason : view.status === "rejected" ? view.reason : undefined;
      if (failed !== undefined) {
        // A refused token or an unreachable endpoint ends the run; anything else about one resource is a partial failure.
        if (this.ended) throw failed;
        if (endsTheRun(failed)) this.endRun(classifyError(failed, { armEndpoint: this.base, what: resource.id, scope: resource.id }));
        resource.readError = describeError(failed);
        this.failures.push({ id: resource.id, type: resource.type, reason: resource.readError });
      } else {
        resource.body = (body as PromiseFulfilledResult<Json>).value;
        if (isVm) resource.instanceView = (view as PromiseFulfilledResult<Json | undefined>).value;
      }
    }
    this.done++;
    this.progress({ phase: "reading", done: this.done, total: this.total });
  }

  /** Every page of a list, each page one request through the limiter. */
  private async allPages<T>(pages: AsyncIterableIterator<T[]>): Promise<T[]> {
    const items: T[] = [];
    for (;;) {
      const page = await this.limit(() => pages.next(), "list");
      if (page.done) return items;
      items.push(...page.value);
    }
  }
}

export async function readInventory(connection: Connection, options: ReadOptions = {}): Promise<RawInventory> {
  const run = new InventoryRead(connection, options);
  const subscriptionList = await listSubscriptions(connection, options.subscriptions ?? []);
  run.progress({ phase: "subscriptions", count: subscriptionList.length });

  let subscriptions: RawSubscription[];
  try {
    subscriptions = await Promise.all(subscriptionList.map((sub) => run.readSubscription(sub)));
  } catch (error) {
    // The first failure that ended the run is the one to report (others are its aborted siblings);
    // an unexpected error (a bug) ends the run too, without leaving requests behind.
    if (run.ended) throw run.fatal;
    return run.endRun(error);
  }
  run.progress({ phase: "read", total: run.total, failed: run.failures.length });

  const stampVmSizes = await readStampVmSizes(connection.armEndpoint, run.clients, subscriptions);
  for (const s of subscriptions) for (const g of s.resourceGroups) g.resources.sort((a, b) => compareIds(a.id, b.id));
  subscriptions.sort((a, b) => compareIds(a.id, b.id));
  for (const s of subscriptions) s.resourceGroups.sort((a, b) => compareIds(a.name, b.name));
  run.failures.sort((a, b) => compareIds(a.id, b.id));
  return { subscriptions, stampVmSizes, failures: run.failures };
}

/** Sizes the catalogue does not know: ask the stamp, once per subscription and location. */
async function readStampVmSizes(
  base: string,
  clients: ReadonlyMap<string, ResourceManagementClient>,
  subscriptions: readonly RawSubscription[],
): Promise<Map<string, StampVmSize>> {
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
  for (const { subscription, location } of [...lookups.values()].sort((a, b) =>
    `${a.subscription}${a.location}`.localeCompare(`${b.subscription}${b.location}`),
  )) {
    const version = apiVersionFor("Microsoft.Compute/locations/vmSizes");
    try {
      const sizes = await getPaged(
        clients.get(subscription)!,
        `${base}/subscriptions/${subscription}/providers/Microsoft.Compute/locations/${encodeURIComponent(location)}/vmSizes?api-version=${version}`,
      );
      for (const size of sizes) {
        if (typeof size.name === "string" && typeof size.numberOfCores === "number" && typeof size.memoryInMB === "number") {
          stampVmSizes.set(size.name.toLowerCase(), { vCpus: size.numberOfCores, memoryGiB: roundTo(size.memoryInMB / MIB_PER_GIB, 2) });
        }
      }
    } catch (error) {
      if (httpStatus(error) === 401) throw classifyError(error, { armEndpoint: base, what: "the stamp's VM sizes" });
      // Without the list, VMs of unknown sizes are kept as other resources with a note.
    }
  }
  return stampVmSizes;
}

/** ARM ids and names compare case-insensitively; ties broken by the exact text for a total order. */
export function compareIds(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** resources.getById with the given api-version; the raw JSON, so no field is lost to the SDK's model mapper. */
async function getById(client: ResourceManagementClient, id: string, apiVersion: string, abortSignal?: AbortSignal): Promise<Json> {
  let raw: string | undefined;
  await client.resources.getById(id, apiVersion, {
    abortSignal,
    onResponse: (response) => {
      raw = response.bodyAsText ?? undefined;
    },
  });
  return raw ? (JSON.parse(raw) as Json) : {};
}
