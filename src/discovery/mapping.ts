/**
 * From what ARM returned to the tenant model: VMs with their NICs, disks and extensions, networks,
 * gateways, storage, key vaults and AKS engine clusters. Every listed resource ends up exactly once
 * either in a model entity ("mapped") or in otherResources with a note ("other"): nothing is dropped,
 * and the per-type counts prove it (listed = mapped + other).
 */
import {
  AvailabilitySetSchema,
  diskSkus,
  KeyVaultSchema,
  LoadBalancerSchema,
  NetworkSecurityGroupSchema,
  PublicIpSchema,
  RouteTableSchema,
  StorageAccountSchema,
  VirtualMachineSchema,
  VirtualNetworkSchema,
  VpnConnectionSchema,
  VpnGatewaySchema,
  emptyResourceGroup,
  type Disk,
  type KubernetesCluster,
  type Nic,
  type OtherResource,
  type ResourceGroup,
  type ResourceKind,
  type Subscription,
  type VirtualMachine,
} from "../inventory/schema.js";
import { API_PROFILE } from "../stamp/api-profile.js";
import { findVmSize } from "../inventory/vm-sizes.js";
import { compareIds, type Json, type RawInventory, type RawResourceGroup, type ReadResource } from "./arm-reader.js";

export interface TypeCount {
  type: string;
  listed: number;
  mapped: number;
  other: number;
  /** Of `other`: resources whose body could not be read. */
  unreadable: number;
}

export interface MappingResult {
  subscriptions: Subscription[];
  counts: TypeCount[];
  totals: { listed: number; mapped: number; other: number; unreadable: number };
  /** Model entity (by key subscription/rg/kind/name, lower case) whose resource could not be read this time. */
  unreadableEntities: Set<string>;
}

/** AKS engine tags its VMs, availability sets and NICs (Azure/aks-engine-azurestack, pkg/engine: vmTags). */
export const AKS_ENGINE_TAGS = {
  version: "aksEngineVersion",
  orchestrator: "orchestrator",
  pool: "poolName",
  suffix: "resourceNameSuffix",
} as const;

export const entityKey = (subscriptionId: string, resourceGroup: string, kind: string, name: string): string =>
  `${subscriptionId}/${resourceGroup}/${kind}/${name}`.toLowerCase();

const lastSegment = (id: string): string => id.split("/").filter(Boolean).pop() ?? id;
const props = (r: ReadResource | undefined): Json => (r?.body?.properties ?? {}) as Json;
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Json[]) : []);
const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
const idOf = (v: unknown): string | undefined => str(obj(v).id);

/** Parses "/subscriptions/s/resourceGroups/rg/providers/ns/type/name[/child/name]". */
function parseId(id: string): { subscription: string; resourceGroup: string; names: string[] } | undefined {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/[^/]+\/(.+)$/i.exec(id);
  if (!m) return undefined;
  const rest = m[3]!.split("/");
  return { subscription: m[1]!, resourceGroup: m[2]!, names: rest.filter((_, i) => i % 2 === 1) };
}

class Context {
  readonly byId = new Map<string, ReadResource>();
  readonly rgOf = new Map<string, string>();
  readonly consumed = new Map<string, string>();
  constructor(
    readonly subscriptionId: string,
    groups: RawResourceGroup[],
  ) {
    for (const g of groups) {
      for (const r of g.resources) {
        this.byId.set(r.id.toLowerCase(), r);
        this.rgOf.set(r.id.toLowerCase(), g.name);
      }
    }
  }
  get(id: string | undefined): ReadResource | undefined {
    return id ? this.byId.get(id.toLowerCase()) : undefined;
  }
  /** The resource's real name when it is known, else the id's last segment. */
  nameOf(id: string): string {
    return this.get(id)?.name ?? lastSegment(id);
  }
  /** The resource group name (as ARM lists it) of an id. */
  groupOf(id: string): string | undefined {
    return this.rgOf.get(id.toLowerCase()) ?? parseId(id)?.resourceGroup;
  }
  sameGroup(id: string, group: string): boolean {
    return (this.groupOf(id) ?? "").toLowerCase() === group.toLowerCase();
  }
  consume(id: string | undefined, by: string): void {
    if (id && this.byId.has(id.toLowerCase())) this.consumed.set(id.toLowerCase(), by);
  }
  /** "vnet/subnet" in the same group, "rg/vnet/subnet" across groups of the subscription. */
  subnetReference(subnetId: string | undefined, group: string): string | undefined {
    if (!subnetId) return undefined;
    const parsed = parseId(subnetId);
    if (!parsed || parsed.names.length < 2) return undefined;
    const vnetId = subnetId.replace(/\/subnets\/[^/]+$/i, "");
    const vnetName = this.nameOf(vnetId);
    const subnetName = this.subnetName(vnetId, parsed.names[1]!);
    const vnetGroup = this.groupOf(vnetId) ?? parsed.resourceGroup;
    return vnetGroup.toLowerCase() === group.toLowerCase() ? `${vnetName}/${subnetName}` : `${vnetGroup}/${vnetName}/${subnetName}`;
  }
  private subnetName(vnetId: string, fromId: string): string {
    const subnet = arr(props(this.get(vnetId)).subnets).find((s) => String(s.name).toLowerCase() === fromId.toLowerCase());
    return str(subnet?.name) ?? fromId;
  }
}

