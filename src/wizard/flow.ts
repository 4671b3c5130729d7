/**
 * The question flow: from a base tenant (nothing, or a loaded file) and an Asker to a candidate tenant.
 * It is re-run from the start after every edit, so going back is "ask these keys again"; answers already
 * given settle their questions silently. Items of the loaded file are kept as they were: only what is
 * missing is asked, or what the user chose to revisit (docs/wizard.md lists every key).
 */
import { CHANGE_RATE_BY_ROLE, DEFAULT_CHANGE_RATE_PERCENT } from "../inventory/defaults.js";
import { osCatalog, findOsVersion } from "../inventory/os-catalog.js";
import {
  BackupTargetSchema,
  DiskSchema,
  DrSiteSchema,
  KeyVaultSchema,
  ResourceGroupSchema,
  RetentionSchema,
  StampSchema,
  StorageAccountSchema,
  SubnetSchema,
  SubscriptionSchema,
  TenantSchema,
  TierSchema,
  VirtualMachineSchema,
  VirtualNetworkSchema,
  backupTargetKinds,
  drSiteKinds,
  emptyResourceGroup,
  identitySystems,
  productFamilies,
  workloadRoles,
  type BackupTarget,
  type Disk,
  type DrSite,
  type ResourceGroup,
  type Subscription,
  type Tenant,
  type Tier,
  type VirtualMachine,
  type VirtualNetwork,
  type WorkloadRole,
} from "../inventory/schema.js";
import { azureStackHubVmSizes, findVmSize } from "../inventory/vm-sizes.js";
import { sameName, virtualMachines, type VmRef } from "../inventory/walk.js";
import type { Asker } from "./asker.js";
import { isPlaceholderTarget, PLACEHOLDER_TIER, type BaseTenant, type BaseTier } from "./base.js";
import { bulkFields, bulkSelectors, selectVms, type BulkField, type BulkSelector } from "./bulk.js";
import { checkCidr, checkTimeZone, fieldCheck } from "./field-check.js";
import type { Choice } from "./prompter.js";
import {
  askDependentItems,
  askDiskDetails,
  askGroupResources,
  askIndependentItems,
  askSubnetReferences,
  askVmReferences,
  makeKeyer,
  type GroupResources,
} from "./resources.js";

/** Wizard defaults for new items. Each is an assumption listed in docs/assumptions.md ("## Wizard"). */
export const WIZARD_DEFAULTS = {
  /**
   * "the default operating system (OS) disk is usually 127 GiB" for a marketplace image
   * (MicrosoftDocs/azure-docs, articles/virtual-machines/windows/expand-os-disk.md, ms.date 07/12/2023).
   */
  windowsOsDiskGiB: 127,
  /** Assumption: the 30 GiB OS disk of the Ubuntu marketplace images ("some images have smaller OS disks", same page). */
  linuxOsDiskGiB: 30,
  /** Assumption: a P10/S10-sized data disk, a common first data disk; the person types the real size. */
  dataDiskGiB: 128,
  osVersion: "Windows Server 2019 Datacenter",
  /** A common general-purpose size (2 vCPUs, 7 GiB); the list shows every size. */
  vmSize: "Standard_DS2_v2",
  tiers: ["gold", "silver", "bronze"],
  /** Offer bulk assignment first (at a terminal) when at least this many VMs need a tier or roles. */
  bulkThreshold: 10,
} as const;

/** Starting values for tiers by common name; any other name starts from `standard`. */
export const TIER_PRESETS: Readonly<Record<string, Omit<Tier, "name" | "description">>> = {
  gold: {
    rpoHours: 12,
    rtoHours: 8,
    retention: { daily: 14, weekly: 8, monthly: 12, yearly: 3 },
    backupWindow: { start: "22:00", durationHours: 8 },
    requiresDr: true,
  },
  silver: {
    rpoHours: 24,
    rtoHours: 24,
    retention: { daily: 14, weekly: 4, monthly: 6 },
    backupWindow: { start: "23:00", durationHours: 6 },
    requiresDr: false,
  },
  bronze: { rpoHours: 24, rtoHours: 72, retention: { daily: 7 }, backupWindow: { start: "01:00", durationHours: 4 }, requiresDr: false },
  standard: { rpoHours: 24, rtoHours: 24, retention: { daily: 14 }, backupWindow: { start: "22:00", durationHours: 8 }, requiresDr: false },
};

const NO_SUBNET = "(none)";
/** The most data disks any size in the table takes; the chosen size's own limit is checked at review. */
const MAX_DATA_DISKS = Math.max(...azureStackHubVmSizes.map((s) => s.maxDataDisks));
const NO_DEFAULT_TIER = "(none)";

type Candidate = Tenant;
const clone = <T>(value: T): T => structuredClone(value);

export async function walkTenant(base: BaseTenant | undefined, ask: Asker): Promise<Candidate> {
  const { tenant, stamp } = await identity(base, ask);
  const subscriptions = await inventory(base, ask, stamp.region);
  // The protection block is built last; the VM questions before it read the inventory only.
  const draft: Candidate = { schemaVersion: 1, tenant, stamp, subscriptions, protection: undefined as unknown as Candidate["protection"] };
  const protection = await requirements(base, ask, draft);
  return { ...draft, protection };
}

