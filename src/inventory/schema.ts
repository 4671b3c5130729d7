/**
 * The tenant inventory: what a tenant runs on an Azure Stack Hub stamp and what it needs protected.
 *
 * One zod schema is the single source of truth: the TypeScript types are inferred from it, the loader
 * validates against it, and docs/tenant-yaml.md documents it field by field. Optional fields stay
 * optional in the model; their documented defaults are applied by `resolveDefaults` (defaults.ts),
 * never written back into the user's file.
 */
import { z } from "zod";
import { NAME_FORBIDDEN_CHARACTERS } from "../base/display.js";

/** A whole name without any forbidden character (the JSON Schema carries it as `pattern`). */
const NAME_PATTERN = new RegExp(`^[^${NAME_FORBIDDEN_CHARACTERS.source.slice(1, -1)}]*$`, "u");

export const SCHEMA_VERSION = 1;

// Every enumeration is an `as const` list: the runtime list feeds the wizard's choices and the docs.
export const identitySystems = ["azure-ad", "adfs"] as const;
export const osTypes = ["windows", "linux"] as const;
export const powerStates = ["running", "stopped", "deallocated", "unknown"] as const;
export const workloadRoles = [
  "active-directory",
  "dns",
  "sql-server",
  "exchange",
  "sharepoint",
  "file-server",
  "web",
  "app",
  "database-other",
  "kubernetes-node",
  "backup-server",
  "other",
] as const;
export const diskRoles = ["os", "data"] as const;
// Managed disk SKUs that Azure Stack Hub offers (learn.microsoft.com/azure-stack/user/azure-stack-managed-disk-considerations).
export const diskSkus = ["Standard_LRS", "Premium_LRS"] as const;
export const productFamilies = ["microsoft", "veeam", "commvault", "generic"] as const;
export const backupTargetKinds = ["azure-recovery-services-vault", "second-stamp", "s3-compatible", "smb-share", "nfs-share"] as const;
export const drSiteKinds = ["azure-region", "second-stamp", "none"] as const;
export const trafficDirections = ["Inbound", "Outbound"] as const;
export const ruleAccesses = ["Allow", "Deny"] as const;
export const ruleProtocols = ["Tcp", "Udp", "Icmp", "*"] as const;
export const ipAllocations = ["Static", "Dynamic"] as const;

/**
 * Every name: not empty, and free of control characters and Unicode bidirectional controls, which Azure
 * refuses in resource names ("Naming rules and restrictions for Azure resources": "can't use ... control
 * characters") and which would drive a terminal or reorder a name on screen (src/base/display.ts).
 */
const name = z
  .string()
  .min(1, "must not be empty")
  .regex(
    NAME_PATTERN,
    "must not contain control characters (ESC, BEL, tab, line breaks) or Unicode bidirectional controls (U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069, U+061C)",
  );
const nonNegative = z.number().finite().nonnegative();
const positive = z.number().finite().positive();
const percent = z.number().finite().min(0).max(100);
const tags = z.record(z.string(), z.string());
/** "HH:MM", 24-hour clock, in the protection settings' time zone. */
const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as "HH:MM" (24-hour clock)');

export const DiskSchema = z.strictObject({
  name,
  role: z.enum(diskRoles),
  /** Logical unit number, data disks only. */
  lun: z.number().int().min(0).max(63).optional(),
  sizeGiB: positive,
  usedGiB: nonNegative.optional(),
  sku: z.enum(diskSkus).optional(),
  /** Expected share of the used data that changes per day, in percent; default by workload role. */
  changeRatePercent: percent.optional(),
  caching: z.enum(["None", "ReadOnly", "ReadWrite"]).optional(),
  /** Excluded from backup and replication (TempDB, page file, scratch). */
  excludeFromBackup: z.boolean().optional(),
});

export const NicSchema = z.strictObject({
  name,
  /** "vnet/subnet", a virtual network and subnet of the same resource group or, as "rg/vnet/subnet", another one. */
  subnet: name,
  privateIpAddress: z.string().optional(),
  privateIpAllocation: z.enum(ipAllocations).optional(),
  publicIpAddress: name.optional(),
  networkSecurityGroup: name.optional(),
  loadBalancerBackendPools: z.array(z.string().regex(/^[^/]+\/[^/]+$/, 'must be "loadBalancer/backendPool"')).optional(),
  primary: z.boolean().optional(),
});