/** Drops undefined values so zod sees exactly what was found. */
function clean<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  if (typeof value !== "string") return undefined;
  return allowed.find((a) => a.toLowerCase() === value.toLowerCase());
}

function nonEmptyTags(tags: Record<string, string> | undefined): Record<string, string> | undefined {
  return tags && Object.keys(tags).length > 0 ? { ...tags } : undefined;
}

export function mapInventory(raw: RawInventory): MappingResult {
  const counts = new Map<string, TypeCount>();
  const unreadableEntities = new Set<string>();
  const subscriptions: Subscription[] = [];

  for (const sub of raw.subscriptions) {
    const ctx = new Context(sub.id, sub.resourceGroups);
    const groups: ResourceGroup[] = [];
    for (const g of sub.resourceGroups) {
      groups.push(mapGroup(ctx, g, raw, sub.id, unreadableEntities));
    }
    // Count every listed resource once: mapped when an entity consumed it, otherwise it is in otherResources.
    for (const g of sub.resourceGroups) {
      for (const r of g.resources) {
        const key = r.type.toLowerCase();
        const count = counts.get(key) ?? { type: canonicalType(r.type), listed: 0, mapped: 0, other: 0, unreadable: 0 };
        count.listed++;
        if (ctx.consumed.has(r.id.toLowerCase())) count.mapped++;
        else {
          count.other++;
          if (r.readError) count.unreadable++;
        }
        counts.set(key, count);
      }
    }
    subscriptions.push({ id: sub.id, name: sub.name, resourceGroups: groups });
  }
  const list = [...counts.values()].sort((a, b) => compareIds(a.type, b.type));
  const totals = list.reduce(
    (t, c) => ({
      listed: t.listed + c.listed,
      mapped: t.mapped + c.mapped,
      other: t.other + c.other,
      unreadable: t.unreadable + c.unreadable,
    }),
    { listed: 0, mapped: 0, other: 0, unreadable: 0 },
  );
  return { subscriptions, counts: list, totals, unreadableEntities };
}

/** ARM types come back in varying case (publicIPAddresses, publicIpAddresses): show one spelling. */
function canonicalType(type: string): string {
  const known: Record<string, string> = { "microsoft.network/publicipaddresses": "Microsoft.Network/publicIPAddresses" };
  return known[type.toLowerCase()] ?? type;
}

/** What a per-type mapper reads besides the resource itself. */
interface MapScope {
  ctx: Context;
  g: RawResourceGroup;
  raw: RawInventory;
}

interface Schema<T> {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: Array<{ path: PropertyKey[]; message: string }> } };
}

/** How one ARM type becomes one entity of the model: the list it joins, the schema it must pass, the mapping. */
interface KindMapper<K extends ResourceKind = ResourceKind> {
  type: string;
  kind: K;
  schema: Schema<ResourceGroup[K][number]>;
  build(r: ReadResource, s: MapScope): unknown;
  /** Runs once the entity is in the model: consumes parts that another entity may also name. */
  taken?(r: ReadResource, s: MapScope): void;
}

const kindMapper = <K extends ResourceKind>(m: KindMapper<K>): KindMapper => m as unknown as KindMapper;

