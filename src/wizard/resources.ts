/**
 * "Networks and other resources" of a resource group: network security groups (with rules), public IPs,
 * route tables, availability sets, load balancers, VPN gateways and connections, Kubernetes clusters, and
 * the VM details that refer to them (availability set, public IP, NSG and load balancer pools of the NIC,
 * image reference, disk SKU and caching). From nothing they are an opt-in step per group
 * (`rg[G].resources`, default: none); a loaded file keeps what it has and is asked nothing here unless the
 * review menu opens a kind. Every key is listed in docs/wizard.md.
 */
import {
  AvailabilitySetSchema,
  DiskSchema,
  KubernetesClusterSchema,
  LoadBalancerSchema,
  NetworkSecurityGroupSchema,
  RouteTableSchema,
  SecurityRuleSchema,
  VpnGatewaySchema,
  diskSkus,
  ipAllocations,
  ruleAccesses,
  ruleProtocols,
  trafficDirections,
  type AvailabilitySet,
  type Disk,
  type KubernetesCluster,
  type LoadBalancer,
  type NetworkSecurityGroup,
  type PublicIp,
  type ResourceGroup,
  type RouteTable,
  type SecurityRule,
  type Subscription,
  type VirtualMachine,
  type VpnConnection,
  type VpnGateway,
} from "../inventory/schema.js";
import { azureStackHubVmSizes } from "../inventory/vm-sizes.js";
import { sameName } from "../inventory/walk.js";
import type { Asker } from "./asker.js";
import { checkCidr, checkIpv4, checkPortRange, fieldCheck } from "./field-check.js";
import type { Choice } from "./prompter.js";

/** The kinds the per-group menu offers, in the order they are asked (what others refer to comes first). */
export const menuKinds = [
  "networkSecurityGroups",
  "publicIpAddresses",
  "routeTables",
  "availabilitySets",
  "loadBalancers",
  "vpnGateways",
  "vpnConnections",
  "kubernetesClusters",
] as const;
export type MenuKind = (typeof menuKinds)[number];
/** The extra choice of `rg[G].resources` that asks each VM of the group for its image, disk SKU and caching. */
export const VM_DETAILS = "vmDetails";
type MenuChoice = MenuKind | typeof VM_DETAILS;

export const KIND_INFO: Readonly<Record<MenuKind, { prefix: string; item: string; label: string }>> = {
  networkSecurityGroups: { prefix: "nsg", item: "network security group", label: "Network security groups (with rules)" },
  publicIpAddresses: { prefix: "publicIp", item: "public IP address", label: "Public IP addresses" },
  routeTables: { prefix: "routeTable", item: "route table", label: "Route tables (with routes)" },
  availabilitySets: { prefix: "availabilitySet", item: "availability set", label: "Availability sets" },
  loadBalancers: { prefix: "loadBalancer", item: "load balancer", label: "Load balancers" },
  vpnGateways: { prefix: "vpnGateway", item: "VPN gateway", label: "VPN gateways" },
  vpnConnections: { prefix: "vpnConnection", item: "VPN connection", label: "VPN connections (site-to-site)" },
  kubernetesClusters: { prefix: "kubernetes", item: "Kubernetes cluster", label: "Kubernetes clusters (node pools, persistent volumes)" },
};

/** Defaults of new items. Each is an assumption listed in docs/assumptions.md ("## Wizard"). */
export const RESOURCE_DEFAULTS = {
  /** ARM's lowest NSG rule priority (SecurityRuleSchema: 100 to 4096); later rules step by 10 to leave room. */
  firstRulePriority: 100,
  rulePriorityStep: 10,
  /** Assumption: a published address (load balancer, VPN, DR runbook) is normally a fixed one. */
  publicIpAllocation: "Static",
  /** Assumption: one pool named "backend" is the common load balancer shape; the person renames it. */
  backendPool: "backend",
  /** Assumption: the middle of the three Azure Stack Hub gateway SKUs (VpnGatewaySchema). */
  vpnGatewaySku: "Standard",
  /** Assumption: a cluster has a control plane and one agent pool; 3 nodes each (an HA control plane). */
  nodePools: ["control-plane", "agents"],
  nodeCount: 3,
  /** Kubernetes' own default namespace, and AKS engine's default storage class name (assumption). */
  namespace: "default",
  storageClass: "default",
} as const;