export const ImageReferenceSchema = z.strictObject({
  publisher: name,
  offer: name,
  sku: name,
  version: z.string().min(1).optional(),
});

export const VmBackupOverridesSchema = z.strictObject({
  /** Force a method id from the backup catalogue (e.g. "veeam-agent-linux"). */
  method: z.string().min(1).optional(),
  /** Share of data left after compression and deduplication, 0 < x ≤ 1. */
  dataReductionRatio: z.number().finite().gt(0).max(1).optional(),
  exclude: z.boolean().optional(),
});

export const VirtualMachineSchema = z.strictObject({
  name,
  osType: z.enum(osTypes),
  /** Human-readable OS version, e.g. "Windows Server 2019 Datacenter", "Ubuntu 20.04 LTS". */
  osVersion: name,
  /** Windows Server Core installation (MARS cannot run there). */
  serverCore: z.boolean().optional(),
  size: name,
  vCpus: z.number().int().positive(),
  memoryGiB: positive,
  powerState: z.enum(powerStates).optional(),
  vmAgent: z.boolean().optional(),
  domainJoined: z.boolean().optional(),
  availabilitySet: name.optional(),
  imageReference: ImageReferenceSchema.optional(),
  adminUsername: z.string().min(1).optional(),
  nics: z.array(NicSchema).default([]),
  disks: z.array(DiskSchema).min(1, "a VM has at least its OS disk"),
  tags: tags.optional(),
  roles: z.array(z.enum(workloadRoles)).optional(),
  tier: name.optional(),
  /** Names of VMs this one needs running first (same tenant; "rg/vm" when names repeat across groups). */
  dependsOn: z.array(name).optional(),
  /** Peak CPU and memory use in percent, used by the Azure VM Backup model (snapshot delays above 90 %). */
  peakCpuPercent: percent.optional(),
  peakMemoryPercent: percent.optional(),
  /**
   * Hours a day the VM's CPU stays above 90 %, in one stretch: Azure VM Backup delays a snapshot while it
   * does and the job fails when every retry finds it busy (docs/formulas.md, "high-load-snapshot-timeout").
   */
  highCpuHoursPerDay: z.number().finite().min(0).max(24).optional(),
  extensions: z.array(name).optional(),
  backup: VmBackupOverridesSchema.optional(),
});

export const SubnetSchema = z.strictObject({
  name,
  addressPrefix: z.string().min(1),
  networkSecurityGroup: name.optional(),
  routeTable: name.optional(),
});

export const VirtualNetworkSchema = z.strictObject({
  name,
  addressPrefixes: z.array(z.string().min(1)).min(1),
  dnsServers: z.array(z.string().min(1)).optional(),
  subnets: z.array(SubnetSchema).default([]),
  tags: tags.optional(),
});

const portRange = z.union([z.string().min(1), z.number().int().min(0).max(65535)]);
export const SecurityRuleSchema = z.strictObject({
  name,
  priority: z.number().int().min(100).max(4096),
  direction: z.enum(trafficDirections),
  access: z.enum(ruleAccesses),
  protocol: z.enum(ruleProtocols),
  sourceAddressPrefix: z.string().min(1),
  sourcePortRange: portRange,
  destinationAddressPrefix: z.string().min(1),
  destinationPortRange: portRange,
  description: z.string().optional(),
});

export const NetworkSecurityGroupSchema = z.strictObject({
  name,
  rules: z.array(SecurityRuleSchema).default([]),
  tags: tags.optional(),
});

export const PublicIpSchema = z.strictObject({
  name,
  allocation: z.enum(ipAllocations),
  ipAddress: z.string().optional(),
  domainNameLabel: z.string().optional(),
  sku: z.enum(["Basic", "Standard"]).optional(),
  tags: tags.optional(),
});