// ---- Tenant and stamp -------------------------------------------------------------------------

async function identity(base: BaseTenant | undefined, ask: Asker): Promise<Pick<Candidate, "tenant" | "stamp">> {
  ask.section("Tenant and stamp");
  const t = base?.tenant;
  const s = base?.stamp;
  const tenantShape = TenantSchema.shape.tenant.shape;
  const name = (await ask.text({
    key: "tenant.name",
    message: "Tenant name (as plans and reports will call it)",
    current: t?.name,
    validate: fieldCheck(tenantShape.name),
  }))!;
  const description = await ask.text({
    key: "tenant.description",
    message: "Tenant description (optional)",
    current: t?.description,
    known: t?.name !== undefined,
    optional: true,
  });
  const stampName = (await ask.text({
    key: "stamp.name",
    message: "Azure Stack Hub stamp name",
    current: s?.name,
    validate: fieldCheck(StampSchema.shape.name),
  }))!;
  const region = (await ask.text({
    key: "stamp.region",
    message: `Region name of stamp ${stampName} (e.g. "local" on an ASDK)`,
    current: s?.region,
    validate: fieldCheck(StampSchema.shape.region),
  }))!;
  const armEndpoint = (await ask.text({
    key: "stamp.armEndpoint",
    message: "Tenant ARM endpoint (https://management.<region>.<domain>)",
    current: s?.armEndpoint,
    validate: fieldCheck(StampSchema.shape.armEndpoint),
  }))!;
  const identitySystem = await ask.select({
    key: "stamp.identitySystem",
    message: "Identity system of the stamp",
    current: s?.identitySystem,
    default: "azure-ad",
    choices: identitySystems.map((value) => ({
      value,
      name: value === "azure-ad" ? "Microsoft Entra ID (Azure AD)" : "AD FS (often disconnected)",
    })),
  });
  const version = await ask.text({
    key: "stamp.version",
    message: 'Azure Stack Hub update, e.g. "2406" (optional)',
    current: s?.version,
    known: s?.name !== undefined,
    optional: true,
  });
  return {
    tenant: { ...clone(t ?? {}), name, description },
    stamp: { ...clone(s ?? {}), name: stampName, region, armEndpoint, identitySystem, version },
  };
}

// ---- Inventory: subscriptions, groups, networks, VMs, disks, storage --------------------------------

/** Key qualifier: the bare name when it is unique, else "scope/name" (the `dependsOn` convention). */
function keyName(name: string, scope: string, all: readonly string[]): string {
  return all.filter((n) => sameName(n, name)).length > 1 ? `${scope}/${name}` : name;
}

function pick<T extends { name: string }>(items: readonly T[] | undefined, name: string): T | undefined {
  return items?.find((i) => sameName(i.name, name));
}

const emptyGroup = (name: string): ResourceGroup => emptyResourceGroup({ name });