const NONE = "(none)";
const NOT_SET = "(not set)";
const cachingModes = DiskSchema.shape.caching.unwrap().options;

const clone = <T>(value: T): T => structuredClone(value);
const pick = <T extends { name: string }>(items: readonly T[] | undefined, name: string): T | undefined => items?.find((i) => sameName(i.name, name));
const qualify = (name: string, scope: string, all: readonly string[]): string => (all.filter((n) => sameName(n, name)).length > 1 ? `${scope}/${name}` : name);

/** What a group was asked to record: the kinds ticked, their item names, and whether VMs get details. */
export interface GroupResources {
  kinds: readonly MenuKind[];
  names: Readonly<Record<MenuKind, readonly string[]>>;
  vmDetails: boolean;
}

interface Work {
  sub: Subscription;
  group: ResourceGroup;
  base?: ResourceGroup;
  key: string;
}

/** The kinds a loaded group already has (what `rg[G].resources` is settled to when the file is completed). */
export const presentKinds = (group: ResourceGroup): MenuKind[] => menuKinds.filter((k) => group[k].length > 0);

/** `rg[G].resources` and, for each kind ticked, `rg[G].<kind>` (names). */
export async function askGroupResources(ask: Asker, work: Work): Promise<GroupResources> {
  const choices: Choice<MenuChoice>[] = [
    ...menuKinds.map((value) => ({ value, name: KIND_INFO[value].label })),
    { value: VM_DETAILS, name: "VM details: image, disk SKU and caching" },
  ];
  const chosen = await ask.checkbox<MenuChoice>({
    key: `${work.key}.resources`,
    message: `Networks and other resources in ${work.group.name}: kinds to record (none ticked: skip)`,
    current: work.base ? presentKinds(work.base) : undefined,
    default: [],
    optIn: true,
    choices,
  });
  const names = Object.fromEntries(menuKinds.map((k) => [k, [] as string[]])) as Record<MenuKind, string[]>;
  const kinds = menuKinds.filter((k) => chosen.includes(k));
  for (const kind of kinds) {
    const existing = work.base?.[kind].map((x) => x.name) ?? [];
    names[kind] = await ask.list({
      key: `${work.key}.${kind}`,
      message: `${KIND_INFO[kind].label.replace(/ \(.*\)$/, "")} in ${work.group.name}`,
      current: existing.length > 0 ? existing : undefined,
      default: [],
      item: KIND_INFO[kind].item,
      validateItem: fieldCheck(NetworkSecurityGroupSchema.shape.name), // every kind's name: non-empty
    });
  }
  return { kinds, names, vmDetails: chosen.includes(VM_DETAILS) };
}

/** The key of one item, qualified "rg/name" when the name repeats across groups (as `vnet[...]`). */
export function itemKey(kind: MenuKind, name: string, groupName: string, allNames: readonly string[]): string {
  return `${KIND_INFO[kind].prefix}[${qualify(name, groupName, allNames)}]`;
}

type Keyer = (kind: MenuKind, name: string, groupName: string) => string;
export function makeKeyer(allNames: (kind: MenuKind) => readonly string[]): Keyer {
  return (kind, name, groupName) => itemKey(kind, name, groupName, allNames(kind));
}

// ---- Items that refer to nothing else (asked before the networks, whose subnets refer to them) ----------

export async function askIndependentItems(ask: Asker, work: Work, chosen: GroupResources, keyOf: Keyer): Promise<void> {
  const g = work.group;
  const b = work.base;
  g.networkSecurityGroups = [];
  for (const name of chosen.names.networkSecurityGroups)
    g.networkSecurityGroups.push(await nsg(ask, keyOf("networkSecurityGroups", name, g.name), name, pick(b?.networkSecurityGroups, name)));
  g.publicIpAddresses = [];
  for (const name of chosen.names.publicIpAddresses)
    g.publicIpAddresses.push(await publicIp(ask, keyOf("publicIpAddresses", name, g.name), name, pick(b?.publicIpAddresses, name)));
  g.routeTables = [];
  for (const name of chosen.names.routeTables) g.routeTables.push(await routeTable(ask, keyOf("routeTables", name, g.name), name, pick(b?.routeTables, name)));
  g.availabilitySets = [];
  for (const name of chosen.names.availabilitySets)
    g.availabilitySets.push(await availabilitySet(ask, keyOf("availabilitySets", name, g.name), name, pick(b?.availabilitySets, name)));
}

