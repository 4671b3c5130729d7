/**
 * ARM templates, one per resource group, on the 2020-09-01-hybrid API profile.
 *
 * Templates are built as objects and serialised with JSON.stringify, never templated as text. Every resource
 * carries an explicit apiVersion from api-versions.ts (a template-level apiProfile of 2020-09-01-hybrid is
 * not in the deploymentTemplate schema's enum). Names and the location are parameters with the inventory's
 * values as defaults; passwords and VPN shared keys are securestring parameters without a value; what the
 * inventory does not know becomes a parameter without a default, described as a placeholder and reported
 * as a gap finding.
 */
import type { Finding } from "../base/findings.js";
import { planFinding as finding } from "../base/planner-findings.js";
import { joinTexts, t, type LocalText } from "../base/text.js";
import type { ResourceGroup, Subscription, Tenant, VirtualMachine } from "../inventory/schema.js";
import type { PathSegment } from "../base/path.js";
import { apiVersionFor } from "../stamp/api-profile.js";
import {
  DEPLOYMENT_PARAMETERS_SCHEMA,
  DEPLOYMENT_TEMPLATE_SCHEMA,
  expr,
  finalizeArm,
  type ArmParameter,
  type ArmResource,
  type ArmTemplate,
  type ArmValue,
  type Expr,
} from "./arm-model.js";
import { armExpressionString as q, identifier, safeFileName, uniqueNamer } from "./escape.js";
import { assignLuns, resolveName, resolveSubnet, type SubnetRef } from "./references.js";

export interface GeneratedFile {
  /** Relative, "/"-separated path; every segment is a sanitised, unique file name. */
  path: string;
  content: string;
}

export interface ArmTemplatePlan {
  subscription: Subscription;
  resourceGroup: ResourceGroup;
  /** Inventory path of the resource group. */
  path: PathSegment[];
  templatePath: string;
  parametersPath: string;
  template: ArmTemplate;
  /** Values for the parameters file: every non-secure parameter that has a known value. */
  parameterValues: Record<string, unknown>;
  /** Other resource groups this template refers to (deploy those first). */
  dependsOnGroups: string[];
  gaps: Finding[];
}

/** Windows computer name limit: 15 characters (Compute 2020-06-01 OSProfile.computerName; NetBIOS name length). */
export const WINDOWS_COMPUTER_NAME_MAX = 15;
/** Microsoft.Compute/availabilitySets sku: "Aligned" for managed disks, "Classic" otherwise (Compute 2020-06-01 AvailabilitySet.sku). */
export const AVAILABILITY_SET_SKU = { managed: "Aligned", unmanaged: "Classic" } as const;
/** Defaults when the inventory leaves a required value open; each one is reported as a gap (docs/assumptions.md, IaC). */
export const ARM_DEFAULTS = {
  storageSku: "Standard_LRS", // LRS is the only replication Azure Stack Hub offers (azurestack provider docs, r/storage_account)
  storageKind: "Storage", // general-purpose v1 (azurestack provider docs, r/storage_account: account_kind "Storage")
  keyVaultSku: "standard", // Azure Stack Hub offers the standard SKU only (azurestack provider docs, r/key_vault)
  vpnType: "RouteBased", // "Azure Stack Hub only supports the route-based VPN type" (azure-stack-docs, user/azure-stack-vpn-gateway-settings.md)
  connectionType: "IPsec", // site-to-site, the only connection type in the inventory schema
  imageVersion: "latest",
  ipConfigurationName: "ipconfig1",
  gatewayIpConfigurationName: "gwipconfig1",
} as const;

const T = {
  availabilitySet: "Microsoft.Compute/availabilitySets",
  vm: "Microsoft.Compute/virtualMachines",
  disk: "Microsoft.Compute/disks",
  vnet: "Microsoft.Network/virtualNetworks",
  subnet: "Microsoft.Network/virtualNetworks/subnets",
  nsg: "Microsoft.Network/networkSecurityGroups",
  pip: "Microsoft.Network/publicIPAddresses",
  lb: "Microsoft.Network/loadBalancers",
  rt: "Microsoft.Network/routeTables",
  nic: "Microsoft.Network/networkInterfaces",
  gateway: "Microsoft.Network/virtualNetworkGateways",
  localGateway: "Microsoft.Network/localNetworkGateways",
  connection: "Microsoft.Network/connections",
  storage: "Microsoft.Storage/storageAccounts",
  keyVault: "Microsoft.KeyVault/vaults",
} as const;

function apiVersion(type: string): string {
  const version = apiVersionFor(type);
  if (!version) throw new Error(`internal: ${type} is not in the 2020-09-01-hybrid profile table`);
  return version;
}

/** Per-template state: parameters (unique identifiers), parameter values and gap findings. */
class TemplateBuilder {
  readonly parameters: Record<string, ArmParameter> = {};
  readonly values: Record<string, unknown> = {};
  readonly resources: ArmResource[] = [];
  readonly gaps: Finding[] = [];
  readonly externalGroups = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private readonly used = new Set<string>();

  constructor(
    readonly subscription: Subscription,
    readonly group: ResourceGroup,
    readonly path: PathSegment[],
    readonly location: string,
  ) {
    this.declare("location", { type: "string", defaultValue: location, metadata: { description: "Location of every resource of this template." } }, location);
  }