async function inventory(base: BaseTenant | undefined, ask: Asker, region: string): Promise<Subscription[]> {
  ask.section("Subscriptions and resource groups");
  const baseSubs = base?.subscriptions;
  const subNames = await ask.list({
    key: "subscriptions",
    message: "Subscriptions of the tenant (display names)",
    current: baseSubs?.map((s) => s.name),
    item: "subscription",
    validateItem: fieldCheck(SubscriptionSchema.shape.name),
  });
  if (subNames.length === 0) ask.note("A tenant needs at least one subscription; the review will say so.");

  // Breadth first: every list of a level is known before the next level's keys are formed.
  const subs: Subscription[] = [];
  for (const subName of subNames) {
    const b = pick(baseSubs, subName);
    const id = (await ask.text({
      key: `subscription[${subName}].id`,
      message: `Subscription ID (GUID) of ${subName}`,
      current: b?.id,
      validate: fieldCheck(SubscriptionSchema.shape.id),
    }))!;
    subs.push({ ...clone(b ?? { resourceGroups: [] }), name: subName, id, resourceGroups: [] });
  }
  const groupLists: string[][] = [];
  for (const sub of subs) {
    const b = pick(baseSubs, sub.name);
    groupLists.push(
      await ask.list({
        key: `subscription[${sub.name}].resourceGroups`,
        message: `Resource groups in subscription ${sub.name}`,
        current: b?.resourceGroups.map((g) => g.name),
        default: [],
        item: "resource group",
        validateItem: fieldCheck(ResourceGroupSchema.shape.name),
      }),
    );
  }
  const allGroups = groupLists.flat();
  interface GroupWork {
    sub: Subscription;
    group: ResourceGroup;
    base?: ResourceGroup;
    key: string;
  }
  const groups: GroupWork[] = [];
  for (const [i, sub] of subs.entries()) {
    for (const groupName of groupLists[i]!) {
      const b = pick(pick(baseSubs, sub.name)?.resourceGroups, groupName);
      const key = `rg[${keyName(groupName, sub.name, allGroups)}]`;
      const location = await ask.text({
        key: `${key}.location`,
        message: `Location of resource group ${groupName}`,
        current: b?.location,
        known: !!b,
        default: region,
        optional: true,
      });
      const group: ResourceGroup = { ...clone(b ?? emptyGroup(groupName)), name: groupName, location };
      sub.resourceGroups.push(group);
      groups.push({ sub, group, base: b, key });
    }
  }

  const lists = async (
    work: GroupWork,
    kind: "virtualNetworks" | "virtualMachines" | "storageAccounts" | "keyVaults",
    message: string,
    item: string,
    validateItem: (s: string) => string | undefined,
  ) =>
    ask.list({
      key: `${work.key}.${kind}`,
      message: `${message} in ${work.group.name}`,
      current: work.base?.[kind].map((x) => x.name),
      default: [],
      item,
      validateItem,
    });
  const vnetNames = new Map<GroupWork, string[]>();
  const vmNames = new Map<GroupWork, string[]>();
  const storageNames = new Map<GroupWork, string[]>();
  const vaultNames = new Map<GroupWork, string[]>();
  const resources = new Map<GroupWork, GroupResources>();
  for (const work of groups) {
    vnetNames.set(work, await lists(work, "virtualNetworks", "Virtual networks", "virtual network", fieldCheck(VirtualNetworkSchema.shape.name)));
    vmNames.set(work, await lists(work, "virtualMachines", "VMs", "VM", fieldCheck(VirtualMachineSchema.shape.name)));
    storageNames.set(work, await lists(work, "storageAccounts", "Storage accounts", "storage account", fieldCheck(StorageAccountSchema.shape.name)));
    vaultNames.set(work, await lists(work, "keyVaults", "Key vaults", "key vault", fieldCheck(KeyVaultSchema.shape.name)));
    // Networks and other resources (docs/wizard.md): opt-in from nothing, settled by a loaded file.
    resources.set(work, await askGroupResources(ask, work));
  }
  const keyOf = makeKeyer((kind) => groups.flatMap((w) => resources.get(w)!.names[kind]));
  ask.section("Network security groups, public IPs, route tables and availability sets");
  for (const work of groups) await askIndependentItems(ask, work, resources.get(work)!, keyOf);

  ask.section("Networks");
  const allVnets = groups.flatMap((w) => vnetNames.get(w)!);
  for (const work of groups) {
    const vnets: VirtualNetwork[] = [];
    for (const vnetName of vnetNames.get(work)!) {
      const b = pick(work.base?.virtualNetworks, vnetName);
      const key = `vnet[${keyName(vnetName, work.group.name, allVnets)}]`;
      const addressPrefixes = await ask.list({
        key: `${key}.addressPrefixes`,
        message: `Address ranges of virtual network ${vnetName}`,
        current: b?.addressPrefixes,
        item: "address range",
        validateItem: checkCidr,
      });
      const subnetNames = await ask.list({
        key: `${key}.subnets`,
        message: `Subnets of ${vnetName}`,
        current: b?.subnets.map((s) => s.name),
        default: [],
        item: "subnet",
        validateItem: fieldCheck(SubnetSchema.shape.name),
      });
      const subnets = [];
      for (const subnetName of subnetNames) {
        const bs = pick(b?.subnets, subnetName);
        const subnetKey = `subnet[${keyName(vnetName, work.group.name, allVnets)}/${subnetName}]`;
        const addressPrefix = (await ask.text({
          key: `${subnetKey}.addressPrefix`,
          message: `Address range of subnet ${vnetName}/${subnetName}`,
          current: bs?.addressPrefix,
          validate: checkCidr,
        }))!;
        const refs = await askSubnetReferences(ask, subnetKey, `Subnet ${vnetName}/${subnetName}`, work.group, bs, bs !== undefined);
        subnets.push({ ...clone(bs ?? {}), name: subnetName, addressPrefix, ...refs });
      }
      vnets.push({ ...clone(b ?? {}), name: vnetName, addressPrefixes, subnets });
    }
    work.group.virtualNetworks = vnets;
  }

  ask.section("Load balancers, VPN gateways and connections, Kubernetes clusters");
  for (const work of groups) await askDependentItems(ask, work, resources.get(work)!, keyOf);

  ask.section("Virtual machines and disks");
  const allVms = groups.flatMap((w) => vmNames.get(w)!);
  for (const work of groups) {
    const subnetChoices = subnetReferences(work.sub, work.group.name);
    const vms: VirtualMachine[] = [];
    for (const vmName of vmNames.get(work)!) {
      const key = `vm[${keyName(vmName, work.group.name, allVms)}]`;
      vms.push(await virtualMachine(ask, key, vmName, pick(work.base?.virtualMachines, vmName), subnetChoices, work.group, resources.get(work)!.vmDetails));
    }
    work.group.virtualMachines = vms;

    work.group.storageAccounts = [];
    for (const accountName of storageNames.get(work)!) {
      const b = pick(work.base?.storageAccounts, accountName);
      const blob = await ask.number({
        key: `storage[${accountName}].usedGiB`,
        message: `Blob data in storage account ${accountName}, GiB (empty if unknown)`,
        current: b?.usedGiB?.blob,
        known: !!b,
        optional: true,
        validate: fieldCheck(DiskSchema.shape.usedGiB),
      });
      const account = clone(b ?? { name: accountName });
      if (blob !== b?.usedGiB?.blob) account.usedGiB = { ...b?.usedGiB, blob };
      work.group.storageAccounts.push(account);
    }
    work.group.keyVaults = vaultNames.get(work)!.map((vaultName) => clone(pick(work.base?.keyVaults, vaultName) ?? { name: vaultName }));
  }
  return subs;
}

