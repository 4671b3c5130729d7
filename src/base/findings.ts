import type { LocalText } from "./text.js";
import { formatPath, type PathSegment, type SourcePosition } from "./path.js";

export type Severity = "error" | "warning" | "info";

/** One thing worth telling about an input: a broken rule, a risk, or a fact the plan will flag. */
export interface Finding {
  severity: Severity;
  /** Stable identifier of the rule, e.g. "duplicate-name"; documented in docs/tenant-yaml.md. */
  code: string;
  path: PathSegment[];
  message: string;
  /** The message's key and parameters for other languages (its `en` equals `message`); planners set it. */
  messageLocal?: LocalText;
  /** What to change in tenant.yaml, or what to do operationally, to resolve the finding. */
  fix?: LocalText;
  file?: string;
  position?: SourcePosition;
}

export function finding(severity: Severity, code: string, path: PathSegment[], message: string): Finding {
  return { severity, code, path, message };
}

export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === "error");

/** `tenant.yaml:12:7: error [schema] subscriptions[0].name: must not be empty`. */
export function formatFinding(f: Finding): string {
  const where = f.file ? `${f.file}${f.position ? `:${f.position.line}:${f.position.column}` : ""}: ` : "";
  const path = f.path.length > 0 ? `${formatPath(f.path)}: ` : "";
  return `${where}${f.severity} [${f.code}] ${path}${f.message}`;
}

const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by position in the file, so output reads top to bottom. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
      formatPath(a.path).localeCompare(formatPath(b.path)) ||
      a.code.localeCompare(b.code),
  );
}
