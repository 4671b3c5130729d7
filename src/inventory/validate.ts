/**
 * The rules a schema cannot express: names that must be unique, references that must resolve,
 * sizes that must make sense, and a backup target that must not share the fate of the stamp.
 * Pure: a parsed Tenant in, findings out. docs/tenant-yaml.md lists every code.
 */
import { finding, type Finding } from "../base/findings.js";
import type { MessageKey } from "../base/messages/index.js";
import { t as msg, type LocalText } from "../base/text.js";

/** A finding whose message also carries its key (src/base/text.ts), for the Japanese documents; the CLI shows `message`. */
const noted = (f: Finding, text: LocalText): Finding => ({ ...f, message: text.en, messageLocal: text });
import { resourceKinds, type ResourceGroup, type Tenant } from "./schema.js";
import { findVmSize, MAX_DISK_SIZE_GIB } from "./vm-sizes.js";
import { makeVmResolver, resourceGroups, sameName, virtualMachines } from "./walk.js";
import type { PathSegment } from "../base/path.js";
import {
  AZURE_REGION_NAMES,
  NAME_RULES,
  nameProblem,
  regionNameFor,
  WINDOWS_COMPUTER_NAME_MAX,
  WINDOWS_MIN_OS_DISK_GIB,
  type NameRuleKey,
} from "./azure-names.js";
import { parseCidr, rangesOverlap, type Ipv4Range } from "../base/cidr.js";

export function validateTenant(tenant: Tenant): Finding[] {
  return [
    ...checkUniqueNames(tenant),
    ...checkTiers(tenant),
    ...checkVirtualMachines(tenant),
    ...checkNetworkReferences(tenant),
    ...checkKubernetes(tenant),
    ...checkOffStackTarget(tenant),
    ...checkAzureNames(tenant),
    ...checkAddressSpaces(tenant),
    ...checkRegions(tenant),
    ...reportOtherResources(tenant),
  ];
}

function duplicates<T>(items: readonly T[], nameOf: (item: T) => string, path: PathSegment[], what: string): Finding[] {
  const seen = new Map<string, number>();
  const found: Finding[] = [];
  items.forEach((item, index) => {
    const key = nameOf(item).toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else {
      found.push(
        finding(
          "error",
          "duplicate-name",
          [...path, index, "name"],
          `${what} "${nameOf(item)}" is already defined as item ${first} (names are case-insensitive in Azure Resource Manager)`,
        ),
      );
    }
  });
  return found;
}

