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
import { t, type LocalText } from "../base/text.js";
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

type RuleInput = Omit<NetworkRequirement, "access" | "purpose" | "purposeLocal" | "appliesTo" | "appliesToLocal"> & {
  purpose: LocalText;
  appliesTo: LocalText;
};

/** A rule with its purpose and "applies to" in English and, beside them, their keys (src/base/text.ts). */
function rule(partial: RuleInput): NetworkRequirement {
  // Same key order as the input, each text followed by its key: the JSON and YAML stay in model order.
  const out: Record<string, unknown> = { access: "Allow" };
  for (const [key, value] of Object.entries(partial)) {
    if (key === "purpose" || key === "appliesTo") {
      out[key] = (value as LocalText).en;
      out[`${key}Local`] = value;
    } else out[key] = value;
  }
  return out as unknown as NetworkRequirement;
}

/** Where the off-stack copy goes, as an NSG destination and ports. */
function targetDestination(target: BackupTarget): { prefix: string; ports: string[]; fqdns?: string[]; note: LocalText } {
  const host = target.endpoint ? target.endpoint.replace(/^[a-z]+:\/\//i, "").replace(/[/:].*$/, "") : undefined;
  switch (target.kind) {
    case "azure-recovery-services-vault":
      return {
        prefix: "Internet",
        ports: ["443"],
        fqdns: ["*.blob.core.windows.net"],
        note: t("backup.rule.note.storageAccount", { location: target.location }),
      };
    case "second-stamp":
    case "s3-compatible":
      return {
        prefix: host ?? `<${target.name}-endpoint>`,
        ports: ["443"],
        ...(host ? { fqdns: [host] } : {}),
        note: t("common.verbatim", { text: target.name }),
      };
    case "smb-share":
      return { prefix: host ?? `<${target.name}-address>`, ports: ["445"], note: t("common.verbatim", { text: target.name }) };
    case "nfs-share":
      return { prefix: host ?? `<${target.name}-address>`, ports: ["2049"], note: t("common.verbatim", { text: target.name }) };
  }
}

/** What every product's rule set reads: the methods the plan uses, the target, and where the copy goes. */
interface RuleContext {
  methodsUsed: ReadonlySet<string>;
  target: BackupTarget;
  dest: ReturnType<typeof targetDestination>;
}

/**
 * One rule set per product, in the order the rules are listed; each returns nothing when the plan does not use
 * the product. A new product is one more entry here.
 */
const RULE_SETS: readonly ((c: RuleContext) => NetworkRequirement[])[] = [
  marsRules,
  mabsRules,
  veeamRules,
  commvaultRules,
  genericAgentRules,
  resourceCopyRules,
];

export function networkRequirements(methodsUsed: ReadonlySet<string>, target: BackupTarget): NetworkRequirement[] {
  const c: RuleContext = { methodsUsed, target, dest: targetDestination(target) };
  return RULE_SETS.flatMap((rules) => rules(c));
}

/** MARS (alone or under MABS) talks to the Recovery Services vault and to Entra ID over 443. */
function marsRules({ methodsUsed }: RuleContext): NetworkRequirement[] {
  const mabs = methodsUsed.has("mabs-mars");
  const mars = methodsUsed.has("mars");
  if (!mabs && !mars) return [];
  const appliesTo = mabs && mars ? t("backup.applies.mabsAndMars") : mabs ? t("backup.applies.mabs") : t("backup.applies.mars");
  const methods = [mabs ? "mabs-mars" : "", mars ? "mars" : ""].filter(Boolean);
  return [
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
      purpose: t("backup.rule.mars-vault"),
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
      purpose: t("backup.rule.mars-entra"),
      citation: MABS_ASH,
      firmness: "V",
    }),
  ];
}

/** The MABS server and its protection agents: DCOM, the data channel, SMB/NetBIOS, and the domain services. */
function mabsRules({ methodsUsed }: RuleContext): NetworkRequirement[] {
  if (!methodsUsed.has("mabs-mars")) return [];
  const dpm = (name: string, protocol: "Tcp" | "Udp", ports: string[], purpose: LocalText, direction: "Inbound" | "Outbound" = "Inbound"): NetworkRequirement =>
    rule({
      name,
      direction,
      protocol,
      sourceAddressPrefix: direction === "Inbound" ? "<mabs-server-ip>" : "VirtualNetwork",
      destinationAddressPrefix: direction === "Inbound" ? "VirtualNetwork" : "<domain-controllers>",
      destinationPortRanges: ports,
      appliesTo: direction === "Inbound" ? t("backup.applies.mabsProtected") : t("backup.applies.mabsAndProtected"),
      methods: ["mabs-mars"],
      purpose,
      citation: DPM_FW,
      firmness: "V",
    });
  return [
    dpm("allow-mabs-dcom-135", "Tcp", ["135", "1024-65535"], t("backup.rule.mabs-dcom")),
    dpm("allow-mabs-data-channel", "Tcp", ["5718", "5719"], t("backup.rule.mabs-data")),
    dpm("allow-mabs-smb-netbios-tcp", "Tcp", ["139", "445"], t("backup.rule.mabs-smb")),
    dpm("allow-mabs-netbios-udp", "Udp", ["137", "138"], t("backup.rule.mabs-netbios")),
    rule({
      name: "allow-protected-to-mabs-data-channel",
      direction: "Outbound",
      protocol: "Tcp",
      sourceAddressPrefix: "VirtualNetwork",
      destinationAddressPrefix: "<mabs-server-ip>",
      destinationPortRanges: ["5718", "5719"],
      appliesTo: t("backup.applies.mabsProtected"),
      methods: ["mabs-mars"],
      purpose: t("backup.rule.protected-to-mabs"),
      citation: DPM_FW,
      firmness: "V",
    }),
    dpm("allow-mabs-domain-dns", "Udp", ["53"], t("backup.rule.dns"), "Outbound"),
    dpm("allow-mabs-domain-kerberos-ldap", "Tcp", ["88", "389"], t("backup.rule.kerberos"), "Outbound"),
  ];
}