/**
 * One mapper per ARM type, run in this order: VMs come last among the Compute/Network types because they consume
 * NICs, disks and extensions. A new type is one more entry here.
 */
const MAPPERS: readonly KindMapper[] = [
  kindMapper({
    type: "microsoft.compute/availabilitysets",
    kind: "availabilitySets",
    schema: AvailabilitySetSchema,
    build: mapAvailabilitySet,
  }),
  kindMapper({
    type: "microsoft.network/virtualnetworks",
    kind: "virtualNetworks",
    schema: VirtualNetworkSchema,
    build: mapVirtualNetwork,
  }),
  kindMapper({
    type: "microsoft.network/networksecuritygroups",
    kind: "networkSecurityGroups",
    schema: NetworkSecurityGroupSchema,
    build: mapNetworkSecurityGroup,
  }),
  kindMapper({ type: "microsoft.network/publicipaddresses", kind: "publicIpAddresses", schema: PublicIpSchema, build: mapPublicIp }),
  kindMapper({ type: "microsoft.network/loadbalancers", kind: "loadBalancers", schema: LoadBalancerSchema, build: mapLoadBalancer }),
  kindMapper({ type: "microsoft.network/routetables", kind: "routeTables", schema: RouteTableSchema, build: mapRouteTable }),
  kindMapper({
    type: "microsoft.storage/storageaccounts",
    kind: "storageAccounts",
    schema: StorageAccountSchema,
    build: mapStorageAccount,
  }),
  kindMapper({ type: "microsoft.keyvault/vaults", kind: "keyVaults", schema: KeyVaultSchema, build: mapKeyVault }),
  kindMapper({ type: "microsoft.network/virtualnetworkgateways", kind: "vpnGateways", schema: VpnGatewaySchema, build: mapVpnGateway }),
  kindMapper({
    type: "microsoft.network/connections",
    kind: "vpnConnections",
    schema: VpnConnectionSchema,
    build: mapVpnConnection,
    taken: (r, { ctx }) => ctx.consume(idOf(props(r).localNetworkGateway2), r.id),
  }),
  kindMapper({
    type: "microsoft.compute/virtualmachines",
    kind: "virtualMachines",
    schema: VirtualMachineSchema,
    build: (r, s) => mapVm(s.ctx, r, s.g, s.raw),
  }),
];

/** ARM type (lower case) → the model list that holds it; NICs, disks, extensions and LNGs live inside other entities. */
export const KIND_BY_TYPE: Readonly<Record<string, ResourceKind>> = Object.fromEntries(MAPPERS.map((m) => [m.type, m.kind]));

function mapGroup(ctx: Context, g: RawResourceGroup, raw: RawInventory, subscriptionId: string, unreadableEntities: Set<string>): ResourceGroup {
  const group: ResourceGroup = emptyResourceGroup({
    name: g.name,
    ...(g.location ? { location: g.location } : {}),
    ...(nonEmptyTags(g.tags) ? { tags: nonEmptyTags(g.tags) } : {}),
  });
  const notes = new Map<string, string>();
  const scope: MapScope = { ctx, g, raw };
  for (const mapper of MAPPERS) {
    for (const r of g.resources) {
      if (r.type.toLowerCase() !== mapper.type) continue;
      if (!r.body) {
        if (r.readError) unreadableEntities.add(entityKey(subscriptionId, g.name, mapper.kind, r.name));
        continue;
      }
      const outcome = take(ctx, r, mapper, scope);
      if (typeof outcome === "string") {
        notes.set(r.id.toLowerCase(), outcome);
      } else {
        (group[mapper.kind] as unknown[]).push(outcome.entity);
        mapper.taken?.(r, scope);
      }
    }
  }

  group.kubernetesClusters = aksEngineClusters(g, group.virtualMachines);

  // Everything not consumed: kept with a note saying why.
  for (const r of g.resources) {
    if (ctx.consumed.has(r.id.toLowerCase())) continue;
    group.otherResources.push(otherResource(r, notes.get(r.id.toLowerCase())));
  }
  for (const kind of Object.keys(group) as Array<keyof ResourceGroup>) {
    const value = group[kind];
    if (Array.isArray(value) && kind !== "otherResources") (value as Array<{ name: string }>).sort((a, b) => compareIds(a.name, b.name));
  }
  group.otherResources.sort((a, b) => compareIds(a.id, b.id));
  return group;
}

