/**
 * "Networks and other resources": each kind added, edited and removed through the fake prompter, with
 * inline validation messages; references chosen from what exists; one answers file recording a network
 * with an NSG rule, a public IP, a load balancer, a storage account, a key vault and a Kubernetes cluster.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PLANNER_CHECK } from "../helpers/templates.js";
import { describe, expect, it } from "vitest";
import { loadTenantFile } from "../../src/inventory/load.js";
import type { ResourceGroup, Tenant } from "../../src/inventory/schema.js";
import { runWizard, type WizardOptions } from "../../src/wizard/run.js";
import { DEFAULT, FakePrompter, tries, type Step } from "./fake-prompter.js";
import { discoveredSteps, fromNothingSteps } from "./scripts.js";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const DISCOVERED = join(fixtures, "discovered.tenant.yaml");
const tmp = () => mkdtempSync(join(tmpdir(), "wizard-res-"));

function options(file: string, extra: Partial<WizardOptions> = {}): WizardOptions & { lines: string[] } {
  const lines: string[] = [];
  return { file, plannerCheck: PLANNER_CHECK, print: (l) => lines.push(l), warn: (l) => lines.push(l), lines, ...extra };
}

async function drive(steps: Step[], extra: Partial<WizardOptions> = {}) {
  const file = join(tmp(), "tenant.yaml");
  const prompter = new FakePrompter(steps);
  const opts = options(file, { prompter, ...extra });
  const result = await runWizard(opts);
  expect(prompter.remaining).toEqual([]);
  return { result, prompter, lines: opts.lines, file };
}

/** Edits a script: replace answers by key, insert steps after a key. */
function edit(steps: Step[], replace: Record<string, unknown>, after: Record<string, Step[]>): Step[] {
  const out: Step[] = [];
  for (const [key, answer] of steps) {
    out.push([key, key in replace ? replace[key] : answer]);
    out.push(...(after[key] ?? []));
  }
  for (const key of [...Object.keys(replace), ...Object.keys(after)]) if (!steps.some(([k]) => k === key)) throw new Error(`no step ${key}`);
  return out;
}

const rule = "nsg[nsg-app].rule[allow-rdp]";
const pool = (name: string) => `kubernetes[k8s-lab].pool[${name}]`;
const volume = "kubernetes[k8s-lab].volume[pv-db]";
/** Answers to the VM reference and detail questions (rg-app has a public IP, an availability set and a load balancer). */
const vmRefs = (vm: string, set: unknown = DEFAULT, pools: unknown = DEFAULT, image: unknown = DEFAULT): Step[] => [
  [`vm[${vm}].availabilitySet`, set],
  [`vm[${vm}].publicIp`, DEFAULT],
  [`vm[${vm}].loadBalancerPools`, pools],
  [`vm[${vm}].image`, image],
];
const diskDetails = (vm: string, n: number, sku: unknown = DEFAULT, caching: unknown = DEFAULT): Step[] => [
  [`vm[${vm}].disk[${n}].sku`, sku],
  [`vm[${vm}].disk[${n}].caching`, caching],
];

/**
 * The from-nothing scenario with every kind: rg-app (where the VMs are) gets a public IP, an availability set,
 * a load balancer, a Kubernetes cluster and VM details; rg-net (where the network is) an NSG with a rule, a
 * route table, a public IP, a VPN gateway (with a GatewaySubnet) and a VPN connection.
 */
