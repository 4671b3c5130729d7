/**
 * The failover runbook: numbered steps an operator can follow at 3 a.m. Commands use only documented
 * cmdlets and statements (Az.RecoveryServices, ActiveDirectory, DnsServer, DFSN, StorageReplica, Exchange,
 * T-SQL) with <placeholders> for what the inventory cannot know. Names from the inventory are quoted for
 * PowerShell (single quotes, doubled inside); the text is printed, never executed by this tool.
 */
import type { Tenant } from "../inventory/schema.js";
import type { DependencyOrder } from "./graph.js";
import { ASR_STACK_TO_STACK } from "./limits.js";
import type { DrMethod, FailbackPlan, NetworkPlan, Runbook, RunbookGroup, RunbookStep, VmDrPlan } from "./model.js";

/** A PowerShell single-quoted string literal. */
export const psQuote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const step = (text: string, command?: string): RunbookStep => (command === undefined ? { text } : { text, command });

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
  const groups: RunbookGroup[] = order.groups.map((g) => {
    const members = g.nodes.map((id) => byId.get(id)!).filter((v) => v.method !== "none");
    const ready = members.map((m) => m.readyAfterHours).filter((h): h is number => h !== null);
    const cycle = members.some((m) => cyclic.has(m.name) || cyclic.has(m.vm));
    return {
      group: g.group,
      title: g.identity ? "identity and DNS" : g.depth === 0 ? (cycle ? "dependency cycle, no other dependencies" : "no dependencies") : `needs VMs of earlier groups (dependency depth ${g.depth})`,
      vms: members.map((m) => ({ vm: m.vm, method: m.method })),
      cycle,
      steps: groupSteps(members),
      readyAfterHours: ready.length > 0 ? Math.max(...ready) : null,
    };
  }).filter((g) => g.vms.length > 0);
  groups.forEach((g, i) => (g.group = i + 1));

  const site = tenant.protection.drSite;
  const armHost = hostOf(tenant.stamp.armEndpoint);
  const declare = [
    step(`Confirm the source stamp ${tenant.stamp.name} is down or unusable for longer than the shortest RTO allows: check the ARM endpoint and ask the stamp operator.`, `Test-NetConnection ${psQuote(armHost)} -Port 443`),
    step("Write down the decision time (T0). Every RTO in this plan counts from T0."),
    step("Freeze changes: tell application owners and users, and stop scheduled jobs that write to the source."),
    step("Make sure the old primaries cannot come back by surprise (split brain): disconnect the site-to-site VPN or ExpressRoute from the source virtual networks, or shut the source VMs down if they still run."),
  ];

  const restoring = vms.filter((v) => v.method === "restore-and-redeploy");
  if (restoring.length > 0) {
    declare.push(step(`Start the restores at once, in parallel, as far as the backup servers allow: they take longest (${restoring.map((v) => v.name).join(", ")}). The ready-after times in this plan assume they start at T0; each VM is then brought up in its group.`));
  }
  const networkSteps: RunbookStep[] = [];
  const ranges = network.sourceNetworks.map((n) => `${n.vnet} (${n.addressPrefixes.join(", ")})`).join("; ");
  if (network.strategy === "keep-addresses") {
    networkSteps.push(step(`Create the virtual networks at the DR site ${site?.name ?? ""} with the same address ranges and subnets, from the IaC export: ${ranges || "(no virtual networks in the inventory)"}. Static private addresses stay as they are.`));
  } else {
    networkSteps.push(step(`The tenant ranges overlap ranges in use at the DR site (${network.overlaps.map((o) => `${o.a} ↔ ${o.b}`).join(", ")}): create the DR virtual networks with new, free ranges and give every VM with a static address a new one (list under DNS changes).`));
  }
  if (vms.some((v) => v.method === "asr-to-azure")) {
    networkSteps.push(step("In the Recovery Services vault, check the network mapping: each replicated item's target virtual network and subnet (Compute and Network settings). Site Recovery keeps the source IP when the target subnet has the same range."));
  }
  if (network.replicaNetwork) {
    networkSteps.push(step(`The always-on replicas (extra DC, database replicas) live in the replica network (suggested ${network.replicaNetwork}); peer it with the new DR virtual networks now.`));
  }
  const drDcs = vms.filter((v) => v.method === "application-replication" && v.technology.includes("domain controller"));
  if (drDcs.length > 0) {
    networkSteps.push(step("Set the DNS servers of every DR virtual network to the DR domain controllers' addresses.", `Set-AzVirtualNetwork -VirtualNetwork (Get-AzVirtualNetwork -Name '<dr-vnet>' -ResourceGroupName '<dr-rg>' | ForEach-Object { $_.DhcpOptions.DnsServers = @('<dr-dc-ip>'); $_ })`));
  }

  const dns: RunbookStep[] = [step("A day ahead of a planned failover (or as standing configuration), keep the TTL of records that will change at 300 seconds so clients follow quickly.")];
  for (const endpoint of network.publicEndpoints) {
    const name = endpoint.dnsLabel ? `the public name using label "${endpoint.dnsLabel}"` : `the public records pointing at ${endpoint.address ?? endpoint.name}`;
    dns.push(step(`Point ${name} (${endpoint.name}${endpoint.address ? `, now ${endpoint.address}` : ""}) at the DR site's new public address in the public DNS zone.`));
  }
  if (network.strategy === "re-address") {
    for (const s of network.staticAddresses) {
      dns.push(step(`Update the A record of ${s.vm} (was ${s.address}) to its new DR address.`, `Remove-DnsServerResourceRecord -ZoneName '<zone>' -RRType A -Name ${psQuote(s.vm.split("/")[1]!)} -RecordData ${psQuote(s.address)} -Force; Add-DnsServerResourceRecordA -ZoneName '<zone>' -Name ${psQuote(s.vm.split("/")[1]!)} -IPv4Address '<new-ip>'`));
    }
  } else {
    dns.push(step("Internal A records keep their addresses (same ranges at the DR site): no change, except for always-on replicas, which have their own names."));
  }
  dns.push(step("Check resolution from a DR VM.", "Resolve-DnsName '<app-name>' -Server '<dr-dc-ip>'"));

  const validate = [
    step("For each group, compare the time each VM was usable with the plan's ready-after figure and the tier RTO; write the real times into the DR log."),
    step("Run each application's smoke test (sign-in, a read, a write) before declaring the service up."),
    step("Start protecting the DR copies: run a first backup of the failed-over VMs to a target that is not at the DR site."),
  ];

  const testFailover = [
    step("Create an isolated test virtual network at the DR site with the same ranges, with no VPN, ExpressRoute or peering to production or to the replica network."),
    step("Build a throwaway domain controller in the isolated network (from the DR DC's system-state backup) so test VMs can sign in; never connect it to production, and delete it afterwards."),
  ];
  if (vms.some((v) => v.method === "asr-to-azure")) {
    testFailover.push(
      step("Start a test failover of each replicated item, group by group, into the isolated network.", `$rpi = Get-AzRecoveryServicesAsrReplicationProtectedItem -FriendlyName '<vm>' -ProtectionContainer $container; Start-AzRecoveryServicesAsrTestFailoverJob -ReplicationProtectedItem $rpi -Direction PrimaryToRecovery -AzureVMNetworkId '<isolated-vnet-id>'`),
      step("After the checks, clean up the test failover.", "Start-AzRecoveryServicesAsrTestFailoverCleanupJob -ReplicationProtectedItem $rpi -Comment '<result>'"),
    );
  }
  if (vms.some((v) => v.method === "asr-stack-to-stack")) {
    testFailover.push(step("In the target stamp's portal, run Test failover for each replicated item into the isolated network (no custom recovery plans: go VM by VM, group by group), then Cleanup test failover."));
  }
  if (vms.some((v) => v.method === "restore-and-redeploy")) {
    testFailover.push(step("Redeploy one VM per group from the IaC export into the isolated network and restore its latest backup; time it against the plan's restore estimate."));
  }
  if (vms.some((v) => v.method === "application-replication")) {
    testFailover.push(step("Check the application replicas without failing them over: AG synchronization state, AD replication, DFS-R backlog.", "repadmin /replsummary; Get-DfsrBacklog -SourceComputerName '<source-fs>' -DestinationComputerName '<dr-fs>' -GroupName '<group>' -FolderName '<folder>'"));
  }
  testFailover.push(
    step("Record the achieved RTO for each group and the recovery point used; compare with the plan."),
    step("Repeat at least twice a year and after every major change (assumption, docs/assumptions.md)."),
  );

  return { declare, network: networkSteps, groups, dns, validate, testFailover, failback: failbackPlans(input) };
}

