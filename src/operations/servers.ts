/**
 * The backup servers on the stack as ARM templates on the hybrid profile: the MABS servers the backup plan
 * sized (VM size, storage-pool data disks, network), and the Veeam backup server, sized here from Veeam's
 * system requirements and placed in the network of most of its agents. Each server's NIC carries an NSG with
 * the plan's rules that concern the server itself.
 */
import type { BackupPlan, BackupServerPlan, NetworkRequirement } from "../backup/types.js";
import type { Tenant } from "../inventory/schema.js";
import { virtualMachines, type VmRef } from "../inventory/walk.js";
import { azureStackHubVmSizes, MAX_DISK_SIZE_GIB } from "../inventory/vm-sizes.js";
import { apiVersionFor } from "../stamp/api-profile.js";
import { DEPLOYMENT_TEMPLATE_SCHEMA, expr, finalizeArm, type ArmResource, type ArmTemplate, type ArmValue } from "../iac/arm-model.js";
import { safeFileName } from "../iac/escape.js";
import type { DeployFile, ServerPlacement } from "./types.js";

/**
 * Veeam Backup & Replication server: at least 4 cores and 8 GB of memory, plus about 0.5 GB per concurrently
 * processed machine (Veeam Help Center, system requirements, backup server; "U": the per-task figure is read
 * from the sizing guidance, not measured). The configuration database and catalogue take one data disk.
 */
export const VEEAM_SERVER_MIN_VCPUS = 4;
export const VEEAM_SERVER_BASE_MEMORY_GIB = 8;
export const VEEAM_SERVER_MEMORY_PER_TASK_GIB = 0.5;
export const VEEAM_SERVER_DATA_DISK_GIB = 128;
/** Windows Server 2019 Datacenter: supported for MABS v3 and later and for Veeam Backup & Replication 12 (both products' system requirements). */
export const SERVER_IMAGE = { publisher: "MicrosoftWindowsServer", offer: "WindowsServer", sku: "2019-Datacenter", version: "latest" };

export type { ServerPlacement } from "./types.js";

/** A NIC's subnet as "rg/vnet/subnet": "vnet/subnet" names a network of the VM's own resource group (src/inventory/schema.ts). */
function nicSubnet(ref: VmRef): string | undefined {
  const subnet = ref.vm.nics[0]?.subnet;
  return subnet && subnet.split("/").length === 2 ? `${ref.resourceGroup.name}/${subnet}` : subnet;
}

/** Each VM's place in tenant.yaml's order and its NIC's subnet, built once per tenant: placement looks up every server's VMs. */
type SubnetEntry = { order: number; subnet: string | undefined };
const subnetIndexes = new WeakMap<Tenant, Map<string, SubnetEntry[]>>();
function subnetIndex(tenant: Tenant): Map<string, SubnetEntry[]> {
  let index = subnetIndexes.get(tenant);
  if (!index) {
    const built = new Map<string, SubnetEntry[]>();
    let order = 0;
    for (const ref of virtualMachines(tenant)) {
      const entries = built.get(ref.qualifiedName) ?? [];
      if (entries.length === 0) built.set(ref.qualifiedName, entries);
      entries.push({ order: order++, subnet: nicSubnet(ref) });
    }
    subnetIndexes.set(tenant, (index = built));
  }
  return index;
}

/** The subnet of the first of `vmNames` in tenant.yaml's order whose NIC has one (inside `network` when given). */
function subnetOf(tenant: Tenant, vmNames: readonly string[], network?: string): string {
  const index = subnetIndex(tenant);
  let first: { order: number; subnet: string } | undefined;
  for (const name of new Set(vmNames))
    for (const entry of index.get(name) ?? []) {
      if (!entry.subnet || (network && !entry.subnet.startsWith(`${network}/`))) continue;
      if (!first || entry.order < first.order) first = { order: entry.order, subnet: entry.subnet };
    }
  if (first) return first.subnet;
  return network ? `${network}/default` : "<resource-group>/<vnet>/<subnet>";
}

export function mabsPlacement(tenant: Tenant, server: BackupServerPlan): ServerPlacement {
  const disks = Math.max(1, server.dataDisks.value);
  // No size holds the pool when vmSize is null (the plan's finding says so): the largest by data disks stands in.
  const size = azureStackHubVmSizes.find((s) => s.name === server.vmSize) ?? [...azureStackHubVmSizes].sort((a, b) => b.maxDataDisks - a.maxDataDisks)[0]!;
  return {
    product: "mabs",
    name: server.name,
    vmSize: size.name,
    vCpus: size.vCpus,
    memoryGiB: size.memoryGiB,
    subnet: subnetOf(tenant, server.vms, server.network),
    dataDisks: Math.min(disks, size.maxDataDisks),
    dataDiskGiB: Math.min(MAX_DISK_SIZE_GIB, Math.max(1, Math.ceil(server.storagePoolGiB.value / disks))),
    sources: server.vms,
    file: `servers/${safeFileName(server.name)}.json`,
  };
}

