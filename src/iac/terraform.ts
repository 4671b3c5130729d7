/**
 * Terraform configuration for the hashicorp/azurestack provider, one folder per subscription
 * (`terraform/<subscription>/providers.tf, variables.tf, main.tf`), equivalent to the ARM templates:
 * the same resources and values; the location, passwords, VPN keys and placeholders as variables.
 * main.tf is printed by hcl.ts in `terraform fmt` layout; providers.tf and variables.tf come from
 * Handlebars templates (templates/iac/terraform).
 */
import type { Finding } from "../base/findings.js";
import { planFinding as finding } from "../base/planner-findings.js";
import { t } from "../base/text.js";
import type { ResourceGroup, Subscription, Tenant, VirtualMachine } from "../inventory/schema.js";
import type { PathSegment } from "../base/path.js";
import { ARM_DEFAULTS, nicPrimary, WINDOWS_COMPUTER_NAME_MAX, type GeneratedFile } from "./arm.js";
import { identifier, safeFileName, uniqueNamer } from "./escape.js";
import { renderTemplate, type IacTemplates } from "./handlebars.js";
import { attrs, bool, list, map, num, ref, renderFile, str, type HclBlock, type HclItem, type HclValue } from "./hcl.js";
import { assignLuns, resolveName, resolveSubnet } from "./references.js";
import { AZURESTACK_PROVIDER } from "./terraform-schema.js";

/** Defaults for arguments the provider requires and the inventory may leave open (docs/assumptions.md, IaC). */
export const TERRAFORM_DEFAULTS = {
  osDiskCaching: "ReadWrite", // the platform default for OS disks (Compute 2020-06-01 OSDisk.caching)
  dataDiskCaching: "None", // the platform default for data disks
  diskSku: "Standard_LRS",
} as const;

interface Variable {
  name: string;
  description: string;
  sensitive: boolean;
  hasDefault: boolean;
  defaultValue?: string;
}

export interface TerraformPlan {
  subscription: Subscription;
  folder: string;
  blocks: HclBlock[];
  variables: Variable[];
  gaps: Finding[];
}

class Labels {
  private readonly byKey = new Map<string, string>();
  private readonly perType = new Map<string, (wanted: string) => string>();
  label(type: string, group: string, name: string): string {
    const key = `${type}\u0000${group.toLowerCase()}\u0000${name.toLowerCase()}`;
    const known = this.byKey.get(key);
    if (known) return known;
    let namer = this.perType.get(type);
    if (!namer) this.perType.set(type, (namer = uniqueNamer("_")));
    const label = namer(identifier(`${group}_${name}`));
    this.byKey.set(key, label);
    return label;
  }
}

const resource = (type: string, label: string, body: HclItem[]): HclBlock => ({ type: "resource", labels: [type, label], body });
const block = (type: string, body: HclItem[]): HclItem => ({ block: { type, labels: [], body } });
const tagsAttr = (tags: Record<string, string> | undefined): HclValue | undefined => (tags && Object.keys(tags).length > 0 ? map(tags) : undefined);

export function buildTerraform(tenant: Tenant): TerraformPlan[] {
  const folders = uniqueNamer();
  return tenant.subscriptions.map((subscription, s) => {
    const labels = new Labels();
    const variables: Variable[] = [];
    const variableNames = uniqueNamer("_");
    const gaps: Finding[] = [];
    const addVariable = (wanted: string, description: string, options: { sensitive?: boolean; defaultValue?: string } = {}): string => {
      const name = variableNames(identifier(wanted));
      variables.push({
        name,
        description,
        sensitive: options.sensitive ?? false,
        hasDefault: options.defaultValue !== undefined,
        defaultValue: options.defaultValue,
      });
      return name;
    };
    const blocks: HclBlock[] = [];
    if (subscription.resourceGroups.some((g) => g.keyVaults.length > 0)) {
      blocks.push({ type: "data", labels: ["azurestack_client_config", "current"], body: [] });
    }
    subscription.resourceGroups.forEach((group, g) => {
      buildGroup({ tenant, subscription, group, path: ["subscriptions", s, "resourceGroups", g], labels, blocks, addVariable, gaps });
    });
    const notNfc = countNonNfc(blocks);
    if (notNfc > 0) {
      gaps.push(finding("info", "iac-terraform-unicode", ["subscriptions", s], t("msg.iac-terraform-unicode", { count: notNfc })));
    }
    return { subscription, folder: folders(safeFileName(subscription.name)), blocks, variables, gaps };
  });
}

