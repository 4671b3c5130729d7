/**
 * The failover runbook: numbered steps an operator can follow at 3 a.m. Commands use only documented
 * cmdlets and statements (Az.RecoveryServices, ActiveDirectory, DnsServer, DFSN, StorageReplica, Exchange,
 * T-SQL) with <placeholders> for what the inventory cannot know. Names from the inventory are quoted for
 * PowerShell (single quotes, doubled inside); the text is printed, never executed by this tool.
 */
import { roundTo } from "../base/units.js";
import type { Tenant } from "../inventory/schema.js";
import type { DependencyOrder } from "./graph.js";
import { ASR_STACK_TO_STACK } from "./limits.js";
import { joinTexts, t, verbatim, type LocalText } from "../base/text.js";

/** Names as a list: ", " in English, "、" in Japanese. */
const nameList = (names: string[]): LocalText => joinTexts(names.map(verbatim));

const titleOf = (title: LocalText) => ({ title: title.en, titleLocal: title });
import type { DrMethod, FailbackPlan, NetworkPlan, Runbook, RunbookGroup, RunbookStep, VmDrPlan } from "./model.js";

/** A PowerShell single-quoted string literal. */
export const psQuote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const step = (text: LocalText, command?: string): RunbookStep =>
  command === undefined ? { text: text.en, textLocal: text } : { text: text.en, textLocal: text, command };

export interface RunbookInput {
  tenant: Tenant;
  vms: VmDrPlan[];
  order: DependencyOrder;
  network: NetworkPlan;
  reprotectBatches: string[][];
  failbackTransfer: { gib: number; hours: number | null } | null;
}