async function nsg(ask: Asker, key: string, name: string, b: NetworkSecurityGroup | undefined): Promise<NetworkSecurityGroup> {
  const ruleNames = await ask.list({
    key: `${key}.rules`,
    message: `Rules of network security group ${name}`,
    current: b?.rules.map((r) => r.name),
    default: [],
    item: "rule",
    validateItem: fieldCheck(SecurityRuleSchema.shape.name),
  });
  const rules: SecurityRule[] = [];
  for (const [i, ruleName] of ruleNames.entries()) {
    const br = pick(b?.rules, ruleName);
    const k = `${key}.rule[${ruleName}]`;
    const label = `${name} rule ${ruleName}`;
    const priority = (await ask.number({
      key: `${k}.priority`,
      message: `${label}: priority (100 to 4096, lower wins)`,
      current: br?.priority,
      default: RESOURCE_DEFAULTS.firstRulePriority + i * RESOURCE_DEFAULTS.rulePriorityStep,
      validate: fieldCheck(SecurityRuleSchema.shape.priority),
    }))!;
    const direction = await ask.select({
      key: `${k}.direction`,
      message: `${label}: direction`,
      current: br?.direction,
      default: "Inbound",
      choices: trafficDirections.map((value) => ({ value })),
    });
    const access = await ask.select({
      key: `${k}.access`,
      message: `${label}: access`,
      current: br?.access,
      default: "Allow",
      choices: ruleAccesses.map((value) => ({ value })),
    });
    const protocol = await ask.select({
      key: `${k}.protocol`,
      message: `${label}: protocol`,
      current: br?.protocol,
      default: "Tcp",
      choices: ruleProtocols.map((value) => ({ value, name: value === "*" ? "* (any)" : value })),
    });
    const source = (await ask.text({
      key: `${k}.source`,
      message: `${label}: source address prefix ("*", a range, or a tag such as VirtualNetwork)`,
      current: br?.sourceAddressPrefix,
      default: "*",
      validate: fieldCheck(SecurityRuleSchema.shape.sourceAddressPrefix),
    }))!;
    const port = (await ask.text({
      key: `${k}.destinationPort`,
      message: `${label}: destination port ("*", 3389, 1000-2000)`,
      current: br ? String(br.destinationPortRange) : undefined,
      default: "*",
      validate: checkPortRange,
    }))!;
    const destinationPortRange = br && String(br.destinationPortRange) === port ? br.destinationPortRange : /^\d+$/.test(port) ? Number(port) : port;
    rules.push({
      ...clone(br ?? { sourcePortRange: "*", destinationAddressPrefix: "*" }),
      name: ruleName,
      priority,
      direction,
      access,
      protocol,
      sourceAddressPrefix: source,
      destinationPortRange,
    } as SecurityRule);
  }
  return { ...clone(b ?? {}), name, rules } as NetworkSecurityGroup;
}

async function publicIp(ask: Asker, key: string, name: string, b: PublicIp | undefined): Promise<PublicIp> {
  const allocation = await ask.select({
    key: `${key}.allocation`,
    message: `Public IP ${name}: allocation`,
    current: b?.allocation,
    default: RESOURCE_DEFAULTS.publicIpAllocation,
    choices: ipAllocations.map((value) => ({ value })),
  });
  const ipAddress = await ask.text({
    key: `${key}.ipAddress`,
    message: `Public IP ${name}: address (optional)`,
    current: b?.ipAddress,
    known: !!b,
    optional: true,
    validate: checkIpv4,
  });
  return { ...clone(b ?? {}), name, allocation, ipAddress } as PublicIp;
}