/**
 * Maps with the mapper, validates with the entity's schema and consumes the resource on success; otherwise the
 * note that says why it was not modelled.
 */
function take(ctx: Context, r: ReadResource, mapper: KindMapper, scope: MapScope): { entity: unknown } | string {
  // Parts consumed by a build that then fails go back to the pool, so they are counted once, as other.
  const rollback = () => {
    for (const [id, by] of [...ctx.consumed]) if (by === r.id) ctx.consumed.delete(id);
  };
  let candidate: unknown;
  try {
    candidate = mapper.build(r, scope);
  } catch (error) {
    rollback();
    return `not modelled: ${error instanceof Error ? error.message : String(error)}`;
  }
  const parsed = mapper.schema.safeParse(candidate);
  if (!parsed.success) {
    rollback();
    const issue = parsed.error.issues[0];
    return `not modelled: ${issue ? `${issue.path.map(String).join(".") || "value"}: ${issue.message}` : "does not fit the model"}`;
  }
  ctx.consume(r.id, r.id);
  return { entity: parsed.data };
}

function mapAvailabilitySet(r: ReadResource): unknown {
  const p = props(r);
  return clean({
    name: r.name,
    platformFaultDomainCount: num(p.platformFaultDomainCount),
    platformUpdateDomainCount: num(p.platformUpdateDomainCount),
    managed: str(obj(r.body?.sku ?? r.sku).name) ? String(obj(r.body?.sku ?? r.sku).name).toLowerCase() === "aligned" : undefined,
    tags: nonEmptyTags(r.tags),
  });
}

function mapVirtualNetwork(r: ReadResource, { ctx, g }: MapScope): unknown {
  const p = props(r);
  const dns = (obj(p.dhcpOptions).dnsServers as unknown[] | undefined)?.filter((d): d is string => typeof d === "string");
  return clean({
    name: r.name,
    addressPrefixes: ((obj(p.addressSpace).addressPrefixes as unknown[] | undefined) ?? []).filter((x): x is string => typeof x === "string"),
    dnsServers: dns && dns.length > 0 ? dns : undefined,
    subnets: arr(p.subnets).map((s) => {
      const sp = obj(s.properties);
      const nsgId = idOf(sp.networkSecurityGroup);
      const rtId = idOf(sp.routeTable);
      return clean({
        name: String(s.name),
        addressPrefix: str(sp.addressPrefix) ?? (Array.isArray(sp.addressPrefixes) ? String(sp.addressPrefixes[0]) : ""),
        networkSecurityGroup: nsgId && ctx.sameGroup(nsgId, g.name) ? ctx.nameOf(nsgId) : undefined,
        routeTable: rtId && ctx.sameGroup(rtId, g.name) ? ctx.nameOf(rtId) : undefined,
      });
    }),
    tags: nonEmptyTags(r.tags),
  });
}

function mapNetworkSecurityGroup(r: ReadResource): unknown {
  const joined = (one: unknown, many: unknown): string | number => str(one) ?? (Array.isArray(many) && many.length > 0 ? many.join(",") : "*");
  return clean({
    name: r.name,
    rules: arr(props(r).securityRules).map((rule) => {
      const p = obj(rule.properties);
      return clean({
        name: String(rule.name),
        priority: num(p.priority),
        direction: oneOf(p.direction, ["Inbound", "Outbound"] as const),
        access: oneOf(p.access, ["Allow", "Deny"] as const),
        protocol: oneOf(p.protocol, ["Tcp", "Udp", "Icmp", "*"] as const) ?? p.protocol,
        sourceAddressPrefix: joined(p.sourceAddressPrefix, p.sourceAddressPrefixes),
        sourcePortRange: joined(p.sourcePortRange, p.sourcePortRanges),
        destinationAddressPrefix: joined(p.destinationAddressPrefix, p.destinationAddressPrefixes),
        destinationPortRange: joined(p.destinationPortRange, p.destinationPortRanges),
        description: str(p.description),
      });
    }),
    tags: nonEmptyTags(r.tags),
  });
}

