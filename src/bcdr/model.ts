/** The BC/DR plan model: what `planBcdr` returns and the printers and documents read. JSON-safe (no Infinity). */
import type { LocalText } from "../base/text.js";
import type { Finding } from "../base/findings.js";
import type { ServerSizeRow } from "./limits.js";
import type { Overlap } from "../base/cidr.js";

export const drMethods = ["application-replication", "asr-to-azure", "asr-stack-to-stack", "restore-and-redeploy", "none"] as const;
export type DrMethod = (typeof drMethods)[number];

export interface CompatibilityIssue {
  /** blocker: the method cannot protect the VM; warning: it can, with the caveat stated. */
  severity: "blocker" | "warning";
  code: string;
  message: string;
  /** The message's key and parameters for other languages (src/base/text.ts); its `en` is `message`. */
  messageLocal?: LocalText;
}

export interface MethodEvaluation {
  method: DrMethod;
  available: boolean;
  issues: CompatibilityIssue[];
  /** Hours from the decision to fail over until the VM runs at the DR site (its own work, not its dependencies). */
  estimatedRtoHours: number | null;
  /** The concrete technology (for application-level replication: AG, extra DC, DFS-R...). */
  technology?: string;
  technologyLocal?: LocalText;
}

export interface VmChurn {
  /** Used GiB of the replicated disks: what initial replication copies. */
  replicatedUsedGiB: number;
  provisionedGiB: number;
  disks: number;
  /** GiB changed per day on the replicated disks, growth factor included. */
  dailyChurnGiB: number;
  /** The day's change written within the busy window, MiB/s. */
  busyMiBps: number;
}

export interface VmDrPlan {
  vm: string;
  name: string;
  subscription: string;
  tier: string | null;
  requiresDr: boolean;
  rpoHours: number | null;
  rtoHours: number | null;
  method: DrMethod;
  technology: string;
  /** `technology` and `reason` as keys and parameters for other languages (src/base/text.ts). */
  technologyLocal?: LocalText;
  reason: string;
  reasonLocal?: LocalText;
  estimatedRtoHours: number | null;
  /** When the VM is usable: its own RTO, or later if a dependency is ready later (critical path). */
  readyAfterHours: number | null;
  /** The RPO the DR link gives this VM's method (replication); null otherwise (a restore's RPO is the backup plan's achievedRpoHours, read by the verdict). */
  achievableRpoHours: number | null;
  failoverGroup: number | null;
  /** VMs ("resourceGroup/vm") this one needs running first, as resolved from dependsOn: the failover graph's edges. */
  dependsOn?: string[];
  churn: VmChurn;
  evaluations: MethodEvaluation[];
}

export interface MethodBandwidth {
  method: DrMethod;
  vms: number;
  dailyChurnGiB: number;
  averageMbps: number;
  busyMbps: number;
  /** Strictest tier RPO among the method's VMs, and the effective link capacity it needs on its own. */
  strictestRpoHours: number | null;
  requiredMbpsForRpo: number | null;
  initialGiB: number;
}

export interface WhatIfRow {
  linkMbps: number;
  effectiveMbps: number;
  /** null: the link cannot carry the daily change, replication never catches up. */
  achievableRpoHours: number | null;
  initialReplicationHours: number | null;
  meetsAllRpos: boolean;
  current: boolean;
}

export interface BandwidthPlan {
  /** Link to the DR site in Mbit/s, where it comes from, and the usable share. */
  linkMbps: number | null;
  linkSource: "drSite" | "target" | "none";
  wanEfficiency: number;
  effectiveMbps: number | null;
  growthFactor: number;
  busyHoursPerDay: number;
  perMethod: MethodBandwidth[];
  total: MethodBandwidth & {
    achievableRpoHours: number | null;
    initialReplicationHours: number | null;
    initialReplicationGoalHours: number;
  };
  whatIf: WhatIfRow[];
}

export interface ProcessServerPlan {
  count: number;
  size: ServerSizeRow;
}

export interface AsrToAzureSizing {
  subscription: string;
  machines: number;
  dailyChurnGiB: number;
  configurationServer: ServerSizeRow;
  /** Scale-out process servers when one configuration server is not enough (> 200 machines or > 2 TB/day). */
  scaleOutProcessServers: ProcessServerPlan | null;
  notes: string[];
  notesLocal: LocalText[];
}