async function routeTable(ask: Asker, key: string, name: string, b: RouteTable | undefined): Promise<RouteTable> {
  const routeNames = await ask.list({
    key: `${key}.routes`,
    message: `Routes of route table ${name}`,
    current: b?.routes.map((r) => r.name),
    default: [],
    item: "route",
    validateItem: fieldCheck(RouteTableSchema.shape.name),
  });
  const hopTypes = RouteTableSchema.shape.routes.unwrap().element.shape.nextHopType.options;
  const routes: RouteTable["routes"] = [];
  for (const routeName of routeNames) {
    const br = pick(b?.routes, routeName);
    const k = `${key}.route[${routeName}]`;
    const addressPrefix = (await ask.text({
      key: `${k}.addressPrefix`,
      message: `${name} route ${routeName}: destination range`,
      current: br?.addressPrefix,
      validate: checkCidr,
    }))!;
    const nextHopType = await ask.select({
      key: `${k}.nextHopType`,
      message: `${name} route ${routeName}: next hop`,
      current: br?.nextHopType,
      default: "VirtualAppliance",
      choices: hopTypes.map((value) => ({ value })),
    });
    const nextHopIpAddress =
      nextHopType === "VirtualAppliance"
        ? await ask.text({
            key: `${k}.nextHopIpAddress`,
            message: `${name} route ${routeName}: address of the appliance`,
            current: br?.nextHopIpAddress,
            validate: checkIpv4,
          })
        : undefined;
    routes.push({ ...clone(br ?? {}), name: routeName, addressPrefix, nextHopType, nextHopIpAddress });
  }
  return { ...clone(b ?? {}), name, routes } as RouteTable;
}

async function availabilitySet(ask: Asker, key: string, name: string, b: AvailabilitySet | undefined): Promise<AvailabilitySet> {
  const shape = AvailabilitySetSchema.shape;
  const platformFaultDomainCount = await ask.number({
    key: `${key}.faultDomains`,
    message: `Availability set ${name}: fault domains (at most 3 on Azure Stack Hub; empty: the platform's default)`,
    current: b?.platformFaultDomainCount,
    known: !!b,
    optional: true,
    validate: fieldCheck(shape.platformFaultDomainCount),
  });
  const platformUpdateDomainCount = await ask.number({
    key: `${key}.updateDomains`,
    message: `Availability set ${name}: update domains (empty: the platform's default)`,
    current: b?.platformUpdateDomainCount,
    known: !!b,
    optional: true,
    validate: fieldCheck(shape.platformUpdateDomainCount),
  });
  return { ...clone(b ?? {}), name, platformFaultDomainCount, platformUpdateDomainCount } as AvailabilitySet;
}

// ---- Subnets: their NSG and route table, chosen from the group's ------------------------------------

/** `subnet[V/S].networkSecurityGroup` and `.routeTable`, asked only when the group has any. */
export async function askSubnetReferences(
  ask: Asker,
  key: string,
  label: string,
  group: ResourceGroup,
  bs: { networkSecurityGroup?: string; routeTable?: string } | undefined,
  fromFile: boolean,
): Promise<{ networkSecurityGroup?: string; routeTable?: string }> {
  const out: { networkSecurityGroup?: string; routeTable?: string } = {};
  const ref = async (field: "networkSecurityGroup" | "routeTable", items: readonly { name: string }[], what: string) => {
    if (items.length === 0) return bs?.[field];
    const current = fromFile ? (bs?.[field] ?? NONE) : undefined;
    const choice = await ask.select({
      key: `${key}.${field}`,
      message: `${label}: ${what}`,
      current,
      default: NONE,
      choices: withNone(
        items.map((i) => i.name),
        current,
      ),
    });
    return choice === NONE ? undefined : choice;
  };
  out.networkSecurityGroup = await ref("networkSecurityGroup", group.networkSecurityGroups, "network security group");
  out.routeTable = await ref("routeTable", group.routeTables, "route table");
  return out;
}

function withNone(values: readonly string[], current?: string): Choice<string>[] {
  const choices: Choice<string>[] = [...values.map((value) => ({ value })), { value: NONE }];
  return current && !choices.some((c) => c.value === current) ? [{ value: current, name: `${current} (as recorded)` }, ...choices] : choices;
}

/** A reference chosen from what exists; a free-text answer when nothing exists yet (the review then names the gap). */
async function reference(ask: Asker, key: string, message: string, options: readonly string[], current: string | undefined): Promise<string> {
  if (options.length === 0) {
    return (await ask.text({
      key,
      message: `${message} (none defined yet: type its name and add it, or the review reports it)`,
      current,
      validate: fieldCheck(VpnGatewaySchema.shape.name),
    }))!;
  }
  const choices = current && !options.some((o) => o === current) ? [current, ...options] : options;
  return ask.select({ key, message, current, default: options[0], choices: choices.map((value) => ({ value })) });
}