interface GroupContext {
  tenant: Tenant;
  subscription: Subscription;
  group: ResourceGroup;
  path: PathSegment[];
  labels: Labels;
  blocks: HclBlock[];
  addVariable(wanted: string, description: string, options?: { sensitive?: boolean; defaultValue?: string }): string;
  gaps: Finding[];
}

/** What every per-kind builder of one resource group shares: references into the group and the way to add a block. */
interface GroupScope extends GroupContext {
  g: ResourceGroup;
  rgLabel: string;
  rgName: HclValue;
  location: HclValue;
  id(type: string, name: string, group?: string): HclValue;
  nameRef(type: string, name: string, group?: string): HclValue;
  push(type: string, name: string, body: HclItem[]): void;
  /** name, resource_group_name and location: the first three arguments of most resources. */
  base(name: string): HclItem[];
  subnetId(reference: string): HclValue;
}

function groupScope(c: GroupContext): GroupScope {
  const { group: g, labels } = c;
  const rgLabel = labels.label("azurestack_resource_group", g.name, "");
  const rgName = ref(`azurestack_resource_group.${rgLabel}.name`);
  const location = ref(`azurestack_resource_group.${rgLabel}.location`);
  const id = (type: string, name: string, group = g.name) => ref(`${type}.${labels.label(type, group, name)}.id`);
  return {
    ...c,
    g,
    rgLabel,
    rgName,
    location,
    id,
    nameRef: (type, name, group = g.name) => ref(`${type}.${labels.label(type, group, name)}.name`),
    push: (type, name, body) => c.blocks.push(resource(type, labels.label(type, g.name, name), body)),
    base: (name) => attrs({ name: str(name), resource_group_name: rgName, location }),
    subnetId: (reference) => {
      const resolved = resolveSubnet(c.subscription, g, reference);
      if (!resolved) throw new Error(`internal: unresolved subnet "${reference}"`);
      return id("azurestack_subnet", `${resolved.virtualNetwork}/${resolved.subnet}`, resolved.resourceGroup);
    },
  };
}

/**
 * One builder per resource kind, run in this order: the order fixes the order of blocks and variables in the
 * configuration (and the labels' numbering), so a new kind is one more entry here.
 */
const GROUP_BUILDERS: readonly ((s: GroupScope) => void)[] = [
  addResourceGroup,
  addAvailabilitySets,
  addNetworkSecurityGroups,
  addRouteTables,
  addPublicIps,
  addVirtualNetworks,
  addLoadBalancers,
  addVpnGateways,
  addVpnConnections,
  addStorageAccounts,
  addKeyVaults,
  (s) => s.g.virtualMachines.forEach((vm) => buildVm(s, vm)),
];

function buildGroup(c: GroupContext): void {
  const s = groupScope(c);
  for (const build of GROUP_BUILDERS) build(s);
}

function addResourceGroup(s: GroupScope): void {
  const { g } = s;
  const locationVariable = s.addVariable(`location_${g.name}`, `Location of resource group ${g.name}`, {
    defaultValue: g.location ?? s.tenant.stamp.region,
  });
  s.blocks.push(
    resource("azurestack_resource_group", s.rgLabel, attrs({ name: str(g.name), location: ref(`var.${locationVariable}`), tags: tagsAttr(g.tags) })),
  );
}

function addAvailabilitySets({ g, push, base }: GroupScope): void {
  for (const set of g.availabilitySets) {
    push("azurestack_availability_set", set.name, [
      ...base(set.name),
      ...attrs({
        platform_fault_domain_count: set.platformFaultDomainCount === undefined ? undefined : num(set.platformFaultDomainCount),
        platform_update_domain_count: set.platformUpdateDomainCount === undefined ? undefined : num(set.platformUpdateDomainCount),
        managed: bool(set.managed ?? true),
        tags: tagsAttr(set.tags),
      }),
    ]);
  }
}