export function buildRunbook(input: RunbookInput): Runbook {
  const { tenant, vms, order, network } = input;
  const byId = new Map(vms.map((v) => [v.vm, v]));
  const cyclic = new Set(order.cycles.flat());
  const groups: RunbookGroup[] = order.groups
    .map((g) => {
      const members = g.nodes.map((id) => byId.get(id)!).filter((v) => v.method !== "none");
      const ready = members.map((m) => m.readyAfterHours).filter((h): h is number => h !== null);
      const cycle = members.some((m) => cyclic.has(m.name) || cyclic.has(m.vm));
      return {
        group: g.group,
        ...titleOf(
          g.identity
            ? t("bcdr.runbook.title.identity")
            : g.depth === 0
              ? cycle
                ? t("bcdr.runbook.title.cycle")
                : t("bcdr.runbook.title.none")
              : t("bcdr.runbook.title.depth", { depth: g.depth }),
        ),
        vms: members.map((m) => ({ vm: m.vm, method: m.method })),
        cycle,
        steps: groupSteps(members),
        readyAfterHours: ready.length > 0 ? Math.max(...ready) : null,
      };
    })
    .filter((g) => g.vms.length > 0);
  groups.forEach((g, i) => (g.group = i + 1));

  const site = tenant.protection.drSite;
  const armHost = hostOf(tenant.stamp.armEndpoint);
  const declare = [
    step(t("bcdr.runbook.declare.confirm", { stamp: tenant.stamp.name }), `Test-NetConnection ${psQuote(armHost)} -Port 443`),
    step(t("bcdr.runbook.declare.t0")),
    step(t("bcdr.runbook.declare.freeze")),
    step(t("bcdr.runbook.declare.splitBrain")),
  ];

  const restoring = vms.filter((v) => v.method === "restore-and-redeploy");
  if (restoring.length > 0) {
    declare.push(step(t("bcdr.runbook.declare.restores", { vms: nameList(restoring.map((v) => v.name)) })));
  }
  const networkSteps: RunbookStep[] = [];
  const ranges = network.sourceNetworks.map((n) => `${n.vnet} (${n.addressPrefixes.join(", ")})`).join("; ");
  if (network.strategy === "keep-addresses") {
    networkSteps.push(
      step(ranges ? t("bcdr.runbook.network.create", { site: site?.name ?? "", ranges }) : t("bcdr.runbook.network.createNone", { site: site?.name ?? "" })),
    );
  } else {
    networkSteps.push(step(t("bcdr.runbook.network.readdress", { overlaps: network.overlaps.map((o) => `${o.a} ↔ ${o.b}`).join(", ") })));
  }
  if (vms.some((v) => v.method === "asr-to-azure")) {
    networkSteps.push(step(t("bcdr.runbook.network.asrMapping")));
  }
  if (network.replicaNetwork) {
    networkSteps.push(step(t("bcdr.runbook.network.replica", { network: network.replicaNetwork })));
  }
  const drDcs = vms.filter((v) => v.method === "application-replication" && v.technology.includes("domain controller"));
  if (drDcs.length > 0) {
    networkSteps.push(
      step(
        t("bcdr.runbook.network.dnsServers"),
        `Set-AzVirtualNetwork -VirtualNetwork (Get-AzVirtualNetwork -Name '<dr-vnet>' -ResourceGroupName '<dr-rg>' | ForEach-Object { $_.DhcpOptions.DnsServers = @('<dr-dc-ip>'); $_ })`,
      ),
    );
  }

  const dns: RunbookStep[] = [step(t("bcdr.runbook.dns.ttl"))];
  for (const endpoint of network.publicEndpoints) {
    const name = endpoint.dnsLabel
      ? t("bcdr.runbook.dns.label", { label: endpoint.dnsLabel })
      : t("bcdr.runbook.dns.records", { target: endpoint.address ?? endpoint.name });
    dns.push(
      step(
        endpoint.address
          ? t("bcdr.runbook.dns.pointNow", { name, endpoint: endpoint.name, address: endpoint.address })
          : t("bcdr.runbook.dns.point", { name, endpoint: endpoint.name }),
      ),
    );
  }
  if (network.strategy === "re-address") {
    for (const s of network.staticAddresses) {
      dns.push(
        step(
          t("bcdr.runbook.dns.aRecord", { vm: s.vm, address: s.address }),
          `Remove-DnsServerResourceRecord -ZoneName '<zone>' -RRType A -Name ${psQuote(s.vm.split("/")[1]!)} -RecordData ${psQuote(s.address)} -Force; Add-DnsServerResourceRecordA -ZoneName '<zone>' -Name ${psQuote(s.vm.split("/")[1]!)} -IPv4Address '<new-ip>'`,
        ),
      );
    }
  } else {
    dns.push(step(t("bcdr.runbook.dns.keep")));
  }
  dns.push(step(t("bcdr.runbook.dns.check"), "Resolve-DnsName '<app-name>' -Server '<dr-dc-ip>'"));

  const validate = [step(t("bcdr.runbook.validate.times")), step(t("bcdr.runbook.validate.smoke")), step(t("bcdr.runbook.validate.protect"))];

  const testFailover = [step(t("bcdr.runbook.test.network")), step(t("bcdr.runbook.test.dc"))];
  if (vms.some((v) => v.method === "asr-to-azure")) {
    testFailover.push(
      step(
        t("bcdr.runbook.test.asr"),
        `$rpi = Get-AzRecoveryServicesAsrReplicationProtectedItem -FriendlyName '<vm>' -ProtectionContainer $container; Start-AzRecoveryServicesAsrTestFailoverJob -ReplicationProtectedItem $rpi -Direction PrimaryToRecovery -AzureVMNetworkId '<isolated-vnet-id>'`,
      ),
      step(t("bcdr.runbook.test.asrCleanup"), "Start-AzRecoveryServicesAsrTestFailoverCleanupJob -ReplicationProtectedItem $rpi -Comment '<result>'"),
    );
  }
  if (vms.some((v) => v.method === "asr-stack-to-stack")) {
    testFailover.push(step(t("bcdr.runbook.test.s2s")));
  }
  if (vms.some((v) => v.method === "restore-and-redeploy")) {
    testFailover.push(step(t("bcdr.runbook.test.restore")));
  }
  if (vms.some((v) => v.method === "application-replication")) {
    testFailover.push(
      step(
        t("bcdr.runbook.test.app"),
        "repadmin /replsummary; Get-DfsrBacklog -SourceComputerName '<source-fs>' -DestinationComputerName '<dr-fs>' -GroupName '<group>' -FolderName '<folder>'",
      ),
    );
  }
  testFailover.push(step(t("bcdr.runbook.test.record")), step(t("bcdr.runbook.test.repeat")));

  return { declare, network: networkSteps, groups, dns, validate, testFailover, failback: failbackPlans(input) };
}

