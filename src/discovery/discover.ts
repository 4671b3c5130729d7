/**
 * discover: read the tenant from the stamp, map it into the model, merge it into an existing
 * tenant.yaml (keeping what a person entered), write the file atomically, and report counts and drift.
 */
import { existsSync } from "node:fs";
import { UserError } from "../base/errors.js";
import { readFile } from "node:fs/promises";
import { parseTenant } from "../inventory/load.js";
import { serializeTenant } from "../inventory/save.js";
import { TenantSchema, type Tenant } from "../inventory/schema.js";
import { formatFinding, type Finding } from "../base/findings.js";
import { readInventory, type ProgressEvent, type ReadFailure } from "./arm-reader.js";
import { connect, type AuthKind, type ConnectionOptions } from "./connection.js";
import { computeDrift, type Drift } from "./drift.js";
import { DiscoveryError } from "./errors.js";
import { mapInventory, type TypeCount } from "./mapping.js";
import { mergeTenant } from "./merge.js";
import { checkWritable, writeFileAtomic } from "./write.js";

export interface DiscoverOptions extends ConnectionOptions {
  /** The tenant.yaml to write or update. */
  output: string;
  subscriptions?: string[];
  concurrency?: number;
  tenantName?: string;
  stampName?: string;
  onProgress?: (event: ProgressEvent) => void;
}

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
  /** Validation findings of the written file (warnings such as "no tier" on a fresh file). */
  findings: Finding[];
}

async function loadExisting(file: string): Promise<Tenant | undefined> {
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
  return result.tenant;
}

export async function discover(options: DiscoverOptions): Promise<DiscoverResult> {
  // Fail before minutes of reading when the output cannot be written (read-only folder, a folder in the way).
  await checkWritable(options.output);
  const existing = await loadExisting(options.output);
  const connection = await connect(options);
  const raw = await readInventory(connection, {
    subscriptions: options.subscriptions,
    concurrency: options.concurrency,
    instanceViews: true,
    onProgress: options.onProgress,
  });
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
  const text = serializeTenant(parsed.data);
  // Re-parse the text: the file we write is exactly what `validate` will read.
  const check = parseTenant(text, options.output);
  const tenant = check.tenant ?? parsed.data;
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
    findings: check.findings,
  };
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0];
}