export const LoadBalancerSchema = z.strictObject({
  name,
  sku: z.enum(["Basic", "Standard"]).optional(),
  frontends: z
    .array(
      z.strictObject({
        name,
        publicIpAddress: name.optional(),
        subnet: name.optional(),
        privateIpAddress: z.string().optional(),
      }),
    )
    .min(1),
  backendPools: z.array(z.strictObject({ name })).default([]),
  probes: z
    .array(
      z.strictObject({
        name,
        protocol: z.enum(["Tcp", "Http", "Https"]),
        port: z.number().int().min(1).max(65535),
        requestPath: z.string().optional(),
        intervalSeconds: z.number().int().positive().optional(),
        numberOfProbes: z.number().int().positive().optional(),
      }),
    )
    .default([]),
  rules: z
    .array(
      z.strictObject({
        name,
        frontend: name,
        backendPool: name,
        probe: name.optional(),
        protocol: z.enum(["Tcp", "Udp", "All"]),
        frontendPort: z.number().int().min(0).max(65535),
        backendPort: z.number().int().min(0).max(65535),
        idleTimeoutMinutes: z.number().int().min(4).max(30).optional(),
        enableFloatingIp: z.boolean().optional(),
      }),
    )
    .default([]),
  tags: tags.optional(),
});

export const RouteTableSchema = z.strictObject({
  name,
  disableBgpRoutePropagation: z.boolean().optional(),
  routes: z
    .array(
      z.strictObject({
        name,
        addressPrefix: z.string().min(1),
        nextHopType: z.enum(["VirtualNetworkGateway", "VnetLocal", "Internet", "VirtualAppliance", "None"]),
        nextHopIpAddress: z.string().optional(),
      }),
    )
    .default([]),
  tags: tags.optional(),
});

export const VpnGatewaySchema = z.strictObject({
  name,
  virtualNetwork: name,
  publicIpAddress: name,
  // Azure Stack Hub gateway SKUs (learn.microsoft.com/azure-stack/user/azure-stack-vpn-gateway-about-vpn-gateways).
  sku: z.enum(["Basic", "Standard", "HighPerformance"]),
  vpnType: z.enum(["RouteBased", "PolicyBased"]).optional(),
  tags: tags.optional(),
});

export const VpnConnectionSchema = z.strictObject({
  name,
  gateway: name,
  localNetworkGateway: z.strictObject({
    name,
    gatewayIpAddress: z.string().min(1),
    addressPrefixes: z.array(z.string().min(1)).min(1),
  }),
  /** The pre-shared key is never stored: generators emit a secure parameter for it. */
  connectionType: z.enum(["IPsec"]).optional(),
  tags: tags.optional(),
});

export const AvailabilitySetSchema = z.strictObject({
  name,
  // Azure Stack Hub supports at most 3 fault domains (learn.microsoft.com/azure-stack/user/azure-stack-vm-considerations).
  platformFaultDomainCount: z.number().int().min(1).max(3).optional(),
  platformUpdateDomainCount: z.number().int().min(1).max(20).optional(),
  managed: z.boolean().optional(),
  tags: tags.optional(),
});

export const StorageAccountSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9]{3,24}$/, "must be 3 to 24 lower-case letters and digits (storage account naming rule)"),
  sku: z.enum(["Standard_LRS", "Premium_LRS"]).optional(),
  kind: z.enum(["Storage", "StorageV2", "BlobStorage"]).optional(),
  usedGiB: z
    .strictObject({
      blob: nonNegative.optional(),
      table: nonNegative.optional(),
      queue: nonNegative.optional(),
    })
    .optional(),
  changeRatePercent: percent.optional(),
  tags: tags.optional(),
});

export const KeyVaultSchema = z.strictObject({
  name,
  sku: z.enum(["standard", "premium"]).optional(),
  /** Names only: the tool never reads or stores a secret value. */
  secretNames: z.array(name).optional(),
  keyNames: z.array(name).optional(),
  certificateNames: z.array(name).optional(),
  enabledForDeployment: z.boolean().optional(),
  enabledForTemplateDeployment: z.boolean().optional(),
  tags: tags.optional(),
});

