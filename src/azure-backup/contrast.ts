/**
 * The contrast between what Azure VM Backup (and Azure Backup for AKS) would do for the tenant in
 * public Azure and what the agent-based plan does on the stack: per VM and for the tenant.
 *
 * The support Q&A cases (forced tunnelling, UDRs, private endpoints, a reboot after the snapshot
 * phase, traffic on the VM, NSGs, the guest firewall) are data: `QA_CASES`, each with a condition
 * evaluated on the VM's network, the Azure answer with its source and the stack answer.
 */
import { roundTo } from "../base/units.js";
import { findMethod } from "../backup/catalogue.js";
import type { BackupPlan, NetworkRequirement, VmBackupPlan } from "../backup/types.js";
import type { ResourceGroup, RouteTable, Tenant } from "../inventory/schema.js";
import { sameName, type VmRef } from "../inventory/walk.js";
import { assessAksClusters, type AksClusterAssessment } from "./aks-model.js";
import type { SourceKey } from "./sources.js";
import { planVelero, type VeleroPlan } from "./velero.js";
import { azureVmViews, type AzureVmIssue } from "./vm-inventory.js";
import { snapshotConsistency, type Consistency } from "./vm-model.js";
import { t as lt, type LocalText } from "../base/text.js";

/** A case's question and Azure answer as keys (src/base/messages): `contrast.case.<id>.question` and `.azure`. */
const caseText = (id: QaCase["id"], part: "question" | "azure"): LocalText => lt(`contrast.case.${id}.${part}` as "contrast.case.nsg.question");

/** The wire server and its two ports: the whole network need of Azure VM Backup [jp-nw, wireserver]. */
export const WIRESERVER = { address: "168.63.129.16", ports: [80, 32526] } as const;

// ---------------------------------------------------------------------------------------------
// The VM's network, as the Q&A conditions see it

export interface VmNetwork {
  subnets: string[];
  /** NSGs on the VM's NICs and subnets. */
  nsgs: string[];
  routeTables: string[];
  /** Routes of 0.0.0.0/0 to a gateway or appliance: forced tunnelling. */
  forcedTunnelRoutes: Array<{ routeTable: string; route: string; nextHop: string }>;
}

function findGroup(tenant: Tenant, subscriptionId: string, name: string): ResourceGroup | undefined {
  // The same first match as a scan of resourceGroups(tenant), without listing every group of the tenant per NIC
  // (that made the contrast quadratic: every NIC of every VM listed every group).
  for (const subscription of tenant.subscriptions) {
    if (subscription.id !== subscriptionId) continue;
    const group = subscription.resourceGroups.find((g) => sameName(g.name, name));
    if (group) return group;
  }
  return undefined;
}