function mapPublicIp(r: ReadResource): unknown {
  const p = props(r);
  return clean({
    name: r.name,
    allocation: oneOf(p.publicIPAllocationMethod, ["Static", "Dynamic"] as const) ?? p.publicIPAllocationMethod,
    ipAddress: str(p.ipAddress),
    domainNameLabel: str(obj(p.dnsSettings).domainNameLabel),
    sku: oneOf(obj(r.body?.sku ?? r.sku).name, ["Basic", "Standard"] as const),
    tags: nonEmptyTags(r.tags),
  });
}

function mapLoadBalancer(r: ReadResource, { ctx, g }: MapScope): unknown {
  const p = props(r);
  const child = (id: string | undefined) => (id ? lastSegment(id) : undefined);
  return clean({
    name: r.name,
    sku: oneOf(obj(r.body?.sku ?? r.sku).name, ["Basic", "Standard"] as const),
    frontends: arr(p.frontendIPConfigurations).map((fe) => {
      const fp = obj(fe.properties);
      const pipId = idOf(fp.publicIPAddress);
      return clean({
        name: String(fe.name),
        publicIpAddress: pipId ? ctx.nameOf(pipId) : undefined,
        subnet: ctx.subnetReference(idOf(fp.subnet), g.name),
        privateIpAddress: str(fp.privateIPAddress),
      });
    }),
    backendPools: arr(p.backendAddressPools).map((bp) => ({ name: String(bp.name) })),
    probes: arr(p.probes).map((probe) => {
      const pp = obj(probe.properties);
      return clean({
        name: String(probe.name),
        protocol: oneOf(pp.protocol, ["Tcp", "Http", "Https"] as const) ?? pp.protocol,
        port: num(pp.port),
        requestPath: str(pp.requestPath),
        intervalSeconds: num(pp.intervalInSeconds),
        numberOfProbes: num(pp.numberOfProbes),
      });
    }),
    rules: arr(p.loadBalancingRules).map((rule) => {
      const rp = obj(rule.properties);
      return clean({
        name: String(rule.name),
        frontend: child(idOf(rp.frontendIPConfiguration)),
        backendPool: child(idOf(rp.backendAddressPool)),
        probe: child(idOf(rp.probe)),
        protocol: oneOf(rp.protocol, ["Tcp", "Udp", "All"] as const) ?? rp.protocol,
        frontendPort: num(rp.frontendPort),
        backendPort: num(rp.backendPort),
        idleTimeoutMinutes: num(rp.idleTimeoutInMinutes),
        enableFloatingIp: typeof rp.enableFloatingIP === "boolean" ? rp.enableFloatingIP : undefined,
      });
    }),
    tags: nonEmptyTags(r.tags),
  });
}

function mapRouteTable(r: ReadResource): unknown {
  const p = props(r);
  return clean({
    name: r.name,
    disableBgpRoutePropagation: typeof p.disableBgpRoutePropagation === "boolean" ? p.disableBgpRoutePropagation : undefined,
    routes: arr(p.routes).map((route) => {
      const rp = obj(route.properties);
      return clean({
        name: String(route.name),
        addressPrefix: str(rp.addressPrefix),
        nextHopType: oneOf(rp.nextHopType, ["VirtualNetworkGateway", "VnetLocal", "Internet", "VirtualAppliance", "None"] as const) ?? rp.nextHopType,
        nextHopIpAddress: str(rp.nextHopIpAddress),
      });
    }),
    tags: nonEmptyTags(r.tags),
  });
}

function mapStorageAccount(r: ReadResource): unknown {
  return clean({
    name: r.name,
    sku: oneOf(obj(r.body?.sku ?? r.sku).name, ["Standard_LRS", "Premium_LRS"] as const),
    kind: oneOf(r.body?.kind ?? r.kind, ["Storage", "StorageV2", "BlobStorage"] as const),
    tags: nonEmptyTags(r.tags),
  });
}

/** Names and flags only: secret, key and certificate names need the data plane, which discover never calls. */
function mapKeyVault(r: ReadResource): unknown {
  const p = props(r);
  return clean({
    name: r.name,
    sku: oneOf(obj(p.sku).name, ["standard", "premium"] as const),
    enabledForDeployment: typeof p.enabledForDeployment === "boolean" ? p.enabledForDeployment : undefined,
    enabledForTemplateDeployment: typeof p.enabledForTemplateDeployment === "boolean" ? p.enabledForTemplateDeployment : undefined,
    tags: nonEmptyTags(r.tags),
  });
}

