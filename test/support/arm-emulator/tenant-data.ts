/**
 * The tenant behind the HTTPS ARM emulator: two subscriptions, 200-odd resources, including types the
 * tenant model does not know, an AKS engine cluster, unattached items and canary secrets in the places
 * where ARM returns secrets (customData, protectedSettings, sharedKey, connection strings).
 *
 * Built by code, not a fixture, so tests can mutate it between runs (addVm, removeVm, resizeDisk) and
 * other test suites (IaC round-trip) can reuse it. Every value is fixed: two builds are identical.
 */

/** Appears wherever ARM could return a secret; must never reach a written file, stdout or stderr. */
export const CANARY_SECRET = "CANARY-9f4c1e7a-s3cr3t-never-written";

export const SUBSCRIPTION_PROD = "11111111-aaaa-4bbb-8ccc-000000000001";
export const SUBSCRIPTION_DEV = "22222222-aaaa-4bbb-8ccc-000000000002";
export const LOCATION = "local";

export interface ArmResource {
  id: string;
  name: string;
  type: string;
  location: string;
  tags?: Record<string, string>;
  sku?: Record<string, unknown>;
  kind?: string;
  managedBy?: string;
  properties: Record<string, unknown>;
}

export interface EmulatorResourceGroup {
  name: string;
  location: string;
  tags?: Record<string, string>;
  resources: ArmResource[];
}

export interface EmulatorSubscription {
  subscriptionId: string;
  displayName: string;
  resourceGroups: EmulatorResourceGroup[];
}

export interface EmulatorVmSize {
  name: string;
  numberOfCores: number;
  memoryInMB: number;
  maxDataDiskCount: number;
  osDiskSizeInMB: number;
  resourceDiskSizeInMB: number;
}

export interface EmulatorTenant {
  subscriptions: EmulatorSubscription[];
  /** VM id (lower case) → instance view body. */
  instanceViews: Map<string, Record<string, unknown>>;
  /** What GET .../locations/{location}/vmSizes answers (a size the tool's catalogue may not know). */
  vmSizes: EmulatorVmSize[];
}

const rgId = (sub: string, rg: string) => `/subscriptions/${sub}/resourceGroups/${rg}`;
const resId = (sub: string, rg: string, type: string, name: string) => `${rgId(sub, rg)}/providers/${type}/${name}`;

function group(tenant: EmulatorTenant, sub: string, rg: string): EmulatorResourceGroup {
  const subscription = tenant.subscriptions.find((s) => s.subscriptionId === sub);
  const found = subscription?.resourceGroups.find((g) => g.name === rg);
  if (!found) throw new Error(`emulator tenant: no resource group ${sub}/${rg}`);
  return found;
}

export function add(
  tenant: EmulatorTenant,
  sub: string,
  rg: string,
  type: string,
  name: string,
  body: Omit<ArmResource, "id" | "name" | "type" | "location"> & { location?: string },
): ArmResource {
  const resource: ArmResource = { id: resId(sub, rg, type, name), name, type, location: body.location ?? LOCATION, ...body } as ArmResource;
  resource.location = body.location ?? LOCATION;
  group(tenant, sub, rg).resources.push(resource);
  return resource;
}

export interface VmSpec {
  sub: string;
  rg: string;
  name: string;
  size: string;
  os: "Windows" | "Linux";
  image?: { publisher: string; offer: string; sku: string; version: string };
  dataDisksGiB?: number[];
  osDiskGiB?: number;
  subnet: { rg: string; vnet: string; subnet: string };
  availabilitySet?: string;
  power?: "running" | "stopped" | "deallocated";
  agent?: boolean;
  tags?: Record<string, string>;
  extensions?: Array<{ name: string; type: string; protectedSettings?: Record<string, unknown> }>;
  publicIp?: string;
  nsg?: string;
  lbPool?: { lb: string; pool: string };
  diskSku?: "Standard_LRS" | "Premium_LRS";
  customData?: string;
  /** Set on a VM's osProfile to prove redaction (ARM itself never returns it). */
  adminPassword?: string;
}