export const KubernetesClusterSchema = z.strictObject({
  name,
  /** AKS engine is how Kubernetes runs on Azure Stack Hub (github.com/Azure/aks-engine-azurestack). */
  engine: z.enum(["aks-engine", "other"]).optional(),
  kubernetesVersion: z.string().min(1).optional(),
  nodePools: z
    .array(
      z.strictObject({
        name,
        role: z.enum(["control-plane", "agent"]),
        vmSize: name,
        count: z.number().int().positive(),
        osType: z.enum(osTypes).optional(),
        /** Names of the VMs behind this pool, as discovery finds them. */
        vmNames: z.array(name).optional(),
      }),
    )
    .min(1),
  namespaces: z.array(name).optional(),
  persistentVolumes: z
    .array(
      z.strictObject({
        name,
        namespace: name,
        sizeGiB: positive,
        usedGiB: nonNegative.optional(),
        storageClass: name,
        accessMode: z.enum(["ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany"]).optional(),
        changeRatePercent: percent.optional(),
      }),
    )
    .optional(),
  tags: tags.optional(),
});

/** A resource of a type the model does not know: kept, reported and flagged, never dropped. */
export const OtherResourceSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1).optional(),
  type: z.string().min(1),
  location: z.string().optional(),
  note: z.string().optional(),
});

export const ResourceGroupSchema = z.strictObject({
  name,
  location: z.string().min(1).optional(),
  tags: tags.optional(),
  virtualMachines: z.array(VirtualMachineSchema).default([]),
  availabilitySets: z.array(AvailabilitySetSchema).default([]),
  virtualNetworks: z.array(VirtualNetworkSchema).default([]),
  networkSecurityGroups: z.array(NetworkSecurityGroupSchema).default([]),
  publicIpAddresses: z.array(PublicIpSchema).default([]),
  loadBalancers: z.array(LoadBalancerSchema).default([]),
  routeTables: z.array(RouteTableSchema).default([]),
  vpnGateways: z.array(VpnGatewaySchema).default([]),
  vpnConnections: z.array(VpnConnectionSchema).default([]),
  storageAccounts: z.array(StorageAccountSchema).default([]),
  keyVaults: z.array(KeyVaultSchema).default([]),
  kubernetesClusters: z.array(KubernetesClusterSchema).default([]),
  otherResources: z.array(OtherResourceSchema).default([]),
});

export const SubscriptionSchema = z.strictObject({
  id: z.string().regex(/^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/, "must be a subscription GUID"),
  name,
  resourceGroups: z.array(ResourceGroupSchema).default([]),
});

export const StampSchema = z.strictObject({
  name,
  /** The stamp's region name, e.g. "local" on the ASDK or a name chosen at deployment. */
  region: name,
  armEndpoint: z.url({ protocol: /^https$/, error: "must be an https:// URL" }),
  identitySystem: z.enum(identitySystems),
  /** Azure Stack Hub update, e.g. "2406" or "1.2406.1.23". */
  version: z.string().min(1).optional(),
});

export const RetentionSchema = z.strictObject({
  daily: z.number().int().min(0),
  weekly: z.number().int().min(0).optional(),
  monthly: z.number().int().min(0).optional(),
  yearly: z.number().int().min(0).optional(),
});

export const TierSchema = z.strictObject({
  name,
  description: z.string().optional(),
  rpoHours: positive,
  rtoHours: positive,
  retention: RetentionSchema,
  backupWindow: z.strictObject({
    start: clockTime,
    durationHours: z.number().finite().gt(0).max(24),
  }),
  /** Does this tier need a warm standby at a DR site (replication), or is restore from backup enough? */
  requiresDr: z.boolean().optional(),
});

export const BackupTargetSchema = z.strictObject({
  kind: z.enum(backupTargetKinds),
  name,
  /** Where it lives: a public Azure region ("japaneast"), a second stamp's name, or a site. */
  location: name,
  /** For a second stamp: its name, compared with the source stamp to catch "same stamp" mistakes. */
  stampName: z.string().min(1).optional(),
  endpoint: z.string().min(1).optional(),
  wanBandwidthMbps: positive,
  /** Share of the link the backup traffic may use in practice, 0 < x ≤ 1. */
  wanEfficiency: z.number().finite().gt(0).max(1).optional(),
  immutable: z.boolean().optional(),
});

export const DrSiteSchema = z.strictObject({
  kind: z.enum(drSiteKinds),
  /** Public Azure region for "azure-region", stamp name for "second-stamp". */
  name: z.string().min(1).optional(),
  stampVersion: z.string().min(1).optional(),
  wanBandwidthMbps: positive.optional(),
  /** Address ranges already in use at the DR site, for the overlap check. */
  addressSpaces: z.array(z.string().min(1)).optional(),
});