function addNetworkSecurityGroups({ g, push, base }: GroupScope): void {
  for (const nsg of g.networkSecurityGroups) {
    push("azurestack_network_security_group", nsg.name, [
      ...base(nsg.name),
      ...nsg.rules.map((rule) =>
        block(
          "security_rule",
          attrs({
            name: str(rule.name),
            priority: num(rule.priority),
            direction: str(rule.direction),
            access: str(rule.access),
            protocol: str(rule.protocol),
            source_port_range: str(String(rule.sourcePortRange)),
            destination_port_range: str(String(rule.destinationPortRange)),
            source_address_prefix: str(rule.sourceAddressPrefix),
            destination_address_prefix: str(rule.destinationAddressPrefix),
            description: rule.description === undefined ? undefined : str(rule.description),
          }),
        ),
      ),
      ...attrs({ tags: tagsAttr(nsg.tags) }),
    ]);
  }
}

function addRouteTables({ g, push, base }: GroupScope): void {
  for (const table of g.routeTables) {
    push("azurestack_route_table", table.name, [
      ...base(table.name),
      ...attrs({
        disable_bgp_route_propagation: table.disableBgpRoutePropagation === undefined ? undefined : bool(table.disableBgpRoutePropagation),
      }),
      ...table.routes.map((route) =>
        block(
          "route",
          attrs({
            name: str(route.name),
            address_prefix: str(route.addressPrefix),
            next_hop_type: str(route.nextHopType),
            next_hop_in_ip_address: route.nextHopIpAddress === undefined ? undefined : str(route.nextHopIpAddress),
          }),
        ),
      ),
      ...attrs({ tags: tagsAttr(table.tags) }),
    ]);
  }
}

function addPublicIps({ g, push, base }: GroupScope): void {
  for (const pip of g.publicIpAddresses) {
    push("azurestack_public_ip", pip.name, [
      ...base(pip.name),
      ...attrs({
        allocation_method: str(pip.allocation),
        sku: pip.sku === undefined ? undefined : str(pip.sku),
        domain_name_label: pip.domainNameLabel === undefined ? undefined : str(pip.domainNameLabel),
        tags: tagsAttr(pip.tags),
      }),
    ]);
  }
}

/** The provider keeps subnets and their NSG and route table associations as resources of their own. */
function addVirtualNetworks({ g, push, base, id, nameRef, rgName }: GroupScope): void {
  for (const vnet of g.virtualNetworks) {
    push("azurestack_virtual_network", vnet.name, [
      ...base(vnet.name),
      ...attrs({
        address_space: list(vnet.addressPrefixes.map(str)),
        dns_servers: vnet.dnsServers ? list(vnet.dnsServers.map(str)) : undefined,
        tags: tagsAttr(vnet.tags),
      }),
    ]);
    for (const subnet of vnet.subnets) {
      const subnetKey = `${vnet.name}/${subnet.name}`;
      push(
        "azurestack_subnet",
        subnetKey,
        attrs({
          name: str(subnet.name),
          resource_group_name: rgName,
          virtual_network_name: nameRef("azurestack_virtual_network", vnet.name),
          address_prefix: str(subnet.addressPrefix),
        }),
      );
      const nsg = resolveName(g.networkSecurityGroups, subnet.networkSecurityGroup);
      if (nsg) {
        push(
          "azurestack_subnet_network_security_group_association",
          subnetKey,
          attrs({
            subnet_id: id("azurestack_subnet", subnetKey),
            network_security_group_id: id("azurestack_network_security_group", nsg.name),
          }),
        );
      }
      const rt = resolveName(g.routeTables, subnet.routeTable);
      if (rt) {
        push(
          "azurestack_subnet_route_table_association",
          subnetKey,
          attrs({
            subnet_id: id("azurestack_subnet", subnetKey),
            route_table_id: id("azurestack_route_table", rt.name),
          }),
        );
      }
    }
  }
}

