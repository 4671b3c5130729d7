/**
 * The review screen: the candidate tenant checked exactly as `validate` would check the saved file
 * (serialize, then parse with TenantSchema + validateTenant, then every planner as `plan` runs them), and
 * summarised with summarizeInventory.
 */
import { formatFinding, hasErrors, type Finding } from "../base/findings.js";
import { parseTenant } from "../inventory/load.js";
import { serializeTenant } from "../inventory/save.js";
import { resourceKinds, type Tenant } from "../inventory/schema.js";
import { summarizeInventory } from "../inventory/summary.js";

export interface CheckedCandidate {
  /** The text that would be saved (canonical serializeTenant form), when the candidate is valid. */
  text?: string;
  tenant?: Tenant;
  /** The inventory's findings and, for a readable tenant, every planner's: what `plan` and `validate` report. */
  findings: Finding[];
  /** The file can be saved: no inventory error (planner errors are shown, and plan will exit 9, but they do not block saving). */
  ok: boolean;
}

/** Every planner's findings of a valid tenant, as `plan` finds them (given by the shell: src/plan/check.ts). */
export type PlannerCheck = (tenant: Tenant, inputFindings: Finding[]) => Finding[];

export function checkCandidate(candidate: Tenant, file: string, plannerCheck: PlannerCheck): CheckedCandidate {
  const draftText = serializeTenant(candidate);
  const result = parseTenant(draftText, file);
  if (!result.ok) return { findings: result.findings, ok: false };
  // Re-serialised from the parsed model: keys in schema order, whatever order the wizard built them in.
  const text = serializeTenant(result.tenant);
  const ok = !hasErrors(result.findings);
  return { text, tenant: result.tenant, findings: ok ? plannerCheck(result.tenant, result.findings) : result.findings, ok };
}

const KIND_LABELS: Record<(typeof resourceKinds)[number], string> = {
  virtualMachines: "VMs",
  availabilitySets: "availability sets",
  virtualNetworks: "virtual networks",
  networkSecurityGroups: "network security groups",
  publicIpAddresses: "public IP addresses",
  loadBalancers: "load balancers",
  routeTables: "route tables",
  vpnGateways: "VPN gateways",
  vpnConnections: "VPN connections",
  storageAccounts: "storage accounts",
  keyVaults: "key vaults",
  kubernetesClusters: "Kubernetes clusters",
  otherResources: "other resources (kept, not modelled)",
};

const gib = (n: number) => `${n.toLocaleString("en-US", { maximumFractionDigits: 1 })} GiB`;

/** The review screen as lines: counts per kind, per tier, capacity, then every finding. */
export function reviewLines(candidate: Tenant, checked: CheckedCandidate): string[] {
  const lines: string[] = [];
  const tenant = checked.tenant ?? candidate;
  let summary: ReturnType<typeof summarizeInventory> | undefined;
  try {
    summary = summarizeInventory(tenant);
  } catch {
    summary = undefined; // an invalid candidate may lack what the summary reads; the findings say why
  }
  lines.push(`Review: tenant ${tenant.tenant.name} on stamp ${tenant.stamp.name}`);
  if (summary) {
    lines.push(`  subscriptions ${summary.subscriptions}, resource groups ${summary.resourceGroups}`);
    const kinds = resourceKinds.filter((k) => summary.counts[k] > 0).map((k) => `${KIND_LABELS[k]} ${summary.counts[k]}`);
    lines.push(`  ${kinds.length > 0 ? kinds.join(", ") : "no resources yet"}`);
    lines.push(`  VMs by OS: Windows ${summary.byOs.windows}, Linux ${summary.byOs.linux}; disks ${summary.disks}`);
    lines.push(
      `  capacity: ${gib(summary.provisionedGiB)} provisioned, ${gib(summary.usedGiB)} used${summary.disksWithEstimatedUse > 0 ? ` (${summary.disksWithEstimatedUse} disk(s) without a used size counted at half)` : ""}`,
    );
    lines.push("  per tier:");
    for (const t of summary.byTier)
      lines.push(
        `    ${t.tier.padEnd(12)} ${String(t.virtualMachines).padStart(4)} VMs  ${gib(t.provisionedGiB).padStart(12)} provisioned  ${gib(t.usedGiB).padStart(12)} used`,
      );
    if (summary.unprotectedVirtualMachines > 0) lines.push(`    (no tier)    ${String(summary.unprotectedVirtualMachines).padStart(4)} VMs`);
  }
  const errors = checked.findings.filter((f) => f.severity === "error").length;
  const warnings = checked.findings.filter((f) => f.severity === "warning").length;
  lines.push(`  validation: ${errors} error(s), ${warnings} warning(s)`);
  for (const f of checked.findings) lines.push(`    ${formatFinding({ ...f, file: undefined, position: undefined })}`);
  return lines;
}