/** Subnets a NIC in `groupName` can name: "vnet/subnet" in its own group, "rg/vnet/subnet" elsewhere. */
function subnetReferences(sub: Subscription, groupName: string): string[] {
  return sub.resourceGroups.flatMap((g) =>
    g.virtualNetworks.flatMap((v) => v.subnets.map((s) => (sameName(g.name, groupName) ? `${v.name}/${s.name}` : `${g.name}/${v.name}/${s.name}`))),
  );
}

async function virtualMachine(
  ask: Asker,
  key: string,
  name: string,
  b: VirtualMachine | undefined,
  subnets: readonly string[],
  group: ResourceGroup,
  details: boolean,
): Promise<VirtualMachine> {
  const osChoices: Choice<string>[] = osCatalog.map((o) => ({ value: o.displayName, name: o.displayName }));
  if (b && !findOsVersion(b.osVersion)) osChoices.unshift({ value: b.osVersion, name: `${b.osVersion} (as recorded)` });
  const osVersion = await ask.select({
    key: `${key}.osVersion`,
    message: `${name}: operating system`,
    current: b?.osVersion,
    default: WIZARD_DEFAULTS.osVersion,
    choices: osChoices,
  });
  const os = findOsVersion(osVersion);
  const osType = os?.osType ?? b?.osType ?? "windows";

  const sizeChoices: Choice<string>[] = azureStackHubVmSizes.map((s) => ({
    value: s.name,
    name: `${s.name.padEnd(18)} ${String(s.vCpus).padStart(2)} vCPU ${String(s.memoryGiB).padStart(5)} GiB  up to ${s.maxDataDisks} data disks`,
  }));
  if (b && !findVmSize(b.size)) sizeChoices.unshift({ value: b.size, name: `${b.size} (as recorded, not in the Azure Stack Hub size table)` });
  const size = await ask.select({
    key: `${key}.size`,
    message: `${name}: VM size (vCPUs and memory from docs/vm-sizes.md)`,
    current: b?.size,
    default: WIZARD_DEFAULTS.vmSize,
    choices: sizeChoices,
  });
  const known = findVmSize(size);
  const sameSize = b !== undefined && sameName(b.size, size);

  const subnetChoices: Choice<string>[] = [...subnets.map((value) => ({ value })), { value: NO_SUBNET, name: "(no network interface)" }];
  const currentSubnet = b ? (b.nics[0]?.subnet ?? NO_SUBNET) : undefined;
  const subnetChoice = await ask.select({
    key: `${key}.subnet`,
    message: `${name}: subnet of its network interface`,
    current: currentSubnet,
    default: subnets[0] ?? NO_SUBNET,
    choices: currentSubnet && !subnetChoices.some((c) => c.value === currentSubnet) ? [{ value: currentSubnet }, ...subnetChoices] : subnetChoices,
  });
  let nics = clone(b?.nics ?? []);
  if (subnetChoice === NO_SUBNET) nics = [];
  else if (nics[0]) nics[0] = { ...nics[0], subnet: subnetChoice };
  else nics = [{ name: `${name}-nic`, subnet: subnetChoice }];
  // Availability set, the NIC's public IP, NSG and load balancer pools, the image (docs/wizard.md).
  const refs = await askVmReferences(ask, key, { ...clone(b ?? ({} as VirtualMachine)), name, nics }, b, group, details);
  nics = refs.nics;

  const baseOs = b?.disks.find((d) => d.role === "os");
  const baseData = b?.disks.filter((d) => d.role === "data") ?? [];
  const dataCount = (await ask.number({
    key: `${key}.dataDisks`,
    message: `${name}: number of data disks`,
    current: b ? baseData.length : undefined,
    default: 0,
    validate: (n) => (Number.isInteger(n) && n >= 0 && n <= MAX_DATA_DISKS ? undefined : `must be a whole number from 0 to ${MAX_DATA_DISKS}`),
  }))!;
  const disks: Disk[] = [];
  for (let i = 0; i <= dataCount; i += 1) {
    const bd = i === 0 ? baseOs : baseData[i - 1];
    const template: Disk = bd
      ? clone(bd)
      : i === 0
        ? { name: `${name}-osdisk`, role: "os", sizeGiB: 0 }
        : { name: `${name}-data${i}`, role: "data", lun: i - 1, sizeGiB: 0 };
    const label = i === 0 ? "OS disk" : `data disk ${i}`;
    const sizeGiB = (await ask.number({
      key: `${key}.disk[${i}].sizeGiB`,
      message: `${name}: ${label} (${template.name}) provisioned size, GiB`,
      current: bd?.sizeGiB,
      default: i === 0 ? (osType === "linux" ? WIZARD_DEFAULTS.linuxOsDiskGiB : WIZARD_DEFAULTS.windowsOsDiskGiB) : WIZARD_DEFAULTS.dataDiskGiB,
      validate: fieldCheck(DiskSchema.shape.sizeGiB),
    }))!;
    const usedGiB = await ask.number({
      key: `${key}.disk[${i}].usedGiB`,
      message: `${name}: ${label} used space, GiB (empty if unknown: planned at half the size)`,
      current: bd?.usedGiB,
      known: !!bd,
      optional: true,
      validate: (n) =>
        fieldCheck(DiskSchema.shape.usedGiB)(n) ?? (n > sizeGiB ? `used ${n} GiB is more than the disk's provisioned ${sizeGiB} GiB` : undefined),
    });
    const disk: Disk = { ...template, sizeGiB, usedGiB };
    disks.push(details ? await askDiskDetails(ask, `${key}.disk[${i}]`, `${name}: ${label}`, disk, bd) : disk);
  }

  return {
    ...clone(b ?? ({} as VirtualMachine)),
    name,
    osType,
    osVersion,
    ...(os?.serverCore ? { serverCore: true } : {}),
    size,
    vCpus: sameSize ? b!.vCpus : (known?.vCpus ?? b?.vCpus ?? 1),
    memoryGiB: sameSize ? b!.memoryGiB : (known?.memoryGiB ?? b?.memoryGiB ?? 1),
    nics,
    disks,
    availabilitySet: refs.availabilitySet,
    imageReference: refs.imageReference,
  };
}