  private declare(wanted: string, parameter: ArmParameter, value?: unknown): string {
    let name = wanted;
    for (let n = 2; this.used.has(name.toLowerCase()); n++) name = `${wanted}${n}`;
    this.used.add(name.toLowerCase());
    this.parameters[name] = parameter;
    if (value !== undefined) this.values[name] = value;
    return name;
  }

  /** The parameter holding a resource's name: one per (kind, name), the inventory's name as default. */
  nameParameter(prefix: string, resourceName: string, description: string): string {
    const key = `${prefix}\u0000${resourceName.toLowerCase()}`;
    const known = this.names.get(key);
    if (known) return known;
    const name = this.declare(`${prefix}_${identifier(resourceName)}`, { type: "string", defaultValue: resourceName, metadata: { description } }, resourceName);
    this.names.set(key, name);
    return name;
  }

  secureParameter(wanted: string, description: LocalText, at: PathSegment[], code = "iac-secure-parameter"): string {
    const name = this.declare(identifier(wanted), { type: "securestring", metadata: { description: description.en } });
    this.gaps.push(finding("info", code, at, t("msg.iac-secure-parameter", { name, description })));
    return name;
  }

  placeholder(wanted: string, description: LocalText, at: PathSegment[]): string {
    const name = this.declare(identifier(wanted), { type: "string", metadata: { description: `PLACEHOLDER: ${description.en}` } });
    this.gaps.push(finding("warning", "iac-placeholder", at, t("msg.iac-placeholder", { name, description })));
    return name;
  }

  parameterWithDefault(wanted: string, parameter: ArmParameter): string {
    return this.declare(identifier(wanted), parameter);
  }

  gap(severity: "info" | "warning", code: string, at: PathSegment[], message: LocalText): void {
    this.gaps.push(finding(severity, code, at, message));
  }

  /** Parameter holding another resource group's name, for cross-group resourceId(). */
  externalGroupParameter(groupName: string): string {
    const known = this.externalGroups.get(groupName.toLowerCase());
    if (known) return known;
    const name = this.nameParameter("resourceGroupName", groupName, `Name of resource group "${groupName}", deployed before this one.`);
    this.externalGroups.set(groupName.toLowerCase(), name);
    return name;
  }

  add(resource: ArmResource): void {
    this.resources.push(resource);
  }
}

const p = (name: string): string => `parameters(${q(name)})`;
const idOf = (type: string, ...names: string[]): Expr => expr(`resourceId(${q(type)}, ${names.join(", ")})`);
const idIn = (groupParameter: string, type: string, ...names: string[]): Expr => expr(`resourceId(${p(groupParameter)}, ${q(type)}, ${names.join(", ")})`);
const tagsOf = (tags: Record<string, string> | undefined): Record<string, string> | undefined =>
  tags && Object.keys(tags).length > 0 ? { ...tags } : undefined;

export function buildArmTemplates(tenant: Tenant): ArmTemplatePlan[] {
  const plans: ArmTemplatePlan[] = [];
  const subscriptionFolder = uniqueNamer();
  tenant.subscriptions.forEach((subscription, s) => {
    const folder = subscriptionFolder(safeFileName(subscription.name));
    const used = new Set<string>();
    subscription.resourceGroups.forEach((group, g) => {
      const base = uniqueTemplateBase(safeFileName(group.name), used);
      const path: PathSegment[] = ["subscriptions", s, "resourceGroups", g];
      const builder = new TemplateBuilder(subscription, group, path, group.location ?? tenant.stamp.region);
      if (!group.location) {
        builder.gap("info", "iac-default-applied", [...path, "location"], t("msg.iac.rg-location", { group: group.name, region: tenant.stamp.region }));
      }
      buildGroup(builder);
      const template: ArmTemplate = {
        $schema: DEPLOYMENT_TEMPLATE_SCHEMA,
        contentVersion: "1.0.0.0",
        parameters: builder.parameters,
        variables: {},
        resources: builder.resources,
        outputs: {},
      };
      plans.push({
        subscription,
        resourceGroup: group,
        path,
        templatePath: `arm/${folder}/${base}.json`,
        parametersPath: `arm/${folder}/${base}.parameters.json`,
        template,
        parameterValues: builder.values,
        dependsOnGroups: [...builder.externalGroups.keys()].map((k) => subscription.resourceGroups.find((rg) => rg.name.toLowerCase() === k)!.name),
        gaps: builder.gaps,
      });
    });
  });
  return plans;
}

function uniqueTemplateBase(wanted: string, used: Set<string>): string {
  let base = wanted;
  for (let n = 2; used.has(base.toLowerCase()) || used.has(`${base}.parameters`.toLowerCase()); n++) base = `${wanted}-${n}`;
  used.add(base.toLowerCase());
  used.add(`${base}.parameters`.toLowerCase());
  return base;
}

export function serializeArmTemplate(plan: ArmTemplatePlan): string {
  return `${JSON.stringify(finalizeArm(plan.template), null, 2)}\n`;
}

export function serializeArmParameters(plan: ArmTemplatePlan): string {
  const parameters: Record<string, { value: unknown }> = {};
  for (const [name, value] of Object.entries(plan.parameterValues)) parameters[name] = { value };
  // Parameter files hold values, which ARM does not evaluate: no expression escaping here.
  return `${JSON.stringify({ $schema: DEPLOYMENT_PARAMETERS_SCHEMA, contentVersion: "1.0.0.0", parameters }, null, 2)}\n`;
}