const windowsImage = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2019-Datacenter", version: "17763.3887.230107" };
const ubuntuImage = { publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS", version: "18.04.202306070" };

/** Adds a VM with its NIC, managed OS and data disks, extensions and instance view. */
export function addVm(tenant: EmulatorTenant, spec: VmSpec): ArmResource {
  const { sub, rg } = spec;
  const vmId = resId(sub, rg, "Microsoft.Compute/virtualMachines", spec.name);
  const nicName = `${spec.name}-nic`;
  const nic = add(tenant, sub, rg, "Microsoft.Network/networkInterfaces", nicName, {
    properties: {
      provisioningState: "Succeeded",
      ipConfigurations: [
        {
          name: "ipconfig1",
          id: `${resId(sub, rg, "Microsoft.Network/networkInterfaces", nicName)}/ipConfigurations/ipconfig1`,
          properties: {
            privateIPAddress: `10.${spec.sub === SUBSCRIPTION_PROD ? 1 : 2}.${(hash(spec.name) % 200) + 1}.${(hash(`${spec.name}x`) % 250) + 4}`,
            privateIPAllocationMethod: "Dynamic",
            subnet: {
              id: `${resId(sub, spec.subnet.rg, "Microsoft.Network/virtualNetworks", spec.subnet.vnet)}/subnets/${spec.subnet.subnet}`,
            },
            primary: true,
            ...(spec.publicIp ? { publicIPAddress: { id: resId(sub, rg, "Microsoft.Network/publicIPAddresses", spec.publicIp) } } : {}),
            ...(spec.lbPool
              ? {
                  loadBalancerBackendAddressPools: [
                    { id: `${resId(sub, rg, "Microsoft.Network/loadBalancers", spec.lbPool.lb)}/backendAddressPools/${spec.lbPool.pool}` },
                  ],
                }
              : {}),
          },
        },
      ],
      ...(spec.nsg ? { networkSecurityGroup: { id: resId(sub, rg, "Microsoft.Network/networkSecurityGroups", spec.nsg) } } : {}),
      virtualMachine: { id: vmId },
      primary: true,
    },
  });
  const diskSku = spec.diskSku ?? "Standard_LRS";
  const disk = (name: string, sizeGiB: number) =>
    add(tenant, sub, rg, "Microsoft.Compute/disks", name, {
      managedBy: vmId,
      sku: { name: diskSku, tier: diskSku === "Premium_LRS" ? "Premium" : "Standard" },
      tags: spec.tags ? { ...spec.tags } : undefined,
      properties: {
        diskSizeGB: sizeGiB,
        diskState: "Attached",
        provisioningState: "Succeeded",
        creationData: { createOption: "FromImage" },
        osType: undefined,
      },
    });
  const osDisk = disk(`${spec.name}_OsDisk_1`, spec.osDiskGiB ?? (spec.os === "Windows" ? 127 : 30));
  (osDisk.properties as Record<string, unknown>).osType = spec.os;
  const dataDisks = (spec.dataDisksGiB ?? []).map((size, lun) => ({ lun, disk: disk(`${spec.name}_DataDisk_${lun}`, size) }));
  const image = spec.image ?? (spec.os === "Windows" ? windowsImage : ubuntuImage);
  const vm = add(tenant, sub, rg, "Microsoft.Compute/virtualMachines", spec.name, {
    tags: spec.tags ? { ...spec.tags } : undefined,
    properties: {
      vmId: `00000000-0000-4000-8000-${String(hash(vmId)).padStart(12, "0").slice(-12)}`,
      hardwareProfile: { vmSize: spec.size },
      storageProfile: {
        imageReference: image,
        osDisk: {
          osType: spec.os,
          name: osDisk.name,
          createOption: "FromImage",
          caching: "ReadWrite",
          managedDisk: { id: osDisk.id, storageAccountType: diskSku },
          diskSizeGB: (osDisk.properties as { diskSizeGB: number }).diskSizeGB,
        },
        dataDisks: dataDisks.map(({ lun, disk: d }) => ({
          lun,
          name: d.name,
          createOption: "Attach",
          caching: "None",
          managedDisk: { id: d.id, storageAccountType: diskSku },
          diskSizeGB: (d.properties as { diskSizeGB: number }).diskSizeGB,
        })),
      },
      osProfile: {
        computerName: spec.name,
        adminUsername: spec.os === "Windows" ? "azureadmin" : "azureuser",
        // ARM never returns adminPassword or customData on GET; the emulator does, to prove redaction.
        ...(spec.customData ? { customData: spec.customData } : {}),
        ...(spec.adminPassword ? { adminPassword: spec.adminPassword } : {}),
        ...(spec.os === "Windows"
          ? { windowsConfiguration: { provisionVMAgent: true, enableAutomaticUpdates: true } }
          : {
              linuxConfiguration: {
                disablePasswordAuthentication: true,
                ssh: {
                  publicKeys: [{ path: "/home/azureuser/.ssh/authorized_keys", keyData: "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC-public-key-only" }],
                },
              },
            }),
      },
      networkProfile: { networkInterfaces: [{ id: nic.id, properties: { primary: true } }] },
      ...(spec.availabilitySet
        ? {
            availabilitySet: {
              id: resId(sub, rg, "Microsoft.Compute/availabilitySets", spec.availabilitySet)
                .toUpperCase()
                .replace(/^\/SUBSCRIPTIONS/, "/subscriptions"),
            },
          }
        : {}),
      provisioningState: "Succeeded",
    },
  });
  for (const ext of spec.extensions ?? []) {
    const extension: ArmResource = {
      id: `${vmId}/extensions/${ext.name}`,
      name: `${spec.name}/${ext.name}`,
      type: "Microsoft.Compute/virtualMachines/extensions",
      location: LOCATION,
      properties: {
        publisher: ext.type === "CustomScriptExtension" ? "Microsoft.Compute" : "Microsoft.Azure.Extensions",
        type: ext.type,
        typeHandlerVersion: "1.10",
        autoUpgradeMinorVersion: true,
        settings: { timestamp: 1 },
        ...(ext.protectedSettings ? { protectedSettings: ext.protectedSettings } : {}),
        provisioningState: "Succeeded",
      },
    };
    group(tenant, sub, rg).resources.push(extension);
  }
  const power = spec.power ?? "running";
  tenant.instanceViews.set(vmId.toLowerCase(), {
    computerName: spec.name,
    osName: spec.os === "Windows" ? "Windows Server 2019 Datacenter" : "ubuntu",
    osVersion: spec.os === "Windows" ? "10.0.17763" : "18.04",
    ...(spec.agent === false || power === "deallocated"
      ? {}
      : {
          vmAgent: {
            vmAgentVersion: "2.7.41491.1010",
            statuses: [
              {
                code: "ProvisioningState/succeeded",
                level: "Info",
                displayStatus: "Ready",
                message: "GuestAgent is running and accepting new configurations.",
              },
            ],
          },
        }),
    statuses: [
      { code: "ProvisioningState/succeeded", level: "Info", displayStatus: "Provisioning succeeded" },
      { code: `PowerState/${power}`, level: "Info", displayStatus: `VM ${power}` },
    ],
  });
  return vm;
}

/** Removes a VM with its NIC, disks and extensions, as deleting it with its resources would. */
export function removeVm(tenant: EmulatorTenant, sub: string, rg: string, name: string): void {
  const g = group(tenant, sub, rg);
  const vmId = resId(sub, rg, "Microsoft.Compute/virtualMachines", name).toLowerCase();
  const before = g.resources.length;
  g.resources = g.resources.filter((r) => {
    const id = r.id.toLowerCase();
    if (id === vmId || id.startsWith(`${vmId}/`)) return false;
    if (r.managedBy?.toLowerCase() === vmId) return false;
    const vmRef = (r.properties.virtualMachine as { id?: string } | undefined)?.id;
    return vmRef?.toLowerCase() !== vmId;
  });
  if (g.resources.length === before) throw new Error(`emulator tenant: no VM ${name} in ${rg}`);
  tenant.instanceViews.delete(vmId);
}

/** Resizes a managed disk and the size its VM reports for it. */
export function resizeDisk(tenant: EmulatorTenant, sub: string, rg: string, diskName: string, sizeGiB: number): void {
  const g = group(tenant, sub, rg);
  const disk = g.resources.find((r) => r.type === "Microsoft.Compute/disks" && r.name === diskName);
  if (!disk) throw new Error(`emulator tenant: no disk ${diskName}`);
  disk.properties.diskSizeGB = sizeGiB;
  for (const vm of g.resources.filter((r) => r.type === "Microsoft.Compute/virtualMachines")) {
    const storage = vm.properties.storageProfile as {
      osDisk: { name: string; diskSizeGB: number };
      dataDisks: Array<{ name: string; diskSizeGB: number }>;
    };
    for (const d of [storage.osDisk, ...storage.dataDisks]) if (d.name === diskName) d.diskSizeGB = sizeGiB;
  }
}

/** All resources of the tenant, in a fixed order. */
export function allResources(tenant: EmulatorTenant): ArmResource[] {
  return tenant.subscriptions.flatMap((s) => s.resourceGroups.flatMap((g) => g.resources));
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

export function vnet(
  tenant: EmulatorTenant,
  sub: string,
  rg: string,
  name: string,
  prefix: string,
  subnets: Array<{ name: string; prefix: string; nsg?: string; routeTable?: string }>,
  dns?: string[],
) {
  add(tenant, sub, rg, "Microsoft.Network/virtualNetworks", name, {
    properties: {
      addressSpace: { addressPrefixes: [prefix] },
      ...(dns ? { dhcpOptions: { dnsServers: dns } } : {}),
      subnets: subnets.map((s) => ({
        name: s.name,
        id: `${resId(sub, rg, "Microsoft.Network/virtualNetworks", name)}/subnets/${s.name}`,
        properties: {
          addressPrefix: s.prefix,
          ...(s.nsg ? { networkSecurityGroup: { id: resId(sub, rg, "Microsoft.Network/networkSecurityGroups", s.nsg) } } : {}),
          ...(s.routeTable ? { routeTable: { id: resId(sub, rg, "Microsoft.Network/routeTables", s.routeTable) } } : {}),
        },
      })),
      provisioningState: "Succeeded",
    },
  });
}

export function nsg(
  tenant: EmulatorTenant,
  sub: string,
  rg: string,
  name: string,
  rules: Array<[string, number, "Inbound" | "Outbound", "Allow" | "Deny", "Tcp" | "Udp" | "*", string, string]>,
) {
  add(tenant, sub, rg, "Microsoft.Network/networkSecurityGroups", name, {
    properties: {
      securityRules: rules.map(([ruleName, priority, direction, access, protocol, source, port]) => ({
        name: ruleName,
        id: `${resId(sub, rg, "Microsoft.Network/networkSecurityGroups", name)}/securityRules/${ruleName}`,
        properties: {
          priority,
          direction,
          access,
          protocol,
          sourceAddressPrefix: source,
          sourcePortRange: "*",
          destinationAddressPrefix: "*",
          destinationPortRange: port,
          provisioningState: "Succeeded",
        },
      })),
      defaultSecurityRules: [{ name: "AllowVnetInBound", properties: { priority: 65000, direction: "Inbound", access: "Allow", protocol: "*" } }],
    },
  });
}

function publicIp(tenant: EmulatorTenant, sub: string, rg: string, name: string, ip: string, allocation: "Static" | "Dynamic" = "Static", label?: string) {
  add(tenant, sub, rg, "Microsoft.Network/publicIPAddresses", name, {
    sku: { name: "Basic" },
    properties: {
      publicIPAllocationMethod: allocation,
      ipAddress: ip,
      publicIPAddressVersion: "IPv4",
      ...(label ? { dnsSettings: { domainNameLabel: label, fqdn: `${label}.local.cloudapp.azurestack.external` } } : {}),
    },
  });
}

export function availabilitySet(tenant: EmulatorTenant, sub: string, rg: string, name: string, tags?: Record<string, string>) {
  add(tenant, sub, rg, "Microsoft.Compute/availabilitySets", name, {
    sku: { name: "Aligned" },
    tags,
    properties: { platformFaultDomainCount: 2, platformUpdateDomainCount: 5 },
  });
}

function loadBalancer(tenant: EmulatorTenant, sub: string, rg: string, name: string, pip: string, pool: string, port: number) {
  const id = resId(sub, rg, "Microsoft.Network/loadBalancers", name);
  add(tenant, sub, rg, "Microsoft.Network/loadBalancers", name, {
    sku: { name: "Basic" },
    properties: {
      frontendIPConfigurations: [
        {
          name: "frontend",
          id: `${id}/frontendIPConfigurations/frontend`,
          properties: { publicIPAddress: { id: resId(sub, rg, "Microsoft.Network/publicIPAddresses", pip) } },
        },
      ],
      backendAddressPools: [{ name: pool, id: `${id}/backendAddressPools/${pool}`, properties: {} }],
      probes: [
        {
          name: "probe-http",
          id: `${id}/probes/probe-http`,
          properties: { protocol: "Http", port, requestPath: "/health", intervalInSeconds: 15, numberOfProbes: 2 },
        },
      ],
      loadBalancingRules: [
        {
          name: `rule-${port}`,
          properties: {
            frontendIPConfiguration: { id: `${id}/frontendIPConfigurations/frontend` },
            backendAddressPool: { id: `${id}/backendAddressPools/${pool}` },
            probe: { id: `${id}/probes/probe-http` },
            protocol: "Tcp",
            frontendPort: port,
            backendPort: port,
            idleTimeoutInMinutes: 4,
            enableFloatingIP: false,
          },
        },
      ],
    },
  });
}

/** Builds the emulator's tenant: a fresh, identical object on every call. */
export function buildEmulatorTenant(): EmulatorTenant {
  const tenant: EmulatorTenant = {
    subscriptions: [
      {
        subscriptionId: SUBSCRIPTION_PROD,
        displayName: "Contoso Production",
        resourceGroups: ["rg-network", "rg-web", "rg-sql", "rg-app", "rg-k8s"].map((name) => ({
          name,
          location: LOCATION,
          tags: { env: "prod" },
          resources: [],
        })),
      },
      {
        subscriptionId: SUBSCRIPTION_DEV,
        displayName: "Contoso Development",
        resourceGroups: ["rg-dev", "rg-misc"].map((name) => ({ name, location: LOCATION, tags: { env: "dev" }, resources: [] })),
      },
    ],
    instanceViews: new Map(),
    vmSizes: [
      // A size a stamp can offer that the tool's catalogue does not list: discovery asks the stamp.
      {
        name: "Standard_Custom_8x64",
        numberOfCores: 8,
        memoryInMB: 65536,
        maxDataDiskCount: 16,
        osDiskSizeInMB: 1047552,
        resourceDiskSizeInMB: 65536,
      },
      {
        name: "Standard_DS2_v2",
        numberOfCores: 2,
        memoryInMB: 7168,
        maxDataDiskCount: 8,
        osDiskSizeInMB: 1047552,
        resourceDiskSizeInMB: 14336,
      },
    ],
  };
  const P = SUBSCRIPTION_PROD;
  const D = SUBSCRIPTION_DEV;

  // Production network: hub vnet with a VPN gateway to on-premises.
  nsg(tenant, P, "rg-network", "nsg-shared", [
    ["allow-rdp-from-onprem", 100, "Inbound", "Allow", "Tcp", "192.168.0.0/16", "3389"],
    ["allow-ssh-from-onprem", 110, "Inbound", "Allow", "Tcp", "192.168.0.0/16", "22"],
    ["deny-internet-out", 4000, "Outbound", "Deny", "*", "*", "*"],
  ]);
  add(tenant, P, "rg-network", "Microsoft.Network/routeTables", "rt-shared", {
    properties: {
      disableBgpRoutePropagation: false,
      routes: [
        { name: "to-onprem", properties: { addressPrefix: "192.168.0.0/16", nextHopType: "VirtualNetworkGateway" } },
        { name: "to-firewall", properties: { addressPrefix: "0.0.0.0/0", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.1.0.4" } },
      ],
    },
  });
  vnet(
    tenant,
    P,
    "rg-network",
    "vnet-hub",
    "10.1.0.0/16",
    [
      { name: "GatewaySubnet", prefix: "10.1.255.0/27" },
      { name: "web", prefix: "10.1.1.0/24", nsg: "nsg-shared", routeTable: "rt-shared" },
      { name: "sql", prefix: "10.1.2.0/24", nsg: "nsg-shared", routeTable: "rt-shared" },
      { name: "app", prefix: "10.1.3.0/24", nsg: "nsg-shared" },
    ],
    ["10.1.2.10", "10.1.2.11"],
  );
  publicIp(tenant, P, "rg-network", "pip-vpngw", "192.0.2.10", "Dynamic");
  add(tenant, P, "rg-network", "Microsoft.Network/virtualNetworkGateways", "vpngw-hub", {
    properties: {
      gatewayType: "Vpn",
      vpnType: "RouteBased",
      sku: { name: "Standard", tier: "Standard" },
      ipConfigurations: [
        {
          name: "gwipconfig",
          properties: {
            subnet: { id: `${resId(P, "rg-network", "Microsoft.Network/virtualNetworks", "vnet-hub")}/subnets/GatewaySubnet` },
            publicIPAddress: { id: resId(P, "rg-network", "Microsoft.Network/publicIPAddresses", "pip-vpngw") },
          },
        },
      ],
    },
  });
  add(tenant, P, "rg-network", "Microsoft.Network/localNetworkGateways", "lng-onprem", {
    properties: { gatewayIpAddress: "198.51.100.20", localNetworkAddressSpace: { addressPrefixes: ["192.168.0.0/16"] } },
  });
  add(tenant, P, "rg-network", "Microsoft.Network/connections", "conn-onprem", {
    properties: {
      connectionType: "IPsec",
      virtualNetworkGateway1: { id: resId(P, "rg-network", "Microsoft.Network/virtualNetworkGateways", "vpngw-hub") },
      localNetworkGateway2: { id: resId(P, "rg-network", "Microsoft.Network/localNetworkGateways", "lng-onprem") },
      routingWeight: 10,
      sharedKey: CANARY_SECRET,
    },
  });
  // A local network gateway that no connection uses: kept as another resource.
  add(tenant, P, "rg-network", "Microsoft.Network/localNetworkGateways", "lng-branch-unused", {
    properties: { gatewayIpAddress: "198.51.100.30", localNetworkAddressSpace: { addressPrefixes: ["172.16.0.0/16"] } },
  });
  add(tenant, P, "rg-network", "Microsoft.Network/dnsZones", "contoso.internal", {
    location: "global",
    properties: { maxNumberOfRecordSets: 5000 },
  });

  // Web tier behind a load balancer.
  availabilitySet(tenant, P, "rg-web", "as-web");
  publicIp(tenant, P, "rg-web", "pip-lb-web", "192.0.2.20", "Static", "contoso-web");
  loadBalancer(tenant, P, "rg-web", "lb-web", "pip-lb-web", "web-pool", 443);
  nsg(tenant, P, "rg-web", "nsg-web", [["allow-https", 100, "Inbound", "Allow", "Tcp", "*", "443"]]);
  for (let i = 1; i <= 6; i++) {
    addVm(tenant, {
      sub: P,
      rg: "rg-web",
      name: `web-${String(i).padStart(2, "0")}`,
      size: "Standard_DS2_v2",
      os: "Windows",
      dataDisksGiB: [64],
      subnet: { rg: "rg-network", vnet: "vnet-hub", subnet: "web" },
      availabilitySet: "as-web",
      nsg: "nsg-web",
      lbPool: { lb: "lb-web", pool: "web-pool" },
      tags: { app: "portal", tier: "web" },
      diskSku: "Premium_LRS",
      adminPassword: i === 1 ? `${CANARY_SECRET}-adminPassword` : undefined,
      extensions: [
        i === 1
          ? {
              name: "CustomScriptExtension",
              type: "CustomScriptExtension",
              protectedSettings: { commandToExecute: `powershell -c "Set-Secret ${CANARY_SECRET}"`, storageAccountKey: CANARY_SECRET },
            }
          : { name: "BGInfo", type: "BGInfo" },
      ],
    });
  }

  // SQL Server pair and a witness.
  availabilitySet(tenant, P, "rg-sql", "as-sql");
  for (const name of ["sql-01", "sql-02", "sql-witness"]) {
    addVm(tenant, {
      sub: P,
      rg: "rg-sql",
      name,
      size: name === "sql-witness" ? "Standard_DS1_v2" : "Standard_DS13_v2",
      os: "Windows",
      image: { publisher: "MicrosoftSQLServer", offer: "SQL2019-WS2019", sku: "Enterprise", version: "15.0.230111" },
      dataDisksGiB: name === "sql-witness" ? [] : [512, 256, 128],
      subnet: { rg: "rg-network", vnet: "vnet-hub", subnet: "sql" },
      availabilitySet: "as-sql",
      diskSku: "Premium_LRS",
      tags: { app: "erp", tier: "db" },
      extensions: [{ name: "SqlIaasExtension", type: "SqlIaaSAgent" }],
    });
  }

  // Application servers, a storage account, a key vault, and things the model does not know.
  for (let i = 1; i <= 10; i++) {
    addVm(tenant, {
      sub: P,
      rg: "rg-app",
      name: `app-${String(i).padStart(2, "0")}`,
      size: i <= 2 ? "Standard_F4s_v2" : "Standard_A2_v2",
      os: "Linux",
      dataDisksGiB: i % 3 === 0 ? [100, 200] : [100],
      subnet: { rg: "rg-network", vnet: "vnet-hub", subnet: "app" },
      power: i === 9 ? "stopped" : i === 10 ? "deallocated" : "running",
      agent: i !== 8,
      tags: { app: "erp", tier: "app" },
      customData: i === 1 ? Buffer.from(`#cloud-config\npassword: ${CANARY_SECRET}\n`).toString("base64") : undefined,
      extensions: [
        {
          name: "CustomScript",
          type: "CustomScript",
          protectedSettings: { script: Buffer.from(`echo ${CANARY_SECRET}`).toString("base64") },
        },
      ],
    });
  }
  add(tenant, P, "rg-app", "Microsoft.Storage/storageAccounts", "contosoappdata01", {
    sku: { name: "Standard_LRS", tier: "Standard" },
    kind: "Storage",
    properties: {
      primaryEndpoints: { blob: "https://contosoappdata01.blob.local.azurestack.external/" },
      provisioningState: "Succeeded",
      encryption: { keySource: "Microsoft.Storage" },
      // ARM returns account keys only from POST listKeys; the emulator puts them in the body to prove redaction.
      keys: [
        { keyName: "key1", value: `${CANARY_SECRET}-storageKey1`, permissions: "FULL" },
        { keyName: "key2", value: `${CANARY_SECRET}-storageKey2`, permissions: "FULL" },
      ],
    },
  });
  add(tenant, P, "rg-app", "Microsoft.KeyVault/vaults", "kv-contoso-app", {
    properties: {
      tenantId: "adfs",
      sku: { family: "A", name: "standard" },
      enabledForDeployment: true,
      enabledForTemplateDeployment: true,
      accessPolicies: [],
      vaultUri: "https://kv-contoso-app.vault.local.azurestack.external/",
    },
  });
  add(tenant, P, "rg-app", "Microsoft.Compute/disks", "scratch-unattached", {
    sku: { name: "Standard_LRS" },
    properties: { diskSizeGB: 256, diskState: "Unattached", creationData: { createOption: "Empty" } },
  });
  add(tenant, P, "rg-app", "Microsoft.Compute/snapshots", "app-01-before-upgrade", {
    sku: { name: "Standard_LRS" },
    properties: {
      diskSizeGB: 30,
      creationData: { createOption: "Copy", sourceResourceId: resId(P, "rg-app", "Microsoft.Compute/disks", "app-01_OsDisk_1") },
    },
  });
  add(tenant, P, "rg-app", "Microsoft.Web/sites", "contoso-api", {
    kind: "app",
    properties: {
      serverFarmId: resId(P, "rg-app", "Microsoft.Web/serverFarms", "plan-api"),
      siteConfig: { connectionStrings: [{ name: "db", connectionString: `Server=sql-01;Password=${CANARY_SECRET}`, type: "SQLAzure" }] },
    },
  });
  add(tenant, P, "rg-app", "Microsoft.Web/serverFarms", "plan-api", {
    sku: { name: "S1", tier: "Standard" },
    properties: { numberOfWorkers: 1 },
  });

  // An AKS engine cluster: masters and agents as tagged VMs and availability sets.
  const suffix = "31415926";
  const k8sTags = (pool: string) => ({
    aksEngineVersion: "v0.75.3",
    creationSource: `aksengine-k8s-${pool}-${suffix}`,
    orchestrator: "Kubernetes:1.23.15",
    poolName: pool,
    resourceNameSuffix: suffix,
  });
  nsg(tenant, P, "rg-k8s", `k8s-master-${suffix}-nsg`, [
    ["allow_ssh", 101, "Inbound", "Allow", "Tcp", "*", "22"],
    ["allow_kube_tls", 100, "Inbound", "Allow", "Tcp", "*", "443"],
  ]);
  add(tenant, P, "rg-k8s", "Microsoft.Network/routeTables", `k8s-master-${suffix}-routetable`, { properties: { routes: [] } });
  vnet(tenant, P, "rg-k8s", `k8s-vnet-${suffix}`, "10.240.0.0/12", [
    { name: `k8s-subnet`, prefix: "10.240.0.0/16", nsg: `k8s-master-${suffix}-nsg`, routeTable: `k8s-master-${suffix}-routetable` },
  ]);
  availabilitySet(tenant, P, "rg-k8s", `master-availabilityset-${suffix}`, k8sTags("master"));
  availabilitySet(tenant, P, "rg-k8s", `linuxpool-availabilitySet-${suffix}`, k8sTags("linuxpool"));
  for (let i = 0; i < 3; i++) {
    addVm(tenant, {
      sub: P,
      rg: "rg-k8s",
      name: `k8s-master-${suffix}-${i}`,
      size: "Standard_DS2_v2",
      os: "Linux",
      osDiskGiB: 200,
      subnet: { rg: "rg-k8s", vnet: `k8s-vnet-${suffix}`, subnet: "k8s-subnet" },
      availabilitySet: `master-availabilityset-${suffix}`,
      tags: k8sTags("master"),
      extensions: [
        {
          name: "cse-master-0",
          type: "CustomScript",
          protectedSettings: { commandToExecute: `KUBE_CLIENT_SECRET=${CANARY_SECRET} /opt/azure/containers/provision.sh` },
        },
      ],
    });
  }
  for (let i = 0; i < 4; i++) {
    addVm(tenant, {
      sub: P,
      rg: "rg-k8s",
      name: `k8s-linuxpool-${suffix}-${i}`,
      size: "Standard_DS3_v2",
      os: "Linux",
      osDiskGiB: 100,
      dataDisksGiB: i === 0 ? [50] : [],
      subnet: { rg: "rg-k8s", vnet: `k8s-vnet-${suffix}`, subnet: "k8s-subnet" },
      availabilitySet: `linuxpool-availabilitySet-${suffix}`,
      tags: k8sTags("linuxpool"),
      extensions: [{ name: "cse-agent-0", type: "CustomScript" }],
    });
  }

  // Development subscription.
  nsg(tenant, D, "rg-dev", "nsg-dev", [
    ["allow-ssh", 100, "Inbound", "Allow", "Tcp", "10.0.0.0/8", "22"],
    ["allow-rdp", 110, "Inbound", "Allow", "Tcp", "10.0.0.0/8", "3389"],
  ]);
  vnet(tenant, D, "rg-dev", "vnet-dev", "10.2.0.0/16", [
    { name: "default", prefix: "10.2.0.0/24", nsg: "nsg-dev" },
    { name: "build", prefix: "10.2.1.0/24" },
  ]);
  publicIp(tenant, D, "rg-dev", "pip-jumpbox", "192.0.2.40", "Static", "contoso-dev-jump");
  for (let i = 1; i <= 8; i++) {
    addVm(tenant, {
      sub: D,
      rg: "rg-dev",
      name: `dev-${String(i).padStart(2, "0")}`,
      size: i === 1 ? "Standard_A1_v2" : "Standard_DS1_v2",
      os: i % 2 === 0 ? "Windows" : "Linux",
      dataDisksGiB: i % 4 === 0 ? [32] : [],
      subnet: { rg: "rg-dev", vnet: "vnet-dev", subnet: i > 6 ? "build" : "default" },
      power: i === 5 ? "deallocated" : "running",
      publicIp: i === 1 ? "pip-jumpbox" : undefined,
      nsg: i === 1 ? "nsg-dev" : undefined,
      tags: { app: "dev" },
    });
  }
  // Sizes the tool's catalogue does not know: one the stamp lists under vmSizes, one it does not.
  addVm(tenant, {
    sub: D,
    rg: "rg-dev",
    name: "dev-bigmem",
    size: "Standard_Custom_8x64",
    os: "Linux",
    dataDisksGiB: [512],
    subnet: { rg: "rg-dev", vnet: "vnet-dev", subnet: "default" },
  });
  addVm(tenant, {
    sub: D,
    rg: "rg-dev",
    name: "dev-mystery",
    size: "Standard_Mystery_v9",
    os: "Linux",
    subnet: { rg: "rg-dev", vnet: "vnet-dev", subnet: "default" },
  });
  add(tenant, D, "rg-dev", "Microsoft.Storage/storageAccounts", "contosodevdiag", {
    sku: { name: "Standard_LRS" },
    kind: "Storage",
    properties: {},
  });
  // A NIC that no VM uses.
  add(tenant, D, "rg-dev", "Microsoft.Network/networkInterfaces", "orphan-nic", {
    properties: {
      ipConfigurations: [
        {
          name: "ipconfig1",
          properties: {
            privateIPAllocationMethod: "Dynamic",
            subnet: { id: `${resId(D, "rg-dev", "Microsoft.Network/virtualNetworks", "vnet-dev")}/subnets/default` },
          },
        },
      ],
    },
  });
  add(tenant, D, "rg-misc", "Microsoft.ContainerRegistry/registries", "contosodevacr", {
    sku: { name: "Standard" },
    properties: { adminUserEnabled: false, loginServer: "contosodevacr.azsacr.local.azurestack.external" },
  });
  add(tenant, D, "rg-misc", "Microsoft.EventHub/namespaces", "contoso-dev-events", {
    sku: { name: "Standard" },
    properties: { kafkaEnabled: false },
  });
  // A provider outside the profile: listed, but the stamp has no profile api-version for it.
  add(tenant, D, "rg-misc", "Contoso.Custom/widgets", "widget-1", { properties: { colour: "blue" } });
  add(tenant, D, "rg-misc", "Microsoft.Compute/images", "img-golden-2024", {
    properties: { storageProfile: { osDisk: { osType: "Linux", osState: "Generalized", diskSizeGB: 30 } } },
  });
  return tenant;
}