function checkUniqueNames(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  found.push(
    ...duplicates(tenant.subscriptions, (s) => s.id, ["subscriptions"], "subscription id").map((f) => ({
      ...f,
      path: [...f.path.slice(0, -1), "id"],
    })),
  );
  tenant.subscriptions.forEach((subscription, s) => {
    found.push(...duplicates(subscription.resourceGroups, (g) => g.name, ["subscriptions", s, "resourceGroups"], "resource group"));
  });
  for (const { resourceGroup, path } of resourceGroups(tenant)) {
    for (const kind of resourceKinds) {
      if (kind === "otherResources") continue;
      const items = resourceGroup[kind] as ReadonlyArray<{ name: string }>;
      found.push(...duplicates(items, (r) => r.name, [...path, kind], singular(kind)));
    }
    // Managed disks are resources of the group, so their names share one namespace across its VMs.
    const disks = resourceGroup.virtualMachines.flatMap((vm, v) => vm.disks.map((disk, d) => ({ disk, path: [...path, "virtualMachines", v, "disks", d] })));
    const diskSeen = new Map<string, PathSegment[]>();
    for (const { disk, path: diskPath } of disks) {
      const key = disk.name.toLowerCase();
      if (diskSeen.has(key)) {
        found.push(
          finding(
            "error",
            "duplicate-name",
            [...diskPath, "name"],
            `managed disk "${disk.name}" is already used by another disk in resource group "${resourceGroup.name}"`,
          ),
        );
      } else diskSeen.set(key, diskPath);
    }
    resourceGroup.networkSecurityGroups.forEach((nsg, n) => {
      const rulesPath = [...path, "networkSecurityGroups", n, "rules"];
      found.push(...duplicates(nsg.rules, (r) => r.name, rulesPath, "security rule"));
      const priorities = new Map<string, number>();
      nsg.rules.forEach((rule, r) => {
        const key = `${rule.direction}/${rule.priority}`;
        if (priorities.has(key)) {
          found.push(
            finding(
              "error",
              "duplicate-priority",
              [...rulesPath, r, "priority"],
              `priority ${rule.priority} is already used by another ${rule.direction.toLowerCase()} rule of NSG "${nsg.name}"`,
            ),
          );
        } else priorities.set(key, r);
      });
    });
  }
  const tenantVms = virtualMachines(tenant);
  const byName = new Map<string, string[]>();
  for (const ref of tenantVms) byName.set(ref.vm.name.toLowerCase(), [...(byName.get(ref.vm.name.toLowerCase()) ?? []), ref.qualifiedName]);
  for (const [, places] of byName) {
    if (places.length > 1) {
      const ref = tenantVms.find((r) => r.qualifiedName === places[1])!;
      found.push(noted(finding("info", "repeated-vm-name", [...ref.path, "name"], ""), msg("msg.repeated-vm-name", { places: places.join(", ") })));
    }
  }
  return found;
}

function singular(kind: string): string {
  const words: Record<string, string> = {
    virtualMachines: "VM",
    availabilitySets: "availability set",
    virtualNetworks: "virtual network",
    networkSecurityGroups: "network security group",
    publicIpAddresses: "public IP address",
    loadBalancers: "load balancer",
    routeTables: "route table",
    vpnGateways: "VPN gateway",
    vpnConnections: "VPN connection",
    storageAccounts: "storage account",
    keyVaults: "key vault",
    kubernetesClusters: "Kubernetes cluster",
  };
  return words[kind] ?? kind;
}

function checkTiers(tenant: Tenant): Finding[] {
  const { protection } = tenant;
  const found = duplicates(protection.tiers, (t) => t.name, ["protection", "tiers"], "tier");
  if (protection.defaultTier && !protection.tiers.some((t) => sameName(t.name, protection.defaultTier!))) {
    found.push(finding("error", "unknown-tier", ["protection", "defaultTier"], `tier "${protection.defaultTier}" is not defined in protection.tiers`));
  }
  protection.tiers.forEach((tier, t) => {
    const r = tier.retention;
    if (r.daily + (r.weekly ?? 0) + (r.monthly ?? 0) + (r.yearly ?? 0) === 0) {
      found.push(finding("error", "empty-retention", ["protection", "tiers", t, "retention"], `tier "${tier.name}" keeps no recovery point at all`));
    }
    if (tier.rpoHours > 24 * 7) {
      found.push(noted(finding("warning", "long-rpo", ["protection", "tiers", t, "rpoHours"], ""), msg("msg.long-rpo", { rpo: tier.rpoHours })));
    }
  });
  return found;
}