/** Resolves a NIC's "vnet/subnet" or "rg/vnet/subnet" and collects NSGs and route tables. */
export function vmNetwork(tenant: Tenant, ref: VmRef): VmNetwork {
  const out: VmNetwork = { subnets: [], nsgs: [], routeTables: [], forcedTunnelRoutes: [] };
  const addUnique = (list: string[], v: string) => {
    if (!list.includes(v)) list.push(v);
  };
  for (const nic of ref.vm.nics) {
    if (nic.networkSecurityGroup) addUnique(out.nsgs, nic.networkSecurityGroup);
    const parts = nic.subnet.split("/");
    const [rgName, vnetName, subnetName] = parts.length === 3 ? parts : [ref.resourceGroup.name, parts[0], parts[1]];
    const group = rgName ? findGroup(tenant, ref.subscription.id, rgName) : undefined;
    const vnet = group?.virtualNetworks.find((v) => sameName(v.name, vnetName ?? ""));
    const subnet = vnet?.subnets.find((s) => sameName(s.name, subnetName ?? ""));
    addUnique(out.subnets, nic.subnet);
    if (!subnet || !group) continue;
    if (subnet.networkSecurityGroup) addUnique(out.nsgs, subnet.networkSecurityGroup);
    if (subnet.routeTable) {
      addUnique(out.routeTables, subnet.routeTable);
      const table: RouteTable | undefined = group.routeTables.find((t) => sameName(t.name, subnet.routeTable!));
      for (const route of table?.routes ?? []) {
        if (route.addressPrefix === "0.0.0.0/0" && (route.nextHopType === "VirtualNetworkGateway" || route.nextHopType === "VirtualAppliance")) {
          out.forcedTunnelRoutes.push({ routeTable: table!.name, route: route.name, nextHop: route.nextHopIpAddress ?? route.nextHopType });
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Q&A cases as data

export type CaseCondition = "always" | "forced-tunnelling" | "route-table" | "nsg" | "target-private-endpoint-possible";

export interface QaCase {
  id: "forced-tunnelling" | "udr" | "private-endpoint" | "reboot-after-snapshot" | "traffic-on-vm" | "nsg" | "guest-firewall";
  question: string;
  when: CaseCondition;
  azure: string;
  azureSource: SourceKey;
  /** The stack answer; `{...}` placeholders are filled from the VM's plan and network. */
  stack: string;
  stackSource: SourceKey;
}

export const QA_CASES: readonly QaCase[] = [
  {
    id: "forced-tunnelling",
    question: "The subnet sends 0.0.0.0/0 to a gateway or appliance (forced tunnelling). Does backup still work?",
    when: "forced-tunnelling",
    azure:
      "Yes. The VM agent's traffic to 168.63.129.16 is routed inside Azure and is not pulled on-premises by a 0.0.0.0/0 route (longest-prefix match); the backup data never enters the virtual network.",
    azureSource: "jp-nw",
    stack:
      "The agent's traffic to {target} follows {routes} unless a more specific route covers the target: that hop must allow and carry the full copy once and about {dailyGiB} GiB a day.",
    stackSource: "udr",
  },
  {
    id: "udr",
    question: "User-defined routes are on the subnet. Do they change the backup path?",
    when: "route-table",
    azure: "No. A UDR cannot reroute traffic to 168.63.129.16, and transfer to the vault runs on the Azure backbone, not through the virtual network.",
    azureSource: "jp-nw",
    stack:
      "Yes. Backup traffic to {target} is routed by {routeTables} like any other traffic: check that the route to the target does not hairpin through an appliance that cannot carry it.",
    stackSource: "udr",
  },
  {
    id: "private-endpoint",
    question: "The vault (or target) has a private endpoint. What changes?",
    when: "always",
    azure:
      "Nothing for Azure VM backup: it needs no private endpoint and no internet or FQDN allow-list; the vault's private endpoint matters only for agents such as MARS.",
    azureSource: "jp-nw",
    stack:
      "The agent reaches {target} over the WAN: with a private endpoint on the target, its private address must be routed to and its name resolved from the stack (VPN and DNS forwarding).",
    stackSource: "backup-plan",
  },
  {
    id: "reboot-after-snapshot",
    question: "Can the VM be rebooted or resized while the backup is still running?",
    when: "always",
    azure:
      "Yes, once Take Snapshot has completed: only that phase touches the VM; the transfer continues and instant restore is already possible. A power-state change during the snapshot may fail the job.",
    azureSource: "jp-nw",
    stack:
      "Not without losing the run: the agent reads the disks from inside the guest for the whole run (about {runMinutes} min in the plan); a reboot fails the job until the next window.",
    stackSource: "assumption",
  },
  {
    id: "traffic-on-vm",
    question: "How much backup traffic crosses the VM's network interface?",
    when: "always",
    azure:
      "None: the data goes from the host-side snapshot to the vault on the Azure backbone, not through the VM's NIC. The snapshot phase takes a few minutes with minimal interference.",
    azureSource: "jp-nw",
    stack: "{path}: about {dailyGiB} GiB a day after data reduction, and the full {fullGiB} GiB once (initial seeding).",
    stackSource: "backup-plan",
  },
  {
    id: "nsg",
    question: "NSGs guard the VM. What must they allow?",
    when: "nsg",
    azure: "Nothing: traffic to 168.63.129.16 on TCP 80 and 32526 is not subject to NSGs.",
    azureSource: "jp-nw",
    stack: "{nsgs} must allow the plan's rules for this VM: {rules}.",
    stackSource: "backup-plan",
  },
  {
    id: "guest-firewall",
    question: "What about the firewall inside the guest?",
    when: "always",
    azure: "It is the one thing that can block Azure VM Backup: the guest must reach 168.63.129.16 on TCP 80 and 32526.",
    azureSource: "jp-nw",
    stack: "The guest firewall must allow the agent's ports: {rules}.",
    stackSource: "backup-plan",
  },
];

export function caseApplies(when: CaseCondition, net: VmNetwork): boolean {
  switch (when) {
    case "always":
    case "target-private-endpoint-possible":
      return true;
    case "forced-tunnelling":
      return net.forcedTunnelRoutes.length > 0;
    case "route-table":
      return net.routeTables.length > 0;
    case "nsg":
      return net.nsgs.length > 0;
  }
}

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

// ---------------------------------------------------------------------------------------------
// The contrast model

export interface Side<T> {
  azure: T;
  stack: T;
}

export interface VmContrast {
  vm: string;
  tier: string;
  azurePolicy: string;
  azurePolicyLocal?: LocalText;
  stackMethod: string;
  stackMethodLocal?: LocalText;
  dataPath: Side<string>;
  networkRules: Side<string[]>;
  loadOnVm: Side<string>;
  /** GiB a day the VM's NIC carries for backup. */
  nicGiBPerDay: Side<number>;
  consistency: Side<string> & { stackLocal?: LocalText };
  /** Interval between restorable points (Azure: snapshot tier; stack: off-stack copy). */
  rpoHours: Side<number | null>;
  /** Azure: the vault tier's interval. */
  azureVaultRpoHours: number;
  rtoHours: Side<number | null>;
  restorableAfter: Side<string>;
  copies: Side<string>;
  protection: Side<string>;
  cases: Array<{ id: QaCase["id"]; question: string; azure: string; stack: string; sources: { azure: SourceKey; stack: SourceKey } }>;
  azureIssues: AzureVmIssue[];
}

export interface ContrastRow {
  aspect: string;
  /** `aspect`, `azure` and `stack` as keys and parameters for other languages (src/base/text.ts). */
  aspectLocal?: LocalText;
  azure: string;
  azureLocal?: LocalText;
  stack: string;
  stackLocal?: LocalText;
  sources: SourceKey[];
}

export interface ContrastPlan {
  tenant: ContrastRow[];
  /** How many VMs each Q&A case applies to. */
  cases: Array<{
    id: QaCase["id"];
    question: string;
    questionLocal?: LocalText;
    vms: number;
    azure: string;
    azureLocal?: LocalText;
    azureSource: SourceKey;
  }>;
  vms: VmContrast[];
  networkRules: { azure: NetworkRequirement[]; stack: NetworkRequirement[] };
  kubernetes: { aks: AksClusterAssessment[]; velero: VeleroPlan };
}

const round1 = (x: number): number => roundTo(x, 1);

function stackProtection(tenant: Tenant): LocalText {
  const t = tenant.protection.target;
  const immut = t.immutable ? lt("contrast.immutable.on") : lt("contrast.immutable.off");
  switch (t.kind) {
    case "azure-recovery-services-vault":
      return lt("contrast.protection.vault", { name: t.name, location: t.location, immut });
    case "second-stamp":
      return lt("contrast.protection.second-stamp", { name: t.name, immut });
    case "s3-compatible":
      return lt("contrast.protection.s3", { name: t.name, immut });
    case "smb-share":
    case "nfs-share":
      return lt("contrast.protection.share", { name: t.name, immut });
  }
}

function vmContrast(tenant: Tenant, view: ReturnType<typeof azureVmViews>[number], vmPlan: VmBackupPlan | undefined, plan: BackupPlan): VmContrast {
  const { ref, spec, tier } = view;
  const net = vmNetwork(tenant, ref);
  const target = tenant.protection.target;
  const protectedOnStack = vmPlan?.protected === true;
  const method = vmPlan ? findMethod(vmPlan.method) : undefined;
  const rules = protectedOnStack ? plan.networkRules.filter((r) => r.methods.includes(vmPlan.method)) : [];
  const ruleText =
    rules.length > 0
      ? rules
          .map(
            (r) =>
              `${r.name} (${r.protocol} ${r.destinationPortRanges.join(",")} ${r.direction === "Inbound" ? "from" : "to"} ${r.direction === "Inbound" ? r.sourceAddressPrefix : r.destinationAddressPrefix})`,
          )
          .join("; ")
      : "none in the plan";
  const dailyGiB = protectedOnStack ? vmPlan.dailyIncrementalGiB.value : 0;
  const viaServer = vmPlan?.backupServer;
  const path = !protectedOnStack
    ? "not backed up on the stack"
    : viaServer
      ? `the VM's NIC to backup server ${viaServer} on the stack, then the server's link to ${target.name}`
      : `the VM's NIC over the WAN to ${target.name} (${target.location})`;
  const values = {
    target: `${target.name} (${target.location})`,
    routes: net.forcedTunnelRoutes.map((r) => `${r.routeTable}/${r.route} via ${r.nextHop}`).join(", "),
    routeTables: net.routeTables.join(", "),
    nsgs: net.nsgs.join(", "),
    rules: ruleText,
    dailyGiB: String(round1(dailyGiB)),
    fullGiB: String(round1(vmPlan?.fullGiB.value ?? 0)),
    runMinutes: String(Math.round(vmPlan?.schedule?.durationMinutes ?? 0)),
    path: path.charAt(0).toUpperCase() + path.slice(1),
  };
  const expected: Consistency = snapshotConsistency({
    powerState: spec.powerState,
    osType: spec.osType,
    vssWritersSucceeded: true,
    linuxScripts: spec.linuxScripts,
  }).consistency;
  const roles = ref.vm.roles ?? [];
  const appAware = method ? roles.filter((r) => method.appAware.includes(r)) : [];
  const stackConsistency = !protectedOnStack
    ? lt("contrast.consistency.none")
    : appAware.length > 0
      ? lt("contrast.consistency.appAware", {
          roles: appAware.join(", "),
          method: lt(`backup.methodName.${method!.id}` as "backup.methodName.none"),
        })
      : lt("contrast.consistency.agent", {
          method: method ? lt(`backup.methodName.${method.id}` as "backup.methodName.none") : vmPlan!.method,
        });
  const policy = lt("contrast.azurePolicy", {
    kind: spec.policy.kind,
    interval: spec.policy.intervalHours,
    reason: spec.policy.reasonLocal ?? lt("common.verbatim", { text: spec.policy.reason }),
  });
  const snapshotDays = spec.policy.snapshotRetentionDays;
  return {
    vm: ref.qualifiedName,
    tier: tier.name,
    azurePolicy: policy.en,
    azurePolicyLocal: policy,
    stackMethod: vmPlan ? vmPlan.methodName : "not in the backup plan",
    stackMethodLocal: vmPlan?.methodNameLocal ?? lt("contrast.notInBackupPlan"),
    dataPath: {
      azure: "host-side snapshot, then the Azure backbone to the Recovery Services vault in the same region; not through the VM's NIC",
      stack: path,
    },
    networkRules: {
      azure: [
        `outbound TCP ${WIRESERVER.ports.join(" and ")} to ${WIRESERVER.address} (not subject to NSGs, forced tunnelling or UDRs; the guest firewall must allow it)`,
      ],
      stack: rules.map((r) => r.name),
    },
    loadOnVm: {
      azure:
        spec.powerState === "running"
          ? "the backup extension's snapshot phase only (a few minutes; VSS or fs-freeze)"
          : "none: the VM is not running, the snapshot is taken from the host",
      stack: protectedOnStack ? `the agent reads and sends data for the whole run (about ${values.runMinutes} min a day in the plan)` : "none",
    },
    nicGiBPerDay: { azure: 0, stack: round1(dailyGiB) },
    consistency: {
      azure: `${expected} (expected; a failed VSS writer or script gives file-system consistent)`,
      stack: stackConsistency.en,
      stackLocal: stackConsistency,
    },
    rpoHours: { azure: spec.policy.rpoHours, stack: vmPlan?.achievedRpoHours?.value ?? null },
    azureVaultRpoHours: spec.policy.kind === "standard-weekly" ? spec.policy.intervalHours : 24,
    rtoHours: { azure: null, stack: vmPlan?.restore ? round1(vmPlan.restore.totalHours) : null },
    restorableAfter: {
      azure: "the snapshot phase: instant restore from the snapshot as soon as it completes, before any data reaches the vault",
      stack: protectedOnStack
        ? `the run's transfer to ${target.name} completes (about ${values.runMinutes} min after it starts; the first full takes ${round1(vmPlan.seedingHours.value)} h with the link to itself)`
        : "never: not backed up",
    },
    copies: {
      azure: `instant-restore snapshots in a restore point collection (resource group AzureBackupRG_<geo>_<n>) for ${snapshotDays} days, and the vault copy in a Microsoft-managed Recovery Services vault in the same region`,
      stack: protectedOnStack
        ? `${target.name} (${target.kind}, ${target.location})${viaServer ? `, plus up to 5 days on ${viaServer}'s disks on the stack (lost with the stack)` : ""}`
        : "none",
    },
    protection: {
      azure:
        "vault: soft delete, multi-user authorisation, immutable vault, encryption at rest; instant-restore snapshots cannot be deleted while their vault point exists",
      stack: protectedOnStack ? stackProtection(tenant).en : "none",
    },
    cases: QA_CASES.filter((c) => caseApplies(c.when, net)).map((c) => ({
      id: c.id,
      question: c.question,
      azure: c.azure,
      stack: protectedOnStack ? fill(c.stack, values) : "the VM is not backed up on the stack",
      sources: { azure: c.azureSource, stack: c.stackSource },
    })),
    azureIssues: view.issues,
  };
}

/** The contrast of the whole tenant: pure, from the tenant and its agent-based backup plan. */
export function planContrast(tenant: Tenant, backupPlan: BackupPlan): ContrastPlan {
  const views = azureVmViews(tenant);
  const byName = new Map(backupPlan.vms.map((v) => [v.qualifiedName, v]));
  const vms = views.map((view) => vmContrast(tenant, view, byName.get(view.ref.qualifiedName), backupPlan));
  const cases = QA_CASES.map((c) => ({
    id: c.id,
    question: c.question,
    questionLocal: caseText(c.id, "question"),
    vms: vms.filter((v) => v.cases.some((x) => x.id === c.id)).length,
    azure: c.azure,
    azureLocal: caseText(c.id, "azure"),
    azureSource: c.azureSource,
  }));
  const dailyStack = round1(vms.reduce((s, v) => s + v.nicGiBPerDay.stack, 0));
  const servers = backupPlan.backupServers.map((s) => s.name);
  const agents = backupPlan.vms.filter((v) => v.protected && findMethod(v.method)?.kind === "vm").length;
  const target = tenant.protection.target;
  const row = (id: string, stack: LocalText, sources: SourceKey[]): ContrastRow => {
    const aspect = lt(`contrast.row.${id}.aspect` as "contrast.row.rpo.aspect");
    const azure = lt(`contrast.row.${id}.azure` as "contrast.row.rpo.azure");
    return { aspect: aspect.en, aspectLocal: aspect, azure: azure.en, azureLocal: azure, stack: stack.en, stackLocal: stack, sources };
  };
  const rows: ContrastRow[] = [
    row(
      "path",
      servers.length > 0
        ? lt("contrast.row.path.stack.servers", {
            mbps: target.wanBandwidthMbps,
            target: target.name,
            location: target.location,
            daily: dailyStack,
            servers: servers.join(", "),
          })
        : lt("contrast.row.path.stack", {
            mbps: target.wanBandwidthMbps,
            target: target.name,
            location: target.location,
            daily: dailyStack,
          }),
      ["jp-nw", "backup-plan"],
    ),
    row(
      "rules",
      lt("contrast.row.rules.stack", {
        count: backupPlan.networkRules.length,
        rules: backupPlan.networkRules.map((r) => r.name).join(", ") || "none",
      }),
      ["jp-nw", "wireserver", "backup-plan"],
    ),
    row("load", lt("contrast.row.load.stack"), ["vm-faq", "jp-nw", "backup-plan"]),
    row("consistency", lt("contrast.row.consistency.stack"), ["intro-2019", "matrix-iaas", "backup-plan"]),
    row("rpo", lt("contrast.row.rpo.stack"), ["matrix-iaas", "enhanced", "backup-plan"]),
    row("restore", lt("contrast.row.restore.stack"), ["instant", "backup-plan"]),
    row("copies", stackProtection(tenant), ["instant", "enhanced", "rsv-security"]),
    row(
      "operates",
      servers.length > 0
        ? lt("contrast.row.operates.stack.servers", { agents, servers: servers.length, target: target.name })
        : lt("contrast.row.operates.stack", { agents, target: target.name }),
      ["process-inc", "ash-protect", "backup-plan"],
    ),
  ];
  return {
    tenant: rows,
    cases,
    vms,
    networkRules: { azure: backupPlan.azureVmBackupNetworkRules, stack: backupPlan.networkRules },
    kubernetes: { aks: assessAksClusters(tenant), velero: planVelero(tenant) },
  };
}
