/**
 * The backup plan model: what `planBackup(tenant)` returns and `plan --json` prints under "backup".
 *
 * Conventions, for every reader (the plan documents, the Azure VM Backup simulator, the BC/DR planner):
 * - A number is a `Quantity` `{ value, unit, formula }`: `formula` is an id of src/backup/formulas.ts (and
 *   docs/formulas.md), so each figure can be traced to its formula and source. Objects that hold several
 *   numbers of one formula (a schedule, a restore estimate) carry one `formula` field instead.
 * - Sizes are GiB (2^30 bytes); rates are decimal MB/s and Mbit/s; times of day are minutes after 00:00 in
 *   `protection.timeZone` (0–1439) and may wrap past midnight (a 22:00 window of 8 h ends at 360).
 * - Arrays are in inventory order (subscriptions, resource groups, VMs as tenant.yaml lists them).
 */
import type { Finding } from "../base/findings.js";
import type { OsType } from "../inventory/schema.js";
import type { PathSegment } from "../base/path.js";
import type { LocalText } from "../base/text.js";
import type { Firmness } from "./catalogue.js";
import type { FormulaId, Quantity } from "./formulas.js";
import type { RestoreEstimate } from "./restore.js";

/** When and on which stream one backup run crosses the WAN link, inside a window of its tier. */
export interface RunSchedule {
  /** Start of the run, minutes after midnight (0–1439). */
  startMinuteOfDay: number;
  /** How long the run takes on the shared link, in minutes. */
  durationMinutes: number;
  /** Index (0-based) of the concurrent stream the run uses, < settings.concurrentStreams. */
  stream: number;
  /**
   * The run's slot, minutes after midnight; end may be ≥ 1440 when it crosses midnight. The slot lies inside
   * the tier's backup window (src/backup/schedule.ts, runSlots): it never extends past the window's end.
   */
  windowStartMinuteOfDay: number;
  windowEndMinuteOfDay: number;
  /** Does the run finish inside its slot, and so inside the tier's window? Read from the placed run. */
  withinWindow: boolean;
  formula: FormulaId;
}

export interface VmBackupPlan {
  /** "resourceGroup/vm". */
  qualifiedName: string;
  subscriptionId: string;
  path: PathSegment[];
  osType: OsType;
  /** Id of the catalogue method (src/backup/catalogue.ts), e.g. "mabs-mars", "veeam-agent-linux", "none". */
  method: string;
  methodName: string;
  methodNameLocal?: LocalText;
  /** Why this method was chosen, in one sentence. */
  reason: string;
  /** The reason's key and parameters for other languages (src/base/text.ts); its `en` is `reason`. */
  reasonLocal?: LocalText;
  /** The tier the VM is planned under, or null when it has none (then it is unprotected). */
  tier: string | null;
  /** Is the VM backed up at all (false for "none", "excluded", "kubernetes-rebuild")? */
  protected: boolean;
  /** Name of the MABS server that stages this VM, for method "mabs-mars". */
  backupServer?: string;
  usedGiB: Quantity;
  fullGiB: Quantity;
  dailyChangeGiB: Quantity;
  dailyIncrementalGiB: Quantity;
  /** Backups a day that reach the off-stack target: the product's limit, then what the tier's window holds. */
  runsPerDay: Quantity;
  /** Size of one run (dailyIncrementalGiB ÷ runsPerDay). */
  runGiB: Quantity;
  targetStorageGiB: Quantity;
  recoveryPoints: Quantity;
  /** MARS cache on the VM itself (method "mars"). */
  marsCacheGiB?: Quantity;
  /** The first daily run in the tier's window; null when the VM is not backed up. */
  schedule: RunSchedule | null;
  /** Every placed run of the day (runsPerDay of them), in run order; each inside a window of the VM's tier. */
  runs: RunSchedule[];
  /** Start minutes of every run of the day (the `startMinuteOfDay` of `runs`). */
  runStartsMinuteOfDay: number[];
  /**
   * Does a copy of this VM leave the stack? Protected, at least one run placed, a target off the stamp, a
   * method that writes to that target (MABS reaches it only through a vault) and runs on the VM's OS.
   */
  offStackCopy: boolean;
  /** Initial full over the WAN with the link to itself: the figure of `seeding.basis`. */
  seedingHours: Quantity;
  /** The initial full as it crosses the link, raw and reduced, and which of the two the plan uses. */
  seeding: SeedingFigures;
  /** This VM's initial full alone takes longer than offlineSeedingThresholdDays over the link: seed it offline. */
  offlineSeeding: boolean;
  /**
   * Longest interval between two consecutive completed off-stack copies over the day, from the placed runs'
   * end times (backup.rpo.achieved); null without an off-stack copy. worstCaseLossHours adds the longest run.
   */
  achievedRpoHours: Quantity | null;
  worstCaseLossHours: Quantity | null;
  tierRpoHours: number | null;
  tierRtoHours: number | null;
  restore: RestoreEstimate | null;
}

export type ResourceKindPlanned = "storage-account" | "key-vault" | "kubernetes-cluster" | "other-resource";

export interface ResourceBackupPlan {
  kind: ResourceKindPlanned;
  /** "resourceGroup/name". */
  qualifiedName: string;
  path: PathSegment[];
  method: string;
  reason: string;
  /** The reason's key and parameters for other languages (src/base/text.ts); its `en` is `reason`. */
  reasonLocal?: LocalText;
  protected: boolean;
  tier: string | null;
  fullGiB: Quantity;
  dailyIncrementalGiB: Quantity;
  /** Key vault items, persistent volumes: how many things are copied. */
  items: Quantity;
  schedule: RunSchedule | null;
}

