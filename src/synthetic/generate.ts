/**
 * Seeded synthetic tenants for tests and benchmarks: `generateTenant({ vms, seed })` gives the same tenant
 * for the same arguments, valid against the schema and the inventory rules, with a realistic mix:
 * about two thirds Windows (a few Server Core), the rest Linux; workload roles in the proportions of a
 * line-of-business estate (web and app servers most, then SQL Server, file servers, domain controllers);
 * sizes from the Azure Stack Hub size table; OS and data disks with used space and LUNs; one virtual
 * network, NSG and availability set per resource group; storage accounts, key vaults and a few Kubernetes
 * clusters (AKS engine) with persistent volumes. The proportions are assumptions (docs/assumptions.md).
 */
import { roundTo } from "../base/units.js";
import { TenantSchema, type Tenant, type TenantInput, type WorkloadRole } from "../inventory/schema.js";
import { findVmSize } from "../inventory/vm-sizes.js";
import { mulberry32, type Random } from "../base/random.js";

export interface GenerateOptions {
  vms: number;
  seed: number;
}

/** VMs per resource group and resource groups per subscription: how mid-size estates tend to be cut. */
const VMS_PER_GROUP = 25;
const GROUPS_PER_SUBSCRIPTION = 80;

type VmInput = NonNullable<NonNullable<NonNullable<TenantInput["subscriptions"]>[number]["resourceGroups"]>[number]["virtualMachines"]>[number];
type GroupInput = NonNullable<NonNullable<TenantInput["subscriptions"]>[number]["resourceGroups"]>[number];

interface Profile {
  role: WorkloadRole;
  os: "windows" | "linux";
  sizes: readonly string[];
  dataDisks: readonly [number, number];
  dataDiskGiB: readonly number[];
}

const WINDOWS_PROFILES: ReadonlyArray<readonly [Profile, number]> = [
  [
    {
      role: "web",
      os: "windows",
      sizes: ["Standard_DS2_v2", "Standard_D2_v3", "Standard_F4s_v2"],
      dataDisks: [0, 1],
      dataDiskGiB: [32, 64, 128],
    },
    25,
  ],
  [
    {
      role: "app",
      os: "windows",
      sizes: ["Standard_DS2_v2", "Standard_DS3_v2", "Standard_D4_v3"],
      dataDisks: [0, 2],
      dataDiskGiB: [64, 128, 256],
    },
    25,
  ],
  [
    {
      role: "sql-server",
      os: "windows",
      sizes: ["Standard_DS4_v2", "Standard_DS13_v2", "Standard_DS12_v2"],
      dataDisks: [2, 4],
      dataDiskGiB: [128, 256, 512, 1023],
    },
    12,
  ],
  [{ role: "file-server", os: "windows", sizes: ["Standard_DS3_v2", "Standard_DS2_v2"], dataDisks: [1, 3], dataDiskGiB: [512, 1023] }, 8],
  [{ role: "active-directory", os: "windows", sizes: ["Standard_DS2_v2", "Standard_A2_v2"], dataDisks: [1, 1], dataDiskGiB: [32] }, 5],
  [{ role: "exchange", os: "windows", sizes: ["Standard_DS13_v2"], dataDisks: [2, 4], dataDiskGiB: [512, 1023] }, 2],
  [{ role: "other", os: "windows", sizes: ["Standard_A2_v2", "Standard_DS1_v2"], dataDisks: [0, 1], dataDiskGiB: [32, 64] }, 8],
];
const LINUX_PROFILES: ReadonlyArray<readonly [Profile, number]> = [
  [
    {
      role: "web",
      os: "linux",
      sizes: ["Standard_DS1_v2", "Standard_F2s_v2", "Standard_DS2_v2"],
      dataDisks: [0, 1],
      dataDiskGiB: [32, 64],
    },
    30,
  ],
  [
    {
      role: "app",
      os: "linux",
      sizes: ["Standard_DS2_v2", "Standard_D2_v3", "Standard_DS3_v2"],
      dataDisks: [0, 2],
      dataDiskGiB: [64, 128, 256],
    },
    35,
  ],
  [
    {
      role: "database-other",
      os: "linux",
      sizes: ["Standard_DS3_v2", "Standard_DS12_v2"],
      dataDisks: [1, 3],
      dataDiskGiB: [256, 512, 1023],
    },
    15,
  ],
  [{ role: "other", os: "linux", sizes: ["Standard_A2_v2", "Standard_DS1_v2"], dataDisks: [0, 1], dataDiskGiB: [32] }, 10],
];
const WINDOWS_VERSIONS: ReadonlyArray<readonly [string, number]> = [
  ["Windows Server 2019 Datacenter", 45],
  ["Windows Server 2022 Datacenter", 30],
  ["Windows Server 2016 Datacenter", 15],
  ["Windows Server 2012 R2 Datacenter", 4],
  ["Windows Server 2019 Datacenter Server Core", 4],
  ["Windows Server 2022 Datacenter Server Core", 2],
];
const LINUX_VERSIONS: ReadonlyArray<readonly [string, number]> = [
  ["Ubuntu 20.04 LTS", 35],
  ["Ubuntu 22.04 LTS", 25],
  ["Red Hat Enterprise Linux 8", 15],
  ["SUSE Linux Enterprise Server 15", 8],
  ["CentOS 7", 7],
  ["Debian 11", 10],
];
const TIERS: ReadonlyArray<readonly [string, number]> = [
  ["gold", 15],
  ["silver", 50],
  ["bronze", 35],
];