/** The Veeam backup server: smallest stack size with the cores and memory its concurrent tasks need, in the most common subnet of its agents. */
export function veeamPlacement(tenant: Tenant, backup: BackupPlan): ServerPlacement | null {
  const sources = backup.vms.filter((v) => v.protected && v.method.startsWith("veeam-agent")).map((v) => v.qualifiedName);
  if (sources.length === 0) return null;
  const tasks = Math.min(sources.length, backup.transfer.concurrentStreams);
  const memory = VEEAM_SERVER_BASE_MEMORY_GIB + VEEAM_SERVER_MEMORY_PER_TASK_GIB * tasks;
  // DSv2 first: general purpose with premium storage, the series the MABS guidance for Azure Stack Hub also names.
  const fits = (s: (typeof azureStackHubVmSizes)[number]) => s.vCpus >= VEEAM_SERVER_MIN_VCPUS && s.memoryGiB >= memory && s.maxDataDisks >= 1;
  const size =
    azureStackHubVmSizes.find((s) => s.series === "DSv2" && fits(s)) ??
    azureStackHubVmSizes.find(fits) ??
    [...azureStackHubVmSizes].sort((a, b) => b.memoryGiB - a.memoryGiB)[0]!;
  const counts = new Map<string, number>();
  const agents = new Set(sources);
  for (const ref of virtualMachines(tenant)) {
    const subnet = nicSubnet(ref);
    if (subnet && agents.has(ref.qualifiedName)) counts.set(subnet, (counts.get(subnet) ?? 0) + 1);
  }
  const subnet = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? subnetOf(tenant, sources);
  const name = "vbr-01";
  return {
    product: "veeam",
    name,
    vmSize: size.name,
    vCpus: size.vCpus,
    memoryGiB: size.memoryGiB,
    subnet,
    dataDisks: 1,
    dataDiskGiB: VEEAM_SERVER_DATA_DISK_GIB,
    sources,
    file: `servers/${name}.json`,
  };
}

const PLACEHOLDER = { mabs: "<mabs-server-ip>", veeam: "<veeam-backup-server-ip>" } as const;

/** The plan's rules seen from the server's own NIC: the server's placeholder becomes "*", other placeholders the virtual network. */
export function serverRules(product: "mabs" | "veeam", rules: readonly NetworkRequirement[]): Array<Record<string, ArmValue>> {
  const mine = PLACEHOLDER[product];
  const plain = (prefix: string) => (prefix === mine ? "*" : prefix.startsWith("<") ? "VirtualNetwork" : prefix);
  const serverWide = product === "mabs" ? ["backup.applies.mabs", "backup.applies.mabsAndProtected", "backup.applies.mabsAndMars"] : [];
  return rules
    .filter((r) => r.sourceAddressPrefix === mine || r.destinationAddressPrefix === mine || serverWide.includes(r.appliesToLocal?.key ?? ""))
    .map((r, i) => {
      const direction = r.destinationAddressPrefix === mine ? "Inbound" : "Outbound";
      const source = direction === "Outbound" ? "*" : plain(r.sourceAddressPrefix);
      return {
        name: r.name,
        properties: {
          priority: 200 + i * 10,
          direction,
          access: r.access,
          protocol: r.protocol,
          sourceAddressPrefix: source,
          sourcePortRange: "*",
          destinationAddressPrefix: direction === "Inbound" ? "*" : plain(r.destinationAddressPrefix),
          destinationPortRanges: r.destinationPortRanges,
        },
      };
    });
}

/** Premium disks need a size of a premium-capable series: an "s" in the family (DS, DSv2, Fs, Fsv2; Microsoft Learn, Azure Stack Hub VM sizes). */
export const diskSkuFor = (vmSize: string): "Premium_LRS" | "Standard_LRS" => (/^Standard_(DS|F\d+s)/.test(vmSize) ? "Premium_LRS" : "Standard_LRS");