function groupSteps(members: VmDrPlan[]): RunbookStep[] {
  const steps: RunbookStep[] = [];
  const of = (method: DrMethod) => members.filter((m) => m.method === method);
  const names = (list: VmDrPlan[]) => nameList(list.map((m) => m.name));
  const app = of("application-replication");
  const dcs = app.filter((m) => m.technology.includes("domain controller"));
  const sql = app.filter((m) => m.technology.includes("SQL Server"));
  const exchange = app.filter((m) => m.technology.includes("Exchange"));
  const files = app.filter((m) => m.technology.includes("DFS"));
  const dns = app.filter((m) => m.technology.includes("secondary DNS"));
  if (dcs.length > 0) {
    steps.push(
      step(t("bcdr.runbook.group.identity", { vms: names(dcs) }), "dcdiag /q; repadmin /replsummary"),
      step(
        t("bcdr.runbook.group.fsmo"),
        "Move-ADDirectoryServerOperationMasterRole -Identity '<dr-dc>' -OperationMasterRole SchemaMaster,DomainNamingMaster,PDCEmulator,RIDMaster,InfrastructureMaster -Force",
      ),
    );
  }
  if (dns.length > 0)
    steps.push(step(t("bcdr.runbook.group.dns", { vms: names(dns) }), "ConvertTo-DnsServerPrimaryZone -Name '<zone>' -ZoneFile '<zone>.dns' -Force"));
  if (sql.length > 0) {
    steps.push(
      step(t("bcdr.runbook.group.sql", { vms: names(sql) }), "ALTER AVAILABILITY GROUP [<ag>] FORCE_FAILOVER_ALLOW_DATA_LOSS;"),
      step(t("bcdr.runbook.group.logShipping"), "RESTORE DATABASE [<db>] WITH RECOVERY;"),
      step(t("bcdr.runbook.group.listener"), "SELECT name, state_desc FROM sys.databases;"),
    );
  }
  if (exchange.length > 0) {
    steps.push(
      step(
        t("bcdr.runbook.group.exchange", { vms: names(exchange) }),
        "Stop-DatabaseAvailabilityGroup -Identity '<dag>' -ActiveDirectorySite '<source-site>' -ConfigurationOnly; Restore-DatabaseAvailabilityGroup -Identity '<dag>' -ActiveDirectorySite '<dr-site>'",
      ),
    );
  }
  if (files.length > 0) {
    steps.push(
      step(
        t("bcdr.runbook.group.files", { vms: names(files) }),
        `Set-DfsnFolderTarget -Path '\\\\<domain>\\<namespace>\\<folder>' -TargetPath '\\\\<source-fs>\\<share>' -State Offline`,
      ),
      step(
        t("bcdr.runbook.group.storageReplica"),
        "Set-SRPartnership -NewSourceComputerName '<dr-fs>' -SourceRGName '<dr-rg>' -DestinationComputerName '<source-fs>' -DestinationRGName '<source-rg>'",
      ),
    );
  }
  const asr = of("asr-to-azure");
  if (asr.length > 0) {
    steps.push(
      step(
        t("bcdr.runbook.group.asr", { vms: names(asr) }),
        `foreach ($vm in @(${asr.map((m) => psQuote(m.name)).join(", ")})) { $rpi = Get-AzRecoveryServicesAsrReplicationProtectedItem -FriendlyName $vm -ProtectionContainer $container; Start-AzRecoveryServicesAsrUnplannedFailoverJob -ReplicationProtectedItem $rpi -Direction PrimaryToRecovery }`,
      ),
      step(t("bcdr.runbook.group.asrCommit"), "Start-AzRecoveryServicesAsrCommitFailoverJob -ReplicationProtectedItem $rpi"),
    );
  }
  const s2s = of("asr-stack-to-stack");
  if (s2s.length > 0) {
    steps.push(step(t("bcdr.runbook.group.s2s", { vms: names(s2s) })));
  }
  const restore = of("restore-and-redeploy");
  if (restore.length > 0) {
    steps.push(
      step(
        t("bcdr.runbook.group.restore", { vms: names(restore) }),
        "New-AzResourceGroupDeployment -ResourceGroupName '<rg>' -TemplateFile '<export-folder>/<template>.json' -Mode Incremental",
      ),
      step(t("bcdr.runbook.group.restoreData")),
    );
  }
  steps.push(step(t("bcdr.runbook.group.check", { vms: names(members) }), "Test-NetConnection '<vm-ip>' -Port <port>"));
  return steps;
}

