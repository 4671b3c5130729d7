/**
 * Every finding of a plan, in one list, with the part of the plan it comes from: what `plan` counts for its
 * validity and exit code, what the documents list, and what `validate` and the wizard's review count.
 */
import type { Finding, Severity } from "../base/findings.js";

/** The part of the plan a finding comes from. */
export type FindingSource = "inventory" | "backup" | "iac" | "bcdr" | "stamp";

export interface SourcedFinding {
  finding: Finding;
  source: FindingSource;
}

/** The sections of a plan that carry findings. */
export interface FindingSections {
  inputFindings: readonly Finding[];
  backup: { findings: readonly Finding[] };
  iac: { gaps: readonly Finding[] };
  bcdr: { findings: readonly Finding[] };
  /** Present with `plan --capabilities`: what the stamp lacks for this plan. */
  stampCheck?: { findings: readonly Finding[] } | undefined;
}

export function planFindings(plan: FindingSections): SourcedFinding[] {
  return [
    ...plan.inputFindings.map((finding) => ({ finding, source: "inventory" as const })),
    ...plan.backup.findings.map((finding) => ({ finding, source: "backup" as const })),
    ...plan.iac.gaps.map((finding) => ({ finding, source: "iac" as const })),
    ...plan.bcdr.findings.map((finding) => ({ finding, source: "bcdr" as const })),
    ...(plan.stampCheck?.findings ?? []).map((finding) => ({ finding, source: "stamp" as const })),
  ];
}

export type FindingCounts = Record<Severity, number>;

export function countFindings(findings: ReadonlyArray<Finding | SourcedFinding>): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts["finding" in f ? f.finding.severity : f.severity]++;
  return counts;
}