// ---- Protection requirements ---------------------------------------------------------------------

async function requirements(base: BaseTenant | undefined, ask: Asker, draft: Candidate): Promise<Candidate["protection"]> {
  const bp = base?.protection;
  ask.section("Protection requirements");
  const productFamily = await ask.select({
    key: "protection.productFamily",
    message: "Backup product family to plan with",
    current: bp?.productFamily,
    default: "microsoft",
    choices: productFamilies.map((value) => ({
      value,
      name: { microsoft: "Microsoft (MABS / MARS / DPM)", veeam: "Veeam", commvault: "Commvault", generic: "Generic agent-based product" }[value],
    })),
  });
  const timeZone = (await ask.text({
    key: "protection.timeZone",
    message: 'Time zone of backup windows (IANA name, e.g. "Asia/Tokyo")',
    current: bp?.timeZone,
    default: "UTC",
    validate: checkTimeZone,
  }))!;

  const realBaseTiers = (bp?.tiers ?? []).filter((t) => !sameName(t.name, PLACEHOLDER_TIER));
  const tierNames = await ask.list({
    key: "tiers",
    message: "Protection tiers",
    current: realBaseTiers.length > 0 ? realBaseTiers.map((t) => t.name) : undefined,
    default: [...WIZARD_DEFAULTS.tiers],
    item: "tier",
    validateItem: (s) =>
      fieldCheck(TierSchema.shape.name)(s) ??
      (sameName(s, PLACEHOLDER_TIER) ? `"${PLACEHOLDER_TIER}" is the placeholder for "no tier yet"; choose another name` : undefined),
  });
  const tiers: Tier[] = [];
  for (const tierName of tierNames) tiers.push(await tier(ask, tierName, pick(realBaseTiers, tierName)));

  const tierChoices = tiers.map((t) => ({ value: t.name, name: `${t.name} (RPO ${t.rpoHours} h, RTO ${t.rtoHours} h)` }));
  const baseDefault =
    bp?.defaultTier && tiers.some((t) => sameName(t.name, bp.defaultTier!)) ? tiers.find((t) => sameName(t.name, bp.defaultTier!))!.name : undefined;
  const defaultTierChoice =
    tiers.length === 0
      ? NO_DEFAULT_TIER
      : await ask.select({
          key: "protection.defaultTier",
          message: "Default tier for VMs without one",
          current: baseDefault,
          known: realBaseTiers.length > 0 && !bp?.defaultTier,
          default: tiers.find((t) => t.name === "silver")?.name ?? tiers[0]!.name,
          choices: [...tierChoices, { value: NO_DEFAULT_TIER, name: "(none: a VM without a tier stays unprotected)" }],
        });
  const defaultTier = defaultTierChoice === NO_DEFAULT_TIER ? undefined : defaultTierChoice;

  await vmRequirements(ask, draft, tiers, defaultTier);

  const target = await backupTarget(ask, isPlaceholderTarget(bp?.target) ? undefined : bp?.target, draft.stamp.name);
  const drSite = await disasterRecoverySite(ask, bp?.drSite, tiers, target);
  return {
    ...clone(bp ?? {}),
    productFamily,
    timeZone,
    defaultTier,
    tiers,
    target,
    drSite,
    settings: clone(bp?.settings),
  } as Candidate["protection"];
}