/** The load balancer, then its pools, probes and rules, which the provider keeps as resources of their own. */
function addLoadBalancers(s: GroupScope): void {
  const { g, push, base, id } = s;
  g.loadBalancers.forEach((lb, l) => {
    if (lb.sku && lb.sku !== "Basic") {
      s.gaps.push(
        finding("warning", "iac-terraform-limit", [...s.path, "loadBalancers", l, "sku"], t("msg.iac-terraform-limit", { name: lb.name, sku: String(lb.sku) })),
      );
    }
    push("azurestack_lb", lb.name, [
      ...base(lb.name),
      ...attrs({ sku: lb.sku === "Basic" ? str("Basic") : undefined }),
      ...lb.frontends.map((fe) => {
        const pip = resolveName(g.publicIpAddresses, fe.publicIpAddress);
        return block(
          "frontend_ip_configuration",
          attrs({
            name: str(fe.name),
            public_ip_address_id: pip ? id("azurestack_public_ip", pip.name) : undefined,
            subnet_id: fe.subnet ? s.subnetId(fe.subnet) : undefined,
            private_ip_address: fe.privateIpAddress === undefined ? undefined : str(fe.privateIpAddress),
            private_ip_address_allocation: fe.subnet ? str(fe.privateIpAddress ? "Static" : "Dynamic") : undefined,
          }),
        );
      }),
      ...attrs({ tags: tagsAttr(lb.tags) }),
    ]);
    addLoadBalancerChildren(s, lb);
  });
}

function addLoadBalancerChildren({ push, id, rgName }: GroupScope, lb: ResourceGroup["loadBalancers"][number]): void {
  const lbId = id("azurestack_lb", lb.name);
  for (const pool of lb.backendPools) {
    push("azurestack_lb_backend_address_pool", `${lb.name}/${pool.name}`, attrs({ name: str(pool.name), loadbalancer_id: lbId }));
  }
  for (const probe of lb.probes) {
    push(
      "azurestack_lb_probe",
      `${lb.name}/${probe.name}`,
      attrs({
        name: str(probe.name),
        resource_group_name: rgName,
        loadbalancer_id: lbId,
        protocol: str(probe.protocol),
        port: num(probe.port),
        request_path: probe.requestPath === undefined ? undefined : str(probe.requestPath),
        interval_in_seconds: probe.intervalSeconds === undefined ? undefined : num(probe.intervalSeconds),
        number_of_probes: probe.numberOfProbes === undefined ? undefined : num(probe.numberOfProbes),
      }),
    );
  }
  for (const rule of lb.rules) {
    const fe = resolveName(lb.frontends, rule.frontend)!;
    const pool = resolveName(lb.backendPools, rule.backendPool)!;
    const probe = resolveName(lb.probes, rule.probe);
    push(
      "azurestack_lb_rule",
      `${lb.name}/${rule.name}`,
      attrs({
        name: str(rule.name),
        resource_group_name: rgName,
        loadbalancer_id: lbId,
        frontend_ip_configuration_name: str(fe.name),
        backend_address_pool_id: id("azurestack_lb_backend_address_pool", `${lb.name}/${pool.name}`),
        probe_id: probe ? id("azurestack_lb_probe", `${lb.name}/${probe.name}`) : undefined,
        protocol: str(rule.protocol),
        frontend_port: num(rule.frontendPort),
        backend_port: num(rule.backendPort),
        idle_timeout_in_minutes: rule.idleTimeoutMinutes === undefined ? undefined : num(rule.idleTimeoutMinutes),
        enable_floating_ip: rule.enableFloatingIp === undefined ? undefined : bool(rule.enableFloatingIp),
      }),
    );
  }
}

function addVpnGateways({ g, push, base, id }: GroupScope): void {
  for (const gw of g.vpnGateways) {
    const vnet = resolveName(g.virtualNetworks, gw.virtualNetwork)!;
    const pip = resolveName(g.publicIpAddresses, gw.publicIpAddress)!;
    push("azurestack_virtual_network_gateway", gw.name, [
      ...base(gw.name),
      ...attrs({ type: str("Vpn"), vpn_type: str(gw.vpnType ?? ARM_DEFAULTS.vpnType), sku: str(gw.sku) }),
      block(
        "ip_configuration",
        attrs({
          name: str(ARM_DEFAULTS.gatewayIpConfigurationName),
          public_ip_address_id: id("azurestack_public_ip", pip.name),
          private_ip_address_allocation: str("Dynamic"),
          subnet_id: id("azurestack_subnet", `${vnet.name}/GatewaySubnet`),
        }),
      ),
      ...attrs({ tags: tagsAttr(gw.tags) }),
    ]);
  }
}

