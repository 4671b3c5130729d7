/**
 * Round-trip helpers for the IaC tests: the configuration view of an inventory resource group (what a
 * template must reproduce) and the same view rebuilt from the resources a template "deploys" through the
 * ARM evaluator. Tests compare the two with toEqual.
 */
import { readFileSync } from "node:fs";
import { parseTenant } from "../../src/inventory/load.js";
import type { ResourceGroup, Subscription, Tenant } from "../../src/inventory/schema.js";
import type { ArmTemplatePlan } from "../../src/iac/arm.js";
import { serializeArmParameters, serializeArmTemplate } from "../../src/iac/arm.js";
import { deployTemplate, type DeployedResource, type DeploymentResult } from "../support/arm-evaluator.js";

/** What the tests type in for a placeholder parameter; the round-trip view drops such values (the inventory has none). */
export const PLACEHOLDER_VALUE = "PLACEHOLDER-VALUE:";
export const TEST_TENANT_ID = "00000000-0000-0000-0000-0000000000aa";

export function loadTenant(file: string): Tenant {
  const result = parseTenant(readFileSync(file, "utf8"), file);
  if (!result.ok) throw new Error(`${file} does not load: ${result.findings.map((f) => f.message).join("; ")}`);
  return result.tenant;
}

/** Deploys a plan's serialised template with its serialised parameter file, plus a test value per securestring. */
export function deployPlan(plan: ArmTemplatePlan, extra: Record<string, unknown> = {}): DeploymentResult & { template: any; parametersFile: any } {
  const template = JSON.parse(serializeArmTemplate(plan));
  const parametersFile = JSON.parse(serializeArmParameters(plan));
  const supplied: Record<string, unknown> = {};
  for (const [name, entry] of Object.entries(parametersFile.parameters as Record<string, { value: unknown }>)) supplied[name] = entry.value;
  for (const [name, parameter] of Object.entries(template.parameters as Record<string, { type: string; defaultValue?: unknown }>)) {
    if (parameter.type === "securestring") supplied[name] = `test-secret-${name}`;
    else if (!("defaultValue" in parameter) && !(name in supplied)) supplied[name] = `${PLACEHOLDER_VALUE}${name}`;
  }
  Object.assign(supplied, extra);
  const result = deployTemplate(template, supplied, {
    subscriptionId: plan.subscription.id,
    resourceGroup: plan.resourceGroup.name,
    tenantId: TEST_TENANT_ID,
  });
  return { ...result, template, parametersFile };
}

const find = <T extends { name: string }>(items: readonly T[], name: string | undefined): T | undefined =>
  name === undefined ? undefined : items.find((i) => i.name.toLowerCase() === name.toLowerCase());

function clean<T>(value: T): T {
  if (typeof value === "string" && value.startsWith(PLACEHOLDER_VALUE)) return undefined as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return out as T;
  }
  return value;
}
const tagsView = (tags: Record<string, string> | undefined) => (tags && Object.keys(tags).length > 0 ? tags : undefined);

/** "vnet/subnet" or "rg/vnet/subnet" → "rg/vnet/subnet" with the names as defined. */
function subnetView(subscription: Subscription, group: ResourceGroup, reference: string): string {
  const parts = reference.split("/");
  const [g, v, s] = parts.length === 3 ? parts : [group.name, parts[0]!, parts[1]!];
  const rg = find(subscription.resourceGroups, g)!;
  const vnet = find(rg.virtualNetworks, v)!;
  return `${rg.name}/${vnet.name}/${find(vnet.subnets, s)!.name}`;
}

/** Lowest free LUNs for data disks without one (docs/iac.md, "Defaults"). */
function lunsOf(disks: ReadonlyArray<{ lun?: number }>): number[] {
  const used = new Set(disks.flatMap((d) => (d.lun === undefined ? [] : [d.lun])));
  let next = 0;
  return disks.map((d) => {
    if (d.lun !== undefined) return d.lun;
    while (used.has(next)) next++;
    used.add(next);
    return next;
  });
}