function guid(rng: Random): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join("");
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${rng.pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
}

function makeVm(rng: Random, index: number, groupIndex: number, vnet: string, kubernetesNode: boolean): VmInput {
  const windows = !kubernetesNode && rng.chance(0.65);
  const profile: Profile = kubernetesNode
    ? { role: "kubernetes-node", os: "linux", sizes: ["Standard_DS2_v2", "Standard_DS3_v2"], dataDisks: [0, 0], dataDiskGiB: [] }
    : rng.weighted(windows ? WINDOWS_PROFILES : LINUX_PROFILES);
  const osVersion = kubernetesNode ? "Ubuntu 20.04 LTS" : rng.weighted(profile.os === "windows" ? WINDOWS_VERSIONS : LINUX_VERSIONS);
  const sizeName = rng.pick(profile.sizes);
  const size = findVmSize(sizeName);
  if (!size) throw new Error(`internal: generator size ${sizeName} is not in the size table`);
  const name = `vm${String(index).padStart(5, "0")}`;
  const osGiB = profile.os === "windows" ? 127 : 30;
  const dataCount = Math.min(size.maxDataDisks, rng.int(profile.dataDisks[0], profile.dataDisks[1]));
  const share = () => roundTo(0.1 + rng.next() * 0.75, 2);
  const disks: VmInput["disks"] = [{ name: `${name}-osdisk`, role: "os", sizeGiB: osGiB, usedGiB: Math.round(osGiB * share()), sku: "Premium_LRS" }];
  for (let d = 0; d < dataCount; d++) {
    const sizeGiB = rng.pick(profile.dataDiskGiB);
    disks.push({
      name: `${name}-data${d}`,
      role: "data",
      lun: d,
      sizeGiB,
      usedGiB: Math.round(sizeGiB * share()),
      sku: rng.chance(0.7) ? "Premium_LRS" : "Standard_LRS",
    });
  }
  if (profile.role === "sql-server" && dataCount >= 3) {
    const tempdb = disks[disks.length - 1]!;
    tempdb.excludeFromBackup = true; // TempDB disk, as a DBA would exclude it
  }
  const serverCore = osVersion.endsWith("Server Core");
  const vm: VmInput = {
    name,
    osType: profile.os,
    osVersion,
    ...(serverCore ? { serverCore: true } : {}),
    size: size.name,
    vCpus: size.vCpus,
    memoryGiB: size.memoryGiB,
    powerState: rng.chance(0.95) ? "running" : "deallocated",
    vmAgent: rng.chance(0.97),
    ...(profile.os === "windows" ? { domainJoined: rng.chance(0.9) } : {}),
    ...(groupIndex % 2 === 0 && profile.role === "web" ? { availabilitySet: "as-web" } : {}),
    adminUsername: profile.os === "windows" ? "tenantadmin" : "azureuser",
    nics: [
      {
        name: `${name}-nic`,
        subnet: `${vnet}/${profile.role === "web" ? "snet-web" : profile.role === "sql-server" || profile.role === "database-other" ? "snet-data" : "snet-app"}`,
        privateIpAllocation: "Dynamic",
      },
    ],
    disks,
    tags: { app: `app${String(groupIndex).padStart(3, "0")}` },
    roles: [profile.role],
    tier: kubernetesNode
      ? "bronze"
      : rng.weighted(
          profile.role === "active-directory" || profile.role === "sql-server"
            ? [
                ["gold", 70],
                ["silver", 30],
              ]
            : TIERS,
        ),
  };
  return vm;
}