/** Veeam agents: deployment from the backup server per OS, then the agents' data to the repository. */
function veeamRules({ methodsUsed, target, dest }: RuleContext): NetworkRequirement[] {
  const rules: NetworkRequirement[] = [];
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
        appliesTo: t("backup.applies.veeamWindows"),
        methods: ["veeam-agent-windows"],
        purpose: t("backup.rule.veeam-windows"),
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
        appliesTo: t("backup.applies.veeamLinux"),
        methods: ["veeam-agent-linux"],
        purpose: t("backup.rule.veeam-linux"),
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
        appliesTo: t("backup.applies.veeam"),
        methods: veeam,
        purpose: t("backup.rule.veeam-data", { note: dest.note }),
        citation:
          "Azure-Samples/Azure-Stack-Hub-Foundation-Core BCDR-validation/Veeam_results_round1.md (direct connection); port range from Veeam KB1518, not read in full",
        firmness: "U",
      }),
    );
  }
  return rules;
}

function commvaultRules({ methodsUsed }: RuleContext): NetworkRequirement[] {
  if (!methodsUsed.has("commvault-agent")) return [];
  return [
    rule({
      name: "allow-commvault-cvd",
      direction: "Inbound",
      protocol: "Tcp",
      sourceAddressPrefix: "<commserve-and-mediaagent-ips>",
      destinationAddressPrefix: "VirtualNetwork",
      destinationPortRanges: ["8400", "8403"],
      appliesTo: t("backup.applies.commvault"),
      methods: ["commvault-agent"],
      purpose: t("backup.rule.commvault-control"),
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
      appliesTo: t("backup.applies.commvault"),
      methods: ["commvault-agent"],
      purpose: t("backup.rule.commvault-data"),
      citation: "Commvault documentation, network port requirements (not read)",
      firmness: "U",
    }),
  ];
}

function genericAgentRules({ methodsUsed, dest }: RuleContext): NetworkRequirement[] {
  if (!methodsUsed.has("generic-agent")) return [];
  return [
    rule({
      name: "allow-generic-agent-to-target",
      direction: "Outbound",
      protocol: "Tcp",
      sourceAddressPrefix: "VirtualNetwork",
      destinationAddressPrefix: dest.prefix,
      destinationPortRanges: dest.ports,
      ...(dest.fqdns ? { fqdns: dest.fqdns } : {}),
      appliesTo: t("backup.applies.generic"),
      methods: ["generic-agent"],
      purpose: t("backup.rule.generic-data", { note: dest.note }),
      citation: "planner assumption (unknown product)",
      firmness: "U",
    }),
  ];
}

/** Blob copy, key vault backup and Velero run from one copy runner that writes to the target over 443. */
function resourceCopyRules({ methodsUsed, target, dest }: RuleContext): NetworkRequirement[] {
  const resourceMethods = ["blob-copy", "key-vault-backup", "velero"].filter((m) => methodsUsed.has(m));
  if (resourceMethods.length === 0) return [];
  return [
    rule({
      name: "allow-resource-copy-to-target-443",
      direction: "Outbound",
      protocol: "Tcp",
      sourceAddressPrefix: "<copy-runner-ip>",
      destinationAddressPrefix: dest.prefix === "Internet" || target.kind === "second-stamp" || target.kind === "s3-compatible" ? dest.prefix : "Internet",
      destinationPortRanges: target.kind === "smb-share" || target.kind === "nfs-share" ? dest.ports : ["443"],
      ...(dest.fqdns ? { fqdns: dest.fqdns } : {}),
      appliesTo: t("backup.applies.resources"),
      methods: resourceMethods,
      purpose: t("backup.rule.resources"),
      citation: "learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10; velero.io/docs",
      firmness: "U",
    }),
  ];
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
      appliesTo: t("backup.applies.azureVm"),
      methods: [],
      purpose: t("backup.rule.azure-contrast"),
      citation: "learn.microsoft.com/azure/virtual-network/what-is-ip-address-168-63-129-16",
      firmness: "V",
    }),
  ];
}