const fullSteps: Step[] = edit(
  fromNothingSteps,
  {
    "rg[rg-app].resources": ["publicIpAddresses", "availabilitySets", "loadBalancers", "kubernetesClusters", "vmDetails"],
    "rg[rg-net].resources": ["networkSecurityGroups", "publicIpAddresses", "routeTables", "vpnGateways", "vpnConnections"],
    "vnet[vnet-lab].subnets": "snet-app, GatewaySubnet",
  },
  {
    "rg[rg-app].resources": [
      ["rg[rg-app].publicIpAddresses", "pip-web"],
      ["rg[rg-app].availabilitySets", "avset-web"],
      ["rg[rg-app].loadBalancers", "lb-web"],
      ["rg[rg-app].kubernetesClusters", "k8s-lab"],
    ],
    "rg[rg-net].resources": [
      ["rg[rg-net].networkSecurityGroups", "nsg-app"],
      ["rg[rg-net].publicIpAddresses", "pip-vpn"],
      ["rg[rg-net].routeTables", "rt-app"],
      ["rg[rg-net].vpnGateways", "vgw-lab"],
      ["rg[rg-net].vpnConnections", "cn-hq"],
      // Independent items, group by group: rg-app's, then rg-net's.
      ["publicIp[pip-web].allocation", DEFAULT],
      ["publicIp[pip-web].ipAddress", tries("300.1.1.1", "192.0.2.10")],
      ["availabilitySet[avset-web].faultDomains", tries(5, 2)],
      ["availabilitySet[avset-web].updateDomains", ""],
      ["nsg[nsg-app].rules", "allow-rdp"],
      [`${rule}.priority`, tries(50, 4.5, DEFAULT)],
      [`${rule}.direction`, DEFAULT],
      [`${rule}.access`, DEFAULT],
      [`${rule}.protocol`, DEFAULT],
      [`${rule}.source`, "10.0.0.0/8"],
      [`${rule}.destinationPort`, tries("70000", "3389")],
      ["publicIp[pip-vpn].allocation", "Dynamic"],
      ["publicIp[pip-vpn].ipAddress", ""],
      ["routeTable[rt-app].routes", "to-hq"],
      ["routeTable[rt-app].route[to-hq].addressPrefix", tries("172.16.0.0", "172.16.0.0/12")],
      ["routeTable[rt-app].route[to-hq].nextHopType", DEFAULT],
      ["routeTable[rt-app].route[to-hq].nextHopIpAddress", "10.1.1.4"],
    ],
    "subnet[vnet-lab/snet-app].addressPrefix": [
      ["subnet[vnet-lab/snet-app].networkSecurityGroup", "nsg-app"],
      ["subnet[vnet-lab/snet-app].routeTable", "rt-app"],
      ["subnet[vnet-lab/GatewaySubnet].addressPrefix", "10.1.255.0/27"],
      ["subnet[vnet-lab/GatewaySubnet].networkSecurityGroup", DEFAULT],
      ["subnet[vnet-lab/GatewaySubnet].routeTable", DEFAULT],
      // Items that refer to networks and public IPs, group by group.
      ["loadBalancer[lb-web].frontend", DEFAULT],
      ["loadBalancer[lb-web].backendPools", DEFAULT],
      ["loadBalancer[lb-web].ports", tries("http", "80, 443")],
      ["kubernetes[k8s-lab].kubernetesVersion", "1.23.15"],
      ["kubernetes[k8s-lab].nodePools", DEFAULT],
      [`${pool("control-plane")}.role`, DEFAULT],
      [`${pool("control-plane")}.vmSize`, DEFAULT],
      [`${pool("control-plane")}.count`, DEFAULT],
      [`${pool("agents")}.role`, DEFAULT],
      [`${pool("agents")}.vmSize`, "Standard_DS3_v2"],
      [`${pool("agents")}.count`, tries(0, 2)],
      ["kubernetes[k8s-lab].persistentVolumes", "pv-db"],
      [`${volume}.namespace`, "shop"],
      [`${volume}.sizeGiB`, tries(0, 100)],
      [`${volume}.usedGiB`, tries(150, 40)],
      [`${volume}.storageClass`, DEFAULT],
      ["vpnGateway[vgw-lab].virtualNetwork", DEFAULT],
      ["vpnGateway[vgw-lab].publicIp", DEFAULT],
      ["vpnGateway[vgw-lab].sku", DEFAULT],
      ["vpnConnection[cn-hq].gateway", DEFAULT],
      ["vpnConnection[cn-hq].peerAddress", tries("hq.example", "198.51.100.7")],
      ["vpnConnection[cn-hq].peerAddressPrefixes", "192.168.0.0/16"],
    ],
    "vm[dc01].subnet": vmRefs("dc01"),
    "vm[dc01].disk[0].usedGiB": diskDetails("dc01", 0),
    "vm[sql01].subnet": vmRefs("sql01"),
    "vm[sql01].disk[0].usedGiB": diskDetails("sql01", 0, "Premium_LRS", "ReadWrite"),
    "vm[sql01].disk[1].usedGiB": diskDetails("sql01", 1, "Premium_LRS", "ReadOnly"),
    "vm[web01].subnet": vmRefs("web01", "avset-web", ["lb-web/backend"], tries("Canonical:UbuntuServer", "Canonical:UbuntuServer:18.04-LTS:latest")),
    "vm[web01].disk[0].usedGiB": diskDetails("web01", 0),
  },
);
const save: Step[] = [
  ["review.action", "save"],
  ["plan.generate", false],
];
const groupsOf = (t: Tenant): { app: ResourceGroup; net: ResourceGroup } => {
  const [app, net] = t.subscriptions[0]!.resourceGroups as [ResourceGroup, ResourceGroup];
  return { app, net };
};
/** Opens one kind of one group from the review menu. */
const open = (group: string, kind: string, item?: string): Step[] => [
  ["review.action", "resources"],
  ["review.group", `rg[${group}]`],
  ["review.kind", kind],
  ...(item ? [["review.item", item] as Step] : []),
];

async function validatesClean(file: string): Promise<void> {
  const loaded = await loadTenantFile(file);
  expect(loaded.ok).toBe(true);
  expect(loaded.findings.filter((f) => f.severity !== "info")).toEqual([]);
}