/** ARM templates and parameter files, one pair per resource group: `arm/<subscription>/<group>.json`. */
export function generateArmTemplates(tenant: Tenant): GeneratedFile[] {
  return buildArmTemplates(tenant).flatMap((plan) => [
    { path: plan.templatePath, content: serializeArmTemplate(plan) },
    { path: plan.parametersPath, content: serializeArmParameters(plan) },
  ]);
}

/**
 * What every per-kind builder of one resource group shares: the template builder, the location expression, paths
 * inside the group, and the name parameters of resources that other resources refer to.
 */
interface GroupContext {
  b: TemplateBuilder;
  g: ResourceGroup;
  location: Expr;
  at(...rest: PathSegment[]): PathSegment[];
  asName(name: string): string;
  nsgName(name: string): string;
  rtName(name: string): string;
  pipName(name: string): string;
  vnetName(name: string): string;
  lbName(name: string): string;
  subnetId(ref: SubnetRef): { id: Expr; dependsOn?: Expr };
}

function groupContext(b: TemplateBuilder): GroupContext {
  const vnetName = (name: string) => b.nameParameter("vnetName", name, `Name of virtual network "${name}".`);
  return {
    b,
    g: b.group,
    location: expr(p("location")),
    at: (...rest) => [...b.path, ...rest],
    asName: (name) => b.nameParameter("availabilitySetName", name, `Name of availability set "${name}".`),
    nsgName: (name) => b.nameParameter("nsgName", name, `Name of network security group "${name}".`),
    rtName: (name) => b.nameParameter("routeTableName", name, `Name of route table "${name}".`),
    pipName: (name) => b.nameParameter("publicIpName", name, `Name of public IP address "${name}".`),
    vnetName,
    lbName: (name) => b.nameParameter("loadBalancerName", name, `Name of load balancer "${name}".`),
    subnetId: (ref) => {
      if (!ref.external) {
        const vnet = vnetName(ref.virtualNetwork);
        return { id: idOf(T.subnet, p(vnet), q(ref.subnet)), dependsOn: idOf(T.vnet, p(vnet)) };
      }
      const groupParameter = b.externalGroupParameter(ref.resourceGroup);
      const vnet = b.nameParameter(
        "externalVnetName",
        `${ref.resourceGroup}/${ref.virtualNetwork}`,
        `Name of virtual network "${ref.virtualNetwork}" in resource group "${ref.resourceGroup}".`,
      );
      b.values[vnet] = ref.virtualNetwork;
      b.parameters[vnet]!.defaultValue = ref.virtualNetwork;
      return { id: idIn(groupParameter, T.subnet, p(vnet), q(ref.subnet)) };
    },
  };
}

/**
 * One builder per resource kind, run in this order: the order fixes the order of parameters and resources in the
 * template, so a new kind is one more entry here (after the kinds it refers to).
 */
const GROUP_BUILDERS: readonly ((c: GroupContext) => void)[] = [
  addAvailabilitySets,
  addNetworkSecurityGroups,
  addRouteTables,
  addPublicIpAddresses,
  addVirtualNetworks,
  addLoadBalancers,
  addVpnGateways,
  addVpnConnections,
  addStorageAccounts,
  addKeyVaults,
  (c) => c.g.virtualMachines.forEach((vm, v) => buildVm(c, vm, v)),
  reportNotReproducible,
];

function buildGroup(b: TemplateBuilder): void {
  const c = groupContext(b);
  for (const build of GROUP_BUILDERS) build(c);
}

function addAvailabilitySets({ b, g, location, at, asName }: GroupContext): void {
  g.availabilitySets.forEach((set, i) => {
    if (set.managed === undefined) {
      b.gap("info", "iac-default-applied", at("availabilitySets", i, "managed"), t("msg.iac.avset-managed", { name: set.name }));
    }
    b.add({
      type: T.availabilitySet,
      apiVersion: apiVersion(T.availabilitySet),
      name: expr(p(asName(set.name))),
      location,
      tags: tagsOf(set.tags),
      // A VM with managed disks can only join a managed ("Aligned") set; the inventory models managed disks only.
      sku: { name: set.managed === false ? AVAILABILITY_SET_SKU.unmanaged : AVAILABILITY_SET_SKU.managed },
      properties: {
        platformFaultDomainCount: set.platformFaultDomainCount,
        platformUpdateDomainCount: set.platformUpdateDomainCount,
      },
    });
  });
}

function addNetworkSecurityGroups({ b, g, location, nsgName }: GroupContext): void {
  g.networkSecurityGroups.forEach((nsg) => {
    b.add({
      type: T.nsg,
      apiVersion: apiVersion(T.nsg),
      name: expr(p(nsgName(nsg.name))),
      location,
      tags: tagsOf(nsg.tags),
      properties: {
        securityRules: nsg.rules.map((rule) => ({
          name: rule.name,
          properties: {
            description: rule.description,
            protocol: rule.protocol,
            sourcePortRange: String(rule.sourcePortRange),
            destinationPortRange: String(rule.destinationPortRange),
            sourceAddressPrefix: rule.sourceAddressPrefix,
            destinationAddressPrefix: rule.destinationAddressPrefix,
            access: rule.access,
            priority: rule.priority,
            direction: rule.direction,
          },
        })),
      },
    });
  });
}