async function tier(ask: Asker, name: string, b: BaseTier | undefined): Promise<Tier> {
  const preset = TIER_PRESETS[name.toLowerCase()] ?? TIER_PRESETS.standard!;
  const key = `tiers[${name}]`;
  const hours = (field: "rpoHours" | "rtoHours", message: string) =>
    ask.number({
      key: `${key}.${field}`,
      message: `Tier ${name}: ${message}`,
      current: b?.[field],
      default: preset[field],
      validate: fieldCheck(TierSchema.shape[field]),
    });
  const rpoHours = (await hours("rpoHours", "RPO, hours (most data you may lose)"))!;
  const rtoHours = (await hours("rtoHours", "RTO, hours (longest time to get a VM back)"))!;
  const r = b?.retention;
  const keep = async (field: "daily" | "weekly" | "monthly" | "yearly", what: string) => {
    const n = await ask.number({
      key: `${key}.retention.${field}`,
      message: `Tier ${name}: ${what} recovery points kept (0 for none)`,
      current: r ? (r[field] ?? 0) : undefined,
      default: preset.retention[field] ?? 0,
      validate: fieldCheck(RetentionSchema.shape.daily),
    });
    return n === 0 && field !== "daily" ? undefined : n;
  };
  const retention = {
    daily: (await keep("daily", "daily"))!,
    weekly: await keep("weekly", "weekly"),
    monthly: await keep("monthly", "monthly"),
    yearly: await keep("yearly", "yearly"),
  };
  const windowShape = TierSchema.shape.backupWindow.shape;
  const start = (await ask.text({
    key: `${key}.backupWindow.start`,
    message: `Tier ${name}: backup window start ("HH:MM")`,
    current: b?.backupWindow?.start,
    default: preset.backupWindow.start,
    validate: fieldCheck(windowShape.start),
  }))!;
  const durationHours = (await ask.number({
    key: `${key}.backupWindow.durationHours`,
    message: `Tier ${name}: backup window length, hours`,
    current: b?.backupWindow?.durationHours,
    default: preset.backupWindow.durationHours,
    validate: fieldCheck(windowShape.durationHours),
  }))!;
  const requiresDr = await ask.confirm({
    key: `${key}.requiresDr`,
    message: `Tier ${name}: needs a warm standby at a DR site (replication)?`,
    current: b?.requiresDr,
    known: b?.rpoHours !== undefined,
    default: preset.requiresDr ?? false,
  });
  return {
    ...clone(b ?? {}),
    name,
    rpoHours,
    rtoHours,
    retention,
    backupWindow: { start, durationHours },
    requiresDr: b?.requiresDr !== undefined || requiresDr ? requiresDr : undefined,
  } as Tier;
}

/** How a VM is named in keys and in dependsOn: its name when unique in the tenant, else "rg/vm". */
function vmReferences(refs: readonly VmRef[]): Map<VmRef, string> {
  return new Map(
    refs.map((r) => [
      r,
      keyName(
        r.vm.name,
        r.resourceGroup.name,
        refs.map((x) => x.vm.name),
      ),
    ]),
  );
}

function needsAnswers(vm: VirtualMachine, tiers: readonly Tier[]): boolean {
  return vm.roles === undefined || !vm.tier || !tiers.some((t) => sameName(t.name, vm.tier!));
}

/** The change rate a VM's disks carry, when they were given one (the first such disk's). */
const recordedChangeRate = (vm: VirtualMachine): number | undefined => vm.disks.find((d) => d.changeRatePercent !== undefined)?.changeRatePercent;

function roleChangeRate(roles: readonly WorkloadRole[]): number {
  return roles.length === 0 ? DEFAULT_CHANGE_RATE_PERCENT : Math.max(...roles.map((r) => CHANGE_RATE_BY_ROLE[r]));
}

function setChangeRate(vm: VirtualMachine, percent: number): void {
  vm.disks = vm.disks.map((d) => (d.excludeFromBackup ? d : { ...d, changeRatePercent: percent }));
}

