/**
 * The network paths a backup plan creates, as NSG-rule-shaped requirements ready to turn into rules:
 * only for the methods the plan uses, so the list is what this tenant must open and no more.
 *
 * Sources (firmness per rule):
 * - MABS/MARS URLs, Entra ID ranges and 443: github.com/MicrosoftDocs/azure-docs articles/backup/backup-mabs-install-azure-stack.md ("V").
 * - DPM/MABS ↔ protection agent ports: SystemCenterDocs "Get ready to deploy DPM servers", "Plan firewall settings"
 *   table (DCOM 135 + dynamic 1024–65535, 5718/5719, DNS 53, Kerberos 88, LDAP 389, NetBIOS/SMB 137–139/445) ("V";
 *   written for DPM, applied to MABS, which shares its agent).
 * - Veeam and Commvault ports: vendor port references (Veeam KB1518, Commvault "network ports") not read in full ("U").
 * - Azure VM Backup contrast: learn.microsoft.com/azure/virtual-network/what-is-ip-address-168-63-129-16 (wire server,
 *   ports 80 and 32526) and the issue text ("V").
 */
import type { BackupTarget } from "../inventory/schema.js";
import type { NetworkRequirement } from "./types.js";

const MABS_ASH = "github.com/MicrosoftDocs/azure-docs articles/backup/backup-mabs-install-azure-stack.md";
const DPM_FW = "github.com/MicrosoftDocs/SystemCenterDocs, 'Get ready to deploy DPM servers', Plan firewall settings";

/** MARS/MABS endpoints (backup-mabs-install-azure-stack.md). */
export const MARS_FQDNS = [
  "www.msftncsi.com",
  "*.Microsoft.com",
  "*.WindowsAzure.com",
  "*.microsoftonline.com",
  "*.windows.net",
  "www.msftconnecttest.com",
  "*.blob.core.windows.net",
  "*.queue.core.windows.net",
  "*.blob.storage.azure.net",
];
/** Entra ID address ranges MARS needs (same source). */
export const ENTRA_ID_RANGES = ["20.190.128.0/18", "40.126.0.0/18"];

function rule(partial: Omit<NetworkRequirement, "access">): NetworkRequirement {
  return { access: "Allow", ...partial };
}