/** Fields of the inventory that are planning data, not configuration: no template carries them. */
export const PLANNING_ONLY = {
  virtualMachine: [
    "osVersion",
    "serverCore",
    "vCpus",
    "memoryGiB",
    "powerState",
    "vmAgent",
    "domainJoined",
    "roles",
    "tier",
    "dependsOn",
    "peakCpuPercent",
    "peakMemoryPercent",
    "highCpuHoursPerDay",
    "extensions",
    "backup",
  ],
  disk: ["usedGiB", "changeRatePercent", "excludeFromBackup"],
  publicIp: ["ipAddress"],
  storageAccount: ["usedGiB", "changeRatePercent"],
  keyVault: ["secretNames", "keyNames", "certificateNames"],
  resourceGroup: ["location", "tags", "kubernetesClusters", "otherResources"],
} as const;

/** The configuration an inventory resource group asks the templates to reproduce, defaults applied. */
export function expectedView(subscription: Subscription, g: ResourceGroup) {
  return clean({
    availabilitySets: g.availabilitySets.map((s) => ({
      name: s.name,
      platformFaultDomainCount: s.platformFaultDomainCount,
      platformUpdateDomainCount: s.platformUpdateDomainCount,
      managed: s.managed ?? true,
      tags: tagsView(s.tags),
    })),
    networkSecurityGroups: g.networkSecurityGroups.map((n) => ({
      name: n.name,
      rules: n.rules.map((r) => ({
        ...r,
        sourcePortRange: String(r.sourcePortRange),
        destinationPortRange: String(r.destinationPortRange),
      })),
      tags: tagsView(n.tags),
    })),
    routeTables: g.routeTables.map((t) => ({
      name: t.name,
      disableBgpRoutePropagation: t.disableBgpRoutePropagation,
      routes: t.routes,
      tags: tagsView(t.tags),
    })),
    publicIpAddresses: g.publicIpAddresses.map((p) => ({
      name: p.name,
      allocation: p.allocation,
      domainNameLabel: p.domainNameLabel,
      sku: p.sku,
      tags: tagsView(p.tags),
    })),
    virtualNetworks: g.virtualNetworks.map((v) => ({
      name: v.name,
      addressPrefixes: v.addressPrefixes,
      dnsServers: v.dnsServers,
      subnets: v.subnets.map((s) => ({
        name: s.name,
        addressPrefix: s.addressPrefix,
        networkSecurityGroup: find(g.networkSecurityGroups, s.networkSecurityGroup)?.name,
        routeTable: find(g.routeTables, s.routeTable)?.name,
      })),
      tags: tagsView(v.tags),
    })),
    loadBalancers: g.loadBalancers.map((lb) => ({
      name: lb.name,
      sku: lb.sku,
      frontends: lb.frontends.map((f) => ({
        name: f.name,
        publicIpAddress: find(g.publicIpAddresses, f.publicIpAddress)?.name,
        subnet: f.subnet ? subnetView(subscription, g, f.subnet) : undefined,
        privateIpAddress: f.privateIpAddress,
      })),
      backendPools: lb.backendPools,
      probes: lb.probes,
      rules: lb.rules.map((r) => ({
        ...r,
        frontend: find(lb.frontends, r.frontend)!.name,
        backendPool: find(lb.backendPools, r.backendPool)!.name,
        probe: find(lb.probes, r.probe)?.name,
      })),
      tags: tagsView(lb.tags),
    })),
    vpnGateways: g.vpnGateways.map((gw) => ({
      name: gw.name,
      virtualNetwork: find(g.virtualNetworks, gw.virtualNetwork)!.name,
      publicIpAddress: find(g.publicIpAddresses, gw.publicIpAddress)!.name,
      sku: gw.sku,
      vpnType: gw.vpnType ?? "RouteBased",
      tags: tagsView(gw.tags),
    })),
    vpnConnections: g.vpnConnections.map((c) => ({
      name: c.name,
      gateway: find(g.vpnGateways, c.gateway)!.name,
      localNetworkGateway: c.localNetworkGateway,
      connectionType: c.connectionType ?? "IPsec",
      tags: tagsView(c.tags),
    })),
    storageAccounts: g.storageAccounts.map((a) => ({
      name: a.name,
      sku: a.sku ?? "Standard_LRS",
      kind: a.kind ?? "Storage",
      tags: tagsView(a.tags),
    })),
    keyVaults: g.keyVaults.map((k) => ({
      name: k.name,
      sku: k.sku ?? "standard",
      enabledForDeployment: k.enabledForDeployment,
      enabledForTemplateDeployment: k.enabledForTemplateDeployment,
      tags: tagsView(k.tags),
    })),
    virtualMachines: g.virtualMachines.map((vm) => {
      const data = vm.disks.filter((d) => d.role === "data");
      const luns = lunsOf(data);
      const multi = vm.nics.length > 1 && !vm.nics.some((n) => n.primary === true);
      return {
        name: vm.name,
        osType: vm.osType,
        size: vm.size,
        availabilitySet: find(g.availabilitySets, vm.availabilitySet)?.name,
        imageReference: vm.imageReference ? { ...vm.imageReference, version: vm.imageReference.version ?? "latest" } : undefined,
        adminUsername: vm.imageReference ? vm.adminUsername : undefined,
        nics: vm.nics.map((n, i) => ({
          name: n.name,
          subnet: subnetView(subscription, g, n.subnet),
          privateIpAddress: n.privateIpAddress,
          privateIpAllocation: n.privateIpAllocation ?? (n.privateIpAddress ? "Static" : "Dynamic"),
          publicIpAddress: find(g.publicIpAddresses, n.publicIpAddress)?.name,
          networkSecurityGroup: find(g.networkSecurityGroups, n.networkSecurityGroup)?.name,
          loadBalancerBackendPools: n.loadBalancerBackendPools?.length
            ? n.loadBalancerBackendPools.map((ref) => {
                const [l, p] = ref.split("/") as [string, string];
                const lb = find(g.loadBalancers, l)!;
                return `${lb.name}/${find(lb.backendPools, p)!.name}`;
              })
            : undefined,
          primary: n.primary ?? (multi ? i === 0 : undefined),
        })),
        disks: [...vm.disks.filter((d) => d.role === "os"), ...data].map((d) => ({
          name: d.name,
          role: d.role,
          lun: d.role === "data" ? luns[data.indexOf(d)] : undefined,
          sizeGiB: Math.ceil(d.sizeGiB),
          sku: d.sku,
          caching: d.caching,
        })),
        tags: tagsView(vm.tags),
      };
    }),
  });
}