export const ProtectionSchema = z.strictObject({
  productFamily: z.enum(productFamilies).optional(),
  /** IANA time zone of backup windows, e.g. "Asia/Tokyo". */
  timeZone: z.string().min(1).optional(),
  defaultTier: name.optional(),
  tiers: z.array(TierSchema).min(1, "at least one protection tier is needed"),
  target: BackupTargetSchema,
  drSite: DrSiteSchema.optional(),
  /** Planner knobs; every one has a documented, sourced default (docs/formulas.md). */
  settings: z
    .strictObject({
      dataReductionRatio: z.number().finite().gt(0).max(1).optional(),
      offlineSeedingThresholdDays: positive.optional(),
      restoreThroughputMBps: positive.optional(),
      redeployMinutes: nonNegative.optional(),
      concurrentStreams: z.number().int().positive().optional(),
      churnGrowthFactor: z.number().finite().min(1).optional(),
    })
    .optional(),
});

export const TenantSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }),
  tenant: z.strictObject({
    name,
    description: z.string().optional(),
  }),
  stamp: StampSchema,
  subscriptions: z.array(SubscriptionSchema).min(1, "at least one subscription is needed"),
  protection: ProtectionSchema,
});

export type Tenant = z.output<typeof TenantSchema>;
export type TenantInput = z.input<typeof TenantSchema>;
export type Stamp = Tenant["stamp"];
export type Subscription = Tenant["subscriptions"][number];
export type ResourceGroup = Subscription["resourceGroups"][number];
export type VirtualMachine = z.output<typeof VirtualMachineSchema>;
export type Disk = z.output<typeof DiskSchema>;
export type Nic = z.output<typeof NicSchema>;
export type VirtualNetwork = z.output<typeof VirtualNetworkSchema>;
export type NetworkSecurityGroup = z.output<typeof NetworkSecurityGroupSchema>;
export type SecurityRule = z.output<typeof SecurityRuleSchema>;
export type PublicIp = z.output<typeof PublicIpSchema>;
export type LoadBalancer = z.output<typeof LoadBalancerSchema>;
export type RouteTable = z.output<typeof RouteTableSchema>;
export type VpnGateway = z.output<typeof VpnGatewaySchema>;
export type VpnConnection = z.output<typeof VpnConnectionSchema>;
export type AvailabilitySet = z.output<typeof AvailabilitySetSchema>;
export type StorageAccount = z.output<typeof StorageAccountSchema>;
export type KeyVault = z.output<typeof KeyVaultSchema>;
export type KubernetesCluster = z.output<typeof KubernetesClusterSchema>;
export type OtherResource = z.output<typeof OtherResourceSchema>;
export type Tier = z.output<typeof TierSchema>;
export type BackupTarget = z.output<typeof BackupTargetSchema>;
export type DrSite = z.output<typeof DrSiteSchema>;
export type Protection = Tenant["protection"];
export type WorkloadRole = (typeof workloadRoles)[number];
export type OsType = (typeof osTypes)[number];
export type ProductFamily = (typeof productFamilies)[number];
export type BackupTargetKind = (typeof backupTargetKinds)[number];

/** The resource lists of a resource group, in the order files, summaries and docs use. */
export const resourceKinds = [
  "virtualMachines",
  "availabilitySets",
  "virtualNetworks",
  "networkSecurityGroups",
  "publicIpAddresses",
  "loadBalancers",
  "routeTables",
  "vpnGateways",
  "vpnConnections",
  "storageAccounts",
  "keyVaults",
  "kubernetesClusters",
  "otherResources",
] as const;
export type ResourceKind = (typeof resourceKinds)[number];

/** A resource group with every resource list empty, keys in schema order (so files serialise the same way). */
export function emptyResourceGroup(fields: { name: string; location?: string; tags?: Record<string, string> }): ResourceGroup {
  const lists = Object.fromEntries(resourceKinds.map((kind) => [kind, []])) as unknown as Pick<ResourceGroup, ResourceKind>;
  return {
    name: fields.name,
    ...(fields.location !== undefined ? { location: fields.location } : {}),
    ...(fields.tags !== undefined ? { tags: fields.tags } : {}),
    ...lists,
  };
}
