/**
 * export-config: the configuration backup a tenant keeps off the stack. Every resource's full JSON
 * (at its profile api-version), each resource group's exported template where the stamp supports
 * exportTemplate, secrets redacted, in a new dated folder with an index.json; a run compares itself
 * with the previous dated folder of the same root.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { API_PROFILE } from "../stamp/api-profile.js";
import { compareIds, mapPool, readInventory, type Json, type ProgressEvent, type ReadFailure, type ReadResource } from "./arm-reader.js";
import { connect, DEFAULT_CONCURRENCY, type ConnectionOptions } from "./connection.js";
import { classifyError, describeError, DiscoveryError, httpStatus } from "./errors.js";
import { canonicalJson, redactSecrets } from "./redact.js";

export const EXPORT_FORMAT_VERSION = 1;
/** Folder names: UTC time to the second, "2026-11-22T013000Z", optionally "-2", "-3" when a second run lands in the same second. */
const FOLDER_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{6}Z(-\d+)?$/;

export interface ExportOptions extends ConnectionOptions {
  root: string;
  subscriptions?: string[];
  concurrency?: number;
  /** The clock: injectable so tests get fixed folder names and timestamps. */
  now?: () => Date;
  onProgress?: (event: ProgressEvent | { phase: "templates"; done: number; total: number }) => void;
}

export interface IndexedResource {
  id: string;
  type: string;
  /** The profile api-version of the GET, or null when the type is not in the profile (listing only). */
  apiVersion: string | null;
  source: "get" | "listing";
  file: string;
  sha256: string;
  redacted: string[];
}

export interface IndexedTemplate {
  subscription: string;
  resourceGroup: string;
  status: "exported" | "not-supported" | "failed";
  file?: string;
  sha256?: string;
  note?: string;
  redacted?: string[];
}

export interface ExportChanges {
  previous: string;
  added: string[];
  removed: string[];
  changed: string[];
}

export interface ExportIndex {
  tool: "azs-backup-planner";
  formatVersion: number;
  createdAt: string;
  armEndpoint: string;
  apiProfile: string;
  subscriptions: Array<{ id: string; name: string; resourceGroups: string[] }>;
  resources: IndexedResource[];
  templates: IndexedTemplate[];
  failures: ReadFailure[];
  changesSincePrevious: ExportChanges | null;
}

export interface ExportResult {
  folder: string;
  index: ExportIndex;
  redactedCount: number;
}

/** "2026-11-22T01:30:05.123Z" → "2026-11-22T013005Z". */
export function folderName(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

const safeSegment = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "_");

/** The file of a resource inside the dated folder, mirroring its ARM id. */
export function resourceFile(id: string): string {
  const segments = id.split("/").filter(Boolean).map(safeSegment);
  return `${segments.join("/")}.json`;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

export async function exportConfig(options: ExportOptions): Promise<ExportResult> {
  const now = options.now ?? (() => new Date());
  const connection = await connect(options);
  const raw = await readInventory(connection, {
    subscriptions: options.subscriptions,
    concurrency: options.concurrency,
    instanceViews: false,
    onProgress: options.onProgress,
  });
  const started = now();

  // Build every file in memory first: nothing is written before all reads are done.
  const files = new Map<string, string>();
  const resources: IndexedResource[] = [];
  let redactedCount = 0;
  for (const sub of raw.subscriptions) {
    for (const group of sub.resourceGroups) {
      for (const r of group.resources) {
        const { value, paths } = redactSecrets(r.body ?? listingOnly(r));
        const text = canonicalJson(value);
        const file = resourceFile(r.id);
        files.set(file, text);
        redactedCount += paths.length;
        resources.push({
          id: r.id,
          type: r.type,
          apiVersion: r.apiVersion ?? null,
          source: r.body ? "get" : "listing",
          file,
          sha256: sha256(text),
          redacted: paths,
        });
      }
    }
  }

  const groups = raw.subscriptions.flatMap((s) => s.resourceGroups.map((g) => ({ subscription: s.id, resourceGroup: g.name })));
  let done = 0;
  const templates = await mapPool(groups, options.concurrency ?? DEFAULT_CONCURRENCY, async ({ subscription, resourceGroup }): Promise<IndexedTemplate> => {
    const result = await exportTemplate(connection.resourcesClient(subscription), connection.armEndpoint, resourceGroup);
    options.onProgress?.({ phase: "templates", done: ++done, total: groups.length });
    if (result.status !== "exported") return { subscription, resourceGroup, status: result.status, note: result.note };
    const { value, paths } = redactSecrets(result.body);
    const text = canonicalJson(value);
    const file = `subscriptions/${safeSegment(subscription)}/resourceGroups/${safeSegment(resourceGroup)}/exportTemplate.json`;
    files.set(file, text);
    redactedCount += paths.length;
    return {
      subscription,
      resourceGroup,
      status: "exported",
      file,
      sha256: sha256(text),
      redacted: paths,
      ...(result.note ? { note: result.note } : {}),
    };
  });

  const failures = [...raw.failures];
  for (const t of templates)
    if (t.status === "failed")
      failures.push({
        id: `/subscriptions/${t.subscription}/resourceGroups/${t.resourceGroup}/exportTemplate`,
        type: "exportTemplate",
        reason: t.note ?? "failed",
      });

  await mkdir(options.root, { recursive: true }).catch((error: unknown) => {
    throw new DiscoveryError(`cannot create ${options.root}: ${(error as Error).message}`, "output");
  });
  const previous = await latestExport(options.root);
  let name = folderName(started);
  for (let n = 2; existsSync(join(options.root, name)); n++) name = `${folderName(started)}-${n}`;
  const folder = join(options.root, name);

  resources.sort((a, b) => compareIds(a.id, b.id));
  templates.sort((a, b) => compareIds(a.subscription, b.subscription) || compareIds(a.resourceGroup, b.resourceGroup));
  const index: ExportIndex = {
    tool: "azs-backup-planner",
    formatVersion: EXPORT_FORMAT_VERSION,
    createdAt: started.toISOString(),
    armEndpoint: connection.armEndpoint,
    apiProfile: API_PROFILE,
    subscriptions: raw.subscriptions.map((s) => ({ id: s.id, name: s.name, resourceGroups: s.resourceGroups.map((g) => g.name) })),
    resources,
    templates,
    failures,
    changesSincePrevious: previous ? compareWith(previous.name, previous.index, resources) : null,
  };
  files.set("index.json", canonicalJson(index));

  // Write into a hidden folder, then rename: a crash never leaves a half export that looks complete.
  const partial = join(options.root, `.${name}.partial`);
  try {
    await rm(partial, { recursive: true, force: true });
    for (const [file, text] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const path = join(partial, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, "utf8");
    }
    await rename(partial, folder);
  } catch (error) {
    await rm(partial, { recursive: true, force: true }).catch(() => {});
    throw new DiscoveryError(`cannot write the export to ${folder}: ${(error as Error).message}`, "output");
  }
  return { folder, index, redactedCount };
}

/** The envelope ARM listed, for a type without a profile api-version (no GET is possible on the stamp). */
function listingOnly(r: ReadResource): Json {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    ...(r.location ? { location: r.location } : {}),
    ...(r.tags ? { tags: r.tags } : {}),
    ...(r.sku ? { sku: r.sku } : {}),
    ...(r.kind ? { kind: r.kind } : {}),
    ...(r.managedBy ? { managedBy: r.managedBy } : {}),
  };
}