function addRouteTables({ b, g, location, rtName }: GroupContext): void {
  g.routeTables.forEach((table) => {
    b.add({
      type: T.rt,
      apiVersion: apiVersion(T.rt),
      name: expr(p(rtName(table.name))),
      location,
      tags: tagsOf(table.tags),
      properties: {
        disableBgpRoutePropagation: table.disableBgpRoutePropagation,
        routes: table.routes.map((route) => ({
          name: route.name,
          properties: { addressPrefix: route.addressPrefix, nextHopType: route.nextHopType, nextHopIpAddress: route.nextHopIpAddress },
        })),
      },
    });
  });
}

function addPublicIpAddresses({ b, g, location, at, pipName }: GroupContext): void {
  g.publicIpAddresses.forEach((pip, i) => {
    if (pip.ipAddress) {
      b.gap(
        "info",
        "iac-not-reproducible",
        at("publicIpAddresses", i, "ipAddress"),
        t("msg.iac.public-ip", { name: pip.name, address: String(pip.ipAddress) }),
      );
    }
    b.add({
      type: T.pip,
      apiVersion: apiVersion(T.pip),
      name: expr(p(pipName(pip.name))),
      location,
      tags: tagsOf(pip.tags),
      sku: pip.sku ? { name: pip.sku } : undefined,
      properties: {
        publicIPAllocationMethod: pip.allocation,
        dnsSettings: pip.domainNameLabel ? { domainNameLabel: pip.domainNameLabel } : undefined,
      },
    });
  });
}

function addVirtualNetworks({ b, g, location, nsgName, rtName, vnetName }: GroupContext): void {
  g.virtualNetworks.forEach((vnet) => {
    const dependsOn: Expr[] = [];
    const subnets = vnet.subnets.map((subnet) => {
      const nsg = resolveName(g.networkSecurityGroups, subnet.networkSecurityGroup);
      const rt = resolveName(g.routeTables, subnet.routeTable);
      if (nsg) dependsOn.push(idOf(T.nsg, p(nsgName(nsg.name))));
      if (rt) dependsOn.push(idOf(T.rt, p(rtName(rt.name))));
      return {
        name: subnet.name,
        properties: {
          addressPrefix: subnet.addressPrefix,
          networkSecurityGroup: nsg ? { id: idOf(T.nsg, p(nsgName(nsg.name))) } : undefined,
          routeTable: rt ? { id: idOf(T.rt, p(rtName(rt.name))) } : undefined,
        },
      };
    });
    b.add({
      type: T.vnet,
      apiVersion: apiVersion(T.vnet),
      name: expr(p(vnetName(vnet.name))),
      location,
      tags: tagsOf(vnet.tags),
      dependsOn: dedupe(dependsOn),
      properties: {
        addressSpace: { addressPrefixes: [...vnet.addressPrefixes] },
        dhcpOptions: vnet.dnsServers ? { dnsServers: [...vnet.dnsServers] } : undefined,
        subnets,
      },
    });
  });
}

function addLoadBalancers(c: GroupContext): void {
  const { b, g, location } = c;
  g.loadBalancers.forEach((lb, l) => {
    const name = c.lbName(lb.name);
    const dependsOn: Expr[] = [];
    const properties = {
      frontendIPConfigurations: loadBalancerFrontends(c, lb, l, dependsOn),
      backendAddressPools: lb.backendPools.map((pool) => ({ name: pool.name })),
      probes: lb.probes.map((probe) => ({
        name: probe.name,
        properties: {
          protocol: probe.protocol,
          port: probe.port,
          requestPath: probe.requestPath,
          intervalInSeconds: probe.intervalSeconds,
          numberOfProbes: probe.numberOfProbes,
        },
      })),
      loadBalancingRules: loadBalancingRules(lb, name),
    };
    b.add({
      type: T.lb,
      apiVersion: apiVersion(T.lb),
      name: expr(p(name)),
      location,
      tags: tagsOf(lb.tags),
      sku: lb.sku ? { name: lb.sku } : undefined,
      dependsOn: dedupe(dependsOn),
      properties,
    });
  });
}

type LoadBalancer = ResourceGroup["loadBalancers"][number];

/** Frontend IP configurations; pushes what they refer to onto `dependsOn`. */
function loadBalancerFrontends(c: GroupContext, lb: LoadBalancer, l: number, dependsOn: Expr[]): ArmValue[] {
  return lb.frontends.map((fe, f) => {
    const pip = resolveName(c.g.publicIpAddresses, fe.publicIpAddress);
    if (pip) dependsOn.push(idOf(T.pip, p(c.pipName(pip.name))));
    const ref = fe.subnet ? resolveSubnet(c.b.subscription, c.g, fe.subnet) : undefined;
    if (fe.subnet && !ref) throw new Error(`internal: unresolved subnet at ${[...c.at("loadBalancers", l, "frontends", f)].join(".")}`);
    const subnet = ref ? c.subnetId(ref) : undefined;
    if (subnet?.dependsOn) dependsOn.push(subnet.dependsOn);
    return {
      name: fe.name,
      properties: {
        publicIPAddress: pip ? { id: idOf(T.pip, p(c.pipName(pip.name))) } : undefined,
        subnet: subnet ? { id: subnet.id } : undefined,
        privateIPAddress: fe.privateIpAddress,
        privateIPAllocationMethod: subnet ? (fe.privateIpAddress ? "Static" : "Dynamic") : undefined,
      },
    };
  });
}