function mapVpnGateway(r: ReadResource, { ctx }: MapScope): unknown {
  const p = props(r);
  const ip = obj(arr(p.ipConfigurations)[0]?.properties);
  const subnetId = idOf(ip.subnet);
  const pipId = idOf(ip.publicIPAddress);
  if (str(p.gatewayType) && String(p.gatewayType).toLowerCase() !== "vpn") throw new Error(`gateway type ${String(p.gatewayType)} is not a VPN gateway`);
  return clean({
    name: r.name,
    virtualNetwork: subnetId ? ctx.nameOf(subnetId.replace(/\/subnets\/[^/]+$/i, "")) : undefined,
    publicIpAddress: pipId ? ctx.nameOf(pipId) : undefined,
    sku: oneOf(obj(p.sku).name, ["Basic", "Standard", "HighPerformance"] as const) ?? obj(p.sku).name,
    vpnType: oneOf(p.vpnType, ["RouteBased", "PolicyBased"] as const),
    tags: nonEmptyTags(r.tags),
  });
}

/** A connection carries its local network gateway, consumed only once the connection is in the model. */
function mapVpnConnection(r: ReadResource, { ctx }: MapScope): unknown {
  const p = props(r);
  const lngId = idOf(p.localNetworkGateway2);
  const lng = ctx.get(lngId);
  if (!lngId) throw new Error(`connection type ${String(p.connectionType ?? "unknown")} has no local network gateway`);
  if (!lng?.body) throw new Error("its local network gateway could not be read");
  const lp = props(lng);
  // The pre-shared key (sharedKey) is never read into the model.
  return clean({
    name: r.name,
    gateway: ctx.nameOf(idOf(p.virtualNetworkGateway1) ?? ""),
    localNetworkGateway: {
      name: lng.name,
      gatewayIpAddress: str(lp.gatewayIpAddress) ?? str(lp.fqdn),
      addressPrefixes: ((obj(lp.localNetworkAddressSpace).addressPrefixes as unknown[] | undefined) ?? []).filter((x): x is string => typeof x === "string"),
    },
    connectionType: oneOf(p.connectionType, ["IPsec"] as const),
    tags: nonEmptyTags(r.tags),
  });
}

function otherResource(r: ReadResource, note: string | undefined): OtherResource {
  const type = r.type.toLowerCase();
  let why = note;
  if (!why && r.readError) why = `could not be read (${r.readError}); run discover again`;
  if (!why && !r.apiVersion) why = `type not in the ${API_PROFILE} API profile; listed only`;
  if (!why && type === "microsoft.compute/disks")
    why = r.managedBy ? `managed disk of ${lastSegment(r.managedBy)}, which is not modelled` : "managed disk not attached to a VM";
  if (!why && type === "microsoft.network/networkinterfaces") why = "network interface not attached to a modelled VM";
  if (!why && type === "microsoft.network/localnetworkgateways") why = "local network gateway that no VPN connection uses";
  if (!why && type === "microsoft.compute/virtualmachines/extensions") why = "extension of a VM that is not modelled";
  if (!why) why = "type not in the tenant model; kept for the configuration export";
  return clean({ id: r.id, name: r.name, type: r.type, location: r.location, note: why });
}