/** Where the off-stack copy goes, as an NSG destination and ports. */
function targetDestination(target: BackupTarget): { prefix: string; ports: string[]; fqdns?: string[]; note: string } {
  const host = target.endpoint ? target.endpoint.replace(/^[a-z]+:\/\//i, "").replace(/[/:].*$/, "") : undefined;
  switch (target.kind) {
    case "azure-recovery-services-vault":
      return { prefix: "Internet", ports: ["443"], fqdns: ["*.blob.core.windows.net"], note: `a storage account in ${target.location}` };
    case "second-stamp":
    case "s3-compatible":
      return { prefix: host ?? `<${target.name}-endpoint>`, ports: ["443"], ...(host ? { fqdns: [host] } : {}), note: target.name };
    case "smb-share":
      return { prefix: host ?? `<${target.name}-address>`, ports: ["445"], note: target.name };
    case "nfs-share":
      return { prefix: host ?? `<${target.name}-address>`, ports: ["2049"], note: target.name };
  }
}

export function networkRequirements(methodsUsed: ReadonlySet<string>, target: BackupTarget): NetworkRequirement[] {
  const rules: NetworkRequirement[] = [];
  const mabs = methodsUsed.has("mabs-mars");
  const mars = methodsUsed.has("mars");
  if (mabs || mars) {
    const appliesTo = [mabs ? "MABS servers" : "", mars ? "VMs with the MARS agent" : ""].filter(Boolean).join(" and ");
    const methods = [mabs ? "mabs-mars" : "", mars ? "mars" : ""].filter(Boolean);
    rules.push(
      rule({
        name: "allow-mars-azure-backup-443",
        direction: "Outbound",
        protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork",
        destinationAddressPrefix: "Internet",
        destinationPortRanges: ["443"],
        fqdns: MARS_FQDNS,
        appliesTo,
        methods,
        purpose: "MARS agent to the Recovery Services vault, its storage and queues (backup data leaves through the VM's NIC)",
        citation: MABS_ASH,
        firmness: "V",
      }),
      rule({
        name: "allow-mars-entra-id-443",
        direction: "Outbound",
        protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork",
        destinationAddressPrefix: ENTRA_ID_RANGES.join(","),
        destinationPortRanges: ["443"],
        appliesTo,
        methods,
        purpose: "sign-in of the MARS agent against Microsoft Entra ID",
        citation: MABS_ASH,
        firmness: "V",
      }),
    );
  }
  if (mabs) {
    const dpm = (name: string, protocol: "Tcp" | "Udp", ports: string[], purpose: string, direction: "Inbound" | "Outbound" = "Inbound"): NetworkRequirement =>
      rule({
        name,
        direction,
        protocol,
        sourceAddressPrefix: direction === "Inbound" ? "<mabs-server-ip>" : "VirtualNetwork",
        destinationAddressPrefix: direction === "Inbound" ? "VirtualNetwork" : "<domain-controllers>",
        destinationPortRanges: ports,
        appliesTo: direction === "Inbound" ? "VMs protected by MABS" : "MABS servers and protected VMs",
        methods: ["mabs-mars"],
        purpose,
        citation: DPM_FW,
        firmness: "V",
      });
    rules.push(
      dpm("allow-mabs-dcom-135", "Tcp", ["135", "1024-65535"], "MABS sends commands to the protection agent over DCOM (135 and the dynamic RPC range)"),
      dpm("allow-mabs-data-channel", "Tcp", ["5718", "5719"], "MABS data channel: agent coordinator (5718) and protection agent (5719)"),
      dpm("allow-mabs-smb-netbios-tcp", "Tcp", ["139", "445"], "agent installation and SMB operations between MABS and the protected VM"),
      dpm("allow-mabs-netbios-udp", "Udp", ["137", "138"], "NetBIOS name and datagram services between MABS and the protected VM"),
      rule({
        name: "allow-protected-to-mabs-data-channel",
        direction: "Outbound",
        protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork",
        destinationAddressPrefix: "<mabs-server-ip>",
        destinationPortRanges: ["5718", "5719"],
        appliesTo: "VMs protected by MABS",
        methods: ["mabs-mars"],
        purpose: "protected machines also open the data channel to the MABS server",
        citation: DPM_FW,
        firmness: "V",
      }),
      dpm("allow-mabs-domain-dns", "Udp", ["53"], "name resolution against the domain controllers", "Outbound"),
      dpm("allow-mabs-domain-kerberos-ldap", "Tcp", ["88", "389"], "Kerberos and LDAP against the domain controllers (also UDP 88 and 389)", "Outbound"),
    );
  }
  const dest = targetDestination(target);
  const veeam = ["veeam-agent-windows", "veeam-agent-linux"].filter((m) => methodsUsed.has(m));
  if (methodsUsed.has("veeam-agent-windows")) {
    rules.push(
      rule({
        name: "allow-veeam-deploy-windows",
        direction: "Inbound",
        protocol: "Tcp",
        sourceAddressPrefix: "<veeam-backup-server-ip>",
        destinationAddressPrefix: "VirtualNetwork",
        destinationPortRanges: ["135", "139", "445", "6160", "10005"],
        appliesTo: "Windows VMs with Veeam Agent",
        methods: ["veeam-agent-windows"],
        purpose: "the backup server pushes and controls the agent (RPC/SMB, Veeam Installer Service 6160, agent service 10005)",
        citation: "Veeam KB1518 (Veeam ports), not read in full",
        firmness: "U",
      }),
    );
  }
  if (methodsUsed.has("veeam-agent-linux")) {
    rules.push(
      rule({
        name: "allow-veeam-deploy-linux",
        direction: "Inbound",
        protocol: "Tcp",
        sourceAddressPrefix: "<veeam-backup-server-ip>",
        destinationAddressPrefix: "VirtualNetwork",
        destinationPortRanges: ["22", "10006"],
        appliesTo: "Linux VMs with Veeam Agent",
        methods: ["veeam-agent-linux"],
        purpose: "the backup server deploys the agent over SSH and controls it (agent service 10006)",
        citation: "Veeam Backup & Replication user guide, ports (not read in full)",
        firmness: "U",
      }),
    );
  }
  if (veeam.length > 0) {
    rules.push(
      rule({
        name: "allow-veeam-agent-to-repository",
        direction: "Outbound",
        protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork",
        destinationAddressPrefix: dest.prefix,
        destinationPortRanges: target.kind === "smb-share" || target.kind === "nfs-share" ? ["2500-3300", ...dest.ports] : ["2500-3300", "443"],
        appliesTo: "VMs with Veeam Agent",
        methods: veeam,
        purpose: `backup data from the agent straight to the repository off the stack (${dest.note}); agents need a direct connection to the repository`,
        citation: "Azure-Samples/Azure-Stack-Hub-Foundation-Core BCDR-validation/Veeam_results_round1.md (direct connection); port range from Veeam KB1518, not read in full",
        firmness: "U",
      }),
    );
  }
  if (methodsUsed.has("commvault-agent")) {
    rules.push(
      rule({
        name: "allow-commvault-cvd",
        direction: "Inbound",
        protocol: "Tcp",
        sourceAddressPrefix: "<commserve-and-mediaagent-ips>",
        destinationAddressPrefix: "VirtualNetwork",
        destinationPortRanges: ["8400", "8403"],
        appliesTo: "VMs with the Commvault agent",
        methods: ["commvault-agent"],
        purpose: "CommServe and MediaAgent reach the client's communications service (8400) and firewall tunnel (8403)",
        citation: "Commvault documentation, network port requirements (not read)",
        firmness: "U",
      }),
      rule({
        name: "allow-commvault-to-mediaagent",
        direction: "Outbound",
        protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork",
        destinationAddressPrefix: "<mediaagent-ip>",
        destinationPortRanges: ["8400", "8403"],
        appliesTo: "VMs with the Commvault agent",
        methods: ["commvault-agent"],
        purpose: "backup data to the MediaAgent, which writes to the library off the stack",
        citation: "Commvault documentation, network port requirements (not read)",
        firmness: "U",
      }),
    );
  }
  if (methodsUsed.has("generic-agent")) {
    rules.push(
      rule({
        name: "allow-generic-agent-to-target",
        direction: "Outbound",
        protocol: "Tcp",
        sourceAddressPrefix: "VirtualNetwork",
        destinationAddressPrefix: dest.prefix,
        destinationPortRanges: dest.ports,
        ...(dest.fqdns ? { fqdns: dest.fqdns } : {}),
        appliesTo: "VMs with the generic agent",
        methods: ["generic-agent"],
        purpose: `backup data to the target (${dest.note}); the product's own control ports must be added from its documentation`,
        citation: "planner assumption (unknown product)",
        firmness: "U",
      }),
    );
  }
  const resourceMethods = ["blob-copy", "key-vault-backup", "velero"].filter((m) => methodsUsed.has(m));
  if (resourceMethods.length > 0) {
    rules.push(
      rule({
        name: "allow-resource-copy-to-target-443",
        direction: "Outbound",
        protocol: "Tcp",
        sourceAddressPrefix: "<copy-runner-ip>",
        destinationAddressPrefix: dest.prefix === "Internet" || target.kind === "second-stamp" || target.kind === "s3-compatible" ? dest.prefix : "Internet",
        destinationPortRanges: target.kind === "smb-share" || target.kind === "nfs-share" ? dest.ports : ["443"],
        ...(dest.fqdns ? { fqdns: dest.fqdns } : {}),
        appliesTo: "the VM or cluster that runs AzCopy, the key vault export and Velero",
        methods: resourceMethods,
        purpose: "copies of blobs, key vault backups and Velero objects to storage off the stack",
        citation: "learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10; velero.io/docs",
        firmness: "U",
      }),
    );
  }
  return rules;
}

/** Azure VM Backup needs only the wire server; its backup data never crosses the VM's NIC. */
export function azureVmBackupRequirements(): NetworkRequirement[] {
  return [
    rule({
      name: "allow-wireserver-80-32526",
      direction: "Outbound",
      protocol: "Tcp",
      sourceAddressPrefix: "VirtualNetwork",
      destinationAddressPrefix: "168.63.129.16",
      destinationPortRanges: ["80", "32526"],
      appliesTo: "every VM (Azure VM agent and backup extension)",
      methods: [],
      purpose: "contrast: in public Azure the backup extension talks only to the wire server; snapshots and transfer to the vault happen in the platform, not through the VM's NIC",
      citation: "learn.microsoft.com/azure/virtual-network/what-is-ip-address-168-63-129-16",
      firmness: "V",
    }),
  ];
}