/** Each connection brings its local network gateway: the inventory nests one inside the other. */
function addVpnConnections(s: GroupScope): void {
  const { g, push, base, id } = s;
  for (const cn of g.vpnConnections) {
    const gw = resolveName(g.vpnGateways, cn.gateway)!;
    const local = cn.localNetworkGateway;
    push("azurestack_local_network_gateway", local.name, [
      ...base(local.name),
      ...attrs({
        gateway_address: str(local.gatewayIpAddress),
        address_space: list(local.addressPrefixes.map(str)),
        tags: tagsAttr(cn.tags),
      }),
    ]);
    const key = s.addVariable(`shared_key_${g.name}_${cn.name}`, `IPsec pre-shared key of connection ${cn.name}`, { sensitive: true });
    push("azurestack_virtual_network_gateway_connection", cn.name, [
      ...base(cn.name),
      ...attrs({
        type: str(cn.connectionType ?? ARM_DEFAULTS.connectionType),
        virtual_network_gateway_id: id("azurestack_virtual_network_gateway", gw.name),
        local_network_gateway_id: id("azurestack_local_network_gateway", local.name),
        shared_key: ref(`var.${key}`),
        tags: tagsAttr(cn.tags),
      }),
    ]);
  }
}

function addStorageAccounts({ g, push, base }: GroupScope): void {
  for (const account of g.storageAccounts) {
    const sku = account.sku ?? ARM_DEFAULTS.storageSku;
    const [tier, replication] = sku.split("_") as [string, string];
    push("azurestack_storage_account", account.name, [
      ...base(account.name),
      ...attrs({
        account_tier: str(tier),
        account_replication_type: str(replication),
        account_kind: str(account.kind ?? ARM_DEFAULTS.storageKind),
        tags: tagsAttr(account.tags),
      }),
    ]);
  }
}

function addKeyVaults({ g, push, base }: GroupScope): void {
  for (const vault of g.keyVaults) {
    push("azurestack_key_vault", vault.name, [
      ...base(vault.name),
      ...attrs({
        sku_name: str(vault.sku ?? ARM_DEFAULTS.keyVaultSku),
        tenant_id: ref("data.azurestack_client_config.current.tenant_id"),
        enabled_for_deployment: vault.enabledForDeployment === undefined ? undefined : bool(vault.enabledForDeployment),
        enabled_for_template_deployment: vault.enabledForTemplateDeployment === undefined ? undefined : bool(vault.enabledForTemplateDeployment),
        tags: tagsAttr(vault.tags),
      }),
    ]);
  }
}

type Disk = VirtualMachine["disks"][number];

/** What the VM resource of either kind needs once NICs and data disks exist. */
interface VmParts {
  vm: VirtualMachine;
  tags: HclValue | undefined;
  nicIds: HclValue[];
  osDisk: Disk;
  dataDisks: Disk[];
  luns: number[];
  availabilitySetId: HclValue | undefined;
}

/** A VM is built in steps: NICs, data disks, then the VM from an image or from a restored OS disk. */
function buildVm(s: GroupScope, vm: VirtualMachine): void {
  const tags = tagsAttr(vm.tags);
  const nicIds = addNics(s, vm, tags);
  const dataDisks = vm.disks.filter((d) => d.role === "data");
  const set = resolveName(s.g.availabilitySets, vm.availabilitySet);
  const parts: VmParts = {
    vm,
    tags,
    nicIds,
    osDisk: vm.disks.find((d) => d.role === "os")!,
    dataDisks,
    luns: assignLuns(dataDisks),
    availabilitySetId: set ? s.id("azurestack_availability_set", set.name) : undefined,
  };
  for (const disk of dataDisks) {
    s.push("azurestack_managed_disk", disk.name, [
      ...s.base(disk.name),
      ...attrs({
        storage_account_type: str(disk.sku ?? TERRAFORM_DEFAULTS.diskSku),
        create_option: str("Empty"),
        disk_size_gb: num(Math.ceil(disk.sizeGiB)),
        tags,
      }),
    ]);
  }
  if (vm.imageReference) addVmFromImage(s, parts, vm.imageReference);
  else addVmFromRestoredDisk(s, parts);
}

