/**
 * discover: read the tenant from the stamp, map it into the model, merge it into an existing
 * tenant.yaml (keeping what a person entered), write the file atomically, and report counts and drift.
 */
import { existsSync } from "node:fs";
import { UserError } from "../base/errors.js";
import { readFile } from "node:fs/promises";
import { parseTenant } from "../inventory/load.js";
import { describeLostComments, updateTenantText, type LostComment } from "../inventory/edit.js";
import { serializeTenant } from "../inventory/save.js";
import { TenantSchema, type Tenant } from "../inventory/schema.js";
import { formatFinding, type Finding } from "../base/findings.js";
import { probeMissingScopes, readInventory, type ProgressEvent, type RawInventory, type ReadFailure } from "./arm-reader.js";
import { connect, type AuthKind, type Connection, type ConnectionOptions } from "./connection.js";
import { computeDrift, type Drift } from "./drift.js";
import { DiscoveryError } from "./errors.js";
import { mapInventory, type StaleEntity, type TypeCount } from "./mapping.js";
import { mergeTenant } from "./merge.js";
import { unreadableReferences, type UnreadableReference } from "./references.js";
import { DeadlineExceeded, startDeadline } from "./retry-policy.js";
import { checkWritable, writeFileAtomic } from "./write.js";

export interface DiscoverOptions extends ConnectionOptions {
  /** The tenant.yaml to write or update. */
  output: string;
  subscriptions?: string[];
  concurrency?: number;
  tenantName?: string;
  stampName?: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Total deadline of the reading, seconds (DEFAULT_DISCOVERY_TIMEOUT_S): past it, nothing is written. */
  timeoutSeconds?: number;
}

/**
 * Default total deadline of discover --timeout. A choice (docs/discovery.md, "Timeouts"): 15 times the 231 s that
 * the 10,000-VM benchmark takes at 30 ms a call (docs/performance.md, "Discovery"), so a large, slow or throttling
 * stamp finishes, while a run that hangs still ends on its own.
 */
export const DEFAULT_DISCOVERY_TIMEOUT_S = 3600;

export interface DiscoverResult {
  file: string;
  created: boolean;
  armEndpoint: string;
  identitySystem: "azure-ad" | "adfs";
  auth: AuthKind;
  tenant: Tenant;
  text: string;
  counts: TypeCount[];
  totals: { listed: number; mapped: number; other: number; unreadable: number };
  /** Undefined for a new file. */
  drift?: Drift;
  failures: ReadFailure[];
  /** Entities kept from the file because a resource they need could not be read (a VM whose NIC failed). */
  stale: StaleEntity[];
  /** Resources that readable ones reference but this run could not read (a scope that answered 403, a failed read). */
  unreadableReferences: UnreadableReference[];
  /** Validation findings of the written file (warnings such as "no tier" on a fresh file). */
  findings: Finding[];
  /** The previous file, kept beside it before an existing file is rewritten. */
  backup?: string;
  /** Comments of the previous file that could not be kept (their entries are gone). */
  lostComments: LostComment[];
  /** One line for the user when comments were lost or the file was written in standard form. */
  commentsNote?: string;
}

async function loadExisting(file: string): Promise<{ tenant: Tenant; text: string } | undefined> {
  if (!existsSync(file)) return undefined;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new DiscoveryError(`${file}: cannot read the existing file: ${(error as Error).message}`, "output");
  }
  const result = parseTenant(text, file);
  if (!result.ok) {
    const first = result.findings.find((f) => f.severity === "error");
    throw new UserError(
      `${file} exists but is not a valid tenant.yaml, so it cannot be updated: ${first ? formatFinding(first) : "invalid"} (fix it, or write to another file with -o)`,
      "invalid-input",
    );
  }
  return { tenant: result.tenant, text };
}

