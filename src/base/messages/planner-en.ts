/** English messages of the planners (src/base/text.ts). Part of the one catalogue (index.ts); planner-ja.ts must have the same keys (type check) and placeholders (test/plan/messages.test.ts). */
export const plannerEn = {
  "backup.applies.azureVm": "every VM (Azure VM agent and backup extension)",
  "backup.applies.commvault": "VMs with the Commvault agent",
  "backup.applies.generic": "VMs with the generic agent",
  "backup.applies.mabs": "MABS servers",
  "backup.applies.mabsAndMars": "MABS servers and VMs with the MARS agent",
  "backup.applies.mabsAndProtected": "MABS servers and protected VMs",
  "backup.applies.mabsProtected": "VMs protected by MABS",
  "backup.applies.mars": "VMs with the MARS agent",
  "backup.applies.resources": "the VM or cluster that runs AzCopy, the key vault export and Velero",
  "backup.applies.veeam": "VMs with Veeam Agent",
  "backup.applies.veeamLinux": "Linux VMs with Veeam Agent",
  "backup.applies.veeamWindows": "Windows VMs with Veeam Agent",
  "backup.methodName.blob-copy": "AzCopy sync of blob containers to a storage account off the stack",
  "backup.methodName.commvault-agent": "Commvault file system / database agent (SP16 or later)",
  "backup.methodName.excluded": "Excluded from backup by the tenant (backup.exclude)",
  "backup.methodName.generic-agent": "Generic backup agent (Acronis, Arcserve, Rubrik or similar), treating the VM as a physical machine",
  "backup.methodName.key-vault-backup": "Key vault backup (Backup-AzKeyVaultKey / -Secret / -Certificate) of each item to protected off-stack storage",
  "backup.methodName.kubernetes-rebuild": "Not backed up at VM level: Kubernetes node, rebuilt from the cluster definition (state protected by Velero)",
  "backup.methodName.mabs-mars": "Microsoft Azure Backup Server (MABS) with the MARS agent, to a Recovery Services vault",
  "backup.methodName.mars": "MARS agent alone, to a Recovery Services vault",
  "backup.methodName.none": "Not protected: no tier, or nothing in the catalogue can protect it",
  "backup.methodName.veeam-agent-linux": "Veeam Agent for Linux, managed by Veeam Backup & Replication",
  "backup.methodName.veeam-agent-windows": "Veeam Agent for Microsoft Windows, managed by Veeam Backup & Replication",
  "backup.methodName.velero": "Velero with file-system backup (kopia) of persistent volumes to object storage off the stack",
  "backup.reason.app-aware": "application-aware protection of {roles} needs MABS (MARS alone backs up files, folders and system state only)",
  "backup.reason.blob-copy":
    "blob containers are copied with azcopy sync to a storage account off the stack; infrastructure backup does not include tenant storage",
  "backup.reason.commvault": "the tenant's product family is Commvault, whose agent covers Windows and Linux guests",
  "backup.reason.excluded": "backup.exclude is set on the VM",
  "backup.reason.generic": "the tenant's product family is a generic guest agent",
  "backup.reason.key-vault-backup":
    "each key, secret and certificate is exported with Backup-AzKeyVaultKey/-Secret/-Certificate and the blobs stored off the stack",
  "backup.reason.kubernetes-node": "a Kubernetes node is rebuilt from its cluster definition; its workloads' state is protected by Velero",
  "backup.reason.linux-partner":
    "MABS and MARS have no Linux path on Azure Stack Hub, where partner products are the only option for Linux; Veeam Agent for Linux is the partner agent validated there",
  "backup.reason.mars-frequency":
    'tier "{tier}" wants an RPO of {rpo} h ({wanted} backups a day): MARS alone sends {mars} a day to the vault, MABS only {mabs}',
  "backup.reason.no-method": "no catalogue method protects {type}",
  "backup.reason.no-tier": "the VM has no tier and protection.defaultTier is not set",
  "backup.reason.override": "set by backup.method on the VM",
  "backup.reason.server-core": "MARS cannot run on Server Core; MABS protects the VM through its protection agent",
  "backup.reason.unknown-override": '{reason} (backup.method "{override}" is not a VM method of the catalogue)',
  "backup.reason.veeam-linux": "the tenant's product family is Veeam; Linux guest",
  "backup.reason.veeam-windows": "the tenant's product family is Veeam; Windows guest",
  "backup.reason.velero": "Velero backs up the cluster's objects and, by file-system backup, its persistent volumes to object storage off the stack",
  "backup.reason.windows-mabs": "Windows VM: MABS keeps a 5-day local copy for fast restores and sends online copies to the vault",
  "backup.reason.workgroup": "a workgroup Windows VM without application roles: MARS alone, straight to the vault, needs no MABS server in its domain",
  "backup.rule.azure-contrast":
    "contrast: in public Azure the backup extension talks only to the wire server; snapshots and transfer to the vault happen in the platform, not through the VM's NIC",
  "backup.rule.commvault-control": "CommServe and MediaAgent reach the client's communications service (8400) and firewall tunnel (8403)",
  "backup.rule.commvault-data": "backup data to the MediaAgent, which writes to the library off the stack",
  "backup.rule.dns": "name resolution against the domain controllers",
  "backup.rule.generic-data": "backup data to the target ({note}); the product's own control ports must be added from its documentation",
  "backup.rule.kerberos": "Kerberos and LDAP against the domain controllers (also UDP 88 and 389)",
  "backup.rule.mabs-data": "MABS data channel: agent coordinator (5718) and protection agent (5719)",
  "backup.rule.mabs-dcom": "MABS sends commands to the protection agent over DCOM (135 and the dynamic RPC range)",
  "backup.rule.mabs-netbios": "NetBIOS name and datagram services between MABS and the protected VM",
  "backup.rule.mabs-smb": "agent installation and SMB operations between MABS and the protected VM",
  "backup.rule.mars-entra": "sign-in of the MARS agent against Microsoft Entra ID",
  "backup.rule.mars-vault": "MARS agent to the Recovery Services vault, its storage and queues (backup data leaves through the VM's NIC)",
  "backup.rule.note.storageAccount": "a storage account in {location}",
  "backup.rule.protected-to-mabs": "protected machines also open the data channel to the MABS server",
  "backup.rule.resources": "copies of blobs, key vault backups and Velero objects to storage off the stack",
  "backup.rule.veeam-data": "backup data from the agent straight to the repository off the stack ({note}); agents need a direct connection to the repository",
  "backup.rule.veeam-linux": "the backup server deploys the agent over SSH and controls it (agent service 10006)",
  "backup.rule.veeam-windows": "the backup server pushes and controls the agent (RPC/SMB, Veeam Installer Service 6160, agent service 10005)",
  "backup.what.kubernetesCluster": "Kubernetes cluster {name}",
  "backup.what.storageAccount": "storage account {name}",
  "backup.why.noServerCore": "it cannot run on Windows Server Core",
  "backup.why.windowsOnly": "it runs on Windows only (MABS/MARS have no Linux path on Azure Stack Hub)",
  "bcdr.check.app":
    "Application replicas: licences for the DR replicas (SQL Server, Windows Server), and that the replica network routes to production over the WAN",
  "bcdr.check.asr.disks":
    "Site Recovery to Azure: no BitLocker, Storage Spaces, shared or cluster disks, or disks hot-added after protection (adding a disk means disabling and re-enabling replication); disks cannot be shrunk",
  "bcdr.check.asr.kernel": "Site Recovery to Azure: Linux VMs must run a supported kernel of their release (physical-server support matrix)",
  "bcdr.check.asr.measure":
    "Site Recovery to Azure: measure real write rates (Windows: disk write bytes/s; Linux: /proc/diskstats) for at least 7 days; the Deployment Planner cannot profile Azure Stack Hub VMs, so the plan's churn comes from change-rate estimates",
  "bcdr.check.restore":
    "Restore: the IaC export is current and stored off the stack together with the backups, and the DR site has quota for the redeployed VMs",
  "bcdr.check.s2s": "Stack-to-stack: Linux VMs stay on supported kernels (hold kernel updates); Windows 7 and 2008 R2 need the SSU and SHA-2 updates",
  "bcdr.gap.dependency-cycle": "dependency cycle {cycle}: the failover order inside it is a guess",
  "bcdr.hours": "{n} h",
  "bcdr.issue.app.no-dr-site": "there is no DR site to hold a replica",
  "bcdr.issue.data-disk-too-large": "data disk {disk} is {gib} GiB; Site Recovery takes at most {max} GiB",
  "bcdr.issue.disk-churn": "disk {disk} writes about {rate} MiB/s at its busiest; a {target} replica disk takes at most {max} MiB/s even with large writes",
  "bcdr.issue.disk-churn-8k":
    "disk {disk} writes about {rate} MiB/s at its busiest; a {target} replica disk takes {max} MiB/s at 8 KB writes (more with larger writes)",
  "bcdr.issue.disk-too-large": "disk {disk} is {gib} GiB; stack-to-stack protects disks of at most {max} GiB (it adds 1 GiB and a disk stops at 1,023)",
  "bcdr.issue.disk-too-small": "disk {disk} is {gib} GiB; every replicated disk must be larger than 1 GiB (1,024 MB)",
  "bcdr.issue.excluded-from-backup": "the VM is excluded from backup (backup.exclude), so there is nothing to restore",
  "bcdr.issue.linux-kernel": "Linux kernels must stay on the supported list: hold kernel updates (apt-mark hold linux-image-azure linux-headers-azure)",
  "bcdr.issue.os-disk-too-large": "OS disk {disk} is {gib} GiB; Site Recovery takes at most {max} GiB (generation 1)",
  "bcdr.issue.os-migration-only": "{os} is supported by Site Recovery for migration only, not for disaster recovery",
  "bcdr.issue.os-minor-version": "{os}: only some minor versions are supported ({versions}); check the exact release",
  "bcdr.issue.os-not-on-ash-list":
    "{os} is not on the Azure Stack Hub to Azure list (2019: Windows Server 2008 R2 SP1–2019, CentOS 5.2–7.3, Ubuntu 14.04/16.04); check the current physical-server support matrix and its kernel list",
  "bcdr.issue.os-not-supported": "{os} is not on the stack-to-stack support list",
  "bcdr.issue.os-unknown.azure": '"{os}" is not an OS this tool can check against the Site Recovery list; check it by hand',
  "bcdr.issue.os-unknown.stack": '"{os}" is not an OS this tool can check against the stack-to-stack list; check it by hand',
  "bcdr.issue.process-server-churn": "the VM changes {gib} GiB a day; one machine uses one process server, which takes at most 2 TB a day",
  "bcdr.issue.restore.no-dr-site": "with no DR site the restore waits for a rebuilt or replacement stamp; that time is not in the estimate",
  "bcdr.issue.sql-standard-basic-ag":
    "SQL Server Standard edition offers only basic availability groups (one database each); use log shipping for many databases",
  "bcdr.issue.stamp-version": "{what} runs {version}; Site Recovery on Azure Stack Hub needs {min} or later",
  "bcdr.issue.stamp-version-missing": "{what} version is not known to be {min} or later; check it before relying on stack-to-stack replication",
  "bcdr.issue.stamp-version-unknown": '{what} version "{version}" is not known to be {min} or later; check it before relying on stack-to-stack replication',
  "bcdr.issue.too-many-data-disks": "{count} data disks; Site Recovery replicates at most {max}",
  "bcdr.issue.too-many-disks": "{count} disks; the appliance re-protects at most {max} at once (larger appliance sizes are untested)",
  "bcdr.issue.vm-churn": "the VM writes about {rate} MiB/s at its busiest; Site Recovery takes at most {max} MiB/s peak churn per VM",
  "bcdr.issue.vm-churn-25":
    "the VM writes about {rate} MiB/s at its busiest: under the current 54 MiB/s per-VM limit, but above the 25 MiB/s an older support matrix gives (the two figures conflict, azure-docs#52643)",
  "bcdr.issue.windows-only": "{role}: the native replication is a Windows Server feature and the VM runs {os}",
  "bcdr.method.application-replication": "application-level replication",
  "bcdr.method.asr-stack-to-stack": "Azure Site Recovery on Azure Stack Hub (stack-to-stack)",
  "bcdr.method.asr-to-azure": "Azure Site Recovery to Azure (as physical servers)",
  "bcdr.method.none": "no method",
  "bcdr.method.restore-and-redeploy": "restore from backup + redeploy from IaC",
  "bcdr.note.asr.configurationServer":
    'one configuration server VM (with its process server) in subscription "{subscription}": all VMs it protects must be in the same subscription and reach the process server directly',
  "bcdr.note.asr.freeDays":
    "each protected instance is free of Site Recovery charges for its first {days} days; DR VMs do not run (nor cost compute) until failover",
  "bcdr.note.asr.mobility":
    'push-install the Mobility service on each VM (choose "Not virtualized/Other" and "Physical machines"); its driver uses {ramPercent} % of the VM\'s RAM',
  "bcdr.note.asr.path":
    "replication goes over the internet or ExpressRoute Microsoft peering; the 2019 guide says a site-to-site VPN is not supported for replication traffic",
  "bcdr.note.asr.perTenant": "a separate Recovery Services vault and configuration server per tenant",
  "bcdr.note.asr.ports":
    "ports: configuration server and process server → Azure on {https} outbound; VMs → configuration server on {https} and → process server on {replication} inbound",
  "bcdr.note.asr.recoveryPlan": "a recovery plan holds at most {servers} servers: build one per runbook group, split above that",
  "bcdr.note.s2s.appliance":
    'deploy the "ASR appliance on AzureStack Hub" Marketplace VM ({size}: 8 vCPU, 28 GiB) in each source subscription; one Recovery Services vault per appliance, on the target stamp',
  "bcdr.note.s2s.deleteOrder":
    "never delete the appliance before unprotecting its items: the vault cannot be deleted afterwards except with the whole user subscription",
  "bcdr.note.s2s.noSla": "no RPO SLA or churn limit per VM is documented for stack-to-stack (unverified); ASR times out after a day of backlog",
  "bcdr.note.s2s.owner": "the deploying user needs Owner on each source subscription; the appliance discovers every VM that user can reach",
  "bcdr.note.s2s.provider":
    "the target stamp's operator installs the Site Recovery resource provider (about {vCores} vCores, {memoryGB} GB memory, {diskGB} GB disk on the admin side) and a PKI certificate for *.asr.<region>.<fqdn>",
  "bcdr.note.s2s.recoveryPlans":
    "customized recovery plans are not available: the runbook's groups are followed VM by VM (tag the VMs, drive them with PowerShell)",
  "bcdr.note.s2s.tested":
    "Microsoft tested {tested} VMs through one appliance; no VMs-per-vault limit is documented (unverified), so the plan adds an appliance per {tested} VMs",
  "bcdr.notPossible.item": "{method}: {blockers}",
  "bcdr.notPossible.none": "none applies",
  "bcdr.reason.app": "{why}; the workload replicates itself, which fails over faster and cleaner than a disk copy",
  "bcdr.reason.asr": "{why}; {site}",
  "bcdr.reason.asr.app-blocked": "{why}; application-level replication is not possible ({blockers}); {site}",
  "bcdr.reason.dc": "other VMs need a domain controller at the DR site to sign in, and restoring a DC from backup risks USN rollback: keep a DC running there",
  "bcdr.reason.no-site-blocked": "no DR site, and {blockers}",
  "bcdr.reason.no-site-restore": "no DR site: restore (about {restore}) onto a rebuilt or replacement stamp meets the {rto} RTO, once the stamp exists",
  "bcdr.reason.no-site-slow": "no DR site, and a restore takes about {restore}, more than the {rto} RTO",
  "bcdr.reason.no-tier": "the VM has no tier (and no default tier applies): it is unprotected by choice",
  "bcdr.reason.requires-dr-no-site": 'tier "{tier}" requires DR but protection.drSite is "none" or missing: nothing to replicate to',
  "bcdr.reason.restore-enough": 'restore takes about {restore}, within the {rto} RTO, and tier "{tier}" does not require DR: no standby needed',
  "bcdr.reason.restore-fallback": "{why}, but no replication method can protect it ({notPossible}); restore (about {restore}) meets the RTO",
  "bcdr.reason.uncovered": "{why}, and no replication method can protect it ({notPossible})",
  "bcdr.reason.uncovered.slow": "{why}, and no replication method can protect it ({notPossible}); a restore takes about {restore}, more than the {rto} RTO",
  "bcdr.rto.late": "{vm} ready after about {hours} h ({method})",
  "bcdr.rto.uncovered": "{vm} has no method fast enough",
  "bcdr.runbook.declare.confirm":
    "Confirm the source stamp {stamp} is down or unusable for longer than the shortest RTO allows: check the ARM endpoint and ask the stamp operator.",
  "bcdr.runbook.declare.freeze": "Freeze changes: tell application owners and users, and stop scheduled jobs that write to the source.",
  "bcdr.runbook.declare.restores":
    "Start the restores at once, in parallel, as far as the backup servers allow: they take longest ({vms}). The ready-after times in this plan assume they start at T0; each VM is then brought up in its group.",
  "bcdr.runbook.declare.splitBrain":
    "Make sure the old primaries cannot come back by surprise (split brain): disconnect the site-to-site VPN or ExpressRoute from the source virtual networks, or shut the source VMs down if they still run.",
  "bcdr.runbook.declare.t0": "Write down the decision time (T0). Every RTO in this plan counts from T0.",
  "bcdr.runbook.dns.aRecord": "Update the A record of {vm} (was {address}) to its new DR address.",
  "bcdr.runbook.dns.check": "Check resolution from a DR VM.",
  "bcdr.runbook.dns.keep":
    "Internal A records keep their addresses (same ranges at the DR site): no change, except for always-on replicas, which have their own names.",
  "bcdr.runbook.dns.label": 'the public name using label "{label}"',
  "bcdr.runbook.dns.point": "Point {name} ({endpoint}) at the DR site's new public address in the public DNS zone.",
  "bcdr.runbook.dns.pointNow": "Point {name} ({endpoint}, now {address}) at the DR site's new public address in the public DNS zone.",
  "bcdr.runbook.dns.records": "the public records pointing at {target}",
  "bcdr.runbook.dns.ttl":
    "A day ahead of a planned failover (or as standing configuration), keep the TTL of records that will change at 300 seconds so clients follow quickly.",
  "bcdr.runbook.failback.app.dns": "DNS: make the source server primary again and the DR server secondary.",
  "bcdr.runbook.failback.app.exchange": "Exchange: start the source DAG members again and switch the databases back.",
  "bcdr.runbook.failback.app.files":
    "File services: add the source server back as a DFS-R member, wait for the backlog to reach zero, then bring its namespace target online again.",
  "bcdr.runbook.failback.app.identity":
    "Identity: build new DCs on the source stamp (never restore the old ones if roles were seized), clean up the metadata of the lost DCs, then move the FSMO roles back without -Force.",
  "bcdr.runbook.failback.app.sql":
    "SQL Server: rejoin the source replica, let it synchronize, switch it to synchronous commit, then fail over without data loss and switch back to asynchronous.",
  "bcdr.runbook.failback.asr.capacity": "Make sure the rebuilt source stamp has the networks (same ranges) and the capacity for the VMs.",
  "bcdr.runbook.failback.asr.copy":
    "Copy the VHDs of its managed disks to the stack with Copy-AzSiteRecoveryVmVHD (AzCopy mode is faster but needs local space; StorageBlobCopy mode needs none). Whole disks travel: about the provisioned size over the DR link.",
  "bcdr.runbook.failback.asr.copy.gib":
    "Copy the VHDs of its managed disks to the stack with Copy-AzSiteRecoveryVmVHD (AzCopy mode is faster but needs local space; StorageBlobCopy mode needs none). Whole disks travel: about {gib} GiB over the DR link.",
  "bcdr.runbook.failback.asr.copy.hours":
    "Copy the VHDs of its managed disks to the stack with Copy-AzSiteRecoveryVmVHD (AzCopy mode is faster but needs local space; StorageBlobCopy mode needs none). Whole disks travel: about {gib} GiB over the DR link, about {hours} h at the link's usable rate.",
  "bcdr.runbook.failback.asr.deploy": "Deploy that template on the stack.",
  "bcdr.runbook.failback.asr.manual":
    "Site Recovery has no re-protect or failback to Azure Stack Hub: failback is a manual disk download and upload. Get the failback tools from aka.ms/azshasr.",
  "bcdr.runbook.failback.asr.prepare":
    "Run Prepare-AzSiteRecoveryVMFailBack: it writes an ARM template that either replaces the disks of the existing stack VM or recreates the VM.",
  "bcdr.runbook.failback.asr.reprotect":
    "Protect the VMs again: disable protection of the old replicated items, then enable replication from the configuration server (a full initial replication).",
  "bcdr.runbook.failback.asr.start": "Start the VMs on the stack in the runbook's group order and check them; move DNS back.",
  "bcdr.runbook.failback.asr.stop": "Stop each Azure VM so its disks stop changing.",
  "bcdr.runbook.failback.restore.backup": "Back up the VMs running at the DR site (a final backup after users stop writing).",
  "bcdr.runbook.failback.restore.cleanup": "Move DNS back, then delete the DR copies once the source runs and is backed up.",
  "bcdr.runbook.failback.restore.redeploy": "Redeploy them on the rebuilt source stamp from the IaC export and restore that backup, group by group.",
  "bcdr.runbook.failback.s2s.batch": "batch {n}: {vms}",
  "bcdr.runbook.failback.s2s.failover": "Run a planned failover back to the source stamp in the runbook's group order, then Commit.",
  "bcdr.runbook.failback.s2s.oneBatch": "one batch",
  "bcdr.runbook.failback.s2s.reprotect": "Re-protect again in the original direction.",
  "bcdr.runbook.failback.s2s.reprotectBatches":
    "Re-protect the failed-over VMs from the target stamp back to the source, at most {max} disks at a time (the appliance's free disk slots): {batches}.",
  "bcdr.runbook.failback.s2s.wait":
    "Wait until every item is Protected (synchronized). Manual resync after re-protect is not supported yet: if an item stalls, disable and re-enable protection.",
  "bcdr.runbook.group.asr":
    "Site Recovery to Azure ({vms}): fail over each replicated item (or this group of the recovery plan) to the latest processed recovery point.",
  "bcdr.runbook.group.asrCommit": "When the VMs run and the checks below pass, commit the failover.",
  "bcdr.runbook.group.check":
    "Check that each VM answers on its service port and its services run ({vms}); a VM of a later group starts once the VMs it depends on pass this check.",
  "bcdr.runbook.group.dns": "DNS (replaces {vms}): make the DR secondary zones primary.",
  "bcdr.runbook.group.exchange": "Exchange ({vms}): datacenter switchover of the DAG to the DR site.",
  "bcdr.runbook.group.files": "File services ({vms}): take the source folder targets offline in the DFS namespace so clients use the DR server.",
  "bcdr.runbook.group.fsmo":
    "If no source DC will come back, seize the FSMO roles on the DR DC. A DC whose roles were seized must never return online: rebuild it.",
  "bcdr.runbook.group.identity": "Identity (replaces {vms}): on the DR domain controller, check it is healthy and current.",
  "bcdr.runbook.group.listener": "Point the listener or the connection strings at the DR replica and check the databases are ONLINE.",
  "bcdr.runbook.group.logShipping": "With log shipping instead: restore the last copied log backups on the DR server and bring the databases online.",
  "bcdr.runbook.group.restore": "Restore ({vms}): redeploy each VM from the IaC export into the DR virtual network.",
  "bcdr.runbook.group.restoreData":
    "Install or check the backup agent, then restore the latest recovery point of each VM's data disks and system state from the off-stack target.",
  "bcdr.runbook.group.s2s":
    "Site Recovery stack-to-stack ({vms}): in the target stamp's user portal, open the Recovery Services vault → Replicated items, and run Failover for each VM, then Commit. There are no custom recovery plans: follow this list, or filter by a tag such as drGroup.",
  "bcdr.runbook.group.sql": "SQL Server ({vms}): on the DR replica, force the availability group over (asynchronous replica: what was not yet sent is lost).",
  "bcdr.runbook.group.storageReplica": "With Storage Replica instead: reverse the partnership so the DR volume becomes the source.",
  "bcdr.runbook.network.asrMapping":
    "In the Recovery Services vault, check the network mapping: each replicated item's target virtual network and subnet (Compute and Network settings). Site Recovery keeps the source IP when the target subnet has the same range.",
  "bcdr.runbook.network.create":
    "Create the virtual networks at the DR site {site} with the same address ranges and subnets, from the IaC export: {ranges}. Static private addresses stay as they are.",
  "bcdr.runbook.network.createNone":
    "Create the virtual networks at the DR site {site} with the same address ranges and subnets, from the IaC export: (no virtual networks in the inventory). Static private addresses stay as they are.",
  "bcdr.runbook.network.dnsServers": "Set the DNS servers of every DR virtual network to the DR domain controllers' addresses.",
  "bcdr.runbook.network.readdress":
    "The tenant ranges overlap ranges in use at the DR site ({overlaps}): create the DR virtual networks with new, free ranges and give every VM with a static address a new one (list under DNS changes).",
  "bcdr.runbook.network.replica":
    "The always-on replicas (extra DC, database replicas) live in the replica network (suggested {network}); peer it with the new DR virtual networks now.",
  "bcdr.runbook.test.app": "Check the application replicas without failing them over: AG synchronization state, AD replication, DFS-R backlog.",
  "bcdr.runbook.test.asr": "Start a test failover of each replicated item, group by group, into the isolated network.",
  "bcdr.runbook.test.asrCleanup": "After the checks, clean up the test failover.",
  "bcdr.runbook.test.dc":
    "Build a throwaway domain controller in the isolated network (from the DR DC's system-state backup) so test VMs can sign in; never connect it to production, and delete it afterwards.",
  "bcdr.runbook.test.network":
    "Create an isolated test virtual network at the DR site with the same ranges, with no VPN, ExpressRoute or peering to production or to the replica network.",
  "bcdr.runbook.test.record": "Record the achieved RTO for each group and the recovery point used; compare with the plan.",
  "bcdr.runbook.test.repeat": "Repeat at least twice a year and after every major change (assumption, docs/assumptions.md).",
  "bcdr.runbook.test.restore":
    "Redeploy one VM per group from the IaC export into the isolated network and restore its latest backup; time it against the plan's restore estimate.",
  "bcdr.runbook.test.s2s":
    "In the target stamp's portal, run Test failover for each replicated item into the isolated network (no custom recovery plans: go VM by VM, group by group), then Cleanup test failover.",
  "bcdr.runbook.title.cycle": "dependency cycle, no other dependencies",
  "bcdr.runbook.title.depth": "needs VMs of earlier groups (dependency depth {depth})",
  "bcdr.runbook.title.identity": "identity and DNS",
  "bcdr.runbook.title.none": "no dependencies",
  "bcdr.runbook.validate.protect": "Start protecting the DR copies: run a first backup of the failed-over VMs to a target that is not at the DR site.",
  "bcdr.runbook.validate.smoke": "Run each application's smoke test (sign-in, a read, a write) before declaring the service up.",
  "bcdr.runbook.validate.times":
    "For each group, compare the time each VM was usable with the plan's ready-after figure and the tier RTO; write the real times into the DR log.",
  "bcdr.site.azure-region": "the DR site is an Azure region",
  "bcdr.site.second-stamp": "the DR site is a second stamp",
  "bcdr.tech.active-directory": "an additional domain controller (with DNS) at the DR site, kept current by AD DS replication",
  "bcdr.tech.asr-stack-to-stack": "ASR appliance on the source stamp → Recovery Services vault on the target stamp; failover to target-stamp VMs",
  "bcdr.tech.asr-to-azure": "Mobility service → process server on the configuration server VM → Azure Storage; failover to Azure VMs",
  "bcdr.tech.dns": "a secondary DNS server at the DR site (zone transfer)",
  "bcdr.tech.exchange": "an Exchange database availability group (DAG) member at the DR site",
  "bcdr.tech.file-server": "DFS Replication to a file server at the DR site (or Storage Replica)",
  "bcdr.tech.restore": "redeploy at the DR site from the IaC export, then restore data from the off-stack backup",
  "bcdr.tech.restore.no-site": "redeploy from the IaC export, then restore data from the off-stack backup",
  "bcdr.tech.sql-server": "SQL Server Always On availability group with an asynchronous-commit replica at the DR site (or log shipping)",
  "bcdr.what.sourceStamp": "source stamp {name}",
  "bcdr.what.targetStamp": "target stamp {name}",
  "bcdr.what.targetStampUnnamed": "target stamp (unnamed)",
  "bcdr.why.requires-dr": 'tier "{tier}" requires DR',
  "bcdr.why.restore-impossible": "restore from backup is not possible ({blockers})",
  "bcdr.why.restore-slow": "a restore takes about {restore}, more than the {rto} RTO",
  "common.verbatim": "{text}",
  "contrast.aks.consistency": "crash-consistent volume snapshots, no simultaneous multi-volume snapshot; hooks for application consistency",
  "contrast.aks.frequency": "every {hours} h, the longest AKS backup frequency within the {rpo} h RPO",
  "contrast.aks.frequency.min": "RPO {rpo} h is below AKS backup's 4 h minimum: every 4 h, the target cannot be met",
  "contrast.aks.issue.disks": "{count} disks: the vault tier takes at most {max} disks per backup instance",
  "contrast.aks.issue.namespaces": "{count} namespaces: one backup instance covers at most {max}",
  "contrast.aks.issue.noLinuxPool": "no Linux agent pool: the backup extension has nowhere to run",
  "contrast.aks.req.identity": "a managed identity on the cluster (service-principal clusters, as aks-engine builds, are not supported)",
  "contrast.aks.req.limits": "at most {backups} on-demand backups and {restores} restores per backup instance per day",
  "contrast.aks.req.noVelero": "Velero must not be installed beside the backup extension, and no resource may carry velero.io labels or annotations",
  "contrast.aks.req.snapshotRg": "a snapshot resource group, fixed once configured",
  "contrast.aks.req.storage": "a Standard general-purpose v2 storage account and blob container in the cluster's region",
  "contrast.aks.req.window": "every {hours} h; backups expected to finish within {window} h of the scheduled start",
  "contrast.azurePolicy": "{kind} every {interval} h ({reason})",
  "contrast.case.forced-tunnelling.azure":
    "Yes. The VM agent's traffic to 168.63.129.16 is routed inside Azure and is not pulled on-premises by a 0.0.0.0/0 route (longest-prefix match); the backup data never enters the virtual network.",
  "contrast.case.forced-tunnelling.question": "The subnet sends 0.0.0.0/0 to a gateway or appliance (forced tunnelling). Does backup still work?",
  "contrast.case.guest-firewall.azure": "It is the one thing that can block Azure VM Backup: the guest must reach 168.63.129.16 on TCP 80 and 32526.",
  "contrast.case.guest-firewall.question": "What about the firewall inside the guest?",
  "contrast.case.nsg.azure": "Nothing: traffic to 168.63.129.16 on TCP 80 and 32526 is not subject to NSGs.",
  "contrast.case.nsg.question": "NSGs guard the VM. What must they allow?",
  "contrast.case.private-endpoint.azure":
    "Nothing for Azure VM backup: it needs no private endpoint and no internet or FQDN allow-list; the vault's private endpoint matters only for agents such as MARS.",
  "contrast.case.private-endpoint.question": "The vault (or target) has a private endpoint. What changes?",
  "contrast.case.reboot-after-snapshot.azure":
    "Yes, once Take Snapshot has completed: only that phase touches the VM; the transfer continues and instant restore is already possible. A power-state change during the snapshot may fail the job.",
  "contrast.case.reboot-after-snapshot.question": "Can the VM be rebooted or resized while the backup is still running?",
  "contrast.case.traffic-on-vm.azure":
    "None: the data goes from the host-side snapshot to the vault on the Azure backbone, not through the VM's NIC. The snapshot phase takes a few minutes with minimal interference.",
  "contrast.case.traffic-on-vm.question": "How much backup traffic crosses the VM's network interface?",
  "contrast.case.udr.azure":
    "No. A UDR cannot reroute traffic to 168.63.129.16, and transfer to the vault runs on the Azure backbone, not through the virtual network.",
  "contrast.case.udr.question": "User-defined routes are on the subnet. Do they change the backup path?",
  "contrast.consistency.agent": "as the agent's in-guest snapshot gives ({method}); not application-aware for this VM's roles",
  "contrast.consistency.appAware": "application-aware for {roles} ({method})",
  "contrast.consistency.none": "no backup",
  "contrast.immutable.off": "immutability not switched on in tenant.yaml",
  "contrast.immutable.on": "immutability switched on",
  "contrast.notInBackupPlan": "not in the backup plan",
  "contrast.policy.daily": "RPO of a day or more: Standard policy, daily",
  "contrast.policy.enhanced": "RPO {rpo} h below a day: Enhanced policy every {interval} h",
  "contrast.policy.enhancedMin": "RPO {rpo} h is below the Enhanced policy's 4 h minimum: every 4 h, the target cannot be met",
  "contrast.policy.weekly": "RPO of a week or more: Standard policy, weekly",
  "contrast.protection.s3": "{name}: object lock / versioning if the store supports and enables them ({immut})",
  "contrast.protection.second-stamp": "{name}: a second stamp has no vault; protection is what its storage account and access control give ({immut})",
  "contrast.protection.share": "{name}: file-share permissions only; a share reachable from the stack is reachable by ransomware on the stack ({immut})",
  "contrast.protection.vault":
    "{name} ({location}): the Recovery Services vault's soft delete, multi-user authorisation and immutable vault apply to the agent's copies ({immut})",
  "contrast.row.consistency.aspect": "consistency",
  "contrast.row.consistency.azure":
    "application-consistent when VSS writers (Windows) or pre/post scripts (Linux) succeed, file-system consistent otherwise, crash-consistent for a stopped VM; no multi-VM consistency",
  "contrast.row.consistency.stack": "what each agent gives: application-aware for the roles its product supports, else file-level from an in-guest snapshot",
  "contrast.row.copies.aspect": "where the copies live and what protects them",
  "contrast.row.copies.azure":
    "snapshots in the tenant's subscription for 1 to 5 days (Standard) or up to 30 (Enhanced); vault copies in Microsoft's tenant with soft delete, multi-user authorisation and immutability",
  "contrast.row.load.aspect": "load on the VM and its NIC",
  "contrast.row.load.azure": "a few minutes of snapshot (VSS or fs-freeze); no backup traffic on the NIC",
  "contrast.row.load.stack": "an agent in every protected guest reading and sending its changes for the whole run",
  "contrast.row.operates.aspect": "what the tenant operates",
  "contrast.row.operates.azure": "backup policies and the VM agent; Microsoft runs the extension, the snapshots, the transfer and the vault",
  "contrast.row.operates.stack": "{agents} agent(s) in guests, the target {target}, the network rules, monitoring and restore tests",
  "contrast.row.operates.stack.servers":
    "{agents} agent(s) in guests, {servers} backup server(s), the target {target}, the network rules, monitoring and restore tests",
  "contrast.row.path.aspect": "where the data travels",
  "contrast.row.path.azure": "host-side snapshot, then the Azure backbone to a vault in the same region; never through a VM's NIC or the virtual network",
  "contrast.row.path.stack": "from the guests over the tenant's WAN ({mbps} Mbit/s) to {target} in {location}, about {daily} GiB a day",
  "contrast.row.path.stack.servers": "from the guests over the tenant's WAN ({mbps} Mbit/s) to {target} in {location}, about {daily} GiB a day, via {servers}",
  "contrast.row.restore.aspect": "how soon a restore is possible",
  "contrast.row.restore.azure": "as soon as the snapshot phase completes (instant restore), hours before the vault transfer ends",
  "contrast.row.restore.stack": "only when a run's transfer to the off-stack target has completed; the first full takes the seeding time",
  "contrast.row.rpo.aspect": "RPO",
  "contrast.row.rpo.azure": "24 h with a Standard policy; down to 4 h with an Enhanced policy (vault copy once a day)",
  "contrast.row.rpo.stack": "the plan's achieved RPO per VM, bounded by runs a day the product allows and by the WAN",
  "contrast.row.rules.aspect": "network rules",
  "contrast.row.rules.azure":
    "outbound TCP 80 and 32526 to 168.63.129.16, which NSGs, forced tunnelling and UDRs do not touch; no internet access or FQDN allow-list",
  "contrast.row.rules.stack": "{count} rule(s) from the backup plan ({rules})",
  "contrast.velero.every": "every {every} h (tier {tier}, RPO {rpo} h), kept {days} days",
  "contrast.velero.monthly": "the 1st of each month, kept {months} months",
  "contrast.velero.weekly": "Sundays, kept {weeks} weeks",
  "contrast.velero.yearly": "1 January, kept {years} years",
  "fix.ambiguous-dependency": 'Write the dependency as "resourceGroup/vm" so it names exactly one VM.',
  "fix.backup.excluded-vm": "Nothing to do if the exclusion is intended; otherwise remove backup.exclude from the VM in tenant.yaml.",
  "fix.backup.key-vault-empty":
    "List the key, secret and certificate names of the key vault in tenant.yaml (keyNames, secretNames, certificateNames), or run discovery again.",
  "fix.backup.mabs-only-copy-on-stack":
    "Set protection.target.kind to azure-recovery-services-vault, or choose a product family whose agent writes to this target (protection.productFamily).",
  "fix.backup.mabs-scale-out":
    "Deploy the listed number of MABS servers in that network and spread the protected VMs across them; no change to tenant.yaml is needed.",
  "fix.backup.method-target-mismatch":
    "Choose a backup target the method can write to (protection.target.kind), or set another method with backup.method on the VM.",
  "fix.backup.method-unsupported-os": "Remove backup.method from the VM so the planner picks a method that runs on its OS, or set one that does.",
  "fix.backup.offline-seeding":
    "Order the offline seeding (disk shipment) for the first full backups, or raise protection.target.wanBandwidthMbps if the link will be faster.",
  "fix.backup.partner-agent-for-linux":
    "License and deploy Veeam Agent for Linux (with a Veeam backup server) for these VMs, or set protection.productFamily to a family that covers Linux.",
  "fix.backup.retention-exceeds-points":
    "Lower the tier's retention (protection.tiers[].retention) or its backups per day so the recovery points fit the method's limit.",
  "fix.backup.rpo-below-product":
    "Raise the tier's rpoHours to what the method achieves, or use a method with more backups a day for these VMs (backup.method).",
  "fix.backup.rto-not-met":
    "Raise the tier's rtoHours, raise protection.settings.restoreThroughputMBps if restores are faster than assumed, or give the VM a DR method with a standby.",
  "fix.backup.window-holds-fewer-runs":
    "Lengthen the tier's backupWindow.durationHours so every run of the day opens inside it (up to 24 h), or raise the tier's rpoHours to what the window holds.",
  "fix.backup.storage-account-beside-vault":
    "Create the Azure Blob storage account (or Veeam/Commvault repository) in the target region before the first backup.",
  "fix.backup.table-storage-not-copied":
    "Export the tables with a separate tool (for example a scheduled script that writes them to blobs) and keep the export off the stack.",
  "fix.backup.target-on-stamp":
    "Move protection.target to public Azure, another stamp or another site, and update its kind, location and endpoint in tenant.yaml.",
  "fix.backup.unknown-method": "Correct backup.method on the VM to one of the listed method ids, or remove it.",
  "fix.backup.unprotected-resource": "Protect the resource by hand (export its configuration and data off the stack) and record how, or accept the gap.",
  "fix.backup.unprotected-vm": "Give the VM a tier in tenant.yaml, or set protection.defaultTier.",
  "fix.backup.vm-agent-missing": "Install the Azure VM agent on the VM (then set vmAgent: true), or install the backup agent by hand.",
  "fix.backup.volume-too-large":
    "Split the data across smaller disks, exclude the disk (excludeFromBackup) and protect it another way, or use a method without this limit.",
  "fix.backup.wan-insufficient":
    "Widen the tier's backupWindow, raise protection.target.wanBandwidthMbps, or lower the change (changeRatePercent, excluded disks).",
  "fix.backup.window-overrun": "Stagger the tiers' backupWindow starts so their runs do not share the link, or widen the windows.",
  "fix.bcdr-address-overlap":
    "Choose new, free address ranges for the DR virtual networks and list them in protection.drSite.addressSpaces; plan the DNS changes in the runbook.",
  "fix.bcdr-dependency-cycle": "Remove one dependsOn entry of the cycle in tenant.yaml (the dependency that can wait until the others run).",
  "fix.bcdr-disk-churn-8k":
    "Measure the disk's real write sizes and rates; if they are small writes near the limit, use a Premium replica disk or spread the data over more disks.",
  "fix.bcdr-dr-site-none":
    "Set protection.drSite (kind, name and link speed), or set requiresDr: false on the tier if a restore after rebuilding the stamp is acceptable.",
  "fix.bcdr-excluded-from-backup": "Remove backup.exclude from the VM, or give it a replication method.",
  "fix.bcdr-link-too-slow":
    "Raise protection.drSite.wanBandwidthMbps (a faster link), or move VMs with the most change to restore-based DR by lowering their tier.",
  "fix.bcdr-linux-kernel": "Hold kernel updates on the VM (apt-mark hold) and update the kernel only to versions on the support list.",
  "fix.bcdr-no-dr-site": "Set protection.drSite so the restore has somewhere to run, or accept that the RTO starts once a replacement stamp exists.",
  "fix.bcdr-no-link": "Set protection.drSite.wanBandwidthMbps to the link speed towards the DR site.",
  "fix.bcdr-no-tier": "Give the VM a tier in tenant.yaml, or set protection.defaultTier.",
  "fix.bcdr-os-minor-version": "Check the exact OS release against the stack-to-stack support list and record it in osVersion.",
  "fix.bcdr-os-not-on-ash-list":
    "Check the current physical-server support matrix for this OS and kernel before enabling replication; upgrade the OS if it is not listed.",
  "fix.bcdr-os-unknown":
    "Check the OS against the Site Recovery support matrix by hand, and write osVersion in tenant.yaml as the catalogue spells it (docs/tenant-yaml.md).",
  "fix.bcdr-rpo-unmet": "Raise protection.drSite.wanBandwidthMbps, or raise the tier's rpoHours to what the link gives.",
  "fix.bcdr-rto-unmet":
    "Raise the tier's rtoHours, set requiresDr: true so the VMs get a standby, or shorten the dependency chain (dependsOn) that delays them.",
  "fix.bcdr-slow-initial-replication": "Enable replication in batches of runbook groups, or seed the first copy offline; no change to tenant.yaml is needed.",
  "fix.bcdr-sql-standard-basic-ag": "Use log shipping for instances with many databases, or move the VM to SQL Server Enterprise edition.",
  "fix.bcdr-stamp-version-unknown":
    "Set stamp.version and protection.drSite.stampVersion in tenant.yaml to the full build (for example 1.2301.2.58), or ask the stamp operator.",
  "fix.bcdr-uncovered-vm": "Resolve the blockers named in the reason (OS, disk sizes, change rate), or raise the tier's rtoHours so a restore meets it.",
  "fix.bcdr-unparsed-range": "Correct the entry in protection.drSite.addressSpaces to an IPv4 CIDR range such as 10.50.0.0/16.",
  "fix.bcdr-vm-churn-25":
    "Measure the VM's real peak write rate for at least 7 days and compare it with the current Site Recovery limit before relying on replication.",
  "fix.bcdr-wan-fallback": "Set protection.drSite.wanBandwidthMbps to the link speed towards the DR site.",
  "fix.disconnected-target": "Confirm the stamp can reach Azure over the internet; if it cannot, choose a target on another stamp or a share off the stack.",
  "fix.disk-too-large": "Correct sizeGiB; a managed disk on Azure Stack Hub holds at most the documented maximum.",
  "fix.dr-on-same-stamp": "Name a different stamp (or an Azure region) in protection.drSite.name.",
  "fix.dr-site-missing": "Set protection.drSite, or set requiresDr: false on these tiers.",
  "fix.dr-site-unnamed": "Set protection.drSite.name to the Azure region or the stamp.",
  "fix.duplicate-lun": "Give each data disk of the VM its own lun.",
  "fix.duplicate-name": "Rename one of the resources so each name is unique in its scope.",
  "fix.duplicate-priority": "Give each rule of the network security group its own priority.",
  "fix.empty-retention": "Set at least one of daily, weekly, monthly or yearly in the tier's retention.",
  "fix.iac-cyclic-groups":
    "Deploy the networks of these resource groups first, then run their templates again; or move the shared network into one resource group.",
  "fix.iac-data-not-included": "Nothing to change: restore the data from the backup after the template has recreated the resource.",
  "fix.iac-default-applied": 'Record the original value in tenant.yaml at the field shown under "where", or accept the default.',
  "fix.iac-not-reproducible":
    "Do the manual step the finding names after deployment (access policies, Key Vault restore, DNS, extensions) and keep it in the DR runbook.",
  "fix.iac-placeholder": "Fill the parameter in the parameter file before deploying, or add the missing value to tenant.yaml.",
  "fix.iac-secure-parameter":
    "Supply the value at deployment from a secret store (for example a Key Vault reference in the parameter file); never write it into tenant.yaml.",
  "fix.iac-terraform-limit": "Use the ARM template for this load balancer, or accept the Basic SKU in Terraform.",
  "fix.iac-terraform-unicode": "Nothing to do unless exact bytes matter; otherwise write the names in NFC in tenant.yaml.",
  "fix.iac-unsupported-setting":
    "Change the setting in tenant.yaml to one Azure Stack Hub supports (for example vpnType: RouteBased) and reconfigure the device on the other side.",
  "fix.iac-unsupported-type":
    "Export the resource with the export scripts and write down how to redeploy it; model it in tenant.yaml if the tool supports its type later.",
  "fix.incomplete-frontend": "Give the load balancer front end either a public IP address or a subnet and private address.",
  "fix.invalid-name": "Rename the resource in tenant.yaml (and in Azure Stack Hub) to a name the rule allows.",
  "fix.long-rpo": "Check the tier's rpoHours: it is in hours (for example 24 for a day).",
  "fix.missing-gateway-subnet": "Add a subnet named GatewaySubnet to the virtual network of the VPN gateway.",
  "fix.no-tier": "Give the VM a tier in tenant.yaml, or set protection.defaultTier.",
  "fix.os-disk-count": "Give the VM exactly one disk with role: os.",
  "fix.os-disk-lun": "Remove lun from the OS disk in tenant.yaml.",
  "fix.os-disk-too-small": "Correct sizeGiB of the OS disk to its real size (Windows images start at 30 GiB; 127 GiB is the usual default).",
  "fix.other-resource": "Protect the resource by hand (export scripts and a documented restore), or remove it from tenant.yaml if it is not needed.",
  "fix.region-display-name": "Write the region's name (lower case, no spaces), for example japaneast instead of Japan East.",
  "fix.repeated-vm-name": 'Write the VM as "resourceGroup/vm" wherever dependsOn refers to it.',
  "fix.schema": "Correct the field as the message says (docs/tenant-yaml.md describes every field).",
  "fix.self-dependency": "Remove the VM's own name from its dependsOn.",
  "fix.server-core-linux": "Remove serverCore from the Linux VM (it applies to Windows Server only).",
  "fix.size-mismatch": "Correct vCpus and memoryGiB (or the size) in tenant.yaml so they agree.",
  "fix.subnet-outside-vnet": "Correct the subnet's addressPrefix, or add the range to the virtual network's addressPrefixes.",
  "fix.subnet-overlap": "Give each subnet of the virtual network its own, non-overlapping addressPrefix.",
  "fix.stamp-missing-api-version":
    "Update the stamp to a release that supports the 2020-09-01-hybrid API profile, or ask the operator which api-version the stamp offers for this type; the templates use the profile's versions.",
  "fix.stamp-missing-extension":
    "Ask the stamp operator to download the extension through Azure Marketplace syndication, or install the agent another way (pushed from the backup server, or by hand).",
  "fix.stamp-missing-image":
    "Ask the stamp operator to download the image through Azure Marketplace syndication, or deploy the VM from its restored OS disk or a custom image.",
  "fix.stamp-missing-type":
    "Ask the stamp operator to offer the resource provider (or update the stamp); until then recreate the resource another way and keep the step in the DR runbook.",
  "fix.stamp-missing-vm-size":
    "Set a size the stamp offers in tenant.yaml (size), or ask the operator to enable this size; a deployment or restore onto a missing size fails.",
  "fix.stamp-not-listed": "Capture the file again with Get-AzureRMCloudCapability -IncludeComputeCapabilities, then plan again with --capabilities.",
  "fix.target-on-same-stamp": "Move protection.target off this stamp: public Azure, another stamp or another site.",
  "fix.target-stamp-unnamed": "Set protection.target.stampName to the stamp that holds the target.",
  "fix.too-many-data-disks": "Remove data disks or choose a VM size that takes that many (docs/vm-sizes.md).",
  "fix.unknown-dependency": 'Correct the name in dependsOn to a VM of the inventory ("resourceGroup/vm").',
  "fix.unknown-namespace": "Add the namespace to the cluster's namespaces list, or correct the volume's namespace.",
  "fix.unknown-reference": "Correct the name so it refers to a resource of the inventory, or add that resource.",
  "fix.unknown-region": "Check the spelling against `az account list-locations -o table` (the Name column) and correct the location.",
  "fix.unknown-tier": "Use a tier defined in protection.tiers, or add the tier there.",
  "fix.unknown-vm-size": "Correct the VM size to an Azure Stack Hub size (docs/vm-sizes.md), or check vCpus and memoryGiB by hand.",
  "fix.used-exceeds-size": "Correct usedGiB so it is at most the disk's sizeGiB.",
  "fix.vnet-address-overlap": "Re-address one of the networks, or plan separate, isolated networks for them at the DR site and say so in the runbook.",
  "fix.windows-computer-name": "Record the VM's real computer name, or accept the shortened computer name the ARM template offers as a parameter.",
  "fix.yaml-syntax": "Fix the YAML at the line and column shown (indentation, quotes, colons).",
  "iac.item.certificate": 'certificate "{name}"',
  "iac.item.key": 'key "{name}"',
  "iac.item.secret": 'secret "{name}"',
  "iac.param.adminPassword": 'local administrator password of VM "{vm}"',
  "iac.param.adminUsername": 'local administrator name of VM "{vm}" (not in the inventory)',
  "iac.param.osDiskSource": 'resource ID of the restored managed disk or snapshot that VM "{vm}" boots from (the inventory has no image reference)',
  "iac.param.sharedKey": 'IPsec pre-shared key of connection "{name}"',
  "list.comma": "{a}, {b}",
  "list.semicolon": "{a}; {b}",
  "msg.backup.excluded-vm": "{vm} is excluded from backup by the tenant",
  "msg.backup.key-vault-empty": "key vault {vault} lists no keys, secrets or certificates: the inventory may be incomplete (names only are recorded)",
  "msg.backup.mabs-only-copy-on-stack":
    "{count} MABS server(s) are planned, but MABS sends its off-stack copies only to a Recovery Services vault and the target is {target}: the only copy would stay on the stamp's disks, which may hold at most {localDays} days (retention asks for up to {longest} days)",
  "msg.backup.mabs-scale-out": "network {network} needs {count} MABS servers (at most {servers} protected servers and {disks} data disks each)",
  "msg.backup.method-target-mismatch.resource":
    "{what}: {method} cannot write to a {target} target (it writes to {targets}); add an object-storage target for it",
  "msg.backup.method-target-mismatch.vm": "{vm}: {method} cannot write to a {target} target (it writes to: {targets})",
  "msg.backup.method-unsupported-os": "{vm} is assigned {method}, but {why}",
  "msg.backup.offline-seeding":
    "the initial fulls ({gib} GiB after reduction) need {hours} h ({days} days) over the link, more than the {threshold}-day threshold: seed offline (disk shipment)",
  "msg.backup.offline-seeding.methods":
    "the initial fulls ({gib} GiB after reduction) need {hours} h ({days} days) over the link, more than the {threshold}-day threshold: seed offline (disk shipment); supported by {methods}",
  "msg.backup.partner-agent-for-linux": "{count} Linux VM(s) ({vms}) have no MABS/MARS path on Azure Stack Hub and are planned with Veeam Agent for Linux",
  "msg.backup.retention-exceeds-points": '{vm}: tier "{tier}" keeps {points} recovery points, more than the {max} {method} allows per protected instance',
  "msg.backup.rpo-below-product":
    '{vm}: tier "{tier}" asks for an RPO of {rpo} h ({wanted} backups a day), but {method} sends at most {max} a day off the stack: achieved RPO {achieved} h',
  "msg.backup.rto-not-met":
    "{vm}: a restore from the off-stack copy takes about {hours} h ({gib} GiB at {mbps} MB/s + redeploy), more than the tier's RTO of {rto} h",
  "msg.backup.window-holds-fewer-runs":
    'tier "{tier}": {runs} backups a day ({spacing} h apart) are wanted, but its window ({start} for {hours} h) holds only {held}; runs outside the window are not scheduled, so the achieved RPO is longer than the tier\'s',
  "msg.plan.invalid": "The plan is not valid: {errors} error finding(s); the documents say so at the top, and plan exits with code {code}.",
  "msg.backup.storage-account-beside-vault":
    "{methods} cannot write to a Recovery Services vault: the plan sends their copies to an Azure Blob storage account in {location}, which the tenant must create",
  "msg.backup.table-storage-not-copied":
    "storage account {account} holds {gib} GiB of table data, which AzCopy v10 does not copy: export it separately or it is not protected",
  "msg.backup.target-on-stamp":
    'backup target "{target}" is on stamp "{stamp}" itself: every copy would be lost with the stamp; place the target in public Azure, on another stamp or at another site',
  "msg.backup.unknown-method": '"{method}" is not a VM backup method; known: {known}',
  "msg.backup.unprotected-resource": '{type} "{name}": no method in the catalogue protects this resource type; protect it by hand or accept the gap',
  "msg.backup.unprotected-vm": "{vm} is not protected: {reason}",
  "msg.backup.vm-agent-missing":
    "{vm} has no Azure VM agent, but {method} is installed with the Custom Script Extension; install the VM agent or the backup agent by hand",
  "msg.backup.volume-too-large": "disk {disk} ({gib} GiB = {gb} GB) is larger than the {limit} GB volume limit of {method} on {os}",
  "msg.backup.wan-insufficient":
    'tier "{tier}" run {run}: {gib} GiB of daily change need {demand} min of the link\'s usable {usable} Mbit/s (of its {mbps} Mbit/s), but the window is {minutes} min: widen the window, add bandwidth or lower the change',
  "msg.backup.window-overrun":
    'tier "{tier}" run {run}: the window alone could carry its runs, but with the other tiers\' runs sharing the link some end after the window closes (last at +{last} min of {minutes})',
  "msg.bcdr-address-overlap":
    "tenant range {a} overlaps {b}, already in use at the DR site: the VMs cannot keep their addresses there; plan new ranges and DNS changes",
  "msg.bcdr-dependency-cycle": "dependency cycle: {cycle} (each needs the next running first); no failover order can satisfy it: break the cycle in dependsOn",
  "msg.bcdr-dr-site-none": 'tier "{tier}" requires DR, but the DR site is "none": {count} VM(s) have nowhere to fail over to ({vms})',
  "msg.bcdr-link-too-slow":
    "the replicated VMs change {gib} GiB a day ({average} Mbit/s on average), more than the link's usable {usable} Mbit/s: replication would never catch up",
  "msg.bcdr-no-link": "replication is planned but no link speed to the DR site is known: set protection.drSite.wanBandwidthMbps",
  "msg.bcdr-no-tier": "{vm} has no tier: the BC/DR plan leaves it out",
  "msg.bcdr-rpo-unmet": 'tier "{tier}" (RPO {rpo} h): the DR link gives an RPO of about {achieved} h for {vms}',
  "msg.bcdr-rpo-unmet.never": 'tier "{tier}" (RPO {rpo} h): the DR link cannot keep up with the replicated change for {vms}',
  "msg.bcdr-rto-unmet": 'tier "{tier}" (RTO {rto} h): the RTO is not met: {parts}',
  "msg.bcdr-slow-initial-replication":
    "initial replication of {gib} GiB takes about {hours} h over the link, more than {days} days: seed in batches (Site Recovery's planner aims at {goal} h per batch) or seed offline",
  "msg.bcdr-uncovered-vm": "{vm}: no method covers it: {reason}",
  "msg.bcdr-unparsed-range": '"{text}" is not an IPv4 CIDR range; the overlap check skipped it',
  "msg.bcdr-wan-fallback": "the DR site has no wanBandwidthMbps; the plan uses the backup target's link ({mbps} Mbit/s), which backup traffic also uses",
  "msg.bcdr.issue": "{vm} ({method}): {issue}",
  "msg.disconnected-target": "an AD FS stamp is often disconnected from Azure; MABS/MARS need an internet connection to reach the vault",
  "msg.dr-site-missing": "tier(s) {tiers} require a DR site, but none is set",
  "msg.iac-cyclic-groups": "resource groups {groups} refer to each other's networks: deploy their networks first, then run their templates again",
  "msg.iac-placeholder": 'parameter "{name}" is a placeholder without a value: {description}',
  "msg.iac-secure-parameter": 'parameter "{name}" (securestring) has no value in any file: supply it at deployment ({description})',
  "msg.iac-terraform-limit": 'load balancer "{name}" is {sku}; the azurestack provider accepts Basic only, so main.tf leaves sku unset (Basic)',
  "msg.iac-terraform-unicode":
    "{count} name, tag or description text(s) are not in Unicode NFC; HCL normalises every string to NFC, so Terraform writes them in their composed form",
  "msg.iac.avset-managed":
    'availability set "{name}" does not say whether it is managed; the template makes it managed (sku Aligned), as every VM of the inventory uses managed disks',
  "msg.iac.computer-name":
    'VM "{vm}" is longer than a Windows computer name ({max} characters); the template uses "{short}": set parameter "{parameter}" to the original computer name',
  "msg.iac.disk-lun": 'data disk "{name}" has no LUN; the template attaches it at LUN {lun}',
  "msg.iac.disk-size": 'disk "{name}" is {size} GiB; diskSizeGB is a whole number, so the template asks for {rounded}',
  "msg.iac.extensions": 'VM "{vm}" extensions ({extensions}) are listed by name only; install them again with their settings after deployment',
  "msg.iac.image-version": 'VM "{vm}" has no image version; the template uses "{value}", which may be newer than the original',
  "msg.iac.key-vault":
    'key vault "{name}": the template restores its configuration only, with no access policies (the inventory does not hold them: grant them again)',
  "msg.iac.key-vault.items":
    'key vault "{name}": the template restores its configuration only, with no access policies (the inventory does not hold them: grant them again); restore {items} from a Key Vault backup',
  "msg.iac.kubernetes":
    'Kubernetes cluster "{name}" is rebuilt with its engine (AKS engine apimodel) and its workloads restored from a cluster backup; it has no ARM template here',
  "msg.iac.nic-static": 'NIC "{name}" has an address but no allocation method; the template makes {address} Static so it is kept',
  "msg.iac.public-ip":
    'public IP address "{name}" had {address}; a redeployment gets a new address from the stamp\'s pool: update DNS records and partner firewalls',
  "msg.iac.rg-location": 'resource group "{group}" has no location; the templates use the stamp\'s region "{region}"',
  "msg.iac.rg-tags":
    'resource group "{name}" tags are set when the group is created (az group create --tags / New-AzResourceGroup -Tag), not by a group-scoped template',
  "msg.iac.storage-data": 'storage account "{name}": the template recreates the account only; blobs, tables and queues come back from the backup',
  "msg.iac.storage-kind": 'storage account "{name}" has no kind; the template uses {value}',
  "msg.iac.storage-sku": 'storage account "{name}" has no sku; the template uses {value}',
  "msg.iac.unsupported-type": 'resource "{id}" of type {type} has no template: export it with the export scripts and redeploy it by hand',
  "msg.iac.vm-no-nic": 'VM "{vm}" has no NIC in the inventory; a VM needs one: add it before deploying',
  "msg.iac.vpn-policy-based":
    'VPN gateway "{name}" is PolicyBased, which Azure Stack Hub does not support (route-based only): the deployment will fail until it is changed',
  "msg.iac.vpn-type": 'VPN gateway "{name}" has no vpnType; the template uses {value}',
  "msg.invalid-name": '{what} name "{name}" ({length} characters) breaks Azure\'s naming rule for its type: {rule}',
  "msg.long-rpo": "an RPO of {rpo} h is longer than a week; is the unit right (hours)?",
  "msg.no-tier": 'VM "{vm}" has no tier and protection.defaultTier is not set: the plan will list it as unprotected',
  "msg.os-disk-lun": "an OS disk has no LUN; the value is ignored",
  "msg.os-disk-too-small": 'the Windows OS disk of "{vm}" is {gib} GiB; Windows Server needs at least {min} GiB (32 GB)',
  "msg.other-resource": '{type} "{name}" is kept but not modelled; the plan lists it as not protected',
  "msg.region-display-name": '"{value}" is a display name; Azure Resource Manager names the region "{name}"',
  "msg.repeated-vm-name": 'VM name is used in {places}; refer to it as "resourceGroup/vm" in dependsOn',
  "msg.size-mismatch": "{size} has {vCpus} vCPUs and {memory} GiB; the file says {fileVCpus} vCPUs and {fileMemory} GiB",
  "msg.subnet-outside-vnet": 'subnet "{subnet}" ({prefix}) lies outside the address space of virtual network "{vnet}" ({space}); Azure refuses it',
  "msg.subnet-overlap": 'subnet "{subnet}" ({prefix}) overlaps subnet "{other}" ({otherPrefix}) of the same virtual network; Azure refuses it',
  "msg.stamp-missing-api-version": "{type} api-version {apiVersion} is not offered by the stamp (it offers {offered})",
  "msg.stamp-missing-extension": "VM extension {extension} for {vm} is not on the stamp ({reason})",
  "msg.stamp-missing-image": "image {image} for VM {vm} is not in the stamp's marketplace",
  "msg.stamp-missing-type": "resource type {type} is not offered by the stamp ({file})",
  "msg.stamp-missing-vm-size": "VM size {size} of {vm} is not offered by the stamp",
  "msg.stamp-not-listed.extensions": "{file} lists no VM extensions: extensions were not checked",
  "msg.stamp-not-listed.images": "{file} lists no marketplace images: images were not checked",
  "msg.stamp-not-listed.vmSizes": "{file} lists no VM sizes: VM sizes were not checked",
  "msg.unknown-namespace": 'namespace "{namespace}" is not in the cluster\'s namespaces list',
  "msg.unknown-region": '"{value}" is not a public Azure region name known to this tool (docs/assumptions.md lists them)',
  "msg.unknown-vm-size": '"{size}" is not an Azure Stack Hub VM size known to this tool (docs/vm-sizes.md)',
  "msg.vnet-address-overlap":
    "address space {bPrefix} of virtual network {b} overlaps {aPrefix} of {a} ({where}): the two cannot be peered or routed to each other, and {consequence}",
  "msg.vnet-overlap.across-subscriptions": "subscriptions {a} and {b}",
  "msg.vnet-overlap.dr": "the DR runbook, which recreates both at {site}, would bring the clash there",
  "msg.vnet-overlap.no-dr": "a DR site that recreates both would hold the clash",
  "msg.vnet-overlap.same-subscription": "both in subscription {subscription}",
  "msg.windows-computer-name":
    'Windows VM "{vm}" has a {length}-character name; a Windows computer name holds at most {max}, so a redeployment needs a shorter computer name',
  "name-kind.availability-set": "availability set",
  "name-kind.disk": "managed disk",
  "name-kind.key-vault": "key vault",
  "name-kind.load-balancer": "load balancer",
  "name-kind.nic": "network interface",
  "name-kind.nsg": "network security group",
  "name-kind.public-ip": "public IP address",
  "name-kind.resource-group": "resource group",
  "name-kind.route": "route",
  "name-kind.route-table": "route table",
  "name-kind.security-rule": "security rule",
  "name-kind.subnet": "subnet",
  "name-kind.vm": "VM",
  "name-kind.vnet": "virtual network",
  "name-kind.vpn-connection": "VPN connection",
  "name-kind.vpn-gateway": "VPN gateway",
  "name-rule.disk": "{min} to {max} characters: letters a-z and A-Z, digits, underscores and hyphens",
  "name-rule.key-vault":
    "{min} to {max} characters: letters a-z and A-Z, digits and hyphens, starting with a letter, ending with a letter or digit, no two hyphens in a row",
  "name-rule.network":
    "{min} to {max} characters: letters a-z and A-Z, digits, underscores, periods and hyphens, starting with a letter or digit and ending with a letter, digit or underscore",
  "name-rule.resource-group": "{min} to {max} characters: letters, digits, underscores, hyphens, periods and parentheses, not ending with a period",
  "name-rule.virtual-machine":
    "{min} to {max} characters, without spaces, control characters or any of ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \\ | ; : . ' \" , < > / ?, and not ending with a period or hyphen",
  "stamp.reason.agent": "the plan installs the {method} agent with the Custom Script Extension",
  "stamp.reason.recorded": "recorded on the VM in tenant.yaml; reinstalled after a redeployment",
  "stamp.reason.template": "the template deploys it",
} as const;