async function vmRequirements(ask: Asker, draft: Candidate, tiers: readonly Tier[], defaultTier: string | undefined): Promise<void> {
  const refs = virtualMachines(draft);
  const names = vmReferences(refs);
  // A placeholder tier from discovery is no tier at all.
  for (const { vm } of refs) if (vm.tier && sameName(vm.tier, PLACEHOLDER_TIER)) delete vm.tier;
  if (tiers.length === 0) return;
  const tierChoices = tiers.map((t) => ({ value: t.name, name: `${t.name} (RPO ${t.rpoHours} h, RTO ${t.rtoHours} h)` }));
  const roleChoices = workloadRoles.map((value) => ({ value, name: `${value} (${CHANGE_RATE_BY_ROLE[value]} %/day)` }));

  const pending = refs.filter((r) => needsAnswers(r.vm, tiers));
  ask.section(`Protection of the VMs (${pending.length} of ${refs.length} need answers)`);
  if (pending.length > 0 || ask.has("bulk.use")) {
    const useBulk = await ask.confirm({
      key: "bulk.use",
      message: `Assign a tier, roles or a change rate to many VMs at once (by resource group, tag or name pattern)?`,
      default: ask.interactive && pending.length >= WIZARD_DEFAULTS.bulkThreshold,
    });
    for (let n = 1; useBulk; n += 1) {
      const key = `bulk[${n}]`;
      const by = await ask.select<BulkSelector>({
        key: `${key}.by`,
        message: "Choose VMs by",
        choices: bulkSelectors.map((value) => ({
          value,
          name: { resourceGroup: "resource group", tag: 'tag ("key=value" or "key")', name: 'name pattern (glob, e.g. "web*")' }[value],
        })),
      });
      const match =
        by === "resourceGroup"
          ? await ask.select({
              key: `${key}.match`,
              message: "Resource group",
              choices: [...new Set(refs.map((r) => r.resourceGroup.name))].map((value) => ({ value })),
            })
          : (await ask.text({
              key: `${key}.match`,
              message: by === "tag" ? 'Tag ("key=value" or "key")' : 'Name pattern ("*" any characters, "?" one)',
              validate: (s) => (selectVms(refs, by, s).length === 0 ? "matches no VM" : undefined),
            }))!;
      const chosen = selectVms(refs, by, match);
      const field = await ask.select<BulkField>({
        key: `${key}.set`,
        message: `Set what on ${chosen.length} VM(s) (${chosen
          .slice(0, 5)
          .map((r) => r.vm.name)
          .join(", ")}${chosen.length > 5 ? ", ..." : ""})`,
        choices: bulkFields.map((value) => ({
          value,
          name: { tier: "tier", changeRatePercent: "daily change rate (%)", roles: "workload roles" }[value],
        })),
      });
      // A rule typed now (the review's bulk action) overrides earlier per-VM answers for those VMs;
      // replayed from a file, per-VM answers keep precedence, as they did when they were given.
      const overrides = () => {
        if (ask.lastPrompted) for (const r of chosen) ask.forget(`vm[${names.get(r)!}].${field}`);
      };
      if (field === "tier") {
        const value = await ask.select({ key: `${key}.tier`, message: "Tier", choices: tierChoices, default: defaultTier });
        overrides();
        for (const r of chosen) r.vm.tier = value;
      } else if (field === "roles") {
        const value = await ask.checkbox<WorkloadRole>({
          key: `${key}.roles`,
          message: "Workload roles",
          default: [],
          choices: roleChoices,
        });
        overrides();
        for (const r of chosen) r.vm.roles = value;
      } else {
        const value = (await ask.number({
          key: `${key}.changeRatePercent`,
          message: "Daily change rate, % of used data",
          validate: fieldCheck(DiskSchema.shape.changeRatePercent),
        }))!;
        overrides();
        for (const r of chosen) setChangeRate(r.vm, value);
      }
      if (!(await ask.confirm({ key: `${key}.more`, message: "Another bulk assignment?", default: false }))) break;
    }
  }

  const others = (self: VmRef) => refs.filter((r) => r !== self).map((r) => ({ value: names.get(r)! }));
  for (const ref of refs) {
    const key = `vm[${names.get(ref)!}]`;
    const vm = ref.vm;
    const needed = needsAnswers(vm, tiers) || ask.isReasked(`${key}.`);
    // A complete VM (from the file or from bulk rules) is walked only for answers given for it by key,
    // which win over what bulk rules set; its other fields stay as they are (`known`).
    const answered = ["roles", "tier", "changeRatePercent", "dependsOn"].some((f) => ask.has(`${key}.${f}`));
    if (!needed && !answered) continue;
    const known = !needed;
    const roles = await ask.checkbox<WorkloadRole>({
      key: `${key}.roles`,
      message: `${vm.name}: workload roles (space to tick, enter when done)`,
      current: vm.roles,
      known,
      default: [],
      choices: roleChoices,
    });
    vm.roles = roles;
    const validTier = vm.tier && tiers.find((t) => sameName(t.name, vm.tier!))?.name;
    vm.tier = await ask.select({
      key: `${key}.tier`,
      message: `${vm.name}: tier`,
      current: validTier || undefined,
      default: defaultTier ?? tiers[0]!.name,
      choices: tierChoices,
    });
    const byRole = roleChangeRate(roles ?? []);
    const recorded = recordedChangeRate(vm);
    const rate = await ask.number({
      key: `${key}.changeRatePercent`,
      message: `${vm.name}: daily change rate, % of used data (by role: ${byRole})`,
      current: recorded,
      known,
      default: byRole,
      validate: fieldCheck(DiskSchema.shape.changeRatePercent),
    });
    if (rate !== undefined && (recorded !== undefined ? rate !== recorded : rate !== byRole)) setChangeRate(vm, rate);
    if (refs.length > 1) {
      const deps = await ask.checkbox({
        key: `${key}.dependsOn`,
        message: `${vm.name}: VMs that must be running before it`,
        current: vm.dependsOn,
        known,
        default: [],
        choices: others(ref),
      });
      vm.dependsOn = deps && deps.length > 0 ? deps : undefined;
    }
  }
}