describe("networks and other resources: adding", () => {
  it("records every kind from nothing, with references chosen from what exists, and the file validates clean", async () => {
    const { result, file, lines } = await drive([...fullSteps, ...save]);
    const { app, net } = groupsOf(result.tenant);
    expect(net.networkSecurityGroups).toEqual([
      {
        name: "nsg-app",
        rules: [
          {
            name: "allow-rdp",
            priority: 100,
            direction: "Inbound",
            access: "Allow",
            protocol: "Tcp",
            sourceAddressPrefix: "10.0.0.0/8",
            sourcePortRange: "*",
            destinationAddressPrefix: "*",
            destinationPortRange: 3389,
          },
        ],
      },
    ]);
    expect(net.virtualNetworks[0]!.subnets.map((s) => [s.name, s.networkSecurityGroup, s.routeTable])).toEqual([
      ["snet-app", "nsg-app", "rt-app"],
      ["GatewaySubnet", undefined, undefined],
    ]);
    expect(net.routeTables).toEqual([
      {
        name: "rt-app",
        routes: [{ name: "to-hq", addressPrefix: "172.16.0.0/12", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.1.1.4" }],
      },
    ]);
    expect(app.publicIpAddresses).toEqual([{ name: "pip-web", allocation: "Static", ipAddress: "192.0.2.10" }]);
    expect(net.publicIpAddresses).toEqual([{ name: "pip-vpn", allocation: "Dynamic" }]);
    expect(app.availabilitySets).toEqual([{ name: "avset-web", platformFaultDomainCount: 2 }]);
    const lb = app.loadBalancers[0]!;
    expect(lb.frontends).toEqual([{ name: "frontend", publicIpAddress: "pip-web" }]);
    expect(lb.backendPools).toEqual([{ name: "backend" }]);
    expect(lb.rules.map((r) => [r.name, r.frontendPort, r.backendPool, r.probe])).toEqual([
      ["port-80", 80, "backend", "tcp-80"],
      ["port-443", 443, "backend", "tcp-443"],
    ]);
    expect(lb.probes.map((p) => p.name)).toEqual(["tcp-80", "tcp-443"]);
    expect(net.vpnGateways).toEqual([{ name: "vgw-lab", virtualNetwork: "vnet-lab", publicIpAddress: "pip-vpn", sku: "Standard" }]);
    expect(net.vpnConnections).toEqual([
      {
        name: "cn-hq",
        gateway: "vgw-lab",
        localNetworkGateway: { name: "cn-hq-local", gatewayIpAddress: "198.51.100.7", addressPrefixes: ["192.168.0.0/16"] },
      },
    ]);
    const k8s = app.kubernetesClusters[0]!;
    expect(k8s.kubernetesVersion).toBe("1.23.15");
    expect(k8s.nodePools).toEqual([
      { name: "control-plane", role: "control-plane", vmSize: "Standard_DS2_v2", count: 3 },
      { name: "agents", role: "agent", vmSize: "Standard_DS3_v2", count: 2 },
    ]);
    expect(k8s.persistentVolumes).toEqual([{ name: "pv-db", namespace: "shop", sizeGiB: 100, usedGiB: 40, storageClass: "default" }]);
    const [dc01, sql01, web01] = app.virtualMachines;
    expect(web01!.availabilitySet).toBe("avset-web");
    expect(web01!.nics[0]!.loadBalancerBackendPools).toEqual(["lb-web/backend"]);
    expect(web01!.imageReference).toEqual({ publisher: "Canonical", offer: "UbuntuServer", sku: "18.04-LTS", version: "latest" });
    expect(sql01!.disks.map((d) => [d.sku, d.caching])).toEqual([
      ["Premium_LRS", "ReadWrite"],
      ["Premium_LRS", "ReadOnly"],
    ]);
    expect(dc01!.disks[0]!.sku).toBeUndefined();
    expect(dc01!.availabilitySet).toBeUndefined();
    expect(lines.some((l) => l.includes("network security groups 1") && l.includes("Kubernetes clusters 1"))).toBe(true);
    await validatesClean(file);
  });

  it("checks each answer inline with the schema's messages", async () => {
    const { prompter } = await drive([...fullSteps, ...save]);
    const errors = (key: string) => prompter.asked.find((a) => a.key === key)!.errors;
    expect(errors(`${rule}.priority`)).toEqual(["must be at least 100", "must be a whole number"]);
    expect(errors(`${rule}.destinationPort`)).toEqual(['"70000" is not "*", a port from 0 to 65535 or a range such as 1000-2000']);
    expect(errors("publicIp[pip-web].ipAddress")).toEqual(['"300.1.1.1" is not an IPv4 address such as 192.0.2.10']);
    expect(errors("availabilitySet[avset-web].faultDomains")).toEqual(["must be at most 3"]);
    expect(errors("routeTable[rt-app].route[to-hq].addressPrefix")).toEqual(['"172.16.0.0" is not an IPv4 address range such as 10.0.0.0/16']);
    expect(errors("loadBalancer[lb-web].ports")).toEqual(["http: must be a port number"]);
    expect(errors(`${pool("agents")}.count`)).toEqual(["must be greater than 0"]);
    expect(errors(`${volume}.sizeGiB`)).toEqual(["must be greater than 0"]);
    expect(errors(`${volume}.usedGiB`)).toEqual(["used 150 GiB is more than the volume's 100 GiB"]);
    expect(errors("vpnConnection[cn-hq].peerAddress")).toEqual(['"hq.example" is not an IPv4 address such as 192.0.2.10']);
    expect(errors("vm[web01].image")[0]).toMatch(/^must be "publisher:offer:sku" or "publisher:offer:sku:version"/);
    // References are choices from what exists (plus "(none)" where optional).
    const choices = (key: string) => prompter.asked.find((a) => a.key === key)!.choices;
    expect(choices("subnet[vnet-lab/snet-app].networkSecurityGroup")).toEqual(["nsg-app", "(none)"]);
    expect(choices("vm[web01].loadBalancerPools")).toEqual(["lb-web/backend"]);
    expect(choices("loadBalancer[lb-web].frontend")).toEqual(["pip-web", "rg-net/vnet-lab/snet-app", "rg-net/vnet-lab/GatewaySubnet", "(none)"]);
    expect(choices("vpnGateway[vgw-lab].sku")).toEqual(["Basic", "Standard", "HighPerformance"]);
  });

  it("skipping the step (the default) asks nothing more and keeps the old flow", async () => {
    const { prompter } = await drive([...fromNothingSteps, ...save]);
    const skipped = prompter.asked.filter((a) => a.key.endsWith(".resources"));
    expect(skipped.map((a) => [a.key, a.kind, a.default])).toEqual([
      ["rg[rg-app].resources", "checkbox", []],
      ["rg[rg-net].resources", "checkbox", []],
    ]);
  });

  it("completing a discovered file asks none of these (discovery knows them) and keeps its NSG", async () => {
    const { prompter, result } = await drive([...discoveredSteps, ...save], { file: DISCOVERED, output: join(tmp(), "out.yaml") });
    expect(prompter.asked.some((a) => /resources$|^nsg\[|^subnet\[|Ip\[|\.availabilitySet$|\.networkSecurityGroup$/.test(a.key))).toBe(false);
    expect(result.tenant.subscriptions[0]!.resourceGroups[0]!.networkSecurityGroups.map((n) => n.name)).toEqual(["nsg-shop"]);
  });
});

describe("docs/wizard.md", () => {
  it("documents every key the full scenario asks", async () => {
    const doc = readFileSync(fileURLToPath(new URL("../../docs/wizard.md", import.meta.url)), "utf8");
    const { prompter } = await drive([
      ...fullSteps,
      ...open("rg-net", "networkSecurityGroups", "nsg-app"),
      ["nsg[nsg-app].rules#action", "done"],
      ...["priority", "direction", "access", "protocol", "source", "destinationPort"].map((f): Step => [`${rule}.${f}`, DEFAULT]),
      ...save,
    ]);
    const generic = (key: string) =>
      key
        .replace(/^rg\[[^\]]+\]/, "rg[G]")
        .replace(/^subnet\[[^\]]+\]/, "subnet[V/S]")
        .replace(/^vnet\[[^\]]+\]/, "vnet[V]")
        .replace(/^vm\[[^\]]+\]/, "vm[X]")
        .replace(/disk\[\d+\]/, "disk[N]")
        .replace(/^nsg\[[^\]]+\]\.rule\[[^\]]+\]/, "nsg[NSG].rule[R]")
        .replace(/^nsg\[[^\]]+\]/, "nsg[NSG]")
        .replace(/^publicIp\[[^\]]+\]/, "publicIp[P]")
        .replace(/^routeTable\[[^\]]+\]\.route\[[^\]]+\]/, "routeTable[RT].route[R]")
        .replace(/^routeTable\[[^\]]+\]/, "routeTable[RT]")
        .replace(/^availabilitySet\[[^\]]+\]/, "availabilitySet[AS]")
        .replace(/^loadBalancer\[[^\]]+\]/, "loadBalancer[LB]")
        .replace(/^vpnGateway\[[^\]]+\]/, "vpnGateway[GW]")
        .replace(/^vpnConnection\[[^\]]+\]/, "vpnConnection[C]")
        .replace(/^kubernetes\[[^\]]+\]\.pool\[[^\]]+\]/, "kubernetes[K].pool[P]")
        .replace(/^kubernetes\[[^\]]+\]\.volume\[[^\]]+\]/, "kubernetes[K].volume[PV]")
        .replace(/^kubernetes\[[^\]]+\]/, "kubernetes[K]")
        .replace(/#.*$/, "");
    const keys = new Set(
      prompter.asked
        .map((a) => generic(a.key))
        .filter((k) => !/^(subscription|tiers|bulk|storage)\[|^(tenant|stamp|protection|target|drSite|plan)\.|^(subscriptions|tiers)$/.test(k)),
    );
    expect(keys.size).toBeGreaterThan(60);
    for (const key of keys) expect(doc, key).toContain(`\`${key}\``);
  });
});