/** Subnets an item in `groupName` can name: "vnet/subnet" in its own group, "rg/vnet/subnet" elsewhere. */
function subnetRefs(sub: Subscription, groupName: string): string[] {
  return sub.resourceGroups.flatMap((g) =>
    g.virtualNetworks.flatMap((v) => v.subnets.map((s) => (sameName(g.name, groupName) ? `${v.name}/${s.name}` : `${g.name}/${v.name}/${s.name}`))),
  );
}

// ---- Items that refer to networks and public IPs (asked after the networks) ---------------------------

export async function askDependentItems(ask: Asker, work: Work, chosen: GroupResources, keyOf: Keyer): Promise<void> {
  const g = work.group;
  const b = work.base;
  g.loadBalancers = [];
  for (const name of chosen.names.loadBalancers)
    g.loadBalancers.push(await loadBalancer(ask, keyOf("loadBalancers", name, g.name), name, pick(b?.loadBalancers, name), work));
  g.vpnGateways = [];
  for (const name of chosen.names.vpnGateways)
    g.vpnGateways.push(await vpnGateway(ask, keyOf("vpnGateways", name, g.name), name, pick(b?.vpnGateways, name), g));
  g.vpnConnections = [];
  for (const name of chosen.names.vpnConnections)
    g.vpnConnections.push(await vpnConnection(ask, keyOf("vpnConnections", name, g.name), name, pick(b?.vpnConnections, name), g));
  g.kubernetesClusters = [];
  for (const name of chosen.names.kubernetesClusters)
    g.kubernetesClusters.push(await kubernetesCluster(ask, keyOf("kubernetesClusters", name, g.name), name, pick(b?.kubernetesClusters, name)));
}

async function loadBalancer(ask: Asker, key: string, name: string, b: LoadBalancer | undefined, work: Work): Promise<LoadBalancer> {
  const pips = work.group.publicIpAddresses.map((p) => p.name);
  const subnets = subnetRefs(work.sub, work.group.name);
  const fe = b?.frontends[0];
  const currentFrontend = fe ? (fe.publicIpAddress ?? fe.subnet ?? NONE) : undefined;
  const frontendChoices: Choice<string>[] = [
    ...pips.map((value) => ({ value, name: `${value} (public IP)` })),
    ...subnets.map((value) => ({ value, name: `${value} (internal, subnet)` })),
    { value: NONE, name: "(none yet: the review reports it)" },
  ];
  if (currentFrontend && !frontendChoices.some((c) => c.value === currentFrontend)) frontendChoices.unshift({ value: currentFrontend });
  const frontend = await ask.select({
    key: `${key}.frontend`,
    message: `Load balancer ${name}: frontend (a public IP, or a subnet for an internal one)`,
    current: currentFrontend,
    default: frontendChoices[0]!.value,
    choices: frontendChoices,
  });
  const isSubnet = frontend.includes("/");
  const frontends = clone(b?.frontends ?? []);
  const first = { ...(frontends[0] ?? { name: "frontend" }) };
  if (frontend !== currentFrontend) {
    delete first.publicIpAddress;
    delete first.subnet;
    if (frontend !== NONE) Object.assign(first, isSubnet ? { subnet: frontend } : { publicIpAddress: frontend });
  }
  frontends[0] = first;

  const poolNames = await ask.list({
    key: `${key}.backendPools`,
    message: `Backend pools of load balancer ${name}`,
    current: b?.backendPools.map((p) => p.name),
    default: [RESOURCE_DEFAULTS.backendPool],
    item: "backend pool",
    validateItem: fieldCheck(LoadBalancerSchema.shape.name),
  });
  const backendPools = poolNames.map((p) => clone(pick(b?.backendPools, p) ?? { name: p }));
  const basePorts = [...new Set((b?.rules ?? []).map((r) => String(r.frontendPort)))];
  const portCheck = fieldCheck(LoadBalancerSchema.shape.probes.unwrap().element.shape.port);
  const ports = await ask.list({
    key: `${key}.ports`,
    message: `Load balancer ${name}: ports it balances (a TCP rule and probe each, to the first pool)`,
    current: b ? basePorts : undefined,
    default: [],
    item: "port",
    validateItem: (s) => (/^\d+$/.test(s) ? portCheck(Number(s)) : "must be a port number"),
  });
  let rules = clone(b?.rules ?? []);
  let probes = clone(b?.probes ?? []);
  if (ports.join(",") !== basePorts.join(",")) {
    rules = rules.filter((r) => ports.includes(String(r.frontendPort)));
    for (const port of ports.filter((p) => !basePorts.includes(p))) {
      const n = Number(port);
      const probe = `tcp-${n}`;
      if (!probes.some((p) => sameName(p.name, probe))) probes.push({ name: probe, protocol: "Tcp", port: n });
      rules.push({
        name: `port-${n}`,
        frontend: first.name,
        backendPool: backendPools[0]?.name ?? RESOURCE_DEFAULTS.backendPool,
        probe,
        protocol: "Tcp",
        frontendPort: n,
        backendPort: n,
      });
    }
    probes = probes.filter((p) => rules.some((r) => r.probe !== undefined && sameName(r.probe, p.name)) || !p.name.startsWith("tcp-"));
  }
  return { ...clone(b ?? {}), name, frontends, backendPools, probes, rules } as LoadBalancer;
}