function mapVm(ctx: Context, r: ReadResource, g: RawResourceGroup, raw: RawInventory): VirtualMachine {
  const p = props(r);
  const storage = obj(p.storageProfile);
  const osDisk = obj(storage.osDisk);
  const osType = oneOf(osDisk.osType, ["Windows", "Linux"] as const);
  if (!osType) throw new Error("the OS disk has no osType");
  const sizeName = str(obj(p.hardwareProfile).vmSize);
  if (!sizeName) throw new Error("no hardwareProfile.vmSize");
  const catalogued = findVmSize(sizeName);
  const fromStamp = raw.stampVmSizes.get(sizeName.toLowerCase());
  const vCpus = catalogued?.vCpus ?? fromStamp?.vCpus;
  const memoryGiB = catalogued?.memoryGiB ?? fromStamp?.memoryGiB;
  if (vCpus === undefined || memoryGiB === undefined) throw new Error(`size ${sizeName} is neither in the tool's catalogue nor in the stamp's vmSizes list`);

  const view = r.instanceView ?? obj(p.instanceView);
  const statuses = arr(view.statuses).map((s) => String(s.code ?? ""));
  const power = statuses
    .find((c) => c.toLowerCase().startsWith("powerstate/"))
    ?.split("/")[1]
    ?.toLowerCase();
  const powerState = r.instanceView ? (power === "running" || power === "stopped" || power === "deallocated" ? power : "unknown") : undefined;
  const agentStatuses = arr(obj(view.vmAgent).statuses);
  const vmAgent = r.instanceView ? agentStatuses.some((s) => String(s.displayStatus ?? "").toLowerCase() === "ready") : undefined;

  const image = obj(storage.imageReference);
  const imageReference =
    str(image.publisher) && str(image.offer) && str(image.sku)
      ? clean({
          publisher: String(image.publisher),
          offer: String(image.offer),
          sku: String(image.sku),
          version: str(image.exactVersion) ?? str(image.version),
        })
      : undefined;
  const osName = str(view.osName);
  const osVersion = osName
    ? osType === "Windows" || !str(view.osVersion)
      ? osName
      : `${osName} ${String(view.osVersion)}`
    : imageReference
      ? `${imageReference.offer} ${imageReference.sku}`
      : `${osType} (version unknown)`;

  const disk = (d: Json, role: "os" | "data"): Disk => {
    const managedId = idOf(d.managedDisk);
    const resource = ctx.get(managedId);
    ctx.consume(managedId, r.id);
    const size = num(props(resource).diskSizeGB) ?? num(d.diskSizeGB);
    if (size === undefined) throw new Error(`the size of disk ${String(d.name)} is unknown`);
    const sku = oneOf(obj(resource?.body?.sku ?? resource?.sku).name ?? obj(d.managedDisk).storageAccountType, diskSkus);
    return clean({
      name: resource?.name ?? String(d.name ?? lastSegment(managedId ?? "disk")),
      role,
      lun: role === "data" ? num(d.lun) : undefined,
      sizeGiB: size,
      sku,
      caching: oneOf(d.caching, ["None", "ReadOnly", "ReadWrite"] as const),
    });
  };
  const disks = [
    disk(osDisk, "os"),
    ...arr(storage.dataDisks)
      .map((d) => disk(d, "data"))
      .sort((a, b) => (a.lun ?? 0) - (b.lun ?? 0)),
  ];

  const nics: Nic[] = arr(obj(p.networkProfile).networkInterfaces).map((ref) => {
    const nicId = str(ref.id) ?? "";
    const nic = ctx.get(nicId);
    if (!nic?.body) throw new Error(`network interface ${lastSegment(nicId)} could not be read`);
    ctx.consume(nicId, r.id);
    const np = props(nic);
    const configs = arr(np.ipConfigurations);
    const primaryConfig = configs.find((c) => obj(c.properties).primary === true) ?? configs[0];
    const ip = obj(primaryConfig?.properties);
    const subnet = ctx.subnetReference(idOf(ip.subnet), g.name);
    if (!subnet) throw new Error(`network interface ${nic.name} has no subnet`);
    const pipId = idOf(ip.publicIPAddress);
    const nsgId = idOf(np.networkSecurityGroup);
    const pools = arr(ip.loadBalancerBackendAddressPools)
      .map((pool) => str(pool.id))
      .filter((id): id is string => !!id && ctx.sameGroup(id, g.name))
      .map((id) => `${ctx.nameOf(id.replace(/\/backendAddressPools\/[^/]+$/i, ""))}/${lastSegment(id)}`);
    return clean({
      name: nic.name,
      subnet,
      privateIpAddress: str(ip.privateIPAddress),
      privateIpAllocation: oneOf(ip.privateIPAllocationMethod, ["Static", "Dynamic"] as const),
      publicIpAddress: pipId && ctx.sameGroup(pipId, g.name) ? ctx.nameOf(pipId) : undefined,
      networkSecurityGroup: nsgId && ctx.sameGroup(nsgId, g.name) ? ctx.nameOf(nsgId) : undefined,
      loadBalancerBackendPools: pools.length > 0 ? pools : undefined,
      primary:
        typeof obj(ref.properties).primary === "boolean" ? (obj(ref.properties).primary as boolean) : typeof np.primary === "boolean" ? np.primary : undefined,
    });
  });

  const prefix = `${r.id.toLowerCase()}/extensions/`;
  const extensions = g.resources
    .filter((e) => e.id.toLowerCase().startsWith(prefix) && e.type.toLowerCase() === "microsoft.compute/virtualmachines/extensions")
    .map((e) => {
      ctx.consume(e.id, r.id);
      return lastSegment(e.id);
    })
    .sort(compareIds);

  const asId = idOf(p.availabilitySet);
  const tags = nonEmptyTags(r.tags);
  const aks = !!tags && (AKS_ENGINE_TAGS.version in tags || (tags[AKS_ENGINE_TAGS.orchestrator] ?? "").startsWith("Kubernetes:"));
  return clean({
    name: r.name,
    osType: osType.toLowerCase() as "windows" | "linux",
    osVersion,
    serverCore: /core/i.test(imageReference?.sku ?? "") ? true : undefined,
    size: catalogued?.name ?? sizeName,
    vCpus,
    memoryGiB,
    powerState,
    vmAgent,
    availabilitySet: asId ? ctx.nameOf(asId) : undefined,
    imageReference,
    adminUsername: str(obj(p.osProfile).adminUsername),
    nics,
    disks,
    tags,
    roles: aks ? (["kubernetes-node"] as const).slice() : undefined,
    extensions: extensions.length > 0 ? extensions : undefined,
  }) as VirtualMachine;
}