interface ParsedId {
  subscription: string;
  group: string;
  type: string;
  names: string[];
}
export function parseResourceId(id: string): ParsedId {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/([^/]+)\/(.+)$/.exec(id);
  if (!m) throw new Error(`not a resource id: ${id}`);
  const rest = m[4]!.split("/");
  const types = [m[3]!];
  const names: string[] = [];
  for (let i = 0; i < rest.length; i += 2) {
    types.push(rest[i]!);
    names.push(rest[i + 1]!);
  }
  return { subscription: m[1]!, group: m[2]!, type: types.join("/"), names };
}

/** The configuration view rebuilt from deployed resources alone. */
export function deployedView(resources: DeployedResource[]) {
  const ofType = (type: string) => resources.filter((r) => r.type === type);
  const byId = new Map(resources.map((r) => [r.id.toLowerCase(), r]));
  const nameOf = (ref: unknown): string | undefined => {
    const id = (ref as { id?: string } | undefined)?.id;
    return id === undefined ? undefined : parseResourceId(id).names.at(-1);
  };
  const subnetOf = (ref: unknown): string | undefined => {
    const id = (ref as { id?: string } | undefined)?.id;
    if (id === undefined) return undefined;
    const parsed = parseResourceId(id);
    return `${parsed.group}/${parsed.names.join("/")}`;
  };
  const props = (r: DeployedResource) => r.properties as any;
  return clean({
    availabilitySets: ofType("Microsoft.Compute/availabilitySets").map((r) => ({
      name: r.name,
      platformFaultDomainCount: props(r).platformFaultDomainCount,
      platformUpdateDomainCount: props(r).platformUpdateDomainCount,
      managed: r.sku?.name === "Aligned" ? true : r.sku?.name === "Classic" ? false : undefined,
      tags: r.tags,
    })),
    networkSecurityGroups: ofType("Microsoft.Network/networkSecurityGroups").map((r) => ({
      name: r.name,
      rules: (props(r).securityRules as any[]).map((rule) => ({ name: rule.name, ...rule.properties })),
      tags: r.tags,
    })),
    routeTables: ofType("Microsoft.Network/routeTables").map((r) => ({
      name: r.name,
      disableBgpRoutePropagation: props(r).disableBgpRoutePropagation,
      routes: (props(r).routes as any[]).map((route) => ({ name: route.name, ...route.properties })),
      tags: r.tags,
    })),
    publicIpAddresses: ofType("Microsoft.Network/publicIPAddresses").map((r) => ({
      name: r.name,
      allocation: props(r).publicIPAllocationMethod,
      domainNameLabel: props(r).dnsSettings?.domainNameLabel,
      sku: r.sku?.name,
      tags: r.tags,
    })),
    virtualNetworks: ofType("Microsoft.Network/virtualNetworks").map((r) => ({
      name: r.name,
      addressPrefixes: props(r).addressSpace.addressPrefixes,
      dnsServers: props(r).dhcpOptions?.dnsServers,
      subnets: (props(r).subnets as any[]).map((s) => ({
        name: s.name,
        addressPrefix: s.properties.addressPrefix,
        networkSecurityGroup: nameOf(s.properties.networkSecurityGroup),
        routeTable: nameOf(s.properties.routeTable),
      })),
      tags: r.tags,
    })),
    loadBalancers: ofType("Microsoft.Network/loadBalancers").map((r) => ({
      name: r.name,
      sku: r.sku?.name,
      frontends: (props(r).frontendIPConfigurations as any[]).map((f) => ({
        name: f.name,
        publicIpAddress: nameOf(f.properties.publicIPAddress),
        subnet: subnetOf(f.properties.subnet),
        privateIpAddress: f.properties.privateIPAddress,
      })),
      backendPools: (props(r).backendAddressPools as any[]).map((p) => ({ name: p.name })),
      probes: (props(r).probes as any[]).map((p) => ({
        name: p.name,
        protocol: p.properties.protocol,
        port: p.properties.port,
        requestPath: p.properties.requestPath,
        intervalSeconds: p.properties.intervalInSeconds,
        numberOfProbes: p.properties.numberOfProbes,
      })),
      rules: (props(r).loadBalancingRules as any[]).map((x) => ({
        name: x.name,
        frontend: nameOf(x.properties.frontendIPConfiguration),
        backendPool: nameOf(x.properties.backendAddressPool),
        probe: nameOf(x.properties.probe),
        protocol: x.properties.protocol,
        frontendPort: x.properties.frontendPort,
        backendPort: x.properties.backendPort,
        idleTimeoutMinutes: x.properties.idleTimeoutInMinutes,
        enableFloatingIp: x.properties.enableFloatingIP,
      })),
      tags: r.tags,
    })),
    vpnGateways: ofType("Microsoft.Network/virtualNetworkGateways").map((r) => {
      const ip = props(r).ipConfigurations[0].properties;
      return {
        name: r.name,
        virtualNetwork: parseResourceId(ip.subnet.id).names[0],
        publicIpAddress: nameOf(ip.publicIPAddress),
        sku: props(r).sku.name,
        vpnType: props(r).vpnType,
        tags: r.tags,
      };
    }),
    vpnConnections: ofType("Microsoft.Network/connections").map((r) => {
      const local = byId.get(props(r).localNetworkGateway2.id.toLowerCase())!;
      return {
        name: r.name,
        gateway: nameOf(props(r).virtualNetworkGateway1),
        localNetworkGateway: {
          name: local.name,
          gatewayIpAddress: (local.properties as any).gatewayIpAddress,
          addressPrefixes: (local.properties as any).localNetworkAddressSpace.addressPrefixes,
        },
        connectionType: props(r).connectionType,
        tags: r.tags,
      };
    }),
    storageAccounts: ofType("Microsoft.Storage/storageAccounts").map((r) => ({
      name: r.name,
      sku: r.sku?.name,
      kind: r.kind,
      tags: r.tags,
    })),
    keyVaults: ofType("Microsoft.KeyVault/vaults").map((r) => ({
      name: r.name,
      sku: props(r).sku.name,
      enabledForDeployment: props(r).enabledForDeployment,
      enabledForTemplateDeployment: props(r).enabledForTemplateDeployment,
      tags: r.tags,
    })),
    virtualMachines: ofType("Microsoft.Compute/virtualMachines").map((r) => {
      const storage = props(r).storageProfile;
      const os = storage.osDisk;
      const osResource = os.managedDisk?.id ? byId.get(os.managedDisk.id.toLowerCase()) : undefined;
      return {
        name: r.name,
        osType: String(os.osType).toLowerCase(),
        size: props(r).hardwareProfile.vmSize,
        availabilitySet: nameOf(props(r).availabilitySet),
        imageReference: storage.imageReference,
        adminUsername: props(r).osProfile?.adminUsername,
        nics: (props(r).networkProfile.networkInterfaces as any[]).map((ref) => {
          const nic = byId.get(ref.id.toLowerCase())!;
          const ip = (nic.properties as any).ipConfigurations[0].properties;
          return {
            name: nic.name,
            subnet: subnetOf(ip.subnet),
            privateIpAddress: ip.privateIPAddress,
            privateIpAllocation: ip.privateIPAllocationMethod,
            publicIpAddress: nameOf(ip.publicIPAddress),
            networkSecurityGroup: nameOf((nic.properties as any).networkSecurityGroup),
            loadBalancerBackendPools: ip.loadBalancerBackendAddressPools?.map((p: { id: string }) => parseResourceId(p.id).names.join("/")),
            primary: ref.properties?.primary,
          };
        }),
        disks: [
          {
            name: os.name,
            role: "os",
            lun: undefined,
            sizeGiB: os.diskSizeGB ?? (osResource?.properties as any)?.diskSizeGB,
            sku: os.managedDisk?.storageAccountType ?? osResource?.sku?.name,
            caching: os.caching,
          },
          ...(storage.dataDisks as any[]).map((d) => {
            const disk = byId.get(d.managedDisk.id.toLowerCase())!;
            return {
              name: d.name,
              role: "data",
              lun: d.lun,
              sizeGiB: (disk.properties as any).diskSizeGB,
              sku: disk.sku?.name,
              caching: d.caching,
            };
          }),
        ],
        tags: r.tags,
      };
    }),
  });
}