function loadBalancingRules(lb: LoadBalancer, nameParameter: string): ArmValue[] {
  const child = (type: string, childName: string) => ({ id: idOf(`${T.lb}/${type}`, p(nameParameter), q(childName)) });
  return lb.rules.map((rule) => {
    const fe = resolveName(lb.frontends, rule.frontend)!;
    const pool = resolveName(lb.backendPools, rule.backendPool)!;
    const probe = resolveName(lb.probes, rule.probe);
    return {
      name: rule.name,
      properties: {
        frontendIPConfiguration: child("frontendIPConfigurations", fe.name),
        backendAddressPool: child("backendAddressPools", pool.name),
        probe: probe ? child("probes", probe.name) : undefined,
        protocol: rule.protocol,
        frontendPort: rule.frontendPort,
        backendPort: rule.backendPort,
        idleTimeoutInMinutes: rule.idleTimeoutMinutes,
        enableFloatingIP: rule.enableFloatingIp,
      },
    };
  });
}

function addVpnGateways({ b, g, location, at, vnetName, pipName }: GroupContext): void {
  g.vpnGateways.forEach((gw, i) => {
    const vnet = resolveName(g.virtualNetworks, gw.virtualNetwork)!;
    const pip = resolveName(g.publicIpAddresses, gw.publicIpAddress)!;
    if (!gw.vpnType)
      b.gap("info", "iac-default-applied", at("vpnGateways", i, "vpnType"), t("msg.iac.vpn-type", { name: gw.name, value: ARM_DEFAULTS.vpnType }));
    if (gw.vpnType === "PolicyBased") {
      b.gap("warning", "iac-unsupported-setting", at("vpnGateways", i, "vpnType"), t("msg.iac.vpn-policy-based", { name: gw.name }));
    }
    b.add({
      type: T.gateway,
      apiVersion: apiVersion(T.gateway),
      name: expr(p(b.nameParameter("vpnGatewayName", gw.name, `Name of VPN gateway "${gw.name}".`))),
      location,
      tags: tagsOf(gw.tags),
      dependsOn: [idOf(T.vnet, p(vnetName(vnet.name))), idOf(T.pip, p(pipName(pip.name)))],
      properties: {
        ipConfigurations: [
          {
            name: ARM_DEFAULTS.gatewayIpConfigurationName,
            properties: {
              privateIPAllocationMethod: "Dynamic",
              subnet: { id: idOf(T.subnet, p(vnetName(vnet.name)), q("GatewaySubnet")) },
              publicIPAddress: { id: idOf(T.pip, p(pipName(pip.name))) },
            },
          },
        ],
        gatewayType: "Vpn",
        vpnType: gw.vpnType ?? ARM_DEFAULTS.vpnType,
        sku: { name: gw.sku, tier: gw.sku },
      },
    });
  });
}

/** Each connection brings its local network gateway: the inventory nests one inside the other. */
function addVpnConnections({ b, g, location, at }: GroupContext): void {
  g.vpnConnections.forEach((cn, i) => {
    const gw = resolveName(g.vpnGateways, cn.gateway);
    if (!gw) throw new Error(`internal: VPN connection "${cn.name}" refers to unknown gateway "${cn.gateway}"`);
    const local = cn.localNetworkGateway;
    const localName = b.nameParameter("localGatewayName", local.name, `Name of local network gateway "${local.name}".`);
    b.add({
      type: T.localGateway,
      apiVersion: apiVersion(T.localGateway),
      name: expr(p(localName)),
      location,
      tags: tagsOf(cn.tags),
      properties: {
        localNetworkAddressSpace: { addressPrefixes: [...local.addressPrefixes] },
        gatewayIpAddress: local.gatewayIpAddress,
      },
    });
    const gwName = b.nameParameter("vpnGatewayName", gw.name, `Name of VPN gateway "${gw.name}".`);
    const key = b.secureParameter(`sharedKey_${cn.name}`, t("iac.param.sharedKey", { name: cn.name }), at("vpnConnections", i));
    b.add({
      type: T.connection,
      apiVersion: apiVersion(T.connection),
      name: expr(p(b.nameParameter("connectionName", cn.name, `Name of VPN connection "${cn.name}".`))),
      location,
      tags: tagsOf(cn.tags),
      dependsOn: [idOf(T.gateway, p(gwName)), idOf(T.localGateway, p(localName))],
      properties: {
        connectionType: cn.connectionType ?? ARM_DEFAULTS.connectionType,
        virtualNetworkGateway1: { id: idOf(T.gateway, p(gwName)), properties: {} },
        localNetworkGateway2: { id: idOf(T.localGateway, p(localName)), properties: {} },
        sharedKey: expr(p(key)),
      },
    });
  });
}