function checkVirtualMachines(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  const vms = virtualMachines(tenant);
  const resolve = makeVmResolver(vms);
  const tierNames = tenant.protection.tiers.map((t) => t.name);
  for (const { vm, resourceGroup, path } of vms) {
    if (vm.tier && !tierNames.some((t) => sameName(t, vm.tier!))) {
      found.push(
        finding("error", "unknown-tier", [...path, "tier"], `tier "${vm.tier}" is not defined in protection.tiers (defined: ${tierNames.join(", ")})`),
      );
    }
    if (!vm.tier && !tenant.protection.defaultTier) {
      found.push(noted(finding("warning", "no-tier", [...path, "name"], ""), msg("msg.no-tier", { vm: vm.name })));
    }
    (vm.dependsOn ?? []).forEach((reference, d) => {
      const targets = resolve(reference);
      const at = [...path, "dependsOn", d];
      if (targets.length === 0) found.push(finding("error", "unknown-dependency", at, `VM "${reference}" does not exist in this tenant`));
      else if (targets.length > 1)
        found.push(
          finding(
            "error",
            "ambiguous-dependency",
            at,
            `"${reference}" names ${targets.length} VMs (${targets.map((t) => t.qualifiedName).join(", ")}); write "resourceGroup/vm"`,
          ),
        );
      else if (targets[0]!.vm === vm) found.push(finding("error", "self-dependency", at, `VM "${vm.name}" cannot depend on itself`));
    });

    const osDisks = vm.disks.filter((d) => d.role === "os");
    if (osDisks.length !== 1) {
      found.push(finding("error", "os-disk-count", [...path, "disks"], `a VM has exactly one OS disk; "${vm.name}" has ${osDisks.length}`));
    }
    const luns = new Map<number, number>();
    vm.disks.forEach((disk, d) => {
      const at = [...path, "disks", d];
      if (disk.usedGiB !== undefined && disk.usedGiB > disk.sizeGiB) {
        found.push(
          finding("error", "used-exceeds-size", [...at, "usedGiB"], `used ${disk.usedGiB} GiB is more than the disk's provisioned ${disk.sizeGiB} GiB`),
        );
      }
      if (disk.sizeGiB > MAX_DISK_SIZE_GIB) {
        found.push(
          finding(
            "error",
            "disk-too-large",
            [...at, "sizeGiB"],
            `${disk.sizeGiB} GiB is larger than the ${MAX_DISK_SIZE_GIB} GiB an Azure Stack Hub managed disk can be`,
          ),
        );
      }
      if (disk.role === "data" && disk.lun !== undefined) {
        if (luns.has(disk.lun))
          found.push(finding("error", "duplicate-lun", [...at, "lun"], `LUN ${disk.lun} is already used by another data disk of "${vm.name}"`));
        luns.set(disk.lun, d);
      }
      if (disk.role === "os" && disk.lun !== undefined) found.push(noted(finding("warning", "os-disk-lun", [...at, "lun"], ""), msg("msg.os-disk-lun")));
      if (disk.role === "os" && vm.osType === "windows" && disk.sizeGiB < WINDOWS_MIN_OS_DISK_GIB) {
        found.push(
          noted(
            finding("error", "os-disk-too-small", [...at, "sizeGiB"], ""),
            msg("msg.os-disk-too-small", { vm: vm.name, gib: disk.sizeGiB, min: Math.round(WINDOWS_MIN_OS_DISK_GIB * 10) / 10 }),
          ),
        );
      }
    });

    const size = findVmSize(vm.size);
    if (!size) {
      found.push(noted(finding("warning", "unknown-vm-size", [...path, "size"], ""), msg("msg.unknown-vm-size", { size: vm.size })));
    } else {
      if (size.vCpus !== vm.vCpus || Math.abs(size.memoryGiB - vm.memoryGiB) > 0.01) {
        found.push(
          noted(
            finding("warning", "size-mismatch", [...path, "vCpus"], ""),
            msg("msg.size-mismatch", {
              size: size.name,
              vCpus: size.vCpus,
              memory: size.memoryGiB,
              fileVCpus: vm.vCpus,
              fileMemory: vm.memoryGiB,
            }),
          ),
        );
      }
      const dataDisks = vm.disks.filter((d) => d.role === "data").length;
      if (dataDisks > size.maxDataDisks) {
        found.push(
          finding(
            "error",
            "too-many-data-disks",
            [...path, "disks"],
            `${size.name} takes at most ${size.maxDataDisks} data disks; "${vm.name}" has ${dataDisks}`,
          ),
        );
      }
    }
    if (vm.availabilitySet && !resourceGroup.availabilitySets.some((a) => sameName(a.name, vm.availabilitySet!))) {
      found.push(
        finding(
          "error",
          "unknown-reference",
          [...path, "availabilitySet"],
          `availability set "${vm.availabilitySet}" is not defined in resource group "${resourceGroup.name}"`,
        ),
      );
    }
    if (vm.osType === "linux" && vm.serverCore) {
      found.push(finding("error", "server-core-linux", [...path, "serverCore"], "serverCore applies to Windows Server only"));
    }
  }
  return found;
}