async function vpnGateway(ask: Asker, key: string, name: string, b: VpnGateway | undefined, g: ResourceGroup): Promise<VpnGateway> {
  const virtualNetwork = await reference(
    ask,
    `${key}.virtualNetwork`,
    `VPN gateway ${name}: virtual network (it needs a subnet named GatewaySubnet)`,
    g.virtualNetworks.map((v) => v.name),
    b?.virtualNetwork,
  );
  const publicIpAddress = await reference(
    ask,
    `${key}.publicIp`,
    `VPN gateway ${name}: public IP address`,
    g.publicIpAddresses.map((p) => p.name),
    b?.publicIpAddress,
  );
  const sku = await ask.select({
    key: `${key}.sku`,
    message: `VPN gateway ${name}: SKU`,
    current: b?.sku,
    default: RESOURCE_DEFAULTS.vpnGatewaySku,
    choices: VpnGatewaySchema.shape.sku.options.map((value) => ({ value })),
  });
  return { ...clone(b ?? {}), name, virtualNetwork, publicIpAddress, sku } as VpnGateway;
}

async function vpnConnection(ask: Asker, key: string, name: string, b: VpnConnection | undefined, g: ResourceGroup): Promise<VpnConnection> {
  const gateway = await reference(
    ask,
    `${key}.gateway`,
    `VPN connection ${name}: VPN gateway of this stack`,
    g.vpnGateways.map((w) => w.name),
    b?.gateway,
  );
  const local = b?.localNetworkGateway;
  const gatewayIpAddress = (await ask.text({
    key: `${key}.peerAddress`,
    message: `VPN connection ${name}: public address of the other site's VPN device`,
    current: local?.gatewayIpAddress,
    validate: checkIpv4,
  }))!;
  const addressPrefixes = await ask.list({
    key: `${key}.peerAddressPrefixes`,
    message: `VPN connection ${name}: address ranges at the other site`,
    current: local?.addressPrefixes,
    item: "address range",
    validateItem: checkCidr,
  });
  // The pre-shared key is never asked: it is a secret (VpnConnectionSchema).
  return {
    ...clone(b ?? {}),
    name,
    gateway,
    localNetworkGateway: { ...clone(local ?? { name: `${name}-local` }), gatewayIpAddress, addressPrefixes },
  } as VpnConnection;
}