function addStorageAccounts({ b, g, location, at }: GroupContext): void {
  g.storageAccounts.forEach((account, i) => {
    if (!account.sku)
      b.gap("info", "iac-default-applied", at("storageAccounts", i, "sku"), t("msg.iac.storage-sku", { name: account.name, value: ARM_DEFAULTS.storageSku }));
    if (!account.kind)
      b.gap(
        "info",
        "iac-default-applied",
        at("storageAccounts", i, "kind"),
        t("msg.iac.storage-kind", { name: account.name, value: ARM_DEFAULTS.storageKind }),
      );
    b.gap("info", "iac-data-not-included", at("storageAccounts", i), t("msg.iac.storage-data", { name: account.name }));
    b.add({
      type: T.storage,
      apiVersion: apiVersion(T.storage),
      name: expr(p(b.nameParameter("storageAccountName", account.name, `Name of storage account "${account.name}".`))),
      location,
      tags: tagsOf(account.tags),
      sku: { name: account.sku ?? ARM_DEFAULTS.storageSku },
      kind: account.kind ?? ARM_DEFAULTS.storageKind,
      properties: {},
    });
  });
}

function addKeyVaults({ b, g, location, at }: GroupContext): void {
  if (g.keyVaults.length === 0) return;
  const tenantIdParameter = b.parameterWithDefault("keyVaultTenantId", {
    type: "string",
    defaultValue: expr("subscription().tenantId"),
    metadata: {
      description: "Directory (tenant) ID that authenticates requests to the key vaults; the deploying subscription's tenant by default.",
    },
  });
  g.keyVaults.forEach((vault, i) => {
    const held = [
      ...(vault.secretNames ?? []).map((n) => t("iac.item.secret", { name: n })),
      ...(vault.keyNames ?? []).map((n) => t("iac.item.key", { name: n })),
      ...(vault.certificateNames ?? []).map((n) => t("iac.item.certificate", { name: n })),
    ];
    b.gap(
      "warning",
      "iac-not-reproducible",
      at("keyVaults", i),
      held.length > 0 ? t("msg.iac.key-vault.items", { name: vault.name, items: joinTexts(held) }) : t("msg.iac.key-vault", { name: vault.name }),
    );
    b.add({
      type: T.keyVault,
      apiVersion: apiVersion(T.keyVault),
      name: expr(p(b.nameParameter("keyVaultName", vault.name, `Name of key vault "${vault.name}".`))),
      location,
      tags: tagsOf(vault.tags),
      properties: {
        tenantId: expr(p(tenantIdParameter)),
        sku: { family: "A", name: vault.sku ?? ARM_DEFAULTS.keyVaultSku },
        accessPolicies: [],
        enabledForDeployment: vault.enabledForDeployment,
        enabledForTemplateDeployment: vault.enabledForTemplateDeployment,
      },
    });
  });
}

/** What a template cannot carry: reported as gaps so the reader knows to redeploy it by hand. */
function reportNotReproducible({ b, g, at }: GroupContext): void {
  if (g.tags && Object.keys(g.tags).length > 0) {
    b.gap("info", "iac-not-reproducible", at("tags"), t("msg.iac.rg-tags", { name: g.name }));
  }
  g.kubernetesClusters.forEach((cluster, k) => {
    b.gap("warning", "iac-not-reproducible", at("kubernetesClusters", k), t("msg.iac.kubernetes", { name: cluster.name }));
  });
  g.otherResources.forEach((other, o) => {
    b.gap("warning", "iac-unsupported-type", at("otherResources", o), t("msg.iac.unsupported-type", { id: other.id, type: other.type }));
  });
}

/** A VM is built in steps, each adding its own resources: NICs, data disks, the OS disk and profile, the VM. */
function buildVm(c: GroupContext, vm: VirtualMachine, v: number): void {
  const { b, g } = c;
  const vmPath: PathSegment[] = [...b.path, "virtualMachines", v];
  const vmName = b.nameParameter("vmName", vm.name, `Name of VM "${vm.name}".`);
  const vmDepends: Expr[] = [];
  const nicIds = vm.nics.map((_, n) => addNic(c, vm, n, vmPath, vmDepends));
  if (vm.nics.length === 0) {
    b.gap("warning", "iac-placeholder", [...vmPath, "nics"], t("msg.iac.vm-no-nic", { vm: vm.name }));
  }
  const dataDiskEntries = addDataDisks(c, vm, vmPath, vmDepends);
  const os = vm.imageReference ? osFromImage(c, vm, vmPath, vmName) : osFromRestoredDisk(c, vm, vmPath, vmDepends);

  const set = resolveName(g.availabilitySets, vm.availabilitySet);
  if (set) vmDepends.push(idOf(T.availabilitySet, p(c.asName(set.name))));
  if (vm.extensions && vm.extensions.length > 0) {
    b.gap("info", "iac-not-reproducible", [...vmPath, "extensions"], t("msg.iac.extensions", { vm: vm.name, extensions: vm.extensions.join(", ") }));
  }

  b.add({
    type: T.vm,
    apiVersion: apiVersion(T.vm),
    name: expr(p(vmName)),
    location: c.location,
    tags: tagsOf(vm.tags),
    dependsOn: dedupe(vmDepends),
    properties: {
      hardwareProfile: { vmSize: vm.size },
      availabilitySet: set ? { id: idOf(T.availabilitySet, p(c.asName(set.name))) } : undefined,
      osProfile: os.osProfile,
      storageProfile: {
        imageReference: os.imageReference,
        osDisk: os.osDisk,
        dataDisks: dataDiskEntries,
      },
      networkProfile: {
        networkInterfaces: nicIds.map(({ id, primary }) => ({ id, properties: primary === undefined ? undefined : { primary } })),
      },
    },
  });
}