export interface BackupServerPlan {
  /** Suggested VM name, e.g. "mabs-01". */
  name: string;
  subscriptionId: string;
  /** "resourceGroup/vnet" the server must share with its protected VMs. */
  network: string;
  vms: string[];
  usedGiB: Quantity;
  replicaGiB: Quantity;
  recoveryPointGiB: Quantity;
  storagePoolGiB: Quantity;
  storagePoolShortcutGiB: Quantity;
  dataDisks: Quantity;
  /** Smallest Azure Stack Hub size with enough data-disk slots, or null when the pool needs a second server. */
  vmSize: string | null;
  scratchGiB: Quantity;
  /** Days of backups on the server's own disks (≤ 5). */
  localRetentionDays: Quantity;
}

export interface WindowLoad {
  tier: string;
  /** Run number of the day (0 = first). */
  run: number;
  startMinuteOfDay: number;
  durationMinutes: number;
  jobs: number;
  runGiB: Quantity;
  /** Minutes the window's runs need with the whole link. */
  demandMinutes: Quantity;
  /** Minutes after the window start at which its last run ends in the schedule. */
  lastFinishMinutes: Quantity;
  /** Can the link carry the window's runs at all (demand ≤ duration)? */
  feasible: boolean;
  /** Did every run end inside the window in the schedule? */
  allWithinWindow: boolean;
}

export interface SeedingFigures {
  rawGiB: Quantity;
  reducedGiB: Quantity;
  rawHours: Quantity;
  reducedHours: Quantity;
  /**
   * Which figure the plan uses (seedingHours, offline seeding, the simulator's first run): "reduced" only when
   * the method's catalogue entry says the reduction happens before the link (reductionBeforeLink).
   */
  basis: "raw" | "reduced";
  /** The catalogue's source for the basis. */
  source: string;
}

export interface TransferPlan {
  wanBandwidthMbps: number;
  wanEfficiency: number;
  linkMBps: Quantity;
  concurrentStreams: number;
  dailyTransferGiB: Quantity;
  /** Σ of each item's seeding figure on its own basis: what the offline-seeding advice uses. */
  totalSeedingHours: Quantity;
  /** The same sum with every item raw, and with every item reduced, for comparison. */
  totalSeedingRawHours: Quantity;
  totalSeedingReducedHours: Quantity;
  /** "raw" or "reduced" when every protected item uses that basis, else "mixed". */
  seedingBasis: "raw" | "reduced" | "mixed";
  offlineSeedingRecommended: boolean;
  offlineSeedingThresholdDays: number;
  /** Minute of the day the schedule's timeline starts (the first window after the longest idle gap). */
  timelineStartMinuteOfDay: number;
  /** Total bytes of the day ÷ link capacity: the simplest bound, ignoring when windows open. */
  totalTransferMinutes: Quantity;
  /** The release-aware bound (≥ totalTransferMinutes): no schedule can finish the day's runs sooner. */
  lowerBoundMinutes: Quantity;
  makespanMinutes: Quantity;
  /** makespan ÷ lower bound (1 = optimal). */
  makespanRatio: number;
  windows: WindowLoad[];
}

export interface NetworkRequirement {
  name: string;
  direction: "Inbound" | "Outbound";
  access: "Allow";
  protocol: "Tcp" | "Udp" | "*";
  /** NSG-style prefixes: an address, a CIDR, "VirtualNetwork", "Internet", or a placeholder such as "<mabs-server-ip>". */
  sourceAddressPrefix: string;
  destinationAddressPrefix: string;
  /** Port or range as NSG rules write them ("443", "5718-5719"). */
  destinationPortRanges: string[];
  /** FQDNs behind an "Internet" destination, for proxies and firewalls that filter by name. */
  fqdns?: string[];
  /** Which VMs or servers the rule goes on: "protected VMs", "MABS server", ... */
  appliesTo: string;
  /** `appliesTo`'s key and parameters for other languages (src/base/text.ts). */
  appliesToLocal?: LocalText;
  /** Method ids whose plan creates this need. */
  methods: string[];
  purpose: string;
  /** The purpose's key and parameters for other languages (src/base/text.ts); its `en` is `purpose`. */
  purposeLocal?: LocalText;
  citation: string;
  firmness: Firmness;
}

export interface BackupTotals {
  virtualMachines: Quantity;
  /** VMs with a backup method (the copy may still stay on the stack). */
  protectedVirtualMachines: Quantity;
  /** VMs whose copy leaves the stack (offStackCopy): the "VMs backed up" headline. */
  backedUpVirtualMachines: Quantity;
  usedGiB: Quantity;
  fullGiB: Quantity;
  dailyIncrementalGiB: Quantity;
  targetStorageGiB: Quantity;
  backupServerStorageGiB: Quantity;
  resourceFullGiB: Quantity;
  resourceDailyIncrementalGiB: Quantity;
}

export interface MethodUse {
  method: string;
  name: string;
  nameLocal?: LocalText;
  virtualMachines: number;
  resources: number;
}

export interface StorageGrowthPoint {
  /** Days after the first full backup. */
  day: number;
  gib: Quantity;
}

export interface BackupPlan {
  productFamily: string;
  target: { kind: string; name: string; location: string };
  vms: VmBackupPlan[];
  resources: ResourceBackupPlan[];
  backupServers: BackupServerPlan[];
  methods: MethodUse[];
  transfer: TransferPlan;
  totals: BackupTotals;
  /** Storage at the target as recovery points accumulate, from the first full to the longest retention (backup.storage.growth). */
  storageGrowth: StorageGrowthPoint[];
  networkRules: NetworkRequirement[];
  /** What Azure VM Backup would need instead, for the contrast: the wire server only. */
  azureVmBackupNetworkRules: NetworkRequirement[];
  findings: Finding[];
}