export function serverTemplate(server: ServerPlacement, rules: readonly NetworkRequirement[]): ArmTemplate {
  const [rg, vnet, subnet] = server.subnet.split("/");
  const sku = diskSkuFor(server.vmSize);
  const version = (type: string) => apiVersionFor(type) ?? "";
  const nsg: ArmResource = {
    type: "Microsoft.Network/networkSecurityGroups",
    apiVersion: version("Microsoft.Network/networkSecurityGroups"),
    name: expr("concat(parameters('vmName'), '-nsg')"),
    location: expr("parameters('location')"),
    properties: { securityRules: serverRules(server.product, rules) },
  };
  const nic: ArmResource = {
    type: "Microsoft.Network/networkInterfaces",
    apiVersion: version("Microsoft.Network/networkInterfaces"),
    name: expr("concat(parameters('vmName'), '-nic')"),
    location: expr("parameters('location')"),
    dependsOn: [expr("resourceId('Microsoft.Network/networkSecurityGroups', concat(parameters('vmName'), '-nsg'))")],
    properties: {
      networkSecurityGroup: { id: expr("resourceId('Microsoft.Network/networkSecurityGroups', concat(parameters('vmName'), '-nsg'))") },
      ipConfigurations: [
        {
          name: "ipconfig1",
          properties: {
            privateIPAllocationMethod: "Dynamic",
            subnet: {
              id: expr(
                "resourceId(parameters('networkResourceGroup'), 'Microsoft.Network/virtualNetworks/subnets', parameters('virtualNetwork'), parameters('subnet'))",
              ),
            },
          },
        },
      ],
    },
  };
  const dataDisks: ArmValue[] = Array.from({ length: server.dataDisks }, (_, lun) => ({
    lun,
    name: expr(`concat(parameters('vmName'), '-pool-${lun}')`),
    createOption: "Empty",
    diskSizeGB: expr("parameters('dataDiskGiB')"),
    caching: "None",
    managedDisk: { storageAccountType: sku },
  }));
  const vm: ArmResource = {
    type: "Microsoft.Compute/virtualMachines",
    apiVersion: version("Microsoft.Compute/virtualMachines"),
    name: expr("parameters('vmName')"),
    location: expr("parameters('location')"),
    dependsOn: [expr("resourceId('Microsoft.Network/networkInterfaces', concat(parameters('vmName'), '-nic'))")],
    properties: {
      hardwareProfile: { vmSize: expr("parameters('vmSize')") },
      osProfile: {
        computerName: expr("parameters('vmName')"),
        adminUsername: expr("parameters('adminUsername')"),
        adminPassword: expr("parameters('adminPassword')"),
      },
      storageProfile: {
        imageReference: SERVER_IMAGE,
        osDisk: { name: expr("concat(parameters('vmName'), '-os')"), createOption: "FromImage", managedDisk: { storageAccountType: sku } },
        dataDisks,
      },
      networkProfile: { networkInterfaces: [{ id: expr("resourceId('Microsoft.Network/networkInterfaces', concat(parameters('vmName'), '-nic'))") }] },
    },
  };
  const str = (value: string, description: string) => ({ type: "string" as const, defaultValue: value, metadata: { description } });
  return {
    $schema: DEPLOYMENT_TEMPLATE_SCHEMA,
    contentVersion: "1.0.0.0",
    parameters: {
      vmName: str(server.name, "Backup server name"),
      location: { type: "string", defaultValue: expr("resourceGroup().location"), metadata: { description: "Stamp region" } },
      vmSize: str(server.vmSize, `${server.vCpus} vCPU, ${server.memoryGiB} GiB`),
      dataDiskGiB: { type: "int", defaultValue: server.dataDiskGiB, metadata: { description: `Each of the ${server.dataDisks} data disks` } },
      networkResourceGroup: str(rg ?? "", "Resource group of the virtual network"),
      virtualNetwork: str(vnet ?? "", "Virtual network shared with the protected VMs"),
      subnet: str(subnet ?? "", "Subnet of the server's NIC"),
      adminUsername: str("backupadmin", "Local administrator"),
      adminPassword: { type: "securestring", metadata: { description: "The local administrator's password, typed at deployment and never stored in a file" } },
    },
    variables: {},
    resources: [nsg, nic, vm],
    outputs: {},
  };
}

export function serverFiles(servers: readonly ServerPlacement[], rules: readonly NetworkRequirement[]): DeployFile[] {
  return servers.map((s) => ({ path: s.file, kind: "arm-hybrid", content: `${JSON.stringify(finalizeArm(serverTemplate(s, rules)), null, 2)}\n` }));
}