describe("networks and other resources: editing and removing from the review menu", () => {
  const ruleDefaults = ["priority", "direction", "access", "protocol", "source", "destinationPort"];

  it("network security group: add a rule, edit it, remove the group (its subnet reference goes with it)", async () => {
    const { result, file, prompter } = await drive([
      ...fullSteps,
      ...open("rg-net", "networkSecurityGroups", "nsg-app"),
      ["nsg[nsg-app].rules#action", "add"],
      ["nsg[nsg-app].rules#add", tries("ALLOW-RDP", "deny-all")],
      ["nsg[nsg-app].rules#action", "done"],
      ...ruleDefaults.map((f): Step => [`${rule}.${f}`, f === "priority" ? 200 : DEFAULT]),
      ["nsg[nsg-app].rule[deny-all].priority", tries(5000, 4096)],
      ["nsg[nsg-app].rule[deny-all].direction", "Outbound"],
      ["nsg[nsg-app].rule[deny-all].access", "Deny"],
      ["nsg[nsg-app].rule[deny-all].protocol", "*"],
      ["nsg[nsg-app].rule[deny-all].source", DEFAULT],
      ["nsg[nsg-app].rule[deny-all].destinationPort", DEFAULT],
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    const errors = (key: string) => prompter.asked.filter((a) => a.key === key).flatMap((a) => a.errors);
    expect(errors("nsg[nsg-app].rule[deny-all].priority")).toEqual(["must be at most 4096"]);
    expect(errors("nsg[nsg-app].rules#add")[0]).toMatch(/rule "ALLOW-RDP" is listed twice/);
    const nsg = groupsOf(result.tenant).net.networkSecurityGroups[0]!;
    expect(nsg.rules.map((r) => [r.name, r.priority, r.direction, r.access, r.protocol, r.destinationPortRange])).toEqual([
      ["allow-rdp", 200, "Inbound", "Allow", "Tcp", 3389],
      ["deny-all", 4096, "Outbound", "Deny", "*", "*"],
    ]);
    await validatesClean(file);

    const removed = await drive([
      ...fullSteps,
      ...open("rg-net", "networkSecurityGroups", "#list"),
      ["rg[rg-net].networkSecurityGroups#action", "remove"],
      ["rg[rg-net].networkSecurityGroups#remove", "nsg-app"],
      ["rg[rg-net].networkSecurityGroups#action", "done"],
      ...save,
    ]);
    const net = groupsOf(removed.result.tenant).net;
    expect(net.networkSecurityGroups).toEqual([]);
    expect(net.virtualNetworks[0]!.subnets[0]!.networkSecurityGroup).toBeUndefined();
  });

  it("public IP: edit its allocation; removing the load balancer's asks the frontend again", async () => {
    const edited = await drive([
      ...fullSteps,
      ...open("rg-app", "publicIpAddresses", "pip-web"),
      ["publicIp[pip-web].allocation", "Dynamic"],
      ["publicIp[pip-web].ipAddress", ""],
      ...save,
    ]);
    expect(groupsOf(edited.result.tenant).app.publicIpAddresses).toEqual([{ name: "pip-web", allocation: "Dynamic" }]);

    const { result, prompter, file } = await drive([
      ...fullSteps,
      ...open("rg-app", "publicIpAddresses", "#list"),
      ["rg[rg-app].publicIpAddresses#action", "remove"],
      ["rg[rg-app].publicIpAddresses#remove", "pip-web"],
      ["rg[rg-app].publicIpAddresses#action", "done"],
      ["loadBalancer[lb-web].frontend", "rg-net/vnet-lab/snet-app"], // the earlier answer no longer fits
      ...save,
    ]);
    expect(prompter.notes.some((n) => n.includes("The earlier answer to loadBalancer[lb-web].frontend no longer fits"))).toBe(true);
    const { app } = groupsOf(result.tenant);
    expect(app.publicIpAddresses).toEqual([]);
    expect(app.loadBalancers[0]!.frontends).toEqual([{ name: "frontend", subnet: "rg-net/vnet-lab/snet-app" }]);
    await validatesClean(file);
  });

  it("route table: add a route, edit one, remove the table", async () => {
    const { result } = await drive([
      ...fullSteps,
      ...open("rg-net", "routeTables", "rt-app"),
      ["routeTable[rt-app].routes#action", "add"],
      ["routeTable[rt-app].routes#add", "internet"],
      ["routeTable[rt-app].routes#action", "done"],
      ["routeTable[rt-app].route[to-hq].addressPrefix", "172.16.0.0/16"],
      ["routeTable[rt-app].route[to-hq].nextHopType", DEFAULT],
      ["routeTable[rt-app].route[to-hq].nextHopIpAddress", DEFAULT],
      ["routeTable[rt-app].route[internet].addressPrefix", "0.0.0.0/0"],
      ["routeTable[rt-app].route[internet].nextHopType", "Internet"],
      ...save,
    ]);
    expect(groupsOf(result.tenant).net.routeTables[0]!.routes).toEqual([
      { name: "to-hq", addressPrefix: "172.16.0.0/16", nextHopType: "VirtualAppliance", nextHopIpAddress: "10.1.1.4" },
      { name: "internet", addressPrefix: "0.0.0.0/0", nextHopType: "Internet" },
    ]);
    const removed = await drive([
      ...fullSteps,
      ...open("rg-net", "routeTables", "#list"),
      ["rg[rg-net].routeTables#action", "remove"],
      ["rg[rg-net].routeTables#remove", "rt-app"],
      ["rg[rg-net].routeTables#action", "done"],
      ...save,
    ]);
    expect(groupsOf(removed.result.tenant).net.routeTables).toEqual([]);
    expect(groupsOf(removed.result.tenant).net.virtualNetworks[0]!.subnets[0]!.routeTable).toBeUndefined();
  });

  it("availability set: edit its fault domains (inline limit), remove it and the VM's choice is asked again", async () => {
    const { result, prompter } = await drive([
      ...fullSteps,
      ...open("rg-app", "availabilitySets", "avset-web"),
      ["availabilitySet[avset-web].faultDomains", tries(4, 3)],
      ["availabilitySet[avset-web].updateDomains", 5],
      ...save,
    ]);
    expect(prompter.asked.filter((a) => a.key === "availabilitySet[avset-web].faultDomains")[1]!.errors).toEqual(["must be at most 3"]);
    expect(groupsOf(result.tenant).app.availabilitySets).toEqual([{ name: "avset-web", platformFaultDomainCount: 3, platformUpdateDomainCount: 5 }]);

    // Removed: no availability set is left in the group, so the VMs are not asked and web01's goes with it.
    const removed = await drive([
      ...fullSteps,
      ...open("rg-app", "availabilitySets", "#list"),
      ["rg[rg-app].availabilitySets#action", "remove"],
      ["rg[rg-app].availabilitySets#remove", "avset-web"],
      ["rg[rg-app].availabilitySets#action", "done"],
      ...save,
    ]);
    const { app } = groupsOf(removed.result.tenant);
    expect(app.availabilitySets).toEqual([]);
    expect(app.virtualMachines[2]!.availabilitySet).toBeUndefined();
  });

  it("load balancer: edit its pools and ports, remove it (the VM's pool goes with it)", async () => {
    const { result, file } = await drive([
      ...fullSteps,
      ...open("rg-app", "loadBalancers", "lb-web"),
      ["loadBalancer[lb-web].frontend", DEFAULT],
      ["loadBalancer[lb-web].backendPools#action", "done"],
      ["loadBalancer[lb-web].ports#action", "remove"],
      ["loadBalancer[lb-web].ports#remove", "80"],
      ["loadBalancer[lb-web].ports#action", "add"],
      ["loadBalancer[lb-web].ports#add", tries("99999", "8443")],
      ["loadBalancer[lb-web].ports#action", "done"],
      ...save,
    ]);
    const lb = groupsOf(result.tenant).app.loadBalancers[0]!;
    expect(lb.rules.map((r) => r.name)).toEqual(["port-443", "port-8443"]);
    expect(lb.probes.map((p) => p.name)).toEqual(["tcp-443", "tcp-8443"]);
    await validatesClean(file);

    const removed = await drive([
      ...fullSteps,
      ...open("rg-app", "loadBalancers", "#list"),
      ["rg[rg-app].loadBalancers#action", "remove"],
      ["rg[rg-app].loadBalancers#remove", "lb-web"],
      ["rg[rg-app].loadBalancers#action", "done"],
      ...save,
    ]);
    const { app } = groupsOf(removed.result.tenant);
    expect(app.loadBalancers).toEqual([]);
    expect(app.virtualMachines[2]!.nics[0]!.loadBalancerBackendPools).toBeUndefined();
  });

  it("VPN gateway and connection: edit the SKU and the peer, remove the connection", async () => {
    const { result } = await drive([
      ...fullSteps,
      ...open("rg-net", "vpnGateways", "vgw-lab"),
      ["vpnGateway[vgw-lab].virtualNetwork", DEFAULT],
      ["vpnGateway[vgw-lab].publicIp", DEFAULT],
      ["vpnGateway[vgw-lab].sku", "HighPerformance"],
      ...open("rg-net", "vpnConnections", "cn-hq"),
      ["vpnConnection[cn-hq].gateway", DEFAULT],
      ["vpnConnection[cn-hq].peerAddress", "203.0.113.9"],
      ["vpnConnection[cn-hq].peerAddressPrefixes#action", "add"],
      ["vpnConnection[cn-hq].peerAddressPrefixes#add", tries("10.50.0.0/33", "10.50.0.0/16")],
      ["vpnConnection[cn-hq].peerAddressPrefixes#action", "done"],
      ...save,
    ]);
    const { net } = groupsOf(result.tenant);
    expect(net.vpnGateways[0]!.sku).toBe("HighPerformance");
    expect(net.vpnConnections[0]!.localNetworkGateway).toEqual({
      name: "cn-hq-local",
      gatewayIpAddress: "203.0.113.9",
      addressPrefixes: ["192.168.0.0/16", "10.50.0.0/16"],
    });
    const removed = await drive([
      ...fullSteps,
      ...open("rg-net", "vpnConnections", "#list"),
      ["rg[rg-net].vpnConnections#action", "remove"],
      ["rg[rg-net].vpnConnections#remove", "cn-hq"],
      ["rg[rg-net].vpnConnections#action", "done"],
      ...save,
    ]);
    expect(groupsOf(removed.result.tenant).net.vpnConnections).toEqual([]);
    expect(groupsOf(removed.result.tenant).net.vpnGateways).toHaveLength(1);
  });

  it("Kubernetes cluster: add a volume, remove a node pool, remove the cluster", async () => {
    const { result, file } = await drive([
      ...fullSteps,
      ...open("rg-app", "kubernetesClusters", "k8s-lab"),
      ["kubernetes[k8s-lab].kubernetesVersion", DEFAULT],
      ["kubernetes[k8s-lab].nodePools#action", "remove"],
      ["kubernetes[k8s-lab].nodePools#remove", "agents"],
      ["kubernetes[k8s-lab].nodePools#action", "done"],
      [`${pool("control-plane")}.role`, DEFAULT],
      [`${pool("control-plane")}.vmSize`, DEFAULT],
      [`${pool("control-plane")}.count`, 1],
      ["kubernetes[k8s-lab].persistentVolumes#action", "add"],
      ["kubernetes[k8s-lab].persistentVolumes#add", "pv-logs"],
      ["kubernetes[k8s-lab].persistentVolumes#action", "done"],
      [`${volume}.namespace`, DEFAULT],
      [`${volume}.sizeGiB`, DEFAULT],
      [`${volume}.usedGiB`, DEFAULT],
      [`${volume}.storageClass`, DEFAULT],
      ["kubernetes[k8s-lab].volume[pv-logs].namespace", DEFAULT],
      ["kubernetes[k8s-lab].volume[pv-logs].sizeGiB", 20],
      ["kubernetes[k8s-lab].volume[pv-logs].usedGiB", ""],
      ["kubernetes[k8s-lab].volume[pv-logs].storageClass", "managed-premium"],
      ...save,
    ]);
    const k8s = groupsOf(result.tenant).app.kubernetesClusters[0]!;
    expect(k8s.nodePools).toEqual([{ name: "control-plane", role: "control-plane", vmSize: "Standard_DS2_v2", count: 1 }]);
    expect(k8s.persistentVolumes!.map((v) => [v.name, v.namespace, v.sizeGiB, v.storageClass])).toEqual([
      ["pv-db", "shop", 100, "default"],
      ["pv-logs", "default", 20, "managed-premium"],
    ]);
    await validatesClean(file);
    const removed = await drive([
      ...fullSteps,
      ...open("rg-app", "kubernetesClusters", "#list"),
      ["rg[rg-app].kubernetesClusters#action", "remove"],
      ["rg[rg-app].kubernetesClusters#remove", "k8s-lab"],
      ["rg[rg-app].kubernetesClusters#action", "done"],
      ...save,
    ]);
    expect(groupsOf(removed.result.tenant).app.kubernetesClusters).toEqual([]);
  });

  it("adds a kind to a group that skipped the step; the review's findings name a missing reference", async () => {
    const { result, lines } = await drive([
      ...fromNothingSteps,
      ...open("rg-net", "vpnGateways"),
      ["rg[rg-net].vpnGateways", "vgw-lab"],
      ["vpnGateway[vgw-lab].virtualNetwork", DEFAULT],
      ["vpnGateway[vgw-lab].publicIp", "pip-missing"], // no public IP exists yet: typed, and reported
      ["vpnGateway[vgw-lab].sku", DEFAULT],
      ["review.action", "save"], // refused: two errors
      ...open("rg-net", "publicIpAddresses"),
      ["rg[rg-net].publicIpAddresses", "pip-missing"],
      ["publicIp[pip-missing].allocation", DEFAULT],
      ["publicIp[pip-missing].ipAddress", ""],
      ["review.action", "networks"],
      ["vnet[vnet-lab].addressPrefixes#action", "done"],
      ["vnet[vnet-lab].subnets#action", "add"],
      ["vnet[vnet-lab].subnets#add", "GatewaySubnet"],
      ["vnet[vnet-lab].subnets#action", "done"],
      ["subnet[vnet-lab/snet-app].addressPrefix", DEFAULT],
      ["subnet[vnet-lab/GatewaySubnet].addressPrefix", "10.1.255.0/27"],
      ...save,
    ]);
    // The typed name is now one of the choices, so it stands without being asked again.
    expect(
      lines.some((l) => l.includes("error [unknown-reference]") && l.includes('public IP address "pip-missing" is not defined in resource group "rg-net"')),
    ).toBe(true);
    expect(lines.some((l) => l.includes("error [missing-gateway-subnet]"))).toBe(true);
    expect(groupsOf(result.tenant).net.vpnGateways).toEqual([{ name: "vgw-lab", virtualNetwork: "vnet-lab", publicIpAddress: "pip-missing", sku: "Standard" }]);
  });

  it("edits a discovered file's NSG rule through the menu, keeping the rest of the file", async () => {
    const out = join(tmp(), "out.yaml");
    const { result } = await drive(
      [
        ...discoveredSteps,
        ...open("rg-shop", "networkSecurityGroups", "nsg-shop"),
        ["nsg[nsg-shop].rules#action", "done"],
        // every field of each rule, the recorded values as defaults; only the port changes
        ...discoveredNsgRuleSteps(),
        ...save,
      ],
      { file: DISCOVERED, output: out },
    );
    const nsg = result.tenant.subscriptions[0]!.resourceGroups[0]!.networkSecurityGroups[0]!;
    expect(nsg.rules[0]!.destinationPortRange).toBe(8443);
    expect(nsg.rules[0]).toMatchObject({ priority: 100, sourceAddressPrefix: "Internet", destinationAddressPrefix: "10.20.1.0/24" });
    expect(readFileSync(out, "utf8")).toContain("                destinationPortRange: 8443\n");
  });
});

/** The discovered fixture's one NSG rule, re-asked: the port becomes 8443, the other fields keep their values. */
function discoveredNsgRuleSteps(): Step[] {
  return ["priority", "direction", "access", "protocol", "source", "destinationPort"].map(
    (f): Step => [`nsg[nsg-shop].rule[allow-https].${f}`, f === "destinationPort" ? "8443" : DEFAULT],
  );
}

describe("networks and other resources from an answers file", () => {
  it("an answers file written before the step existed still replays, without --yes, to the same file", async () => {
    const dir = tmp();
    const first = await drive([...fromNothingSteps, ...save]);
    const older = Object.fromEntries([...first.result.answers].filter(([k]) => !k.endsWith(".resources") && k !== "plan.generate"));
    expect(Object.keys(older).some((k) => k.startsWith("rg[rg-app]."))).toBe(true);
    const o = options(join(dir, "replayed.yaml"), { answers: older });
    await runWizard(o);
    expect(readFileSync(join(dir, "replayed.yaml"), "utf8")).toBe(readFileSync(first.file, "utf8"));
    expect(o.lines.filter((l) => l.startsWith("warning"))).toEqual([]);
  });

  it("replays the full scenario's saved answers to a byte-identical file", async () => {
    const dir = tmp();
    const first = await drive([...fullSteps, ...save], { saveAnswers: join(dir, "answers.yaml") });
    const { loadAnswersFile } = await import("../../src/wizard/files.js");
    await runWizard(options(join(dir, "replayed.yaml"), { answers: await loadAnswersFile(join(dir, "answers.yaml")) }));
    expect(readFileSync(join(dir, "replayed.yaml"), "utf8")).toBe(readFileSync(first.file, "utf8"));
  });

  it("records a VNet with a subnet and NSG rule, a public IP, a load balancer, a storage account, a key vault and a Kubernetes cluster", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    const answers = {
      "tenant.name": "contoso-edge",
      "stamp.name": "ash-edge-01",
      "stamp.region": "edge",
      "stamp.armEndpoint": "https://management.edge.contoso.example",
      subscriptions: "Edge",
      "subscription[Edge].id": "0f1e2d3c-4b5a-4697-8877-665544332211",
      "subscription[Edge].resourceGroups": "rg-edge",
      "rg[rg-edge].virtualNetworks": "vnet-edge",
      "rg[rg-edge].virtualMachines": "web01",
      "rg[rg-edge].storageAccounts": "stedgelogs",
      "rg[rg-edge].keyVaults": "kv-edge",
      "rg[rg-edge].resources": "networkSecurityGroups, publicIpAddresses, loadBalancers, kubernetesClusters",
      "rg[rg-edge].networkSecurityGroups": "nsg-web",
      "rg[rg-edge].publicIpAddresses": "pip-web",
      "rg[rg-edge].loadBalancers": "lb-web",
      "rg[rg-edge].kubernetesClusters": "k8s-edge",
      "nsg[nsg-web].rules": ["allow-https"],
      "nsg[nsg-web].rule[allow-https].destinationPort": 443,
      "publicIp[pip-web].ipAddress": "192.0.2.20",
      "vnet[vnet-edge].addressPrefixes": "10.20.0.0/16",
      "vnet[vnet-edge].subnets": "snet-web",
      "subnet[vnet-edge/snet-web].addressPrefix": "10.20.1.0/24",
      "subnet[vnet-edge/snet-web].networkSecurityGroup": "nsg-web",
      "loadBalancer[lb-web].ports": [443],
      "kubernetes[k8s-edge].persistentVolumes": "pv-data",
      "kubernetes[k8s-edge].volume[pv-data].sizeGiB": 50,
      "storage[stedgelogs].usedGiB": 12,
      "vm[web01].osVersion": "Ubuntu 20.04 LTS",
      "vm[web01].loadBalancerPools": "lb-web/backend",
      "vm[web01].networkSecurityGroup": "nsg-web",
      "vm[web01].roles": ["web"],
      "target.name": "rsv-edge",
      "target.location": "japaneast",
      "target.wanBandwidthMbps": 100,
    };
    const o = options(file, { answers, yes: true });
    const result = await runWizard(o);
    expect(o.lines.filter((l) => l.startsWith("warning"))).toEqual([]);
    const g = result.tenant.subscriptions[0]!.resourceGroups[0]!;
    expect(g.virtualNetworks[0]!.subnets[0]).toEqual({ name: "snet-web", addressPrefix: "10.20.1.0/24", networkSecurityGroup: "nsg-web" });
    expect(g.networkSecurityGroups[0]!.rules[0]).toMatchObject({ name: "allow-https", priority: 100, destinationPortRange: 443 });
    expect(g.publicIpAddresses).toEqual([{ name: "pip-web", allocation: "Static", ipAddress: "192.0.2.20" }]);
    expect(g.loadBalancers[0]!.frontends).toEqual([{ name: "frontend", publicIpAddress: "pip-web" }]);
    expect(g.storageAccounts).toEqual([{ name: "stedgelogs", usedGiB: { blob: 12 } }]);
    expect(g.keyVaults).toEqual([{ name: "kv-edge" }]);
    expect(g.kubernetesClusters[0]!.persistentVolumes).toEqual([{ name: "pv-data", namespace: "default", sizeGiB: 50, storageClass: "default" }]);
    expect(g.virtualMachines[0]!.nics[0]).toEqual({
      name: "web01-nic",
      subnet: "vnet-edge/snet-web",
      networkSecurityGroup: "nsg-web",
      loadBalancerBackendPools: ["lb-web/backend"],
    });
    await validatesClean(file);
  });
});