function addNic(c: GroupContext, vm: VirtualMachine, n: number, vmPath: PathSegment[], vmDepends: Expr[]): { id: Expr; primary: boolean | undefined } {
  const { b, g } = c;
  const nic = vm.nics[n]!;
  const nicPath: PathSegment[] = [...vmPath, "nics", n];
  const nicName = b.nameParameter("nicName", nic.name, `Name of network interface "${nic.name}".`);
  const ref = resolveSubnet(b.subscription, g, nic.subnet);
  if (!ref) throw new Error(`internal: unresolved subnet "${nic.subnet}" at ${nicPath.join(".")}`);
  const subnet = c.subnetId(ref);
  const depends: Expr[] = subnet.dependsOn ? [subnet.dependsOn] : [];
  const pip = resolveName(g.publicIpAddresses, nic.publicIpAddress);
  const nsg = resolveName(g.networkSecurityGroups, nic.networkSecurityGroup);
  if (pip) depends.push(idOf(T.pip, p(c.pipName(pip.name))));
  if (nsg) depends.push(idOf(T.nsg, p(c.nsgName(nsg.name))));
  const pools = (nic.loadBalancerBackendPools ?? []).map((reference) => {
    const [lbPart, poolPart] = reference.split("/") as [string, string];
    const lb = resolveName(g.loadBalancers, lbPart)!;
    const pool = resolveName(lb.backendPools, poolPart)!;
    depends.push(idOf(T.lb, p(c.lbName(lb.name))));
    return { id: idOf(`${T.lb}/backendAddressPools`, p(c.lbName(lb.name)), q(pool.name)) };
  });
  const allocation = nic.privateIpAllocation ?? (nic.privateIpAddress ? "Static" : "Dynamic");
  if (!nic.privateIpAllocation && nic.privateIpAddress) {
    b.gap(
      "info",
      "iac-default-applied",
      [...nicPath, "privateIpAllocation"],
      t("msg.iac.nic-static", { name: nic.name, address: String(nic.privateIpAddress) }),
    );
  }
  b.add({
    type: T.nic,
    apiVersion: apiVersion(T.nic),
    name: expr(p(nicName)),
    location: c.location,
    tags: tagsOf(vm.tags),
    dependsOn: dedupe(depends),
    properties: {
      ipConfigurations: [
        {
          name: ARM_DEFAULTS.ipConfigurationName,
          properties: {
            subnet: { id: subnet.id },
            privateIPAllocationMethod: allocation,
            privateIPAddress: nic.privateIpAddress,
            publicIPAddress: pip ? { id: idOf(T.pip, p(c.pipName(pip.name))) } : undefined,
            loadBalancerBackendAddressPools: pools.length > 0 ? pools : undefined,
            primary: true,
          },
        },
      ],
      networkSecurityGroup: nsg ? { id: idOf(T.nsg, p(c.nsgName(nsg.name))) } : undefined,
    },
  });
  const id = idOf(T.nic, p(nicName));
  vmDepends.push(id);
  return { id, primary: nicPrimary(vm, n) };
}

/** A managed disk's size in whole GiB, as ARM requires; rounding up is reported. */
function diskSize(b: TemplateBuilder, size: number, at: PathSegment[], name: string): number {
  if (Number.isInteger(size)) return size;
  b.gap("info", "iac-default-applied", at, t("msg.iac.disk-size", { name, size, rounded: Math.ceil(size) }));
  return Math.ceil(size);
}

/** Empty managed disks, attached at their LUNs: the data comes back from the backup, not from the template. */
function addDataDisks(c: GroupContext, vm: VirtualMachine, vmPath: PathSegment[], vmDepends: Expr[]): ArmValue[] {
  const { b } = c;
  const dataDisks = vm.disks.filter((d) => d.role === "data");
  const luns = assignLuns(dataDisks);
  return dataDisks.map((disk, i) => {
    const at: PathSegment[] = [...vmPath, "disks", vm.disks.indexOf(disk)];
    if (disk.lun === undefined) b.gap("info", "iac-default-applied", [...at, "lun"], t("msg.iac.disk-lun", { name: disk.name, lun: String(luns[i]) }));
    const diskName = b.nameParameter("diskName", disk.name, `Name of managed disk "${disk.name}".`);
    b.add({
      type: T.disk,
      apiVersion: apiVersion(T.disk),
      name: expr(p(diskName)),
      location: c.location,
      tags: tagsOf(vm.tags),
      sku: disk.sku ? { name: disk.sku } : undefined,
      properties: { creationData: { createOption: "Empty" }, diskSizeGB: diskSize(b, disk.sizeGiB, [...at, "sizeGiB"], disk.name) },
    });
    const id = idOf(T.disk, p(diskName));
    vmDepends.push(id);
    return { lun: luns[i]!, name: expr(p(diskName)), createOption: "Attach", caching: disk.caching, managedDisk: { id } };
  });
}

interface OsStorage {
  osProfile?: Record<string, ArmValue>;
  imageReference?: Record<string, ArmValue>;
  osDisk: Record<string, ArmValue | undefined>;
}

function osDiskOf(vm: VirtualMachine, vmPath: PathSegment[]) {
  const disk = vm.disks.find((d) => d.role === "os")!;
  return { disk, at: [...vmPath, "disks", vm.disks.indexOf(disk)] as PathSegment[], osType: vm.osType === "windows" ? "Windows" : "Linux" };
}