/** The VM's NICs with their NSG and backend pool associations; the IDs come back primary NIC first. */
function addNics(s: GroupScope, vm: VirtualMachine, tags: HclValue | undefined): HclValue[] {
  const { g } = s;
  const nicIds = vm.nics.map((nic) => {
    const pip = resolveName(g.publicIpAddresses, nic.publicIpAddress);
    s.push("azurestack_network_interface", nic.name, [
      ...s.base(nic.name),
      block(
        "ip_configuration",
        attrs({
          name: str(ARM_DEFAULTS.ipConfigurationName),
          subnet_id: s.subnetId(nic.subnet),
          private_ip_address_allocation: str(nic.privateIpAllocation ?? (nic.privateIpAddress ? "Static" : "Dynamic")),
          private_ip_address: nic.privateIpAddress === undefined ? undefined : str(nic.privateIpAddress),
          public_ip_address_id: pip ? s.id("azurestack_public_ip", pip.name) : undefined,
          primary: bool(true),
        }),
      ),
      ...attrs({ tags }),
    ]);
    const nicId = s.id("azurestack_network_interface", nic.name);
    const nsg = resolveName(g.networkSecurityGroups, nic.networkSecurityGroup);
    if (nsg) {
      s.push(
        "azurestack_network_interface_security_group_association",
        nic.name,
        attrs({
          network_interface_id: nicId,
          network_security_group_id: s.id("azurestack_network_security_group", nsg.name),
        }),
      );
    }
    for (const reference of nic.loadBalancerBackendPools ?? []) {
      const [lbPart, poolPart] = reference.split("/") as [string, string];
      const lb = resolveName(g.loadBalancers, lbPart)!;
      const pool = resolveName(lb.backendPools, poolPart)!;
      s.push(
        "azurestack_network_interface_backend_address_pool_association",
        `${nic.name}/${lb.name}/${pool.name}`,
        attrs({
          network_interface_id: nicId,
          ip_configuration_name: str(ARM_DEFAULTS.ipConfigurationName),
          backend_address_pool_id: s.id("azurestack_lb_backend_address_pool", `${lb.name}/${pool.name}`),
        }),
      );
    }
    return nicId;
  });
  const primaryIndex = vm.nics.findIndex((_, i) => nicPrimary(vm, i) === true);
  return primaryIndex > 0 ? [nicIds[primaryIndex]!, ...nicIds.filter((_, i) => i !== primaryIndex)] : nicIds;
}

/** A VM from a marketplace image: the OS-specific resource, then one attachment per data disk. */
function addVmFromImage(s: GroupScope, parts: VmParts, image: NonNullable<VirtualMachine["imageReference"]>): void {
  const { g } = s;
  const { vm, osDisk, tags } = parts;
  const type = vm.osType === "windows" ? "azurestack_windows_virtual_machine" : "azurestack_linux_virtual_machine";
  const user = vm.adminUsername
    ? str(vm.adminUsername)
    : ref(`var.${s.addVariable(`admin_username_${g.name}_${vm.name}`, `PLACEHOLDER: local administrator name of VM ${vm.name} (not in the inventory)`)}`);
  const password = s.addVariable(`admin_password_${g.name}_${vm.name}`, `Local administrator password of VM ${vm.name}`, {
    sensitive: true,
  });
  s.push(type, vm.name, [
    ...s.base(vm.name),
    ...attrs({
      size: str(vm.size),
      admin_username: user,
      admin_password: ref(`var.${password}`),
      disable_password_authentication: vm.osType === "linux" ? bool(false) : undefined,
      computer_name:
        vm.osType === "windows" && [...vm.name].length > WINDOWS_COMPUTER_NAME_MAX ? str([...vm.name].slice(0, WINDOWS_COMPUTER_NAME_MAX).join("")) : undefined,
      network_interface_ids: list(parts.nicIds),
      availability_set_id: parts.availabilitySetId,
    }),
    block(
      "os_disk",
      attrs({
        name: str(osDisk.name),
        caching: str(osDisk.caching ?? TERRAFORM_DEFAULTS.osDiskCaching),
        storage_account_type: str(osDisk.sku ?? TERRAFORM_DEFAULTS.diskSku),
        disk_size_gb: num(Math.ceil(osDisk.sizeGiB)),
      }),
    ),
    block(
      "source_image_reference",
      attrs({
        publisher: str(image.publisher),
        offer: str(image.offer),
        sku: str(image.sku),
        version: str(image.version ?? ARM_DEFAULTS.imageVersion),
      }),
    ),
    ...attrs({ tags }),
  ]);
  const vmId = s.id(type, vm.name);
  parts.dataDisks.forEach((disk, i) => {
    s.push(
      "azurestack_virtual_machine_data_disk_attachment",
      `${vm.name}/${disk.name}`,
      attrs({
        managed_disk_id: s.id("azurestack_managed_disk", disk.name),
        virtual_machine_id: vmId,
        lun: num(parts.luns[i]!),
        caching: str(disk.caching ?? TERRAFORM_DEFAULTS.dataDiskCaching),
        create_option: str("Attach"),
      }),
    );
  });
}