async function kubernetesCluster(ask: Asker, key: string, name: string, b: KubernetesCluster | undefined): Promise<KubernetesCluster> {
  const shape = KubernetesClusterSchema.shape;
  const pool = shape.nodePools.element.shape;
  const volume = shape.persistentVolumes.unwrap().element.shape;
  const kubernetesVersion = await ask.text({
    key: `${key}.kubernetesVersion`,
    message: `Kubernetes cluster ${name}: Kubernetes version, e.g. "1.23.15" (optional)`,
    current: b?.kubernetesVersion,
    known: !!b,
    optional: true,
  });
  const poolNames = await ask.list({
    key: `${key}.nodePools`,
    message: `Node pools of ${name}`,
    current: b?.nodePools.map((p) => p.name),
    default: [...RESOURCE_DEFAULTS.nodePools],
    item: "node pool",
    validateItem: fieldCheck(pool.name),
  });
  const sizeChoices = azureStackHubVmSizes.map((s) => ({ value: s.name, name: `${s.name} (${s.vCpus} vCPU, ${s.memoryGiB} GiB)` }));
  const nodePools: KubernetesCluster["nodePools"] = [];
  for (const poolName of poolNames) {
    const bp = pick(b?.nodePools, poolName);
    const k = `${key}.pool[${poolName}]`;
    const role = await ask.select({
      key: `${k}.role`,
      message: `${name} pool ${poolName}: role`,
      current: bp?.role,
      default: /master|control/i.test(poolName) ? "control-plane" : "agent",
      choices: pool.role.options.map((value) => ({ value })),
    });
    const vmSize = await ask.select({
      key: `${k}.vmSize`,
      message: `${name} pool ${poolName}: VM size`,
      current: bp?.vmSize,
      default: "Standard_DS2_v2",
      choices: bp && !sizeChoices.some((c) => c.value === bp.vmSize) ? [{ value: bp.vmSize, name: bp.vmSize }, ...sizeChoices] : sizeChoices,
    });
    const count = (await ask.number({
      key: `${k}.count`,
      message: `${name} pool ${poolName}: number of nodes`,
      current: bp?.count,
      default: RESOURCE_DEFAULTS.nodeCount,
      validate: fieldCheck(pool.count),
    }))!;
    nodePools.push({ ...clone(bp ?? {}), name: poolName, role, vmSize, count } as KubernetesCluster["nodePools"][number]);
  }
  const volumeNames = await ask.list({
    key: `${key}.persistentVolumes`,
    message: `Persistent volumes of ${name} (their data is what a cluster backup must keep)`,
    current: b ? (b.persistentVolumes ?? []).map((v) => v.name) : undefined,
    default: [],
    item: "persistent volume",
    validateItem: fieldCheck(volume.name),
  });
  const volumes: NonNullable<KubernetesCluster["persistentVolumes"]> = [];
  for (const volumeName of volumeNames) {
    const bv = pick(b?.persistentVolumes, volumeName);
    const k = `${key}.volume[${volumeName}]`;
    const namespace = (await ask.text({
      key: `${k}.namespace`,
      message: `${name} volume ${volumeName}: namespace`,
      current: bv?.namespace,
      default: RESOURCE_DEFAULTS.namespace,
      validate: fieldCheck(volume.namespace),
    }))!;
    const sizeGiB = (await ask.number({
      key: `${k}.sizeGiB`,
      message: `${name} volume ${volumeName}: size, GiB`,
      current: bv?.sizeGiB,
      validate: fieldCheck(volume.sizeGiB),
    }))!;
    const usedGiB = await ask.number({
      key: `${k}.usedGiB`,
      message: `${name} volume ${volumeName}: used, GiB (optional)`,
      current: bv?.usedGiB,
      known: !!bv,
      optional: true,
      validate: (n) => fieldCheck(volume.usedGiB)(n) ?? (n > sizeGiB ? `used ${n} GiB is more than the volume's ${sizeGiB} GiB` : undefined),
    });
    const storageClass = (await ask.text({
      key: `${k}.storageClass`,
      message: `${name} volume ${volumeName}: storage class`,
      current: bv?.storageClass,
      default: RESOURCE_DEFAULTS.storageClass,
      validate: fieldCheck(volume.storageClass),
    }))!;
    volumes.push({ ...clone(bv ?? {}), name: volumeName, namespace, sizeGiB, usedGiB, storageClass } as (typeof volumes)[number]);
  }
  const persistentVolumes = volumes.length > 0 || b?.persistentVolumes !== undefined ? volumes : undefined;
  return { ...clone(b ?? {}), name, kubernetesVersion, nodePools, persistentVolumes } as KubernetesCluster;
}

// ---- A VM's references and details -------------------------------------------------------------------

/**
 * `vm[X].availabilitySet`, `.publicIp`, `.networkSecurityGroup`, `.loadBalancerPools` (each only when the
 * group has such items and, for the NIC's, when the VM has a NIC), and `vm[X].image` with `vmDetails`.
 */