/** A VM from a marketplace image: an OS profile with parameters for the administrator and the computer name. */
function osFromImage(c: GroupContext, vm: VirtualMachine, vmPath: PathSegment[], vmName: string): OsStorage {
  const { b } = c;
  const image = vm.imageReference!;
  const os = osDiskOf(vm, vmPath);
  const osDiskName = b.nameParameter("diskName", os.disk.name, `Name of managed disk "${os.disk.name}".`);
  if (!image.version) {
    b.gap(
      "info",
      "iac-default-applied",
      [...vmPath, "imageReference", "version"],
      t("msg.iac.image-version", { vm: vm.name, value: ARM_DEFAULTS.imageVersion }),
    );
  }
  const imageReference = {
    publisher: image.publisher,
    offer: image.offer,
    sku: image.sku,
    version: image.version ?? ARM_DEFAULTS.imageVersion,
  };
  const user = vm.adminUsername
    ? b.nameParameter("adminUsername", vm.name, `Local administrator name of VM "${vm.name}".`)
    : b.placeholder(`adminUsername_${vm.name}`, t("iac.param.adminUsername", { vm: vm.name }), [...vmPath, "adminUsername"]);
  if (vm.adminUsername) {
    b.values[user] = vm.adminUsername;
    b.parameters[user]!.defaultValue = vm.adminUsername;
  }
  const password = b.secureParameter(`adminPassword_${vm.name}`, t("iac.param.adminPassword", { vm: vm.name }), [...vmPath, "adminUsername"]);
  const computerName = computerNameParameter(b, vm, vmPath, vmName);
  return {
    imageReference,
    osProfile: {
      computerName: expr(p(computerName)),
      adminUsername: expr(p(user)),
      adminPassword: expr(p(password)),
      ...(vm.osType === "linux" ? { linuxConfiguration: { disablePasswordAuthentication: false } } : {}),
    },
    osDisk: {
      name: expr(p(osDiskName)),
      osType: os.osType,
      createOption: "FromImage",
      caching: os.disk.caching,
      diskSizeGB: diskSize(b, os.disk.sizeGiB, [...os.at, "sizeGiB"], os.disk.name),
      managedDisk: os.disk.sku ? { storageAccountType: os.disk.sku } : undefined,
    },
  };
}

/** Windows computer names have at most 15 characters (NetBIOS); a longer VM name cannot be the computer name. */
function computerNameParameter(b: TemplateBuilder, vm: VirtualMachine, vmPath: PathSegment[], vmName: string): string {
  if (vm.osType !== "windows" || [...vm.name].length <= WINDOWS_COMPUTER_NAME_MAX) return vmName;
  const short = [...vm.name].slice(0, WINDOWS_COMPUTER_NAME_MAX).join("");
  const computerName = b.parameterWithDefault(`computerName_${vm.name}`, {
    type: "string",
    defaultValue: short,
    metadata: { description: `Computer name of VM "${vm.name}" (at most ${WINDOWS_COMPUTER_NAME_MAX} characters).` },
  });
  b.values[computerName] = short;
  b.gap(
    "warning",
    "iac-default-applied",
    [...vmPath, "name"],
    t("msg.iac.computer-name", { vm: vm.name, max: WINDOWS_COMPUTER_NAME_MAX, short, parameter: computerName }),
  );
  return computerName;
}

/** No image: the OS disk is attached from a copy of a restored disk or snapshot named at deployment. */
function osFromRestoredDisk(c: GroupContext, vm: VirtualMachine, vmPath: PathSegment[], vmDepends: Expr[]): OsStorage {
  const { b } = c;
  const os = osDiskOf(vm, vmPath);
  const osDiskName = b.nameParameter("diskName", os.disk.name, `Name of managed disk "${os.disk.name}".`);
  const source = b.placeholder(`osDiskSourceId_${vm.name}`, t("iac.param.osDiskSource", { vm: vm.name }), [...vmPath, "imageReference"]);
  b.add({
    type: T.disk,
    apiVersion: apiVersion(T.disk),
    name: expr(p(osDiskName)),
    location: c.location,
    tags: tagsOf(vm.tags),
    sku: os.disk.sku ? { name: os.disk.sku } : undefined,
    properties: {
      osType: os.osType,
      creationData: { createOption: "Copy", sourceResourceId: expr(p(source)) },
      diskSizeGB: diskSize(b, os.disk.sizeGiB, [...os.at, "sizeGiB"], os.disk.name),
    },
  });
  const id = idOf(T.disk, p(osDiskName));
  vmDepends.push(id);
  return {
    osDisk: { name: expr(p(osDiskName)), osType: os.osType, createOption: "Attach", caching: os.disk.caching, managedDisk: { id } },
  };
}

/**
 * The primary flag of a VM's NIC: as the inventory says; with several NICs and none marked, the first one
 * (ARM requires exactly one primary NIC on a multi-NIC VM).
 */
export function nicPrimary(vm: VirtualMachine, index: number): boolean | undefined {
  const nic = vm.nics[index]!;
  if (nic.primary !== undefined) return nic.primary;
  if (vm.nics.length > 1 && !vm.nics.some((n) => n.primary === true)) return index === 0;
  return undefined;
}

function dedupe(items: Expr[]): Expr[] | undefined {
  const seen = new Set<string>();
  const out = items.filter((item) => {
    if (seen.has(item.text)) return false;
    seen.add(item.text);
    return true;
  });
  return out.length > 0 ? out : undefined;
}