function checkNetworkReferences(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  const groups = resourceGroups(tenant);
  // Each subscription's groups by lower-case name, the first of a name winning as `find` did: one look-up per NIC
  // instead of a scan of the subscription's groups.
  const groupsByName = new Map<object, Map<string, ResourceGroup>>();
  const groupNamed = (subscription: Tenant["subscriptions"][number], name: string): ResourceGroup | undefined => {
    let byName = groupsByName.get(subscription);
    if (!byName) {
      byName = new Map();
      for (const g of subscription.resourceGroups) if (!byName.has(g.name.toLowerCase())) byName.set(g.name.toLowerCase(), g);
      groupsByName.set(subscription, byName);
    }
    return byName.get(name.toLowerCase());
  };
  for (const { subscription, resourceGroup: rg, path } of groups) {
    const has = (list: ReadonlyArray<{ name: string }>, name: string) => list.some((item) => sameName(item.name, name));
    const missing = (at: PathSegment[], what: string, name: string) =>
      found.push(finding("error", "unknown-reference", at, `${what} "${name}" is not defined in resource group "${rg.name}"`));
    const subnetExists = (reference: string): boolean => {
      const parts = reference.split("/");
      const [groupName, vnetName, subnetName] = parts.length === 3 ? parts : [rg.name, parts[0], parts[1]];
      if (!vnetName || !subnetName) return false;
      const group = groupNamed(subscription, groupName!);
      const vnet = group?.virtualNetworks.find((v) => sameName(v.name, vnetName));
      return !!vnet?.subnets.some((s) => sameName(s.name, subnetName));
    };

    rg.virtualMachines.forEach((vm, v) => {
      vm.nics.forEach((nic, n) => {
        const at: PathSegment[] = [...path, "virtualMachines", v, "nics", n];
        if (!subnetExists(nic.subnet)) {
          found.push(
            finding(
              "error",
              "unknown-reference",
              [...at, "subnet"],
              `subnet "${nic.subnet}" does not exist (write "vnet/subnet", or "resourceGroup/vnet/subnet" for another group of the subscription)`,
            ),
          );
        }
        if (nic.publicIpAddress && !has(rg.publicIpAddresses, nic.publicIpAddress))
          missing([...at, "publicIpAddress"], "public IP address", nic.publicIpAddress);
        if (nic.networkSecurityGroup && !has(rg.networkSecurityGroups, nic.networkSecurityGroup))
          missing([...at, "networkSecurityGroup"], "network security group", nic.networkSecurityGroup);
        (nic.loadBalancerBackendPools ?? []).forEach((pool, p) => {
          const [lbName, poolName] = pool.split("/") as [string, string];
          const lb = rg.loadBalancers.find((l) => sameName(l.name, lbName));
          if (!lb?.backendPools.some((b) => sameName(b.name, poolName))) missing([...at, "loadBalancerBackendPools", p], "load balancer backend pool", pool);
        });
      });
    });
    rg.virtualNetworks.forEach((vnet, v) => {
      vnet.subnets.forEach((subnet, s) => {
        const at: PathSegment[] = [...path, "virtualNetworks", v, "subnets", s];
        if (subnet.networkSecurityGroup && !has(rg.networkSecurityGroups, subnet.networkSecurityGroup))
          missing([...at, "networkSecurityGroup"], "network security group", subnet.networkSecurityGroup);
        if (subnet.routeTable && !has(rg.routeTables, subnet.routeTable)) missing([...at, "routeTable"], "route table", subnet.routeTable);
      });
      found.push(...duplicates(vnet.subnets, (s) => s.name, [...path, "virtualNetworks", v, "subnets"], "subnet"));
    });
    rg.loadBalancers.forEach((lb, l) => {
      const at: PathSegment[] = [...path, "loadBalancers", l];
      lb.frontends.forEach((fe, f) => {
        if (fe.publicIpAddress && !has(rg.publicIpAddresses, fe.publicIpAddress))
          missing([...at, "frontends", f, "publicIpAddress"], "public IP address", fe.publicIpAddress);
        if (fe.subnet && !subnetExists(fe.subnet))
          found.push(finding("error", "unknown-reference", [...at, "frontends", f, "subnet"], `subnet "${fe.subnet}" does not exist`));
        if (!fe.publicIpAddress && !fe.subnet)
          found.push(finding("error", "incomplete-frontend", [...at, "frontends", f], "a frontend needs a publicIpAddress or a subnet"));
      });
      lb.rules.forEach((rule, r) => {
        const ruleAt: PathSegment[] = [...at, "rules", r];
        if (!has(lb.frontends, rule.frontend))
          found.push(
            finding("error", "unknown-reference", [...ruleAt, "frontend"], `frontend "${rule.frontend}" is not defined on load balancer "${lb.name}"`),
          );
        if (!has(lb.backendPools, rule.backendPool))
          found.push(
            finding(
              "error",
              "unknown-reference",
              [...ruleAt, "backendPool"],
              `backend pool "${rule.backendPool}" is not defined on load balancer "${lb.name}"`,
            ),
          );
        if (rule.probe && !has(lb.probes, rule.probe))
          found.push(finding("error", "unknown-reference", [...ruleAt, "probe"], `probe "${rule.probe}" is not defined on load balancer "${lb.name}"`));
      });
    });
    rg.vpnGateways.forEach((gw, g) => {
      const at: PathSegment[] = [...path, "vpnGateways", g];
      if (!has(rg.virtualNetworks, gw.virtualNetwork)) missing([...at, "virtualNetwork"], "virtual network", gw.virtualNetwork);
      else if (!rg.virtualNetworks.find((v) => sameName(v.name, gw.virtualNetwork))!.subnets.some((s) => s.name === "GatewaySubnet")) {
        found.push(
          finding(
            "error",
            "missing-gateway-subnet",
            [...at, "virtualNetwork"],
            `virtual network "${gw.virtualNetwork}" has no subnet named "GatewaySubnet", which a VPN gateway needs`,
          ),
        );
      }
      if (!has(rg.publicIpAddresses, gw.publicIpAddress)) missing([...at, "publicIpAddress"], "public IP address", gw.publicIpAddress);
    });
    rg.vpnConnections.forEach((connection, c) => {
      if (!has(rg.vpnGateways, connection.gateway)) missing([...path, "vpnConnections", c, "gateway"], "VPN gateway", connection.gateway);
    });
  }
  return found;
}