async function backupTarget(ask: Asker, b: Partial<BackupTarget> | undefined, stampName: string): Promise<BackupTarget> {
  ask.section("Off-stack backup target");
  const known = b !== undefined && b.name !== undefined;
  const kind = await ask.select({
    key: "target.kind",
    message: "Where do backups go (off this stack)?",
    current: b?.kind,
    default: "azure-recovery-services-vault",
    choices: backupTargetKinds.map((value) => ({
      value,
      name: {
        "azure-recovery-services-vault": "Recovery Services vault in public Azure",
        "second-stamp": "Another Azure Stack Hub stamp",
        "s3-compatible": "S3-compatible object storage",
        "smb-share": "SMB share at another site",
        "nfs-share": "NFS share at another site",
      }[value],
    })),
  });
  const name = (await ask.text({
    key: "target.name",
    message: "Target name (vault, share or bucket)",
    current: b?.name,
    validate: fieldCheck(BackupTargetSchema.shape.name),
  }))!;
  const location = (await ask.text({
    key: "target.location",
    message: kind === "azure-recovery-services-vault" ? 'Azure region of the vault (e.g. "japaneast")' : "Where the target lives (stamp, region or site)",
    current: b?.location,
    validate: fieldCheck(BackupTargetSchema.shape.location),
  }))!;
  const stampNameOfTarget =
    kind === "second-stamp"
      ? await ask.text({
          key: "target.stampName",
          message: "Name of the other stamp",
          current: b?.stampName,
          validate: (s) => (sameName(s, stampName) ? "this is the source stamp itself: a backup kept on the stack is lost with the stack" : undefined),
        })
      : b?.stampName;
  const endpoint =
    kind === "s3-compatible" || kind === "smb-share" || kind === "nfs-share"
      ? await ask.text({
          key: "target.endpoint",
          message: "Endpoint (URL, \\\\server\\share or host:/export; optional)",
          current: b?.endpoint,
          known,
          optional: true,
        })
      : b?.endpoint;
  const wanBandwidthMbps = (await ask.number({
    key: "target.wanBandwidthMbps",
    message: "WAN bandwidth from the stack to the target, Mbit/s",
    current: b?.wanBandwidthMbps,
    validate: fieldCheck(BackupTargetSchema.shape.wanBandwidthMbps),
  }))!;
  return { ...clone(b ?? {}), kind, name, location, stampName: stampNameOfTarget, endpoint, wanBandwidthMbps } as BackupTarget;
}

async function disasterRecoverySite(ask: Asker, b: DrSite | undefined, tiers: readonly Tier[], target: BackupTarget): Promise<DrSite | undefined> {
  ask.section("DR site");
  const kind = await ask.select({
    key: "drSite.kind",
    message: "Disaster recovery site",
    current: b?.kind,
    default: tiers.some((t) => t.requiresDr) ? "azure-region" : "none",
    choices: drSiteKinds.map((value) => ({
      value,
      name: {
        "azure-region": "A public Azure region (Azure Site Recovery)",
        "second-stamp": "Another Azure Stack Hub stamp",
        none: "None (restore from backup only)",
      }[value],
    })),
  });
  if (kind === "none") return { ...clone(b ?? {}), kind } as DrSite;
  const name = await ask.text({
    key: "drSite.name",
    message: kind === "azure-region" ? "Azure region of the DR site" : "Name of the DR stamp",
    current: b?.name,
    default: kind === "azure-region" && target.kind === "azure-recovery-services-vault" ? target.location : undefined,
    validate: fieldCheck(DrSiteSchema.shape.name),
  });
  const wanBandwidthMbps = await ask.number({
    key: "drSite.wanBandwidthMbps",
    message: "WAN bandwidth to the DR site, Mbit/s (optional)",
    current: b?.wanBandwidthMbps,
    known: b !== undefined,
    default: target.wanBandwidthMbps,
    optional: true,
    validate: fieldCheck(BackupTargetSchema.shape.wanBandwidthMbps),
  });
  return { ...clone(b ?? {}), kind, name, wanBandwidthMbps } as DrSite;
}

/** The keys under which the review menu can revisit VMs and resource groups. */
export function vmKeys(tenant: Tenant): Array<{ key: string; label: string }> {
  const refs = virtualMachines(tenant);
  const names = vmReferences(refs);
  return refs.map((r) => ({ key: `vm[${names.get(r)!}]`, label: r.qualifiedName }));
}

export function groupKeys(tenant: Tenant): Array<{ key: string; label: string }> {
  const all = tenant.subscriptions.flatMap((s) => s.resourceGroups.map((g) => g.name));
  return tenant.subscriptions.flatMap((s) => s.resourceGroups.map((g) => ({ key: `rg[${keyName(g.name, s.name, all)}]`, label: `${s.name} / ${g.name}` })));
}
