/**
 * Operating system versions a tenant runs on Azure Stack Hub, keyed by the display string stored in
 * tenant.yaml `osVersion` (e.g. "Windows Server 2019 Datacenter", "Ubuntu 20.04 LTS").
 *
 * Sources:
 * - Marketplace items an operator can syndicate to a stamp: https://learn.microsoft.com/azure-stack/operator/azure-stack-marketplace-azure-items
 *   (MicrosoftDocs/azure-stack-docs: azure-stack/operator/azure-stack-marketplace-azure-items.md): Windows Server
 *   (MicrosoftWindowsServer.WindowsServer), Ubuntu Server (Canonical.UbuntuServer), CentOS-based 7.5 (Rogue Wave,
 *   formerly OpenLogic), SLES 12 SP4 / SLES 15 (BYOS) (suse.sles-byos), Debian (credativ, Debian 8 at the time).
 * - The Server Core image reference MicrosoftWindowsServer/WindowsServer/2016-Datacenter-Server-Core appears in
 *   azure-stack/operator/azure-stack-download-azure-marketplace-item.md.
 * - Azure Stack Hub runs generation 1 VMs only (azure-stack/user/azure-stack-vm-considerations.md), so every SKU
 *   below is the generation 1 one (no "-g2" / "gen2" SKUs).
 * - Red Hat Enterprise Linux is not a marketplace item on Azure Stack Hub: operators prepare a custom image
 *   (azure-stack/operator/azure-stack-redhat-create-upload-vhd.md, linked from azure-stack-linux.md), so RHEL
 *   entries carry no imageReference.
 *
 * ASSUMPTIONS (not read from an Azure Stack Hub page; taken from the public Azure image names, which syndicated
 * marketplace items keep):
 * - Windows Server 2019/2022 SKUs ("2019-Datacenter", "2019-Datacenter-Core", "2022-datacenter",
 *   "2022-datacenter-core") and 2012 R2 ("2012-R2-Datacenter").
 * - Ubuntu 20.04 / 22.04 offers ("0001-com-ubuntu-server-focal" / "-jammy", SKUs "20_04-lts" / "22_04-lts").
 * - Debian 10/11 (publisher "Debian", offers "debian-10"/"debian-11"), CentOS 7 (OpenLogic/CentOS/7.5, as the
 *   Azure CLI image aliases use), SLES BYOS SKUs ("12-SP4", "15").
 * - Windows Server 2012 R2 has no Server Core marketplace image; that entry exists so inventories can name it.
 * An operator can publish any image under any name: check `Get-AzVMImageSku` on the stamp before relying on these.
 */
import type { osTypes } from "./schema.js";

export type OsType = (typeof osTypes)[number];

export type OsFamily = "windows-server" | "ubuntu" | "rhel" | "sles" | "centos" | "debian";

export interface OsImageReference {
  publisher: string;
  offer: string;
  sku: string;
}

export interface OsVersion {
  /** The string stored in tenant.yaml `osVersion`. */
  displayName: string;
  osType: OsType;
  family: OsFamily;
  /** Product version, e.g. "2019", "2012 R2", "20.04", "8". */
  version: string;
  /** Windows Server Core installation (no desktop experience; MARS cannot run there). Always false for Linux. */
  serverCore: boolean;
  /** Marketplace image, where one is commonly syndicated to Azure Stack Hub. */
  imageReference?: OsImageReference;
  /** Other spellings findOsVersion accepts. */
  aliases?: readonly string[];
  /** Where the imageReference comes from, or why there is none. */
  note?: string;
}

const WS = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer" } as const;

function windows(version: string, sku: string | undefined, serverCore: boolean, aliases: readonly string[], note?: string): OsVersion {
  const displayName = `Windows Server ${version} Datacenter${serverCore ? " Server Core" : ""}`;
  return {
    displayName,
    osType: "windows",
    family: "windows-server",
    version,
    serverCore,
    ...(sku ? { imageReference: { ...WS, sku } } : {}),
    aliases,
    ...(note ? { note } : {}),
  };
}

