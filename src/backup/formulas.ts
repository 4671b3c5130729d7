/**
 * The registry of every formula the backup planner uses. Each number in the plan model names the id of
 * the formula that produced it, so a reader (or the documents issue) can trace any figure to its text and
 * source. docs/formulas.md ("## Backup") lists the same ids; a test keeps the two in step.
 */
import { roundTo } from "../base/units.js";

export interface FormulaDefinition {
  id: string;
  /** The formula, in the planner's own words and symbols. */
  text: string;
  /** Where its shape or constants come from. */
  source: string;
}

/** A number of the plan with its unit and the id of the formula that produced it. */
export interface Quantity {
  value: number;
  unit: "GiB" | "hours" | "minutes" | "MB/s" | "Mbit/s" | "count" | "per day" | "ratio" | "days";
  formula: FormulaId;
}

const RPS = "Veeam Restore Point Simulator: blog.dewin.me/2015/08/a-brief-history-of-restore-point.html; github.com/tdewin/rps pureengine.js";
const DPM = "github.com/MicrosoftDocs/SystemCenterDocs SystemCenterDocs/dpm/Deploy/Deploy-protection-groups.md (default disk allocation)";
const MABS_ASH = "github.com/MicrosoftDocs/azure-docs articles/backup/backup-mabs-install-azure-stack.md";

