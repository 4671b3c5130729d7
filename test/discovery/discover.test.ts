/**
 * discover against the HTTPS ARM emulator with the real ResourceManagementClient and the real AD FS
 * client-credential flow of @azure/identity: every resource accounted for, profile api-versions only,
 * paging, throttling and transient 500s survived, deterministic output.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiVersionFor, profileEntries } from "../../src/stamp/api-profile.js";
import { discover, type DiscoverResult } from "../../src/discovery/discover.js";
import { parseTenant } from "../../src/inventory/load.js";
import { emulatorDiscoverOptions } from "./emulator/discover-helper.js";
import { EMULATOR_AAD_TENANT, STATIC_TOKEN, startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { allResources, SUBSCRIPTION_DEV, SUBSCRIPTION_PROD } from "./emulator/tenant-data.js";

let emulator: ArmEmulator;
let dir: string;
let first: DiscoverResult;

beforeAll(async () => {
  emulator = await startArmEmulator();
  dir = mkdtempSync(join(tmpdir(), "discover-test-"));
  first = await discover(emulatorDiscoverOptions(emulator, join(dir, "tenant.yaml")));
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

const groupOf = (r: DiscoverResult, sub: string, rg: string) => r.tenant.subscriptions.find((s) => s.id === sub)!.resourceGroups.find((g) => g.name === rg)!;

/** GET with the emulator's CA and a token the emulator accepts; returns status and parsed body. */
function rawGet(path: string): Promise<{ status: number; body: { error?: { code?: string; message?: string } } }> {
  return new Promise((resolve, reject) => {
    const req = request(`${emulator.url}${path}`, { ca: emulator.ca, headers: { authorization: `Bearer ${STATIC_TOKEN}` } }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) as { error?: { code?: string; message?: string } } }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("discover against the ARM emulator", () => {
  it("reads a tenant of at least 150 resources over 2 subscriptions", () => {
    expect(allResources(emulator.tenant).length).toBeGreaterThanOrEqual(150);
    expect(first.tenant.subscriptions.map((s) => s.id)).toEqual([SUBSCRIPTION_PROD, SUBSCRIPTION_DEV]);
    expect(first.identitySystem).toBe("adfs");
    expect(first.failures).toEqual([]);
  });

  it("accounts for every listed resource: listed = mapped + other, per type and in total", () => {
    const resources = allResources(emulator.tenant);
    expect(first.totals.listed).toBe(resources.length);
    for (const c of first.counts) expect(c.listed, c.type).toBe(c.mapped + c.other);
    expect(first.totals.listed).toBe(first.totals.mapped + first.totals.other);
    // Per type, the listed count is what the emulator holds.
    const byType = new Map<string, number>();
    for (const r of resources) byType.set(r.type.toLowerCase(), (byType.get(r.type.toLowerCase()) ?? 0) + 1);
    expect(new Map(first.counts.map((c) => [c.type.toLowerCase(), c.listed]))).toEqual(byType);
    // Every "other" is in the file with its id, type and a note.
    const others = first.tenant.subscriptions.flatMap((s) => s.resourceGroups.flatMap((g) => g.otherResources));
    expect(others.length).toBe(first.totals.other);
    const ids = new Set(resources.map((r) => r.id.toLowerCase()));
    for (const o of others) {
      expect(ids.has(o.id.toLowerCase()), o.id).toBe(true);
      // Each note says why (src/discovery/mapping.ts otherResource): a sentence, not a placeholder.
      expect(o.note, o.id).toMatch(/^(not modelled: |could not be read |type not in |managed disk |network interface |local network gateway |extension of )/);
    }
  });

  it("keeps types the model does not know, and unattached items, as other resources with a note", () => {
    const misc = groupOf(first, SUBSCRIPTION_DEV, "rg-misc").otherResources;
    expect(misc.map((o) => o.type).sort()).toEqual([
      "Contoso.Custom/widgets",
      "Microsoft.Compute/images",
      "Microsoft.ContainerRegistry/registries",
      "Microsoft.EventHub/namespaces",
    ]);
    expect(misc.find((o) => o.type === "Contoso.Custom/widgets")!.note).toMatch(/not in the 2020-09-01-hybrid API profile/);
    const app = groupOf(first, SUBSCRIPTION_PROD, "rg-app").otherResources;
    expect(app.find((o) => o.name === "scratch-unattached")!.note).toMatch(/not attached/);
    const dev = groupOf(first, SUBSCRIPTION_DEV, "rg-dev");
    // A size the stamp's vmSizes API knows is mapped; one nobody knows is kept, with its NIC and disk.
    expect(dev.virtualMachines.find((v) => v.name === "dev-bigmem")).toMatchObject({
      size: "Standard_Custom_8x64",
      vCpus: 8,
      memoryGiB: 64,
    });
    expect(dev.virtualMachines.some((v) => v.name === "dev-mystery")).toBe(false);
    expect(dev.otherResources.find((o) => o.name === "dev-mystery")!.note).toMatch(/Standard_Mystery_v9/);
    expect(dev.otherResources.map((o) => o.name)).toEqual(expect.arrayContaining(["dev-mystery-nic", "dev-mystery_OsDisk_1", "orphan-nic"]));
  });

  it("maps VMs with NICs, disks, power state, VM agent and availability set", () => {
    const web = groupOf(first, SUBSCRIPTION_PROD, "rg-web").virtualMachines.find((v) => v.name === "web-01")!;
    expect(web).toMatchObject({
      osType: "windows",
      size: "Standard_DS2_v2",
      vCpus: 2,
      memoryGiB: 7,
      powerState: "running",
      vmAgent: true,
      availabilitySet: "as-web",
    });
    expect(web.nics).toEqual([
      expect.objectContaining({
        name: "web-01-nic",
        subnet: "rg-network/vnet-hub/web",
        networkSecurityGroup: "nsg-web",
        loadBalancerBackendPools: ["lb-web/web-pool"],
        primary: true,
      }),
    ]);
    expect(web.disks).toEqual([
      { name: "web-01_OsDisk_1", role: "os", sizeGiB: 127, sku: "Premium_LRS", caching: "ReadWrite" },
      { name: "web-01_DataDisk_0", role: "data", lun: 0, sizeGiB: 64, sku: "Premium_LRS", caching: "None" },
    ]);
    expect(web.extensions).toEqual(["CustomScriptExtension"]);
    const app = groupOf(first, SUBSCRIPTION_PROD, "rg-app").virtualMachines;
    expect(app.find((v) => v.name === "app-08")!.vmAgent).toBe(false);
    expect(app.find((v) => v.name === "app-09")!.powerState).toBe("stopped");
    expect(app.find((v) => v.name === "app-10")!.powerState).toBe("deallocated");
  });

  it("maps networks, gateways, storage and key vaults", () => {
    const net = groupOf(first, SUBSCRIPTION_PROD, "rg-network");
    expect(net.virtualNetworks[0]!.subnets.map((s) => s.name)).toEqual(["GatewaySubnet", "web", "sql", "app"]);
    expect(net.networkSecurityGroups[0]!.rules).toHaveLength(3);
    expect(net.routeTables[0]!.routes).toHaveLength(2);
    expect(net.vpnGateways).toEqual([{ name: "vpngw-hub", virtualNetwork: "vnet-hub", publicIpAddress: "pip-vpngw", sku: "Standard", vpnType: "RouteBased" }]);
    expect(net.vpnConnections).toEqual([
      {
        name: "conn-onprem",
        gateway: "vpngw-hub",
        localNetworkGateway: { name: "lng-onprem", gatewayIpAddress: "198.51.100.20", addressPrefixes: ["192.168.0.0/16"] },
        connectionType: "IPsec",
      },
    ]);
    expect(net.otherResources.find((o) => o.name === "lng-branch-unused")!.note).toMatch(/no VPN connection/);
    const app = groupOf(first, SUBSCRIPTION_PROD, "rg-app");
    expect(app.storageAccounts).toEqual([{ name: "contosoappdata01", sku: "Standard_LRS", kind: "Storage" }]);
    expect(app.keyVaults).toEqual([{ name: "kv-contoso-app", sku: "standard", enabledForDeployment: true, enabledForTemplateDeployment: true }]);
    const lb = groupOf(first, SUBSCRIPTION_PROD, "rg-web").loadBalancers[0]!;
    expect(lb.rules[0]).toMatchObject({
      frontend: "frontend",
      backendPool: "web-pool",
      probe: "probe-http",
      protocol: "Tcp",
      frontendPort: 443,
    });
  });

  it("recognises the AKS engine cluster from its tags, with node pools", () => {
    const k8s = groupOf(first, SUBSCRIPTION_PROD, "rg-k8s");
    expect(k8s.kubernetesClusters).toHaveLength(1);
    const cluster = k8s.kubernetesClusters[0]!;
    expect(cluster).toMatchObject({ name: "rg-k8s", engine: "aks-engine", kubernetesVersion: "1.23.15" });
    expect(cluster.nodePools.map((p) => [p.name, p.role, p.vmSize, p.count])).toEqual([
      ["linuxpool", "agent", "Standard_DS3_v2", 4],
      ["master", "control-plane", "Standard_DS2_v2", 3],
    ]);
    expect(cluster.nodePools[1]!.vmNames).toEqual(["k8s-master-31415926-0", "k8s-master-31415926-1", "k8s-master-31415926-2"]);
    expect(k8s.virtualMachines.every((v) => v.roles?.includes("kubernetes-node"))).toBe(true);
  });

  it("writes a file that validates without errors and loads back to the same tenant", () => {
    const text = readFileSync(join(dir, "tenant.yaml"), "utf8");
    expect(text).toBe(first.text);
    const loaded = parseTenant(text, "tenant.yaml");
    expect(loaded.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(loaded.ok).toBe(true);
    expect(first.tenant.protection.tiers.map((t) => t.name)).toEqual(["unassigned"]);
    expect(first.tenant.protection.defaultTier).toBeUndefined();
  });

  it("survives 429 with Retry-After and transient 500s, waiting at least what Retry-After says", () => {
    expect(emulator.faultsInjected()).toBeGreaterThan(20);
    const throttled = emulator.requests.filter((r) => r.status === 429);
    const failed = emulator.requests.filter((r) => r.status === 500);
    expect(throttled.length).toBeGreaterThan(5);
    expect(failed.length).toBeGreaterThan(5);
    // The one Retry-After: 1 response: its retry came no sooner than one second later.
    const slowPath = allResources(emulator.tenant)[4]!.id;
    const attempts = emulator.requests.filter((r) => r.path.toLowerCase() === slowPath.toLowerCase() && r.method === "GET");
    expect(attempts[0]!.status).toBe(429);
    expect(attempts[1]!.status).toBe(200);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it("follows nextLink paging", () => {
    const pages = emulator.requests.filter(
      (r) => r.path.toLowerCase() === `/subscriptions/${SUBSCRIPTION_PROD}/resourcegroups/rg-app/resources` && r.status === 200,
    );
    const resources = emulator.tenant.subscriptions[0]!.resourceGroups.find((g) => g.name === "rg-app")!.resources.length;
    expect(pages.length).toBe(Math.ceil(resources / 7));
  });

  it("sends only api-versions of the 2020-09-01-hybrid profile", () => {
    const allowed = new Set([...profileEntries().map((e) => e.apiVersion), "2015-01-01"]);
    const arm = emulator.requests.filter((r) => !r.path.startsWith("/adfs"));
    expect(arm.length).toBeGreaterThan(200);
    for (const r of arm) expect(allowed.has(r.apiVersion ?? ""), `${r.path}?api-version=${r.apiVersion}`).toBe(true);
    expect(arm.filter((r) => r.status === 400)).toEqual([]);
    const vm = arm.find((r) => /\/virtualMachines\/web-01$/.test(r.path))!;
    expect(vm.apiVersion).toBe(apiVersionFor("Microsoft.Compute/virtualMachines"));
    const disk = arm.find((r) => /\/disks\/web-01_OsDisk_1$/.test(r.path))!;
    expect(disk.apiVersion).toBe("2019-07-01");
  });

  it("the emulator refuses versions outside the profile with ARM's error shape", async () => {
    const vm = allResources(emulator.tenant).find((r) => r.type === "Microsoft.Compute/virtualMachines")!;
    const refused = await rawGet(`${vm.id}?api-version=2023-03-01`);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.code).toBe("NoRegisteredProviderFound");
    expect(refused.body.error?.message).toMatch(
      /^No registered resource provider found for location 'local' and API version '2023-03-01' for type 'virtualMachines'\. The supported api-versions are '2020-06-01'/,
    );
    const list = await rawGet(`/subscriptions/${SUBSCRIPTION_PROD}/resourcegroups?api-version=2021-04-01`);
    expect(list.status).toBe(400);
    expect(list.body.error?.code).toBe("InvalidApiVersionParameter");
  });

  it("gives a byte-identical file when run twice", async () => {
    const again = await discover(emulatorDiscoverOptions(emulator, join(dir, "tenant.yaml")));
    expect(again.text).toBe(first.text);
    expect(readFileSync(join(dir, "tenant.yaml"), "utf8")).toBe(first.text);
    expect(again.drift).toEqual({ added: 0, removed: 0, changed: 0, entries: [] });
    // A new file from a second run is identical too (concurrency and fault order do not leak into the output).
    const other = await discover(emulatorDiscoverOptions(emulator, join(dir, "second.yaml"), { concurrency: 3 }));
    expect(other.text).toBe(first.text);
  });
});

describe("discover on an Azure AD stamp", () => {
  it("signs in with the directory's tenant id and the stamp's audience", async () => {
    const aad = await startArmEmulator({ identity: "azure-ad", faults: () => undefined });
    const out = mkdtempSync(join(tmpdir(), "discover-aad-"));
    try {
      const base = emulatorDiscoverOptions(aad, join(out, "tenant.yaml"), { subscriptions: [SUBSCRIPTION_DEV] });
      // Without AZURE_TENANT_ID an Azure AD stamp cannot be signed in to.
      await expect(discover(base)).rejects.toMatchObject({ kind: "authentication", message: expect.stringContaining("AZURE_TENANT_ID") });
      const result = await discover({ ...base, env: { ...base.env, AZURE_TENANT_ID: EMULATOR_AAD_TENANT } });
      expect(result.identitySystem).toBe("azure-ad");
      expect(result.tenant.stamp.identitySystem).toBe("azure-ad");
      expect(result.tenant.subscriptions.map((s) => s.id)).toEqual([SUBSCRIPTION_DEV]);
      const token = aad.requests.find((r) => r.method === "POST" && r.path.endsWith("/oauth2/v2.0/token"));
      expect(token?.path).toBe(`/${EMULATOR_AAD_TENANT}/oauth2/v2.0/token`);
      expect(token?.status).toBe(200);
    } finally {
      await aad.close();
      rmSync(out, { recursive: true, force: true });
    }
  });
});