const entries: OsVersion[] = [
  windows("2012 R2", "2012-R2-Datacenter", false, ["Windows Server 2012 R2", "WS2012R2"]),
  windows(
    "2012 R2",
    undefined,
    true,
    ["Windows Server 2012 R2 Server Core", "Windows Server 2012 R2 Core"],
    "No marketplace image: a Server Core installation of 2012 R2 comes from a custom image (assumption).",
  ),
  windows("2016", "2016-Datacenter", false, ["Windows Server 2016", "WS2016"]),
  windows(
    "2016",
    "2016-Datacenter-Server-Core",
    true,
    ["Windows Server 2016 Server Core", "Windows Server 2016 Datacenter Core"],
    "SKU as shown in azure-stack-download-azure-marketplace-item.md.",
  ),
  windows("2019", "2019-Datacenter", false, ["Windows Server 2019", "WS2019"]),
  windows("2019", "2019-Datacenter-Core", true, ["Windows Server 2019 Server Core", "Windows Server 2019 Datacenter Core"]),
  windows("2022", "2022-datacenter", false, ["Windows Server 2022", "WS2022"]),
  windows("2022", "2022-datacenter-core", true, ["Windows Server 2022 Server Core", "Windows Server 2022 Datacenter Core"]),
  {
    displayName: "Ubuntu 18.04 LTS",
    osType: "linux",
    family: "ubuntu",
    version: "18.04",
    serverCore: false,
    imageReference: { publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS" },
    aliases: ["Ubuntu Server 18.04 LTS", "Ubuntu 18.04"],
  },
  {
    displayName: "Ubuntu 20.04 LTS",
    osType: "linux",
    family: "ubuntu",
    version: "20.04",
    serverCore: false,
    imageReference: { publisher: "Canonical", offer: "0001-com-ubuntu-server-focal", sku: "20_04-lts" },
    aliases: ["Ubuntu Server 20.04 LTS", "Ubuntu 20.04"],
  },
  {
    displayName: "Ubuntu 22.04 LTS",
    osType: "linux",
    family: "ubuntu",
    version: "22.04",
    serverCore: false,
    imageReference: { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts" },
    aliases: ["Ubuntu Server 22.04 LTS", "Ubuntu 22.04"],
  },
  {
    displayName: "Red Hat Enterprise Linux 7",
    osType: "linux",
    family: "rhel",
    version: "7",
    serverCore: false,
    aliases: ["RHEL 7", "RHEL 7.x", "Red Hat Enterprise Linux 7.x"],
    note: "Custom image (Red Hat Cloud Access); not an Azure Stack Hub marketplace item.",
  },
  {
    displayName: "Red Hat Enterprise Linux 8",
    osType: "linux",
    family: "rhel",
    version: "8",
    serverCore: false,
    aliases: ["RHEL 8", "RHEL 8.x", "Red Hat Enterprise Linux 8.x"],
    note: "Custom image (Red Hat Cloud Access); not an Azure Stack Hub marketplace item.",
  },
  {
    displayName: "SUSE Linux Enterprise Server 12",
    osType: "linux",
    family: "sles",
    version: "12",
    serverCore: false,
    imageReference: { publisher: "SUSE", offer: "SLES-BYOS", sku: "12-SP4" },
    aliases: ["SLES 12", "SLES 12 SP4", "SLES 12 SP4 (BYOS)"],
    note: 'Marketplace item "SLES 12 SP4 (BYOS)"; SKU name is an assumption.',
  },
  {
    displayName: "SUSE Linux Enterprise Server 15",
    osType: "linux",
    family: "sles",
    version: "15",
    serverCore: false,
    imageReference: { publisher: "SUSE", offer: "SLES-BYOS", sku: "15" },
    aliases: ["SLES 15", "SLES 15 (BYOS)"],
    note: 'Marketplace item "SLES 15 (BYOS)"; SKU name is an assumption.',
  },
  {
    displayName: "CentOS 7",
    osType: "linux",
    family: "centos",
    version: "7",
    serverCore: false,
    imageReference: { publisher: "OpenLogic", offer: "CentOS", sku: "7.5" },
    aliases: ["CentOS Linux 7", "CentOS 7.x", "CentOS-based 7.5"],
    note: 'Marketplace item "CentOS-based 7.5" (Rogue Wave, formerly OpenLogic).',
  },
  {
    displayName: "Debian 10",
    osType: "linux",
    family: "debian",
    version: "10",
    serverCore: false,
    imageReference: { publisher: "Debian", offer: "debian-10", sku: "10" },
    aliases: ["Debian 10 (buster)", "Debian GNU/Linux 10", "Debian Buster"],
  },
  {
    displayName: "Debian 11",
    osType: "linux",
    family: "debian",
    version: "11",
    serverCore: false,
    imageReference: { publisher: "Debian", offer: "debian-11", sku: "11" },
    aliases: ["Debian 11 (bullseye)", "Debian GNU/Linux 11", "Debian Bullseye"],
  },
];

export const osCatalog: readonly OsVersion[] = Object.freeze(entries.map((v) => Object.freeze(v)));

/** Lower case, single spaces, trimmed. */
function normalize(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

const byName = new Map<string, OsVersion>();
for (const v of osCatalog) {
  for (const key of [v.displayName, ...(v.aliases ?? [])]) {
    const k = normalize(key);
    if (!byName.has(k)) byName.set(k, v);
  }
}

/**
 * Finds an OS version by its display name or an alias, case-insensitively and ignoring extra white space.
 * If nothing matches, a trailing minor version or service pack is dropped and the lookup is tried again, so
 * "RHEL 8.6", "CentOS 7.9" and "SLES 15 SP4" find their major version.
 */
export function findOsVersion(display: string): OsVersion | undefined {
  const key = normalize(display);
  if (key === "") return undefined;
  const exact = byName.get(key);
  if (exact) return exact;
  const major = key.replace(/^(.*?\b\d+)(?:\.\d+)+$/, "$1").replace(/\s+sp\d+$/, "");
  return major !== key ? byName.get(major) : undefined;
}
