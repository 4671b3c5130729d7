/**
 * The plan's verdicts: for each VM and each tier, are the tier's RPO and RTO met? Computed here once, from
 * every protection that survives the loss of the stack; every reader (README, backup.md, bcdr.md,
 * report.html, plan.yaml, --json, the terminal) shows these values and computes none of its own.
 *
 * Rules (docs/formulas.md, "Verdicts"; docs/assumptions.md, "Verdicts"):
 * - Protections that count: the off-stack backup copy (backup.vms[].offStackCopy) and DR replication
 *   (application replication, Site Recovery to Azure or stack-to-stack). A copy kept on the stamp, or a MABS
 *   server's local disks, is lost with the stamp and gives no figure.
 * - Off-stack backup: RPO = the longest interval between completed off-stack copies (backup.rpo.achieved);
 *   RTO = the restore from that copy (backup.restore.rto), or, when the DR plan restores the VM from backup,
 *   the time it is ready after its dependencies (the failover runbook's critical path), whichever is later.
 * - DR replication: RPO = what the DR link achieves (bcdr.rpo.achievable); RTO = the failover's ready time.
 * - Each figure is the best (smallest) of the protections that give one, and records which protection gave it.
 * - A VM meets its tier's RPO (RTO) only if its figure exists and is at most the target; it is met only if both
 *   are. A tier is met only if every VM judged in it is. A VM without a tier has no verdict (null).
 * - Kubernetes nodes (backup method kubernetes-rebuild) hold no data of their own: they are rebuilt from the
 *   cluster definition, and the cluster's volumes are judged through Velero, so they are not judged here.
 */
import type { BackupPlan, VmBackupPlan } from "../backup/types.js";
import type { BcdrPlan, VmDrPlan } from "../bcdr/model.js";
import type { Tenant } from "../inventory/schema.js";

/** Which protection a figure comes from. */
export type ProtectionSource = "off-stack-backup" | "dr-replication";

export interface VerdictFigure {
  /** Hours, or null when no protection that survives the stack gives this figure. */
  hours: number | null;
  source: ProtectionSource | null;
  /** The tier's target in hours. */
  targetHours: number;
  /** hours ≤ targetHours; false when hours is null. */
  met: boolean;
}

export interface VmVerdict {
  /** "resourceGroup/vm". */
  vm: string;
  tier: string;
  rpo: VerdictFigure;
  rto: VerdictFigure;
  /** rpo.met and rto.met. */
  met: boolean;
}

export interface TierVerdict {
  tier: string;
  /** VMs of the tier (Kubernetes nodes included, though they are not judged). */
  vms: number;
  rpoHours: number;
  rtoHours: number;
  /** Every judged VM of the tier meets the RPO (RTO); a tier with no judged VM is met. */
  rpoMet: boolean;
  rtoMet: boolean;
  met: boolean;
  /** VMs of the tier that miss the RPO or the RTO. */
  unmetVms: string[];
}

export interface PlanVerdicts {
  /** One per VM with a tier, in inventory order; VMs without a tier and Kubernetes nodes have none. */
  vms: VmVerdict[];
  /** One per tier with at least one VM, in tenant.yaml order. */
  tiers: TierVerdict[];
  /** The "VMs backed up" headline: VMs whose copy leaves the stack, of all VMs. */
  backedUp: { vms: number; of: number };
}

const replicating = (m: VmDrPlan["method"]) => m === "application-replication" || m === "asr-to-azure" || m === "asr-stack-to-stack";
/** Figures are compared as the plan rounds them (to 0.001 h), so a 24.0004 h interval against 24 h is not a miss. */
const EPS = 1e-3;

interface Candidate {
  hours: number;
  source: ProtectionSource;
}

function best(candidates: readonly Candidate[], targetHours: number): VerdictFigure {
  let chosen: Candidate | undefined;
  for (const c of candidates) if (Number.isFinite(c.hours) && (chosen === undefined || c.hours < chosen.hours)) chosen = c;
  return {
    hours: chosen ? Math.round(chosen.hours * 1000) / 1000 : null,
    source: chosen?.source ?? null,
    targetHours,
    met: chosen !== undefined && chosen.hours <= targetHours + EPS,
  };
}

function rpoCandidates(backup: VmBackupPlan, dr: VmDrPlan | undefined): Candidate[] {
  const out: Candidate[] = [];
  if (backup.offStackCopy && backup.achievedRpoHours) out.push({ hours: backup.achievedRpoHours.value, source: "off-stack-backup" });
  if (dr && replicating(dr.method) && dr.achievableRpoHours !== null) out.push({ hours: dr.achievableRpoHours, source: "dr-replication" });
  return out;
}

function rtoCandidates(backup: VmBackupPlan, dr: VmDrPlan | undefined): Candidate[] {
  const out: Candidate[] = [];
  if (backup.offStackCopy && backup.restore) {
    const afterDependencies = dr?.method === "restore-and-redeploy" && dr.readyAfterHours !== null ? dr.readyAfterHours : 0;
    out.push({ hours: Math.max(backup.restore.totalHours, afterDependencies), source: "off-stack-backup" });
  }
  if (dr && replicating(dr.method)) {
    const ready = dr.readyAfterHours ?? dr.estimatedRtoHours;
    if (ready !== null) out.push({ hours: ready, source: "dr-replication" });
  }
  return out;
}

export function planVerdicts(tenant: Tenant, backup: BackupPlan, bcdr: BcdrPlan): PlanVerdicts {
  const tierByName = new Map(tenant.protection.tiers.map((t) => [t.name, t]));
  const drByVm = new Map<string, VmDrPlan>();
  for (const d of bcdr.vms) if (!drByVm.has(d.vm)) drByVm.set(d.vm, d);
  const vms: VmVerdict[] = [];
  for (const b of backup.vms) {
    const tier = b.tier === null ? undefined : tierByName.get(b.tier);
    if (!tier || b.method === "kubernetes-rebuild") continue;
    const dr = drByVm.get(b.qualifiedName);
    const rpo = best(rpoCandidates(b, dr), tier.rpoHours);
    const rto = best(rtoCandidates(b, dr), tier.rtoHours);
    vms.push({ vm: b.qualifiedName, tier: tier.name, rpo, rto, met: rpo.met && rto.met });
  }
  const tiers: TierVerdict[] = [];
  const perTier = new Map<string, number>();
  for (const v of backup.vms) if (v.tier !== null) perTier.set(v.tier, (perTier.get(v.tier) ?? 0) + 1);
  for (const tier of tenant.protection.tiers) {
    const count = perTier.get(tier.name) ?? 0;
    if (count === 0) continue;
    const members = vms.filter((v) => v.tier === tier.name);
    const rpoMet = members.every((v) => v.rpo.met);
    const rtoMet = members.every((v) => v.rto.met);
    tiers.push({
      tier: tier.name,
      vms: count,
      rpoHours: tier.rpoHours,
      rtoHours: tier.rtoHours,
      rpoMet,
      rtoMet,
      met: rpoMet && rtoMet,
      unmetVms: members.filter((v) => !v.met).map((v) => v.vm),
    });
  }
  return { vms, tiers, backedUp: { vms: backup.totals.backedUpVirtualMachines.value, of: backup.totals.virtualMachines.value } };
}