function checkKubernetes(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  for (const { resourceGroup, path } of resourceGroups(tenant)) {
    resourceGroup.kubernetesClusters.forEach((cluster, c) => {
      (cluster.persistentVolumes ?? []).forEach((pv, p) => {
        const at: PathSegment[] = [...path, "kubernetesClusters", c, "persistentVolumes", p];
        if (pv.usedGiB !== undefined && pv.usedGiB > pv.sizeGiB) {
          found.push(finding("error", "used-exceeds-size", [...at, "usedGiB"], `used ${pv.usedGiB} GiB is more than the volume's ${pv.sizeGiB} GiB`));
        }
        if (cluster.namespaces && !cluster.namespaces.includes(pv.namespace)) {
          found.push(noted(finding("warning", "unknown-namespace", [...at, "namespace"], ""), msg("msg.unknown-namespace", { namespace: pv.namespace })));
        }
      });
    });
  }
  return found;
}

/** Where the stamp's own services live: "management.tokyo.contoso.jp" → "tokyo.contoso.jp". */
export function stampDomain(armEndpoint: string): string | undefined {
  try {
    const host = new URL(armEndpoint).hostname.toLowerCase();
    const dot = host.indexOf(".");
    return dot > 0 ? host.slice(dot + 1) : undefined;
  } catch {
    return undefined;
  }
}