export function generateTenant(options: GenerateOptions): Tenant {
  if (!Number.isInteger(options.vms) || options.vms < 0) throw new Error(`vms must be a whole number ≥ 0, got ${options.vms}`);
  const rng = mulberry32(options.seed);
  const groupCount = Math.max(1, Math.ceil(options.vms / VMS_PER_GROUP));
  const subscriptionCount = Math.max(1, Math.ceil(groupCount / GROUPS_PER_SUBSCRIPTION));
  // About one Kubernetes cluster (3 nodes) per 400 VMs, at least one from 40 VMs on.
  const clusterGroups = new Set<number>();
  if (options.vms >= 40) for (let g = 0; g < groupCount; g += Math.max(1, Math.round(400 / VMS_PER_GROUP))) clusterGroups.add(g);

  const subscriptions: NonNullable<TenantInput["subscriptions"]> = Array.from({ length: subscriptionCount }, (_, s) => ({
    id: guid(rng),
    name: `Synthetic subscription ${s + 1}`,
    resourceGroups: [] as GroupInput[],
  }));
  let vmIndex = 0;
  for (let g = 0; g < groupCount; g++) {
    const vmsHere = Math.min(VMS_PER_GROUP, options.vms - g * VMS_PER_GROUP);
    const vnet = `vnet-${String(g).padStart(4, "0")}`;
    const second = (g % 250) + 1;
    const third = Math.floor(g / 250);
    const base = `10.${third}.${second}`;
    const group: GroupInput = {
      name: `rg-${String(g).padStart(4, "0")}`,
      location: "local",
      virtualMachines: [],
      availabilitySets: [{ name: "as-web", platformFaultDomainCount: 2, platformUpdateDomainCount: 5, managed: true }],
      virtualNetworks: [
        {
          name: vnet,
          addressPrefixes: [`${base}.0/24`],
          subnets: [
            { name: "snet-web", addressPrefix: `${base}.0/26`, networkSecurityGroup: "nsg-app" },
            { name: "snet-app", addressPrefix: `${base}.64/26`, networkSecurityGroup: "nsg-app" },
            { name: "snet-data", addressPrefix: `${base}.128/26`, networkSecurityGroup: "nsg-app" },
          ],
        },
      ],
      networkSecurityGroups: [
        {
          name: "nsg-app",
          rules: [
            {
              name: "allow-https-in",
              priority: 100,
              direction: "Inbound",
              access: "Allow",
              protocol: "Tcp",
              sourceAddressPrefix: "Internet",
              sourcePortRange: "*",
              destinationAddressPrefix: `${base}.0/26`,
              destinationPortRange: 443,
            },
            {
              name: "allow-vnet-in",
              priority: 110,
              direction: "Inbound",
              access: "Allow",
              protocol: "*",
              sourceAddressPrefix: "VirtualNetwork",
              sourcePortRange: "*",
              destinationAddressPrefix: "*",
              destinationPortRange: "*",
            },
          ],
        },
      ],
      storageAccounts: [],
      keyVaults: [],
      kubernetesClusters: [],
    };
    const nodeCount = clusterGroups.has(g) ? Math.min(3, vmsHere) : 0;
    const nodeNames: string[] = [];
    for (let v = 0; v < vmsHere; v++) {
      const node = v < nodeCount;
      const vm = makeVm(rng, vmIndex++, g, vnet, node);
      if (node) nodeNames.push(vm.name);
      group.virtualMachines!.push(vm);
    }
    if (nodeCount > 0) {
      group.kubernetesClusters!.push({
        name: `aks-${String(g).padStart(4, "0")}`,
        engine: "aks-engine",
        kubernetesVersion: "1.23.17",
        nodePools: [{ name: "agentpool", role: "agent", vmSize: "Standard_DS2_v2", count: nodeCount, osType: "linux", vmNames: nodeNames }],
        namespaces: ["default", "shop"],
        persistentVolumes: Array.from({ length: rng.int(1, 4) }, (_, p) => {
          const sizeGiB = rng.pick([8, 16, 32, 64, 128]);
          return {
            name: `pv-${p}`,
            namespace: "shop",
            sizeGiB,
            usedGiB: Math.round(sizeGiB * 0.4),
            storageClass: "managed-premium",
            accessMode: "ReadWriteOnce" as const,
          };
        }),
      });
    }
    if (g % 4 === 0) {
      group.storageAccounts!.push({
        name: `stsyn${options.seed % 100000}g${g}`.slice(0, 24),
        sku: "Standard_LRS",
        kind: "StorageV2",
        usedGiB: { blob: rng.int(5, 500) },
        changeRatePercent: rng.pick([1, 2, 5]),
      });
    }
    if (g % 5 === 0) {
      group.keyVaults!.push({
        name: `kv-syn-${String(g).padStart(4, "0")}`,
        sku: "standard",
        secretNames: ["db-connection", "app-settings"],
        keyNames: ["data-encryption"],
        certificateNames: rng.chance(0.5) ? ["tls-frontend"] : [],
      });
    }
    subscriptions[Math.floor(g / GROUPS_PER_SUBSCRIPTION)]!.resourceGroups!.push(group);
  }

  const input: TenantInput = {
    schemaVersion: 1,
    tenant: { name: `synthetic-${options.vms}-${options.seed}`, description: `Synthetic tenant: ${options.vms} VMs, seed ${options.seed}` },
    stamp: {
      name: "ash-synthetic-01",
      region: "local",
      armEndpoint: "https://management.local.azurestack.example.com",
      identitySystem: "azure-ad",
      version: "2406",
    },
    subscriptions,
    protection: {
      productFamily: "microsoft",
      timeZone: "UTC",
      defaultTier: "silver",
      tiers: [
        {
          name: "gold",
          rpoHours: 12,
          rtoHours: 8,
          retention: { daily: 14, weekly: 8, monthly: 12, yearly: 3 },
          backupWindow: { start: "22:00", durationHours: 8 },
        },
        {
          name: "silver",
          rpoHours: 24,
          rtoHours: 24,
          retention: { daily: 14, weekly: 4, monthly: 6 },
          backupWindow: { start: "23:00", durationHours: 6 },
        },
        { name: "bronze", rpoHours: 24, rtoHours: 72, retention: { daily: 7 }, backupWindow: { start: "01:00", durationHours: 4 } },
      ],
      target: {
        kind: "azure-recovery-services-vault",
        name: "rsv-synthetic",
        location: "westeurope",
        // Scaled with the estate (about 2 Mbit/s per VM, 100 Mbit/s to 10 Gbit/s): an assumption, docs/assumptions.md.
        wanBandwidthMbps: Math.min(10000, Math.max(100, Math.round((options.vms * 2) / 100) * 100)),
      },
    },
  };
  return TenantSchema.parse(input);
}