function failbackPlans(input: RunbookInput): FailbackPlan[] {
  const plans: FailbackPlan[] = [];
  const by = (method: DrMethod) => input.vms.filter((v) => v.method === method).map((v) => v.vm);
  const asr = by("asr-to-azure");
  if (asr.length > 0) {
    const transfer = input.failbackTransfer;
    plans.push({
      method: "asr-to-azure",
      vms: asr,
      transferGiB: transfer?.gib ?? 0,
      transferHours: transfer?.hours ?? null,
      steps: [
        step(t("bcdr.runbook.failback.asr.manual")),
        step(t("bcdr.runbook.failback.asr.capacity")),
        step(t("bcdr.runbook.failback.asr.stop"), "Stop-AzVM -ResourceGroupName '<azure-rg>' -Name '<vm>' -Force"),
        step(
          transfer
            ? transfer.hours != null
              ? t("bcdr.runbook.failback.asr.copy.hours", { gib: Math.round(transfer.gib), hours: roundTo(transfer.hours, 1) })
              : t("bcdr.runbook.failback.asr.copy.gib", { gib: Math.round(transfer.gib) })
            : t("bcdr.runbook.failback.asr.copy"),
        ),
        step(t("bcdr.runbook.failback.asr.prepare")),
        step(
          t("bcdr.runbook.failback.asr.deploy"),
          "New-AzResourceGroupDeployment -ResourceGroupName '<rg>' -TemplateFile '<failback-template>.json' -Mode Incremental",
        ),
        step(t("bcdr.runbook.failback.asr.start")),
        step(t("bcdr.runbook.failback.asr.reprotect")),
      ],
    });
  }
  const s2s = by("asr-stack-to-stack");
  if (s2s.length > 0) {
    const batchList = input.reprotectBatches.map((b, i) => t("bcdr.runbook.failback.s2s.batch", { n: i + 1, vms: b.join(", ") }));
    const batches = batchList.length > 0 ? joinTexts(batchList, "list.semicolon") : t("bcdr.runbook.failback.s2s.oneBatch");
    plans.push({
      method: "asr-stack-to-stack",
      vms: s2s,
      steps: [
        step(t("bcdr.runbook.failback.s2s.reprotectBatches", { max: ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value, batches })),
        step(t("bcdr.runbook.failback.s2s.wait")),
        step(t("bcdr.runbook.failback.s2s.failover")),
        step(t("bcdr.runbook.failback.s2s.reprotect")),
      ],
    });
  }
  const app = input.vms.filter((v) => v.method === "application-replication");
  if (app.length > 0) {
    const stepsApp: RunbookStep[] = [];
    if (app.some((v) => v.technology.includes("domain controller"))) {
      stepsApp.push(
        step(
          t("bcdr.runbook.failback.app.identity"),
          "Move-ADDirectoryServerOperationMasterRole -Identity '<source-dc>' -OperationMasterRole SchemaMaster,DomainNamingMaster,PDCEmulator,RIDMaster,InfrastructureMaster",
        ),
      );
    }
    if (app.some((v) => v.technology.includes("SQL Server"))) {
      stepsApp.push(
        step(
          t("bcdr.runbook.failback.app.sql"),
          "ALTER AVAILABILITY GROUP [<ag>] MODIFY REPLICA ON '<source-sql>' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT); -- then on <source-sql>: ALTER AVAILABILITY GROUP [<ag>] FAILOVER;",
        ),
      );
    }
    if (app.some((v) => v.technology.includes("Exchange")))
      stepsApp.push(step(t("bcdr.runbook.failback.app.exchange"), "Start-DatabaseAvailabilityGroup -Identity '<dag>' -ActiveDirectorySite '<source-site>'"));
    if (app.some((v) => v.technology.includes("DFS"))) {
      stepsApp.push(
        step(
          t("bcdr.runbook.failback.app.files"),
          "Set-DfsnFolderTarget -Path '\\\\<domain>\\<namespace>\\<folder>' -TargetPath '\\\\<source-fs>\\<share>' -State Online",
        ),
      );
    }
    if (app.some((v) => v.technology.includes("secondary DNS"))) stepsApp.push(step(t("bcdr.runbook.failback.app.dns")));
    plans.push({ method: "application-replication", vms: app.map((v) => v.vm), steps: stepsApp });
  }
  const restore = by("restore-and-redeploy");
  if (restore.length > 0) {
    plans.push({
      method: "restore-and-redeploy",
      vms: restore,
      steps: [
        step(t("bcdr.runbook.failback.restore.backup")),
        step(t("bcdr.runbook.failback.restore.redeploy")),
        step(t("bcdr.runbook.failback.restore.cleanup")),
      ],
    });
  }
  return plans;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