function groupSteps(members: VmDrPlan[]): RunbookStep[] {
  const steps: RunbookStep[] = [];
  const of = (method: DrMethod) => members.filter((m) => m.method === method);
  const names = (list: VmDrPlan[]) => list.map((m) => m.name).join(", ");
  const app = of("application-replication");
  const dcs = app.filter((m) => m.technology.includes("domain controller"));
  const sql = app.filter((m) => m.technology.includes("SQL Server"));
  const exchange = app.filter((m) => m.technology.includes("Exchange"));
  const files = app.filter((m) => m.technology.includes("DFS"));
  const dns = app.filter((m) => m.technology.includes("secondary DNS"));
  if (dcs.length > 0) {
    steps.push(
      step(`Identity (replaces ${names(dcs)}): on the DR domain controller, check it is healthy and current.`, "dcdiag /q; repadmin /replsummary"),
      step("If no source DC will come back, seize the FSMO roles on the DR DC. A DC whose roles were seized must never return online: rebuild it.", "Move-ADDirectoryServerOperationMasterRole -Identity '<dr-dc>' -OperationMasterRole SchemaMaster,DomainNamingMaster,PDCEmulator,RIDMaster,InfrastructureMaster -Force"),
    );
  }
  if (dns.length > 0) steps.push(step(`DNS (replaces ${names(dns)}): make the DR secondary zones primary.`, "ConvertTo-DnsServerPrimaryZone -Name '<zone>' -ZoneFile '<zone>.dns' -Force"));
  if (sql.length > 0) {
    steps.push(
      step(`SQL Server (${names(sql)}): on the DR replica, force the availability group over (asynchronous replica: what was not yet sent is lost).`, "ALTER AVAILABILITY GROUP [<ag>] FORCE_FAILOVER_ALLOW_DATA_LOSS;"),
      step("With log shipping instead: restore the last copied log backups on the DR server and bring the databases online.", "RESTORE DATABASE [<db>] WITH RECOVERY;"),
      step("Point the listener or the connection strings at the DR replica and check the databases are ONLINE.", "SELECT name, state_desc FROM sys.databases;"),
    );
  }
  if (exchange.length > 0) {
    steps.push(step(`Exchange (${names(exchange)}): datacenter switchover of the DAG to the DR site.`, "Stop-DatabaseAvailabilityGroup -Identity '<dag>' -ActiveDirectorySite '<source-site>' -ConfigurationOnly; Restore-DatabaseAvailabilityGroup -Identity '<dag>' -ActiveDirectorySite '<dr-site>'"));
  }
  if (files.length > 0) {
    steps.push(
      step(`File services (${names(files)}): take the source folder targets offline in the DFS namespace so clients use the DR server.`, `Set-DfsnFolderTarget -Path '\\\\<domain>\\<namespace>\\<folder>' -TargetPath '\\\\<source-fs>\\<share>' -State Offline`),
      step("With Storage Replica instead: reverse the partnership so the DR volume becomes the source.", "Set-SRPartnership -NewSourceComputerName '<dr-fs>' -SourceRGName '<dr-rg>' -DestinationComputerName '<source-fs>' -DestinationRGName '<source-rg>'"),
    );
  }
  const asr = of("asr-to-azure");
  if (asr.length > 0) {
    steps.push(
      step(`Site Recovery to Azure (${names(asr)}): fail over each replicated item (or this group of the recovery plan) to the latest processed recovery point.`, `foreach ($vm in @(${asr.map((m) => psQuote(m.name)).join(", ")})) { $rpi = Get-AzRecoveryServicesAsrReplicationProtectedItem -FriendlyName $vm -ProtectionContainer $container; Start-AzRecoveryServicesAsrUnplannedFailoverJob -ReplicationProtectedItem $rpi -Direction PrimaryToRecovery }`),
      step("When the VMs run and the checks below pass, commit the failover.", "Start-AzRecoveryServicesAsrCommitFailoverJob -ReplicationProtectedItem $rpi"),
    );
  }
  const s2s = of("asr-stack-to-stack");
  if (s2s.length > 0) {
    steps.push(step(`Site Recovery stack-to-stack (${names(s2s)}): in the target stamp's user portal, open the Recovery Services vault → Replicated items, and run Failover for each VM, then Commit. There are no custom recovery plans: follow this list, or filter by a tag such as drGroup.`));
  }
  const restore = of("restore-and-redeploy");
  if (restore.length > 0) {
    steps.push(
      step(`Restore (${names(restore)}): redeploy each VM from the IaC export into the DR virtual network.`, "New-AzResourceGroupDeployment -ResourceGroupName '<rg>' -TemplateFile '<export-folder>/<template>.json' -Mode Incremental"),
      step("Install or check the backup agent, then restore the latest recovery point of each VM's data disks and system state from the off-stack target."),
    );
  }
  steps.push(step(`Check that each VM answers on its service port and its services run (${names(members)}); a VM of a later group starts once the VMs it depends on pass this check.`, "Test-NetConnection '<vm-ip>' -Port <port>"));
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
        step("Site Recovery has no re-protect or failback to Azure Stack Hub: failback is a manual disk download and upload. Get the failback tools from aka.ms/azshasr."),
        step("Make sure the rebuilt source stamp has the networks (same ranges) and the capacity for the VMs."),
        step("Stop each Azure VM so its disks stop changing.", "Stop-AzVM -ResourceGroupName '<azure-rg>' -Name '<vm>' -Force"),
        step(`Copy the VHDs of its managed disks to the stack with Copy-AzSiteRecoveryVmVHD (AzCopy mode is faster but needs local space; StorageBlobCopy mode needs none). Whole disks travel: about ${transfer ? `${Math.round(transfer.gib)} GiB` : "the provisioned size"} over the DR link${transfer?.hours != null ? `, about ${Math.round(transfer.hours * 10) / 10} h at the link's usable rate` : ""}.`),
        step("Run Prepare-AzSiteRecoveryVMFailBack: it writes an ARM template that either replaces the disks of the existing stack VM or recreates the VM."),
        step("Deploy that template on the stack.", "New-AzResourceGroupDeployment -ResourceGroupName '<rg>' -TemplateFile '<failback-template>.json' -Mode Incremental"),
        step("Start the VMs on the stack in the runbook's group order and check them; move DNS back."),
        step("Protect the VMs again: disable protection of the old replicated items, then enable replication from the configuration server (a full initial replication)."),
      ],
    });
  }
  const s2s = by("asr-stack-to-stack");
  if (s2s.length > 0) {
    const batches = input.reprotectBatches.map((b, i) => `batch ${i + 1}: ${b.join(", ")}`).join("; ");
    plans.push({
      method: "asr-stack-to-stack",
      vms: s2s,
      steps: [
        step(`Re-protect the failed-over VMs from the target stamp back to the source, at most ${ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value} disks at a time (the appliance's free disk slots): ${batches || "one batch"}.`),
        step("Wait until every item is Protected (synchronized). Manual resync after re-protect is not supported yet: if an item stalls, disable and re-enable protection."),
        step("Run a planned failover back to the source stamp in the runbook's group order, then Commit."),
        step("Re-protect again in the original direction."),
      ],
    });
  }
  const app = input.vms.filter((v) => v.method === "application-replication");
  if (app.length > 0) {
    const stepsApp: RunbookStep[] = [];
    if (app.some((v) => v.technology.includes("domain controller"))) {
      stepsApp.push(
        step("Identity: build new DCs on the source stamp (never restore the old ones if roles were seized), clean up the metadata of the lost DCs, then move the FSMO roles back without -Force.", "Move-ADDirectoryServerOperationMasterRole -Identity '<source-dc>' -OperationMasterRole SchemaMaster,DomainNamingMaster,PDCEmulator,RIDMaster,InfrastructureMaster"),
      );
    }
    if (app.some((v) => v.technology.includes("SQL Server"))) {
      stepsApp.push(
        step("SQL Server: rejoin the source replica, let it synchronize, switch it to synchronous commit, then fail over without data loss and switch back to asynchronous.", "ALTER AVAILABILITY GROUP [<ag>] MODIFY REPLICA ON '<source-sql>' WITH (AVAILABILITY_MODE = SYNCHRONOUS_COMMIT); -- then on <source-sql>: ALTER AVAILABILITY GROUP [<ag>] FAILOVER;"),
      );
    }
    if (app.some((v) => v.technology.includes("Exchange"))) stepsApp.push(step("Exchange: start the source DAG members again and switch the databases back.", "Start-DatabaseAvailabilityGroup -Identity '<dag>' -ActiveDirectorySite '<source-site>'"));
    if (app.some((v) => v.technology.includes("DFS"))) {
      stepsApp.push(step("File services: add the source server back as a DFS-R member, wait for the backlog to reach zero, then bring its namespace target online again.", "Set-DfsnFolderTarget -Path '\\\\<domain>\\<namespace>\\<folder>' -TargetPath '\\\\<source-fs>\\<share>' -State Online"));
    }
    if (app.some((v) => v.technology.includes("secondary DNS"))) stepsApp.push(step("DNS: make the source server primary again and the DR server secondary."));
    plans.push({ method: "application-replication", vms: app.map((v) => v.vm), steps: stepsApp });
  }
  const restore = by("restore-and-redeploy");
  if (restore.length > 0) {
    plans.push({
      method: "restore-and-redeploy",
      vms: restore,
      steps: [
        step("Back up the VMs running at the DR site (a final backup after users stop writing)."),
        step("Redeploy them on the rebuilt source stamp from the IaC export and restore that backup, group by group."),
        step("Move DNS back, then delete the DR copies once the source runs and is backed up."),
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