export interface StackToStackSizing {
  sourceStampVersion: string | null;
  targetStampVersion: string | null;
  minimumStampVersion: string;
  appliances: Array<{ subscription: string; vms: number; disks: number; appliances: number }>;
  /** VM names per re-protect batch, each batch at most 31 disks. */
  reprotectBatches: string[][];
  protectedProvisionedGiB: number;
  targetStorageGiB: { low: number; high: number };
  failoverQuota: { vCpus: number; memoryGiB: number; vms: number };
  providerFootprint: { vCores: number; memoryGiB: number; diskGiB: number };
  cacheWorstCaseGiB: number;
  notes: string[];
  notesLocal: LocalText[];
}

export interface ReplicaPlan {
  technology: string;
  technologyLocal?: LocalText;
  sources: string[];
  /** VMs to build and keep running at the DR site. */
  replicas: number;
  vCpus: number;
  memoryGiB: number;
}

export interface RunbookStep {
  text: string;
  /** `text` as a key and parameters for other languages (src/base/text.ts). */
  textLocal?: LocalText;
  /** A command to run, with <placeholders> for what the plan cannot know. */
  command?: string;
}

export interface RunbookGroup {
  group: number;
  title: string;
  titleLocal?: LocalText;
  vms: Array<{ vm: string; method: DrMethod }>;
  /** The group's VMs form (part of) a dependency cycle; their order is a guess. */
  cycle: boolean;
  steps: RunbookStep[];
  /** Hours after the decision when the whole group can be running. */
  readyAfterHours: number | null;
}

export interface FailbackPlan {
  method: DrMethod;
  vms: string[];
  steps: RunbookStep[];
  /** ASR to Azure: hours to download the VHDs over the DR link (whole provisioned disks). */
  transferGiB?: number;
  transferHours?: number | null;
}

export interface NetworkPlan {
  sourceNetworks: Array<{
    vnet: string;
    addressPrefixes: string[];
    subnets: Array<{ name: string; addressPrefix: string }>;
    dnsServers: string[];
  }>;
  drInUse: string[];
  overlaps: Overlap[];
  unparsed: string[];
  /** keep-addresses: recreate the same ranges at the DR site (no overlap); re-address: overlaps force new ranges. */
  strategy: "keep-addresses" | "re-address";
  /** A free private /24 for the always-on replicas (extra DC, AG replica), which must route to production. */
  replicaNetwork: string | null;
  staticAddresses: Array<{ vm: string; nic: string; subnet: string; address: string }>;
  publicEndpoints: Array<{ name: string; address: string | null; dnsLabel: string | null }>;
}

export interface Runbook {
  declare: RunbookStep[];
  network: RunbookStep[];
  groups: RunbookGroup[];
  dns: RunbookStep[];
  validate: RunbookStep[];
  testFailover: RunbookStep[];
  failback: FailbackPlan[];
}

export interface Gap {
  kind: "dr-site-none" | "uncovered-vm" | "rto-unmet" | "rpo-unmet" | "dependency-cycle";
  tier: string | null;
  vms: string[];
  message: string;
  messageLocal?: LocalText;
}

export interface BcdrPlan {
  drSite: { kind: "azure-region" | "second-stamp" | "none"; name: string | null };
  vms: VmDrPlan[];
  methodCounts: Record<DrMethod, number>;
  bandwidth: BandwidthPlan;
  components: {
    asrToAzure: AsrToAzureSizing[];
    /** Facts that hold for every configuration server (ports, network path, agent, cost). */
    asrToAzureNotes: string[];
    asrToAzureNotesLocal: LocalText[];
    stackToStack: StackToStackSizing | null;
    replicas: ReplicaPlan[];
  };
  network: NetworkPlan;
  runbook: Runbook;
  /** Checks the model cannot make (BitLocker, Storage Spaces, kernels): left to the operator. */
  manualChecks: string[];
  /** `manualChecks` as keys and parameters for other languages (src/base/text.ts). */
  manualChecksLocal?: LocalText[];
  gaps: Gap[];
  findings: Finding[];
}
