/**
 * The operational layer's model: what `planOperations` returns and the plan folder's deploy/ holds. Every
 * generated file is text (ARM JSON, PowerShell, bash, CSV, iCalendar); the runbook steps point at them by
 * path relative to deploy/. No value of a secret is ever part of this model: passphrases and keys appear
 * only as escrow steps (where kept, who holds them, how tested).
 */
import type { LocalText } from "../base/text.js";

export type DeployFileKind = "arm-public" | "arm-hybrid" | "powershell" | "bash" | "csv" | "icalendar" | "checklist";

export interface DeployFile {
  /** Relative to deploy/, e.g. "target/recovery-services-vault.json". */
  path: string;
  kind: DeployFileKind;
  content: string;
}

/** A product the plan deploys: each gets its documentation, an escrow item and a daily check. */
export type Product = "mabs" | "mars" | "veeam" | "velero";

export interface ProtectionGroupPlan {
  /** Product that runs the group: MABS protection group, MARS policy, Veeam agent job. */
  product: "mabs" | "mars" | "veeam";
  /** Backup server (MABS or Veeam) or "" for MARS direct. */
  server: string;
  tier: string;
  name: string;
  /** VM computer names, in inventory order. */
  members: string[];
  /** Days of recovery points on the server's disks (MABS short-term) or in the repository (Veeam). */
  shortTermRetentionDays: number;
  /** Online (off-stack) retention, as the tier asks it. */
  online: { daily: number; weekly: number; monthly: number; yearly: number };
  /** Start times of the day's off-stack runs, "HH:MM" in protection.timeZone, from the plan's placed runs. */
  times: string[];
  /** MABS: synchronisation frequency (minutes) of the short-term disk copy. */
  syncFrequencyMinutes: number;
  /** "now", "later" (at the planned seeding time), or "manual" (offline seeding). */
  replicaCreation: "now" | "later" | "manual";
  /** For "later": first day at the window's start, as the seeding plan places it. */
  replicaCreationTime: string;
}

export interface MonitoringThreshold {
  product: Product;
  /** Computer name (VM) or Kubernetes cluster. */
  item: string;
  tier: string;
  /** Newest off-stack recovery point older than this: alert. Equals the tier's RPO. */
  maxAgeHours: number;
  file: string;
}

export type RestoreTestKind = "file-level" | "full-vm" | "application" | "dr-drill";

export interface RestoreTest {
  tier: string;
  kind: RestoreTestKind;
  /** Every how many months the test repeats (iCalendar RRULE FREQ=MONTHLY;INTERVAL=n). */
  intervalMonths: number;
  /** The VM the first test uses (the tier's first protected VM, in inventory order). */
  sampleVm: string;
  /** iCalendar floating date-time of the first occurrence, "YYYYMMDDTHHMMSS". */
  firstStart: string;
  durationHours: number;
  uid: string;
  procedure: LocalText;
}

export interface EscrowItem {
  product: Product;
  /** What must be kept: the MARS/MABS encryption passphrase, the Veeam encryption password, the Velero repository key. */
  secret: LocalText;
  /** Where the product asks for it, so the holder knows when it is needed. */
  usedFor: LocalText;
  source: string;
}

export interface RunbookStep {
  id: string;
  day: 0 | 1 | 2;
  title: LocalText;
  /** Path relative to deploy/ of the generated file the step uses. */
  file: string;
  verify: LocalText;
  /** Documentation the step's commands come from. */
  source: string;
  /** True for the checks that must be confirmed before the plan is "ready" (escrow). */
  blocksReady: boolean;
}

export interface CostLine {
  item: "target-storage" | "protected-instances" | "backup-servers" | "server-disks" | "wan-egress";
  /** Tier the line belongs to, or null for shared items (backup servers). */
  tier: string | null;
  quantity: number;
  unit: string;
  unitPrice: number;
  monthly: number;
  priceId: string;
}

export interface CostPlan {
  currency: string;
  /** Prices as used, each with its source and date. */
  prices: Array<{ id: string; price: number; unit: string; source: string; date: string }>;
  lines: CostLine[];
  perTier: Array<{ tier: string; monthly: number }>;
  sharedMonthly: number;
  totalMonthly: number;
  /** Months after the first full at which storage is taken (the growth curve's last point). */
  storageAtDay: number;
  /** Whether the prices came from the user (`plan --prices`) or the bundled defaults. */
  pricesFrom: "default" | "file";
}

export interface OperationsPlan {
  products: Product[];
  files: DeployFile[];
  protectionGroups: ProtectionGroupPlan[];
  restoreTests: RestoreTest[];
  monitoring: MonitoringThreshold[];
  escrow: EscrowItem[];
  /** What to set by hand on the target, in order: deploy/target/checklist.md (written by the report, Markdown-escaped). */
  targetChecklist: LocalText[];
  steps: RunbookStep[];
  /** Steps of the DR runbook: rebuilding the backup infrastructure at the DR site. */
  drRebuild: RunbookStep[];
  cost: CostPlan;
  /** The backup servers on the stack as the templates place them (MABS from the backup plan, the Veeam server sized here). */
  servers: ServerPlacement[];
}

/** A backup server as its template places it. */
export interface ServerPlacement {
  product: "mabs" | "veeam";
  name: string;
  vmSize: string;
  vCpus: number;
  memoryGiB: number;
  /** "resourceGroup/vnet/subnet" of the NIC. */
  subnet: string;
  dataDisks: number;
  dataDiskGiB: number;
  /** Protected VMs the server serves. */
  sources: string[];
  file: string;
}