export const FORMULAS = {
  "backup.size.used": {
    text: "usedGiB = Σ over disks not excluded of (disk.usedGiB, else disk.sizeGiB × 0.5)",
    source: "src/inventory/defaults.ts effectiveUsedGiB (half-full default is an assumption, docs/assumptions.md)",
  },
  "backup.size.full": {
    text: "fullGiB = usedGiB × C, C = data left after compression/deduplication (vm.backup.dataReductionRatio, else protection.settings.dataReductionRatio, default 0.5)",
    source: `${RPS} (full = source × reduction; C = 50 % "2x conservative")`,
  },
  "backup.size.daily-change": {
    text: "dailyChangeGiB = Σ over disks of usedGiB_d × changeRate_d ÷ 100 × churnGrowthFactor (raw, before reduction)",
    source:
      "change rates: src/inventory/defaults.ts CHANGE_RATE_BY_ROLE (RPS author's typical 1–2 %, SQL/Exchange 10–20 %); growth 1.3: Site Recovery Deployment Planner (learn.microsoft.com/azure/site-recovery/site-recovery-deployment-planner)",
  },
  "backup.size.incremental": {
    text: "dailyIncrementalGiB = dailyChangeGiB × C",
    source: `${RPS} (incremental = source × change rate × reduction)`,
  },
  "backup.size.run": {
    text: "runGiB = dailyIncrementalGiB ÷ runsPerDay (each run carries the change since the previous one)",
    source: "planner model (docs/assumptions.md): change is assumed spread evenly over the day",
  },
  "backup.storage.gfs": {
    text: "targetGiB = C × Data × (F + Rd × D + W × min(1, 7·D) + M × min(1, 30·D) + Y × min(1, 365·D)); Data = usedGiB, F = 1 full (incremental forever), Rd = daily points, D = daily change share (dailyChangeGiB ÷ usedGiB), W/M/Y = weekly/monthly/yearly points each keeping one period of change, capped at a full",
    source: `${RPS} (backup size = C × (F × Data + R × D × Data)); the per-period cap for GFS points is the planner's extension (docs/assumptions.md)`,
  },
  "backup.storage.growth": {
    text: "storageGiB(day) = backup.storage.gfs with only the points made by that day kept: Rd(day) = min(Rd, day), W(day) = min(W, ⌊day/7⌋), M(day) = min(M, ⌊day/30⌋), Y(day) = min(Y, ⌊day/365⌋); summed over protected VMs, sampled at 0, 1, 7, 14, 30, 60, 90, 180, 365 … days and at the longest retention",
    source: `${RPS}; the day-by-day accumulation of GFS points is the planner's reading of the same model (docs/assumptions.md)`,
  },
  "backup.points.count": {
    text: "recoveryPoints = daily × runsPerDay + weekly + monthly + yearly",
    source:
      "tier retention (tenant.yaml); limit 9,999 per protected instance: github.com/MicrosoftDocs/azure-docs articles/backup/backup-support-matrix-mars-agent.md",
  },
  "backup.mabs.replica": {
    text: "replicaGiB = DS × 3 ÷ 2 (files, system state); DS × (1 + 0.06) ÷ (0.90 − 0.05) (SQL Server, Exchange); DS ÷ (0.90 − 0.05) (SharePoint); DS = used data of the VM",
    source: `${DPM}: alert threshold 90 %, log change 6 %`,
  },
  "backup.mabs.recovery-points": {
    text: "recoveryPointGiB = DS × RR × 2 ÷ 100 + 1.5625 (files); 2.5 × RR × 0.06 × DS + 1.5625 (SQL); 4.0 × RR × 0.06 × DS + 1.5625 (Exchange); 1.5 × RR × 0.10 × DS + 1.5625 (SharePoint); RR = 5 retention days on disk, 1.5625 GiB = 1,600 MB",
    source: `${DPM}; RR = 5: the MABS 5-day short-term rule, ${MABS_ASH}`,
  },
  "backup.mabs.pool": {
    text: "storagePoolGiB = Σ (replicaGiB + recoveryPointGiB) over the server's VMs, + 0.29 GiB change journal (300 MB) per VM",
    source: DPM,
  },
  "backup.mabs.pool-shortcut": {
    text: "storagePoolShortcutGiB = 1.5 × Σ usedGiB (cross-check)",
    source: "github.com/MicrosoftDocs/architecture-center docs/hybrid/azure-stack-backup-content.md (storage pool ≈ 1.5 × protected data)",
  },
  "backup.mabs.disks": {
    text: "dataDisks = ceil(storagePoolGiB ÷ 1023); server size = the smallest of Standard_A2, A3, A4, DS4_v2, DS5_v2 with that many data-disk slots",
    source: `${MABS_ASH} (A2 = 4, A3 = 8, A4 = 16 disks; scale up to D series); 1023 GiB = largest Azure Stack Hub disk (src/inventory/vm-sizes.ts)`,
  },
  "backup.mabs.scratch": {
    text: "scratchGiB = 0.05 × Σ usedGiB of the data the server sends to Azure",
    source: `${MABS_ASH} (scratch ≥ 5 % of the data backed up to Azure)`,
  },
  "backup.mars.cache": {
    text: "cacheGiB = 0.10 × usedGiB (upper end of 5–10 %)",
    source: "github.com/MicrosoftDocs/azure-docs articles/backup/backup-support-matrix-mars-agent.md (cache 5–10 % of backup data)",
  },
  "backup.runs.per-day": {
    text: "runsPerDay = the runs of min(ceil(24 ÷ tier.rpoHours), method.maxBackupsPerDay), spaced 24 h ÷ that count apart from the window start, whose slot opens inside the tier's backup window",
    source: "caps: MABS 2 online copies a day, MARS 3 backups a day (bcdr-anchors §3; backup-support-matrix-mars-agent.md)",
  },
  "backup.rpo.achieved": {
    text: "achievedRpoHours = the longest interval between consecutive completed off-stack copies over the circular day (run start + scheduled duration; one run a day gives 24 h), only when a copy leaves the stack; worstCaseLossHours = achievedRpoHours + the longest run",
    source:
      "learn.microsoft.com/azure-stack/user/azure-stack-manage-vm-protect (backup-restore RPO depends on backup frequency); a recovery point counts once its copy is off the stack (a copy kept on the stack is lost with it)",
  },
  "backup.wan.capacity": {
    text: "linkMBps = target.wanBandwidthMbps × wanEfficiency ÷ 8",
    source: "wanEfficiency default 0.8: src/inventory/defaults.ts (assumption, docs/assumptions.md)",
  },
  "backup.seeding.vm": {
    text: "seedingHours = seedGiB × 1073.741824 ÷ linkMBps ÷ 3600 (the VM alone on the link); seedGiB = usedGiB (raw), or fullGiB (reduced) only when the method's catalogue entry says the reduction happens before the link (reductionBeforeLink); the plan shows both",
    source: "DPM initial replication table (SystemCenterDocs Deploy-protection-groups.md) uses the same size ÷ rate arithmetic",
  },
  "backup.seeding.total": {
    text: "totalSeedingHours = Σ seedGiB × 1073.741824 ÷ linkMBps ÷ 3600 (each VM on its own basis, resources as copied); offline seeding recommended when ÷ 24 > offlineSeedingThresholdDays; the all-raw and all-reduced sums are shown beside it",
    source: "threshold default 3 days: src/inventory/defaults.ts; offline seeding: MARS (Azure Import/Export), bcdr-anchors §3",
  },
  "backup.schedule.lower-bound": {
    text: "lowerBoundMinutes = max(Σ runGiB × 1073.741824 ÷ linkMBps ÷ 60, max over windows of (first release + that window's bytes ÷ link) − first release of the day)",
    source: "standard makespan bound for a single shared resource (total work ÷ capacity)",
  },
  "backup.schedule.makespan": {
    text: "makespanMinutes = last finish − first release of the day, from the greedy fluid schedule (≤ concurrentStreams streams share the link equally)",
    source: "planner scheduler, src/backup/schedule.ts (docs/backup.md)",
  },
  "backup.schedule.window-demand": {
    text: "windowDemandMinutes = Σ runGiB of the tier's VMs × 1073.741824 ÷ linkMBps ÷ 60; infeasible when > window duration",
    source: "RPS bandwidth tool (github.com/tdewin/rps bandwidth/index.html): required rate = bytes ÷ window seconds",
  },
  "backup.restore.size": {
    text: "restoreGiB = Σ usedGiB of the backed-up disks (written back at full size)",
    source: "src/backup/restore.ts",
  },
  "backup.restore.throughput": {
    text: "throughputMBps = min(restoreThroughputMBps, linkMBps)",
    source: "restoreThroughputMBps default 100: src/inventory/defaults.ts (Veeam validation on Azure Stack Hub, BCDR-validation/Veeam_results_round1.md)",
  },
  "backup.restore.rto": {
    text: "totalHours = restoreGiB × 1073.741824 ÷ throughputMBps ÷ 3600 + redeployMinutes ÷ 60",
    source:
      "learn.microsoft.com/azure-stack/user/azure-stack-manage-vm-protect (in-guest restore: recreate the VM, then restore data); redeploy default 30 min: src/inventory/defaults.ts",
  },
  "backup.resource.blob": {
    text: "fullGiB = blob usedGiB (AzCopy copies without compression); dailyIncrementalGiB = blob usedGiB × changeRate ÷ 100 × churnGrowthFactor",
    source: "learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10 (azcopy sync copies changed blobs only)",
  },
  "backup.resource.pv": {
    text: "fullGiB = pv usedGiB × C; dailyIncrementalGiB = pv usedGiB × changeRate ÷ 100 × churnGrowthFactor × C (Velero file-system backup with kopia, deduplicated and compressed)",
    source: "velero.io/docs (file-system backup); change-rate default: CHANGE_RATE_BY_ROLE.other",
  },
  "backup.resource.keyvault": {
    text: "items = keys + secrets + certificates (each a Backup-AzKeyVault* blob of a few KB; size counted as 0)",
    source: "learn.microsoft.com/azure/key-vault/general/backup",
  },
  "backup.total.sum": {
    text: "total = Σ of the per-VM and per-resource values",
    source: "arithmetic",
  },
} as const satisfies Record<string, { text: string; source: string }>;

export type FormulaId = keyof typeof FORMULAS;

export const formulaList = (): FormulaDefinition[] => Object.entries(FORMULAS).map(([id, f]) => ({ id, text: f.text, source: f.source }));

/** Values are kept to 6 decimals so JSON stays readable and identical across runs; sums use unrounded inputs. */
export const q = (value: number, unit: Quantity["unit"], formula: FormulaId): Quantity => ({ value: round6(value), unit, formula });
export const round6 = (n: number): number => roundTo(n, 6);