export const HOSTILE = [
  `quote " and apostrophe ' and backslash \\ end`,
  "dollar $HOME ${var.x} %{ if true } `backtick` $(rm -rf /)",
  "[bracketed expression]",
  "newline\nsecond line\r\nthird\ttab",
  "本番環境 ‘typographic’ ‚low‛ “double”",
  "]",
] as const;

/**
 * The small example made awkward: hostile text in tags, descriptions and names, a VM entered by hand
 * without image reference, a data disk without LUN, a NIC without allocation method, open defaults.
 */
export function awkwardTenant(base: Tenant): Tenant {
  const t = structuredClone(base);
  const sub = t.subscriptions[0]!;
  sub.name = "../../etc/passwd";
  const [identity, data, web, network] = sub.resourceGroups as [ResourceGroup, ResourceGroup, ResourceGroup, ResourceGroup];
  // The most awkward name Azure's naming rules allow a resource group: parentheses, a period, an underscore and
  // Japanese letters (quotes, "$" and braces are refused: the validator's invalid-name). Quotes and template
  // sequences still reach every generator through the tags and descriptions below.
  identity.name = "rg(identity).本番_1";
  for (const g of sub.resourceGroups) {
    for (const vm of g.virtualMachines) {
      for (const nic of vm.nics) nic.subnet = nic.subnet.replace(/^rg-network\//, "RG-NETWORK/");
    }
  }
  delete identity.availabilitySets[0]!.managed;
  identity.virtualMachines[1]!.name = "dc02-domain-controller-tokyo";
  const dc01 = identity.virtualMachines[0]!;
  dc01.tags = { [HOSTILE[0]]: HOSTILE[1], 環境: HOSTILE[4], multi: HOSTILE[3], expr: HOSTILE[2], close: HOSTILE[5] };
  const sql = data.virtualMachines[0]!;
  delete sql.imageReference;
  delete sql.adminUsername;
  sql.disks = sql.disks
    .map((d) => (d.name === "sql01-log" ? { ...d, lun: undefined } : d))
    .map((d) => (d.name === "sql01-data" ? { ...d, sizeGiB: 511.5 } : d));
  delete sql.disks.find((d) => d.name === "sql01-log")!.lun;
  const fs = data.virtualMachines[1]!;
  delete fs.nics[0]!.privateIpAllocation;
  fs.adminUsername = undefined;
  delete fs.adminUsername;
  const account = data.storageAccounts[0]!;
  delete account.sku;
  delete account.kind;
  account.tags = { note: HOSTILE[0] };
  const web01 = web.virtualMachines[0]!;
  web01.nics.push({ name: "web01-nic-2", subnet: "rg-network/vnet-prod/snet-app" });
  const nsg = network.networkSecurityGroups[0]!;
  nsg.rules[0]!.description = HOSTILE.join(" | ");
  nsg.tags = { 'key with spaces and "quotes"': HOSTILE[3] };
  delete network.vpnGateways[0]!.vpnType;
  network.virtualNetworks[0]!.tags = { 部署: "情報システム部" };
  network.tags = { owner: "net-team" };
  return t;
}
