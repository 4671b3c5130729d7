/**
 * From tenant.yaml text to a validated Tenant, or to findings that name file, line, column and path.
 * Parsing and checking are pure; `loadTenantFile` is the only function here that touches the disk.
 */
import { readFile, stat } from "node:fs/promises";
import type { z } from "zod";
import { finding, hasErrors, sortFindings, type Finding } from "../base/findings.js";
import { TenantSchema, type Tenant } from "./schema.js";
import { validateTenant } from "./validate.js";
import { YamlSource, YamlSyntaxError } from "./yaml-source.js";
import { sourcePlaces, type SourcePlaces } from "./places.js";
import { basename } from "node:path";
import type { PathSegment } from "../base/path.js";

/**
 * Largest tenant.yaml read: the generated tenants take about 1 KB a VM (10,000 VMs: 9.5 MiB; 50,000 VMs: 47.5 MiB), so
 * 128 MiB holds about 130,000 VMs, well above the 50,000 a plan is benchmarked at (docs/assumptions.md).
 */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

export type LoadResult =
  | { ok: true; tenant: Tenant; findings: Finding[]; places?: SourcePlaces }
  | { ok: false; tenant?: undefined; findings: Finding[]; places?: undefined };

export interface LoadOptions {
  /** Also record where each named item starts (places.ts), for findings that name a resource and its line; `plan` asks for it. */
  places?: boolean;
}

export class InputFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputFileError";
  }
}

export async function loadTenantFile(file: string, options: LoadOptions = {}): Promise<LoadResult> {
  let text: string;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new InputFileError(`${file}: not a file`);
    if (info.size > MAX_INPUT_BYTES) {
      throw new InputFileError(`${file}: ${info.size} bytes is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MiB limit for a tenant file`);
    }
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message;
    throw new InputFileError(`${file}: cannot read: ${reason}`);
  }
  return parseTenant(text, file, options);
}

export function parseTenant(text: string, file = "tenant.yaml", options: LoadOptions = {}): LoadResult {
  const located = (findings: Finding[], source?: YamlSource): Finding[] =>
    sortFindings(findings.map((f) => ({ ...f, file, position: f.position ?? source?.locate(f.path) })));

  if (text.includes("\u0000")) {
    return { ok: false, findings: located([finding("error", "yaml-syntax", [], "the file holds binary data (NUL bytes), not YAML text")]) };
  }
  let source: YamlSource;
  try {
    source = YamlSource.parse(text, file);
  } catch (error) {
    if (error instanceof YamlSyntaxError) {
      return { ok: false, findings: located([{ ...finding("error", "yaml-syntax", [], error.message), position: error.position }]) };
    }
    throw error;
  }
  if (source.value === null || typeof source.value !== "object" || Array.isArray(source.value)) {
    return {
      ok: false,
      findings: located([finding("error", "schema", [], "expected a mapping with schemaVersion, tenant, stamp, subscriptions and protection")]),
    };
  }

  const parsed = TenantSchema.safeParse(source.value);
  if (!parsed.success) {
    return {
      ok: false,
      findings: located(
        parsed.error.issues.flatMap((issue) => schemaFindings(issue, source.value)),
        source,
      ),
    };
  }
  const findings = located(validateTenant(parsed.data), source);
  if (hasErrors(findings)) return { ok: false, findings };
  // The plan names its input by base name (no path of the machine it was made on): so do the places.
  const places = options.places ? sourcePlaces(source.value, basename(file), (path) => source.locate(path)) : undefined;
  return places ? { ok: true, tenant: parsed.data, findings, places } : { ok: true, tenant: parsed.data, findings };
}

type Issue = z.core.$ZodIssue;

function schemaFindings(issue: Issue, document: unknown): Finding[] {
  const path = issue.path.filter((s): s is PathSegment => typeof s !== "symbol");
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => finding("error", "schema", [...path, key], `unknown field "${key}"`));
    case "invalid_type": {
      const value = valueAt(document, path);
      return [
        finding(
          "error",
          "schema",
          path,
          value === undefined ? `required field is missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${describe(value)}`,
        ),
      ];
    }
    case "invalid_value":
      return [
        finding(
          "error",
          "schema",
          path,
          `expected ${issue.values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`}, got ${describe(valueAt(document, path))}`,
        ),
      ];
    case "too_small":
    case "too_big": {
      if (!/^Too (small|big)/.test(issue.message)) return [finding("error", "schema", path, issue.message)];
      const bound = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const inclusive = issue.inclusive !== false;
      const what = issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : "";
      const relation = issue.code === "too_small" ? (inclusive ? "at least" : "greater than") : inclusive ? "at most" : "less than";
      return [finding("error", "schema", path, `must be ${relation} ${String(bound)}${what ? ` ${what}` : ""}, got ${describe(valueAt(document, path))}`)];
    }
    default:
      return [finding("error", "schema", path, issue.message)];
  }
}

function valueAt(document: unknown, path: readonly PathSegment[]): unknown {
  let node = document;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  return `${typeof value} ${String(value)}`;
}