/** A backup kept on the stack is lost with the stack: the target and DR site must be elsewhere. */
function checkOffStackTarget(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  const { stamp, protection } = tenant;
  const { target, drSite } = protection;
  const onThisStamp = (name: string | undefined) => !!name && (sameName(name, stamp.name) || sameName(name, stamp.region));
  if (target.kind === "second-stamp" && !target.stampName) {
    found.push(
      finding(
        "error",
        "target-stamp-unnamed",
        ["protection", "target", "stampName"],
        "a second-stamp target needs stampName, so the plan can prove it is not this stamp",
      ),
    );
  }
  if (onThisStamp(target.stampName) || onThisStamp(target.location)) {
    found.push(
      finding(
        "error",
        "target-on-same-stamp",
        ["protection", "target", target.stampName && onThisStamp(target.stampName) ? "stampName" : "location"],
        `the backup target is on stamp "${stamp.name}" itself: a backup kept on the stack is lost with the stack; place it on another stamp, in public Azure or at another site`,
      ),
    );
  }
  const domain = stampDomain(stamp.armEndpoint);
  if (domain && target.endpoint) {
    let host: string | undefined;
    try {
      host = new URL(target.endpoint.includes("://") ? target.endpoint : `https://${target.endpoint}`).hostname.toLowerCase();
    } catch {
      host = undefined;
    }
    if (host && (host === domain || host.endsWith(`.${domain}`))) {
      found.push(
        finding(
          "error",
          "target-on-same-stamp",
          ["protection", "target", "endpoint"],
          `endpoint ${host} is a service of this stamp (${domain}): a backup kept on the stack is lost with the stack`,
        ),
      );
    }
  }
  if (target.kind === "azure-recovery-services-vault" && stamp.identitySystem === "adfs") {
    found.push(noted(finding("info", "disconnected-target", ["protection", "target", "kind"], ""), msg("msg.disconnected-target")));
  }
  if (drSite) {
    if (drSite.kind !== "none" && !drSite.name) {
      found.push(
        finding("error", "dr-site-unnamed", ["protection", "drSite", "name"], `a DR site of kind ${drSite.kind} needs a name (the Azure region or the stamp)`),
      );
    }
    if (drSite.kind === "second-stamp" && onThisStamp(drSite.name)) {
      found.push(finding("error", "dr-on-same-stamp", ["protection", "drSite", "name"], `the DR site is stamp "${stamp.name}" itself`));
    }
  }
  const needsDr = protection.tiers.filter((t) => t.requiresDr);
  if (needsDr.length > 0 && (!drSite || drSite.kind === "none")) {
    found.push(
      noted(
        finding("warning", "dr-site-missing", ["protection", "drSite"], ""),
        msg("msg.dr-site-missing", { tiers: needsDr.map((tier) => `"${tier.name}"`).join(", ") }),
      ),
    );
  }
  return found;
}

