/**
 * Small tenants for the backup planner's tests, built through TenantSchema.parse (the schema's defaults apply,
 * the semantic rules of validate.ts do not, so a test can build the very mistakes the planner must catch).
 */
import { TenantSchema, type Tenant, type TenantInput } from "../../src/inventory/schema.js";

export type VmInput = NonNullable<NonNullable<NonNullable<TenantInput["subscriptions"]>[number]["resourceGroups"]>[number]["virtualMachines"]>[number];
type GroupInput = NonNullable<NonNullable<TenantInput["subscriptions"]>[number]["resourceGroups"]>[number];

export function windowsVm(name: string, extra: Partial<VmInput> = {}): VmInput {
  return {
    name,
    osType: "windows",
    osVersion: "Windows Server 2019 Datacenter",
    size: "Standard_DS2_v2",
    vCpus: 2,
    memoryGiB: 7,
    vmAgent: true,
    domainJoined: true,
    nics: [{ name: `${name}-nic`, subnet: "vnet-a/snet-a" }],
    disks: [
      { name: `${name}-os`, role: "os", sizeGiB: 127, usedGiB: 40 },
      { name: `${name}-data`, role: "data", lun: 0, sizeGiB: 256, usedGiB: 100 },
    ],
    ...extra,
  };
}

export function linuxVm(name: string, extra: Partial<VmInput> = {}): VmInput {
  return {
    name,
    osType: "linux",
    osVersion: "Ubuntu 20.04 LTS",
    size: "Standard_DS2_v2",
    vCpus: 2,
    memoryGiB: 7,
    vmAgent: true,
    nics: [{ name: `${name}-nic`, subnet: "vnet-a/snet-a" }],
    disks: [{ name: `${name}-os`, role: "os", sizeGiB: 30, usedGiB: 10 }],
    ...extra,
  };
}

export interface TenantOptions {
  vms?: VmInput[];
  group?: Partial<GroupInput>;
  protection?: Partial<TenantInput["protection"]>;
  target?: Partial<TenantInput["protection"]["target"]>;
  tiers?: TenantInput["protection"]["tiers"];
}

/** One subscription, one resource group "rg-a" with vnet-a/snet-a, tier "std" (RPO 24 h, window 22:00 for 8 h). */
export function makeTenant(options: TenantOptions = {}): Tenant {
  const input: TenantInput = {
    schemaVersion: 1,
    tenant: { name: "test-tenant" },
    stamp: { name: "ash-test", region: "east", armEndpoint: "https://management.east.azs.example.com", identitySystem: "azure-ad" },
    subscriptions: [
      {
        id: "11111111-2222-4333-8444-555555555555",
        name: "Test",
        resourceGroups: [
          {
            name: "rg-a",
            virtualNetworks: [{ name: "vnet-a", addressPrefixes: ["10.0.0.0/16"], subnets: [{ name: "snet-a", addressPrefix: "10.0.0.0/24" }] }],
            virtualMachines: options.vms ?? [windowsVm("vm1")],
            ...options.group,
          },
        ],
      },
    ],
    protection: {
      productFamily: "microsoft",
      defaultTier: "std",
      tiers: options.tiers ?? [{ name: "std", rpoHours: 24, rtoHours: 24, retention: { daily: 14 }, backupWindow: { start: "22:00", durationHours: 8 } }],
      target: { kind: "azure-recovery-services-vault", name: "rsv", location: "westeurope", wanBandwidthMbps: 200, ...options.target },
      ...options.protection,
    },
  };
  return TenantSchema.parse(input);
}