export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  // Fail before minutes of reading when the output cannot be written (read-only folder, a folder in the way).
  await checkWritable(options.output);
  const previous = await loadExisting(options.output);
  const existing = previous?.tenant;
  const { connection, raw } = await readWithinDeadline(options, existing);
  const mapped = mapInventory(raw);
  // A subscription whose groups could not be listed is reported and left as the file had it (like one not asked for).
  const unlistedSubscriptions = new Set(raw.subscriptions.filter((s) => s.listError !== undefined).map((s) => s.id.toLowerCase()));
  const readSubscriptions = mapped.subscriptions.filter((s) => !unlistedSubscriptions.has(s.id.toLowerCase()));
  const unlistedGroups = new Set(
    raw.subscriptions.flatMap((s) => s.resourceGroups.filter((g) => g.listError !== undefined).map((g) => `${s.id}/${g.name}`.toLowerCase())),
  );
  const locations = raw.subscriptions
    .flatMap((s) => s.resourceGroups.flatMap((g) => [g.location, ...g.resources.map((r) => r.location)]))
    .filter((l): l is string => !!l && l !== "global");
  const merged = mergeTenant(
    existing,
    {
      armEndpoint: connection.armEndpoint,
      identitySystem: connection.metadata.identitySystem,
      region: mostFrequent(locations),
      subscriptions: readSubscriptions,
      unreadableEntities: mapped.unreadableEntities,
      unlistedGroups,
    },
    { tenantName: options.tenantName, stampName: options.stampName },
  );
  const parsed = TenantSchema.safeParse(merged);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`discovered tenant does not fit the schema at ${issue?.path.map(String).join(".")}: ${issue?.message}`);
  }
  // An existing file is edited, not replaced: its comments, key order and blank lines stay (src/inventory/edit.ts).
  const edit = previous ? updateTenantText(previous.text, parsed.data) : undefined;
  const text = edit?.text ?? serializeTenant(parsed.data);
  // Re-parse the text: the file we write is exactly what `validate` will read.
  const check = parseTenant(text, options.output);
  const tenant = check.tenant ?? parsed.data;
  // Discovery always keeps the previous file beside the new one (docs/discovery.md).
  const backup = previous ? `${options.output}.bak` : undefined;
  if (previous && backup) await writeFileAtomic(backup, previous.text);
  await writeFileAtomic(options.output, text);
  const scanned = new Set(readSubscriptions.map((s) => s.id.toLowerCase()));
  return {
    file: options.output,
    created: !existing,
    armEndpoint: connection.armEndpoint,
    identitySystem: connection.metadata.identitySystem,
    auth: connection.auth,
    tenant,
    text,
    counts: mapped.counts,
    totals: mapped.totals,
    drift: existing ? computeDrift(existing, tenant, scanned) : undefined,
    failures: raw.failures,
    stale: mapped.stale,
    unreadableReferences: unreadableReferences(raw),
    findings: check.findings,
    backup,
    lostComments: edit?.lostComments ?? [],
    commentsNote: edit && backup ? describeLostComments(options.output, edit, backup) : undefined,
  };
}

/**
 * Metadata, token, lists and bodies, all within one deadline (--timeout). When it passes, every request in flight
 * is aborted and the run ends with one line naming the endpoint and what was still unread; no file is written.
 */
async function readWithinDeadline(options: DiscoverOptions, existing: Tenant | undefined): Promise<{ connection: Connection; raw: RawInventory }> {
  const seconds = options.timeoutSeconds ?? DEFAULT_DISCOVERY_TIMEOUT_S;
  const deadline = startDeadline(seconds);
  let unread = `everything: no answer yet from ${options.armEndpoint}/metadata/endpoints`;
  const onProgress = (event: ProgressEvent) => {
    if (event.phase === "subscriptions") unread = `the resource groups and resources of ${event.count} subscription(s)`;
    else if (event.phase === "reading") unread = `${event.total - event.done} of the ${event.total} resource(s) listed so far, and any list not yet complete`;
    else if (event.phase === "read") unread = "the stamp's VM sizes and the scopes the file holds that this run did not list";
    options.onProgress?.(event);
  };
  try {
    const connection = await connect({ ...options, deadline });
    unread = `everything: the subscription list (and a token from ${connection.metadata.loginEndpoint})`;
    const raw = await readInventory(connection, { subscriptions: options.subscriptions, concurrency: options.concurrency, instanceViews: true, onProgress });
    // What the file holds and this run did not see is asked for by id: only a 404 removes it (docs/discovery.md).
    if (existing) await probeMissingScopes(connection, raw, existing.subscriptions, options.subscriptions ?? []);
    if (deadline.signal.aborted) throw new DeadlineExceeded(seconds);
    return { connection, raw };
  } catch (error) {
    if (!deadline.signal.aborted) throw error;
    throw new DiscoveryError(
      `discovery did not finish within ${seconds} s (--timeout): ${options.armEndpoint} stopped answering in time; still unread: ${unread}. ${options.output} was not changed`,
      "unreachable",
    );
  } finally {
    deadline.clear();
  }
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
}
