/**
 * The evidence behind the change rates: once any disk carries a measured rate (import-churn), a finding names
 * the VMs measured (over which days) and the VMs still on assumed rates, each with its share of the target
 * storage, largest first, so a person knows which assumption moves the figures most.
 */
import type { Finding } from "../base/findings.js";
import { planFinding } from "../base/planner-findings.js";
import { t } from "../base/text.js";
import { roundTo } from "../base/units.js";
import type { VirtualMachine } from "../inventory/schema.js";
import type { VmRef } from "../inventory/walk.js";
import type { VmBackupPlan } from "./types.js";

const backedUpDisks = (vm: VirtualMachine) => vm.disks.filter((d) => d.excludeFromBackup !== true);

/** "dc01 (20 days, 2026-11-01 to 2026-11-20)": the widest span of the VM's measured disks. */
function measuredSpan(vm: VirtualMachine): string {
  const spans = backedUpDisks(vm).flatMap((d) => (d.measuredChurn ? [d.measuredChurn] : []));
  const from = spans.map((s) => s.from).sort()[0]!;
  const to = spans
    .map((s) => s.to)
    .sort()
    .at(-1)!;
  const days = Math.min(...spans.map((s) => s.days));
  return `${vm.name} (${days}+ days, ${from} to ${to})`;
}

export function churnEvidenceFindings(refs: readonly VmRef[], vms: readonly VmBackupPlan[]): Finding[] {
  const pairs = refs.map((ref, i) => ({ vm: ref.vm, plan: vms[i]! })).filter((p) => p.plan.protected);
  const measured = pairs.filter((p) => backedUpDisks(p.vm).some((d) => d.measuredChurn));
  if (measured.length === 0) return [];
  const total = pairs.reduce((s, p) => s + p.plan.targetStorageGiB.value, 0);
  const assumed = pairs
    .filter((p) => backedUpDisks(p.vm).some((d) => !d.measuredChurn))
    .map((p) => ({ name: p.vm.name, share: total > 0 ? (p.plan.targetStorageGiB.value / total) * 100 : 0 }))
    .sort((a, b) => b.share - a.share || (a.name < b.name ? -1 : 1));
  const assumedShare = assumed.reduce((s, a) => s + a.share, 0);
  const params = {
    measured: measured.map((p) => measuredSpan(p.vm)).join(", "),
    count: assumed.length,
    share: roundTo(assumedShare, 1),
    vms: assumed.length > 0 ? assumed.map((a) => `${a.name} (${roundTo(a.share, 1)} %)`).join(", ") : "-",
  };
  return [planFinding(assumed.length > 0 ? "warning" : "info", "backup.churn-evidence", ["subscriptions"], t("msg.backup.churn-evidence", params))];
}