/** Each name against its resource type's row of Azure's naming rules (azure-names.ts). */
function checkAzureNames(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  const check = (name: string, rule: NameRuleKey, what: MessageKey, at: PathSegment[]) => {
    const { min, max, text } = NAME_RULES[rule];
    if (nameProblem(name, NAME_RULES[rule]) === undefined) return;
    found.push(
      noted(
        finding("error", "invalid-name", at, ""),
        msg("msg.invalid-name", { what: msg(what), name, length: [...name].length, rule: msg(text, { min, max }) }),
      ),
    );
  };
  const each = <T extends { name: string }>(items: readonly T[], rule: NameRuleKey, what: MessageKey, at: PathSegment[]) =>
    items.forEach((item, i) => check(item.name, rule, what, [...at, i, "name"]));
  for (const { resourceGroup: rg, path } of resourceGroups(tenant)) {
    check(rg.name, "resourceGroup", "name-kind.resource-group", [...path, "name"]);
    rg.virtualMachines.forEach((vm, v) => {
      const at: PathSegment[] = [...path, "virtualMachines", v];
      check(vm.name, "virtualMachine", "name-kind.vm", [...at, "name"]);
      if (vm.osType === "windows" && [...vm.name].length > WINDOWS_COMPUTER_NAME_MAX && [...vm.name].length <= NAME_RULES.virtualMachine.max) {
        found.push(
          noted(
            finding("warning", "windows-computer-name", [...at, "name"], ""),
            msg("msg.windows-computer-name", { vm: vm.name, length: [...vm.name].length, max: WINDOWS_COMPUTER_NAME_MAX }),
          ),
        );
      }
      each(vm.disks, "disk", "name-kind.disk", [...at, "disks"]);
      each(vm.nics, "networkResource", "name-kind.nic", [...at, "nics"]);
    });
    each(rg.availabilitySets, "availabilitySet", "name-kind.availability-set", [...path, "availabilitySets"]);
    each(rg.virtualNetworks, "virtualNetwork", "name-kind.vnet", [...path, "virtualNetworks"]);
    rg.virtualNetworks.forEach((vnet, v) => each(vnet.subnets, "networkResource", "name-kind.subnet", [...path, "virtualNetworks", v, "subnets"]));
    each(rg.networkSecurityGroups, "networkResource", "name-kind.nsg", [...path, "networkSecurityGroups"]);
    rg.networkSecurityGroups.forEach((nsg, n) => each(nsg.rules, "networkResource", "name-kind.security-rule", [...path, "networkSecurityGroups", n, "rules"]));
    each(rg.publicIpAddresses, "networkResource", "name-kind.public-ip", [...path, "publicIpAddresses"]);
    each(rg.loadBalancers, "networkResource", "name-kind.load-balancer", [...path, "loadBalancers"]);
    each(rg.routeTables, "networkResource", "name-kind.route-table", [...path, "routeTables"]);
    rg.routeTables.forEach((table, r) => each(table.routes, "networkResource", "name-kind.route", [...path, "routeTables", r, "routes"]));
    each(rg.vpnGateways, "networkResource", "name-kind.vpn-gateway", [...path, "vpnGateways"]);
    each(rg.vpnConnections, "networkResource", "name-kind.vpn-connection", [...path, "vpnConnections"]);
    each(rg.keyVaults, "keyVault", "name-kind.key-vault", [...path, "keyVaults"]);
  }
  return found;
}

interface NamedRange {
  range: Ipv4Range;
  vnet: string;
  subscription: string;
  path: PathSegment[];
}

/**
 * Azure refuses a subnet outside its virtual network's address space and two overlapping subnets of one
 * network (learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet: the range must lie in
 * the network's address space and not overlap its other subnets). Overlapping address spaces of two networks
 * deploy, but cannot be peered or routed to each other (virtual-network-manage-peering: "address spaces must
 * not overlap"), and a DR site that recreates both as they are holds the clash in one place. Ranges that are
 * not IPv4 CIDR are left alone here (the DR plan reports them).
 */