/** AKS engine clusters, from the tags it puts on every VM; one cluster per resourceNameSuffix. */
function aksEngineClusters(g: RawResourceGroup, vms: VirtualMachine[]): KubernetesCluster[] {
  const bySuffix = new Map<string, VirtualMachine[]>();
  for (const vm of vms) {
    const tags = vm.tags ?? {};
    const isAks = AKS_ENGINE_TAGS.version in tags || (tags[AKS_ENGINE_TAGS.orchestrator] ?? "").startsWith("Kubernetes:");
    if (!isAks || !tags[AKS_ENGINE_TAGS.pool]) continue;
    const suffix = tags[AKS_ENGINE_TAGS.suffix] ?? "";
    bySuffix.set(suffix, [...(bySuffix.get(suffix) ?? []), vm]);
  }
  const clusters: KubernetesCluster[] = [];
  for (const [suffix, members] of [...bySuffix.entries()].sort(([a], [b]) => compareIds(a, b))) {
    const pools = new Map<string, VirtualMachine[]>();
    for (const vm of members) {
      const pool = vm.tags![AKS_ENGINE_TAGS.pool]!;
      pools.set(pool, [...(pools.get(pool) ?? []), vm]);
    }
    const versions = members
      .map((vm) => vm.tags![AKS_ENGINE_TAGS.orchestrator] ?? "")
      .filter((o) => o.startsWith("Kubernetes:"))
      .map((o) => o.slice("Kubernetes:".length));
    const engineVersion = members.map((vm) => vm.tags![AKS_ENGINE_TAGS.version]).find((v) => !!v);
    clusters.push(
      clean({
        name: bySuffix.size === 1 || !suffix ? g.name : `${g.name}-${suffix}`,
        engine: "aks-engine" as const,
        kubernetesVersion: mostCommon(versions),
        nodePools: [...pools.entries()]
          .sort(([a], [b]) => compareIds(a, b))
          .map(([pool, nodes]) =>
            clean({
              name: pool,
              role: pool.toLowerCase() === "master" ? ("control-plane" as const) : ("agent" as const),
              vmSize: mostCommon(nodes.map((n) => n.size))!,
              count: nodes.length,
              osType: mostCommon(nodes.map((n) => n.osType)) as "windows" | "linux" | undefined,
              vmNames: nodes.map((n) => n.name).sort(compareIds),
            }),
          ),
        tags: clean({ aksEngineVersion: engineVersion, resourceNameSuffix: suffix || undefined }) as Record<string, string>,
      }),
    );
  }
  return clusters;
}

/** The most frequent value; ties go to the first in sort order, so the result is deterministic. */
function mostCommon<T extends string>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || compareIds(a, b))[0]?.[0];
}