/**
 * No image: the OS disk is a copy of a restored disk or snapshot named in a variable, and the VM is the provider's
 * azurestack_virtual_machine, the one resource that attaches an existing OS disk.
 */
function addVmFromRestoredDisk(s: GroupScope, parts: VmParts): void {
  const { vm, osDisk, tags, nicIds } = parts;
  const source = s.addVariable(
    `os_disk_source_id_${s.g.name}_${vm.name}`,
    `PLACEHOLDER: resource ID of the restored managed disk or snapshot that VM ${vm.name} boots from`,
  );
  const osType = vm.osType === "windows" ? "Windows" : "Linux";
  s.push("azurestack_managed_disk", osDisk.name, [
    ...s.base(osDisk.name),
    ...attrs({
      storage_account_type: str(osDisk.sku ?? TERRAFORM_DEFAULTS.diskSku),
      create_option: str("Copy"),
      source_resource_id: ref(`var.${source}`),
      os_type: str(osType),
      disk_size_gb: num(Math.ceil(osDisk.sizeGiB)),
      tags,
    }),
  ]);
  s.push("azurestack_virtual_machine", vm.name, [
    ...s.base(vm.name),
    ...attrs({
      vm_size: str(vm.size),
      network_interface_ids: list(nicIds),
      primary_network_interface_id: nicIds.length > 1 ? nicIds[0] : undefined,
      availability_set_id: parts.availabilitySetId,
    }),
    block(
      "storage_os_disk",
      attrs({
        name: str(osDisk.name),
        create_option: str("Attach"),
        managed_disk_id: s.id("azurestack_managed_disk", osDisk.name),
        os_type: str(osType),
        caching: str(osDisk.caching ?? TERRAFORM_DEFAULTS.osDiskCaching),
      }),
    ),
    ...parts.dataDisks.map((disk, i) =>
      block(
        "storage_data_disk",
        attrs({
          name: str(disk.name),
          lun: num(parts.luns[i]!),
          create_option: str("Attach"),
          managed_disk_id: s.id("azurestack_managed_disk", disk.name),
          caching: str(disk.caching ?? TERRAFORM_DEFAULTS.dataDiskCaching),
          disk_size_gb: num(Math.ceil(disk.sizeGiB)),
        }),
      ),
    ),
    ...attrs({ tags }),
  ]);
}

function countNonNfc(blocks: HclBlock[]): number {
  let count = 0;
  const visit = (value: HclValue): void => {
    if (value.kind === "string" && value.value !== value.value.normalize("NFC")) count++;
    else if (value.kind === "list") value.items.forEach(visit);
    else if (value.kind === "map")
      for (const [k, v] of value.entries) {
        if (k !== k.normalize("NFC")) count++;
        visit(v);
      }
  };
  const walk = (items: HclItem[]): void => {
    for (const item of items) {
      if ("attribute" in item) visit(item.value);
      else if ("block" in item) walk(item.block.body);
    }
  };
  for (const b of blocks) walk(b.body);
  return count;
}

/** The metadata host of the provider: the ARM endpoint's host name (provider 1.0 strips any scheme). */
export function metadataHost(armEndpoint: string): string {
  return new URL(armEndpoint).host;
}

export function generateTerraform(tenant: Tenant, templates: IacTemplates): GeneratedFile[] {
  return buildTerraform(tenant).flatMap((plan) => {
    const dir = `terraform/${plan.folder}`;
    return [
      {
        path: `${dir}/providers.tf`,
        content: renderTemplate(templates, "terraform/providers.tf.hbs", {
          subscriptionName: plan.subscription.name,
          subscriptionId: plan.subscription.id,
          metadataHost: metadataHost(tenant.stamp.armEndpoint),
          providerSource: AZURESTACK_PROVIDER.source,
          providerVersion: `= ${AZURESTACK_PROVIDER.version}`,
        }),
      },
      { path: `${dir}/variables.tf`, content: renderTemplate(templates, "terraform/variables.tf.hbs", { variables: plan.variables }) },
      { path: `${dir}/main.tf`, content: renderFile(plan.blocks) },
    ];
  });
}