function checkAddressSpaces(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  const spaces: NamedRange[] = [];
  for (const { subscription, resourceGroup: rg, path } of resourceGroups(tenant)) {
    rg.virtualNetworks.forEach((vnet, v) => {
      const at: PathSegment[] = [...path, "virtualNetworks", v];
      const own = vnet.addressPrefixes.flatMap((text, a) => {
        const range = parseCidr(text);
        return range ? [{ range, vnet: `${rg.name}/${vnet.name}`, subscription: subscription.name, path: [...at, "addressPrefixes", a] }] : [];
      });
      spaces.push(...own);
      const subnets: Array<{ range: Ipv4Range; name: string }> = [];
      vnet.subnets.forEach((subnet, s) => {
        const range = parseCidr(subnet.addressPrefix);
        if (!range) return;
        const subnetAt: PathSegment[] = [...at, "subnets", s, "addressPrefix"];
        if (own.length > 0 && !own.some((o) => o.range.first <= range.first && range.last <= o.range.last)) {
          found.push(
            noted(
              finding("error", "subnet-outside-vnet", subnetAt, ""),
              msg("msg.subnet-outside-vnet", {
                subnet: subnet.name,
                prefix: subnet.addressPrefix,
                vnet: vnet.name,
                space: vnet.addressPrefixes.join(", "),
              }),
            ),
          );
        }
        const clash = subnets.find((other) => rangesOverlap(other.range, range));
        if (clash)
          found.push(
            noted(
              finding("error", "subnet-overlap", subnetAt, ""),
              msg("msg.subnet-overlap", {
                subnet: subnet.name,
                prefix: subnet.addressPrefix,
                other: clash.name,
                otherPrefix: clash.range.text,
              }),
            ),
          );
        subnets.push({ range, name: subnet.name });
      });
    });
  }
  const drSite = tenant.protection.drSite;
  const dr = drSite && drSite.kind !== "none" && drSite.name ? drSite.name : undefined;
  for (let i = 0; i < spaces.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = spaces[j]!;
      const b = spaces[i]!;
      if (a.vnet === b.vnet && a.subscription === b.subscription) continue;
      if (!rangesOverlap(a.range, b.range)) continue;
      const where =
        a.subscription === b.subscription
          ? msg("msg.vnet-overlap.same-subscription", { subscription: a.subscription })
          : msg("msg.vnet-overlap.across-subscriptions", { a: a.subscription, b: b.subscription });
      const consequence = dr ? msg("msg.vnet-overlap.dr", { site: dr }) : msg("msg.vnet-overlap.no-dr");
      found.push(
        noted(
          finding("warning", "vnet-address-overlap", b.path, ""),
          msg("msg.vnet-address-overlap", { a: a.vnet, aPrefix: a.range.text, b: b.vnet, bPrefix: b.range.text, where, consequence }),
        ),
      );
    }
  }
  return found;
}

/** An off-stack target in public Azure and an Azure DR region are named as ARM names regions ("japaneast"). */
function checkRegions(tenant: Tenant): Finding[] {
  const found: Finding[] = [];
  const check = (value: string, at: PathSegment[]) => {
    if (AZURE_REGION_NAMES.has(value)) return;
    const name = regionNameFor(value);
    if (name) found.push(noted(finding("error", "region-display-name", at, ""), msg("msg.region-display-name", { value, name })));
    else found.push(noted(finding("warning", "unknown-region", at, ""), msg("msg.unknown-region", { value })));
  };
  const { target, drSite } = tenant.protection;
  if (target.kind === "azure-recovery-services-vault") check(target.location, ["protection", "target", "location"]);
  if (drSite?.kind === "azure-region" && drSite.name) check(drSite.name, ["protection", "drSite", "name"]);
  return found;
}

function reportOtherResources(tenant: Tenant): Finding[] {
  return resourceGroups(tenant).flatMap(({ resourceGroup, path }: { resourceGroup: ResourceGroup; path: PathSegment[] }) =>
    resourceGroup.otherResources.map((other, o) =>
      noted(
        finding("info", "other-resource", [...path, "otherResources", o], ""),
        msg("msg.other-resource", { type: other.type, name: other.name ?? other.id }),
      ),
    ),
  );
}