export async function askVmReferences(
  ask: Asker,
  key: string,
  vm: VirtualMachine,
  b: VirtualMachine | undefined,
  group: ResourceGroup,
  details: boolean,
): Promise<VirtualMachine> {
  const out = vm;
  const sets = group.availabilitySets.map((a) => a.name);
  if (sets.length > 0) {
    const current = b ? (b.availabilitySet ?? NONE) : undefined;
    const choice = await ask.select({
      key: `${key}.availabilitySet`,
      message: `${vm.name}: availability set`,
      current,
      default: NONE,
      choices: withNone(sets, current),
    });
    out.availabilitySet = choice === NONE ? undefined : choice;
  }
  const nic = out.nics[0];
  const bn = b?.nics[0];
  if (nic) {
    const single = async (field: "publicIpAddress" | "networkSecurityGroup", keyPart: string, items: readonly { name: string }[], what: string) => {
      if (items.length === 0) return;
      const current = bn ? (bn[field] ?? NONE) : undefined;
      const choice = await ask.select({
        key: `${key}.${keyPart}`,
        message: `${vm.name}: ${what} of its network interface`,
        current,
        default: NONE,
        choices: withNone(
          items.map((i) => i.name),
          current,
        ),
      });
      if (choice === NONE) delete nic[field];
      else nic[field] = choice;
    };
    await single("publicIpAddress", "publicIp", group.publicIpAddresses, "public IP address");
    await single("networkSecurityGroup", "networkSecurityGroup", group.networkSecurityGroups, "network security group");
    const pools = group.loadBalancers.flatMap((lb) => lb.backendPools.map((p) => `${lb.name}/${p.name}`));
    if (pools.length > 0) {
      const recorded = bn?.loadBalancerBackendPools ?? [];
      const chosen = await ask.checkbox({
        key: `${key}.loadBalancerPools`,
        message: `${vm.name}: load balancer backend pools of its network interface`,
        current: bn ? recorded : undefined,
        known: !!bn,
        default: [],
        choices: [...new Set([...recorded, ...pools])].map((value) => ({ value })),
      });
      if (chosen.length > 0) nic.loadBalancerBackendPools = chosen;
      else delete nic.loadBalancerBackendPools;
    }
  }
  if (details) {
    const r = b?.imageReference;
    const current = r ? [r.publisher, r.offer, r.sku, ...(r.version ? [r.version] : [])].join(":") : undefined;
    const image = await ask.text({
      key: `${key}.image`,
      message: `${vm.name}: image reference "publisher:offer:sku[:version]" (optional)`,
      current,
      known: !!b,
      optional: true,
      validate: checkImage,
    });
    if (image === undefined) delete out.imageReference;
    else if (image !== current) {
      const [publisher, offer, sku, version] = image.split(":").map((s) => s.trim()) as [string, string, string, string | undefined];
      out.imageReference = { publisher, offer, sku, ...(version ? { version } : {}) };
    }
  }
  return out;
}

function checkImage(text: string): string | undefined {
  const parts = text.split(":").map((s) => s.trim());
  return parts.length >= 3 && parts.length <= 4 && parts.every((p) => p !== "")
    ? undefined
    : 'must be "publisher:offer:sku" or "publisher:offer:sku:version", e.g. "Canonical:UbuntuServer:18.04-LTS:latest"';
}

/** `vm[X].disk[N].sku` and `.caching`, with `vmDetails` only. */
export async function askDiskDetails(ask: Asker, key: string, label: string, disk: Disk, bd: Disk | undefined): Promise<Disk> {
  const sku = await ask.select({
    key: `${key}.sku`,
    message: `${label}: disk SKU`,
    current: bd ? (bd.sku ?? NOT_SET) : undefined,
    default: NOT_SET,
    choices: [...diskSkus.map((value) => ({ value })), { value: NOT_SET }],
  });
  const caching = await ask.select({
    key: `${key}.caching`,
    message: `${label}: host caching`,
    current: bd ? (bd.caching ?? NOT_SET) : undefined,
    default: NOT_SET,
    choices: [...cachingModes.map((value) => ({ value })), { value: NOT_SET }],
  });
  const out = { ...disk };
  if (sku === NOT_SET) delete out.sku;
  else out.sku = sku;
  if (caching === NOT_SET) delete out.caching;
  else out.caching = caching;
  return out;
}
