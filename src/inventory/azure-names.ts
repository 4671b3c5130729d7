/**
 * Azure's rules for names, regions and disks that the schema leaves to the validator (validate.ts turns a
 * broken rule into a finding). Every rule names its source; docs/assumptions.md lists them.
 *
 * NAMES: Microsoft Learn, "Naming rules and restrictions for Azure resources"
 * (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules), one row per resource
 * type, quoted in each rule's comment. "Alphanumeric" there means a–z, A–Z and 0–9 only.
 */
import type { MessageKey } from "../base/messages/index.js";

export interface NameRule {
  min: number;
  max: number;
  /** The characters and the start and end the row allows. */
  valid: (name: string) => boolean;
  /** The catalogue key of the rule in words ({min} and {max} filled in). */
  text: MessageKey;
}

/** Microsoft.Network rows (1-80 unless noted): "Alphanumerics, underscores, periods, and hyphens. Start with alphanumeric. End alphanumeric or underscore." */
const networkName = /^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/;
const network = (min: number, max: number): NameRule => ({ min, max, valid: (n) => networkName.test(n), text: "name-rule.network" });

/** Characters a VM host name can't use: spaces, control characters and ~ ! @ # $ % ^ & * ( ) = + _ [ ] { } \ | ; : . ' " , < > / ? (Microsoft.Compute/virtualMachines). */
// eslint-disable-next-line no-control-regex
const vmForbidden = /[\s\u0000-\u001F~!@#$%^&*()=+_[\]{}\\|;:.'",<>/?]/;

export const NAME_RULES = {
  /** Microsoft.Resources/resourcegroups, 1-90: "Underscores, hyphens, periods, parentheses, and letters or digits. Can't end with period." (letters and digits of any script). */
  resourceGroup: {
    min: 1,
    max: 90,
    valid: (n: string) => /^[\p{L}\p{N}_().-]+$/u.test(n) && !n.endsWith("."),
    text: "name-rule.resource-group",
  },
  /**
   * Microsoft.Compute/virtualMachines: the resource name up to 64 characters; the host name 1-15 (Windows) or
   * 1-64 (Linux), without the characters above, Windows without a period or a final hyphen, Linux without a
   * final period or hyphen. The plans' templates use the VM name as its host name, so the characters apply to it.
   */
  virtualMachine: { min: 1, max: 64, valid: (n: string) => !vmForbidden.test(n) && !/[.-]$/.test(n), text: "name-rule.virtual-machine" },
  /** Microsoft.Compute/availabilitySets, 1-80: alphanumerics, underscores, periods and hyphens; start alphanumeric; end alphanumeric or underscore. */
  availabilitySet: network(1, 80),
  /** Microsoft.Compute/disks, 1-80: "Alphanumerics, underscores, and hyphens." */
  disk: { min: 1, max: 80, valid: (n: string) => /^[A-Za-z0-9_-]+$/.test(n), text: "name-rule.disk" },
  /** Microsoft.Network/virtualNetworks, 2-64. */
  virtualNetwork: network(2, 64),
  /** Microsoft.Network/virtualnetworks/subnets, networkInterfaces, networkSecurityGroups (and securityRules), publicIPAddresses, loadBalancers, routeTables (and routes), virtualNetworkGateways, connections: 1-80. */
  networkResource: network(1, 80),
  /** Microsoft.KeyVault/vaults, 3-24: "Alphanumerics and hyphens. Start with letter. End with letter or digit. Can't contain consecutive hyphens." */
  keyVault: {
    min: 3,
    max: 24,
    valid: (n: string) => /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(n) && !n.includes("--"),
    text: "name-rule.key-vault",
  },
} as const satisfies Record<string, NameRule>;
export type NameRuleKey = keyof typeof NAME_RULES;

/** How a name breaks its rule, or undefined. Lengths count characters (code points). */
export function nameProblem(name: string, rule: NameRule): "length" | "characters" | undefined {
  const length = [...name].length;
  if (length < rule.min || length > rule.max) return "length";
  return rule.valid(name) ? undefined : "characters";
}

/**
 * A Windows computer name holds at most 15 characters (the NetBIOS name limit): Compute API
 * OSProfile.computerName, "Max-length (Windows): 15 characters", and the virtualMachines row above.
 */
export const WINDOWS_COMPUTER_NAME_MAX = 15;

/**
 * The smallest OS disk a Windows Server VM can have: 32 GB, the minimum disk space of Windows Server 2016,
 * 2019, 2022 and 2025 (learn.microsoft.com/windows-server/get-started/hardware-requirements, "Storage
 * controller and disk space requirements": "32 GB"), in GiB (32 × 10⁹ ÷ 2³⁰ ≈ 29.8). Azure's smallest Windows
 * images ("[smalldisk]") have 30 GiB OS disks, just above it.
 */
export const WINDOWS_MIN_OS_DISK_GIB = 32e9 / 2 ** 30;

/**
 * Public Azure region names (the `name` column of `az account list-locations`, which ARM's `location` takes),
 * physical regions of the public cloud, Azure Government and Azure operated by 21Vianet, as of 2026:
 * learn.microsoft.com/azure/reliability/regions-list. A name not on the list gets a warning (the list may lag a
 * new region), a display name such as "Japan East" an error with the name it stands for.
 */
export const AZURE_REGION_NAMES: ReadonlySet<string> = new Set([
  "australiacentral",
  "australiacentral2",
  "australiaeast",
  "australiasoutheast",
  "austriaeast",
  "belgiumcentral",
  "brazilsouth",
  "brazilsoutheast",
  "canadacentral",
  "canadaeast",
  "centralindia",
  "centralus",
  "chilecentral",
  "denmarkeast",
  "eastasia",
  "eastus",
  "eastus2",
  "francecentral",
  "francesouth",
  "germanynorth",
  "germanywestcentral",
  "indonesiacentral",
  "israelcentral",
  "italynorth",
  "japaneast",
  "japanwest",
  "jioindiacentral",
  "jioindiawest",
  "koreacentral",
  "koreasouth",
  "malaysiawest",
  "mexicocentral",
  "newzealandnorth",
  "northcentralus",
  "northeurope",
  "norwayeast",
  "norwaywest",
  "polandcentral",
  "qatarcentral",
  "southafricanorth",
  "southafricawest",
  "southcentralus",
  "southeastasia",
  "southindia",
  "spaincentral",
  "swedencentral",
  "switzerlandnorth",
  "switzerlandwest",
  "taiwannorth",
  "taiwannorthwest",
  "uaecentral",
  "uaenorth",
  "uksouth",
  "ukwest",
  "westcentralus",
  "westeurope",
  "westindia",
  "westus",
  "westus2",
  "westus3",
  // Azure Government
  "usgovarizona",
  "usgovtexas",
  "usgovvirginia",
  "usdodcentral",
  "usdodeast",
  // Azure operated by 21Vianet
  "chinaeast",
  "chinaeast2",
  "chinaeast3",
  "chinanorth",
  "chinanorth2",
  "chinanorth3",
]);

/** "Japan East" → "japaneast" when that is a region name; undefined otherwise. */
export function regionNameFor(displayName: string): string | undefined {
  const squeezed = displayName.toLowerCase().replace(/[\s_-]+/g, "");
  return AZURE_REGION_NAMES.has(squeezed) ? squeezed : undefined;
}