type TemplateResult = { status: "exported"; body: Json; note?: string } | { status: "not-supported" | "failed"; note: string };

async function exportTemplate(
  client: ReturnType<Awaited<ReturnType<typeof connect>>["resourcesClient"]>,
  armEndpoint: string,
  resourceGroup: string,
): Promise<TemplateResult> {
  let raw: string | undefined;
  try {
    await client.resourceGroups.beginExportTemplateAndWait(
      resourceGroup,
      { resources: ["*"], options: "IncludeParameterDefaultValue" },
      { updateIntervalInMs: 1000, onResponse: (response) => (raw = response.bodyAsText ?? raw) },
    );
  } catch (error) {
    const status = httpStatus(error);
    if (status === undefined || status === 401) throw classifyError(error, { armEndpoint, what: `the exported template of ${resourceGroup}` });
    // A stamp without the feature answers 400/404/405/501; a 403 means the identity may not export.
    if (status === 403)
      return {
        status: "not-supported",
        note: `exportTemplate refused: ${describeError(error)} (needs Microsoft.Resources/subscriptions/resourceGroups/exportTemplate/action, which Reader lacks)`,
      };
    if (status === 400 || status === 404 || status === 405 || status === 501)
      return { status: "not-supported", note: `exportTemplate not available: ${describeError(error)}` };
    return { status: "failed", note: `exportTemplate failed: ${describeError(error)}` };
  }
  let body: Json;
  try {
    body = JSON.parse(raw ?? "") as Json;
  } catch {
    return { status: "failed", note: "exportTemplate returned no JSON" };
  }
  const error = body.error as { code?: string; message?: string } | undefined;
  return { status: "exported", body, ...(error?.code ? { note: `exported with errors: ${error.code}` } : {}) };
}

async function latestExport(root: string): Promise<{ name: string; index: ExportIndex } | undefined> {
  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => FOLDER_PATTERN.test(n)).sort();
  } catch {
    return undefined;
  }
  for (const name of names.reverse()) {
    try {
      const index = JSON.parse(await readFile(join(root, name, "index.json"), "utf8")) as ExportIndex;
      if (Array.isArray(index.resources)) return { name, index };
    } catch {
      // A folder without a readable index is not a completed export: look further back.
    }
  }
  return undefined;
}

function compareWith(previousName: string, previous: ExportIndex, now: IndexedResource[]): ExportChanges {
  const before = new Map(previous.resources.map((r) => [r.id.toLowerCase(), r]));
  const after = new Map(now.map((r) => [r.id.toLowerCase(), r]));
  return {
    previous: previousName,
    added: now.filter((r) => !before.has(r.id.toLowerCase())).map((r) => r.id),
    removed: previous.resources
      .filter((r) => !after.has(r.id.toLowerCase()))
      .map((r) => r.id)
      .sort(compareIds),
    changed: now.filter((r) => before.has(r.id.toLowerCase()) && before.get(r.id.toLowerCase())!.sha256 !== r.sha256).map((r) => r.id),
  };
}
