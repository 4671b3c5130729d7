/**
 * Re-discovery into an existing tenant.yaml: every field a person entered is kept, and the drift
 * reported is exactly what changed on the stamp (a VM added, one removed, a disk resized).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discover } from "../../src/discovery/discover.js";
import { computeDrift } from "../../src/discovery/drift.js";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { emulatorDiscoverOptions } from "./emulator/discover-helper.js";
import { startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { addVm, removeVm, resizeDisk, SUBSCRIPTION_DEV, SUBSCRIPTION_PROD } from "./emulator/tenant-data.js";

let emulator: ArmEmulator;
let dir: string;

beforeAll(async () => {
  emulator = await startArmEmulator();
  dir = mkdtempSync(join(tmpdir(), "drift-test-"));
});
afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rg = (t: Tenant, sub: string, name: string) => t.subscriptions.find((s) => s.id === sub)!.resourceGroups.find((g) => g.name === name)!;
const vm = (t: Tenant, sub: string, group: string, name: string) => rg(t, sub, group).virtualMachines.find((v) => v.name === name)!;

/** What a person adds after the first discovery: requirements, roles, change rates, dependencies. */
function editByHand(t: Tenant): void {
  t.tenant = { name: "Contoso (edited)", description: "entered by hand" };
  t.stamp.name = "tokyo-stamp-1";
  t.stamp.version = "2406";
  t.protection = {
    productFamily: "veeam",
    timeZone: "Asia/Tokyo",
    defaultTier: "silver",
    tiers: [
      {
        name: "gold",
        rpoHours: 4,
        rtoHours: 4,
        retention: { daily: 14, weekly: 8 },
        backupWindow: { start: "01:00", durationHours: 4 },
        requiresDr: false,
      },
      { name: "silver", rpoHours: 24, rtoHours: 24, retention: { daily: 7 }, backupWindow: { start: "22:00", durationHours: 6 } },
    ],
    target: { kind: "s3-compatible", name: "osaka-object", location: "osaka-dc", wanBandwidthMbps: 500, immutable: true },
  };
  const sql = vm(t, SUBSCRIPTION_PROD, "rg-sql", "sql-01");
  sql.tier = "gold";
  sql.roles = ["sql-server"];
  sql.peakCpuPercent = 70;
  sql.dependsOn = ["sql-witness"];
  sql.osVersion = "Windows Server 2019 Datacenter (SQL Server 2019 Enterprise)";
  sql.disks[1]!.changeRatePercent = 12;
  sql.disks[1]!.usedGiB = 400;
  sql.disks[2]!.excludeFromBackup = true;
  const web = vm(t, SUBSCRIPTION_PROD, "rg-web", "web-02");
  web.roles = ["web"];
  web.backup = { method: "veeam-agent-windows" };
  web.domainJoined = true;
  rg(t, SUBSCRIPTION_PROD, "rg-app").storageAccounts[0]!.usedGiB = { blob: 120 };
  rg(t, SUBSCRIPTION_PROD, "rg-app").keyVaults[0]!.secretNames = ["sql-admin"];
  rg(t, SUBSCRIPTION_PROD, "rg-k8s").kubernetesClusters[0]!.namespaces = ["default", "erp"];
}

describe("re-discovery into an existing tenant.yaml", () => {
  it("keeps human-entered fields and reports exactly the drift", async () => {
    const file = join(dir, "tenant.yaml");
    const first = await discover(emulatorDiscoverOptions(emulator, file));
    const edited = structuredClone(first.tenant);
    editByHand(edited);
    writeFileSync(file, serializeTenant(edited));
    expect(parseTenant(readFileSync(file, "utf8")).ok).toBe(true);

    // The stamp changes: a VM added, one removed, a disk resized.
    addVm(emulator.tenant, {
      sub: SUBSCRIPTION_PROD,
      rg: "rg-app",
      name: "app-11",
      size: "Standard_A2_v2",
      os: "Linux",
      dataDisksGiB: [100],
      subnet: { rg: "rg-network", vnet: "vnet-hub", subnet: "app" },
    });
    removeVm(emulator.tenant, SUBSCRIPTION_DEV, "rg-dev", "dev-03");
    resizeDisk(emulator.tenant, SUBSCRIPTION_PROD, "rg-sql", "sql-01_DataDisk_0", 1023);

    const second = await discover(emulatorDiscoverOptions(emulator, file));
    expect(second.created).toBe(false);
    expect(second.drift).toEqual({
      added: 1,
      removed: 1,
      changed: 1,
      entries: [
        { change: "added", kind: "virtualMachines", subscription: SUBSCRIPTION_PROD, resourceGroup: "rg-app", name: "app-11" },
        {
          change: "changed",
          kind: "virtualMachines",
          subscription: SUBSCRIPTION_PROD,
          resourceGroup: "rg-sql",
          name: "sql-01",
          changes: [{ path: "disks[sql-01_DataDisk_0].sizeGiB", before: 512, after: 1023 }],
        },
        { change: "removed", kind: "virtualMachines", subscription: SUBSCRIPTION_DEV, resourceGroup: "rg-dev", name: "dev-03" },
      ],
    });

    // Everything a person entered is still there, unchanged.
    const after = second.tenant;
    expect(after.tenant).toEqual(edited.tenant);
    expect(after.protection).toEqual(edited.protection);
    expect(after.stamp).toMatchObject({ name: "tokyo-stamp-1", version: "2406" });
    const sql = vm(after, SUBSCRIPTION_PROD, "rg-sql", "sql-01");
    expect(sql).toMatchObject({
      tier: "gold",
      roles: ["sql-server"],
      peakCpuPercent: 70,
      dependsOn: ["sql-witness"],
      osVersion: "Windows Server 2019 Datacenter (SQL Server 2019 Enterprise)",
    });
    expect(sql.disks[1]).toMatchObject({ name: "sql-01_DataDisk_0", sizeGiB: 1023, changeRatePercent: 12, usedGiB: 400 });
    expect(sql.disks[2]).toMatchObject({ excludeFromBackup: true });
    expect(vm(after, SUBSCRIPTION_PROD, "rg-web", "web-02")).toMatchObject({
      roles: ["web"],
      backup: { method: "veeam-agent-windows" },
      domainJoined: true,
    });
    expect(rg(after, SUBSCRIPTION_PROD, "rg-app").storageAccounts[0]!.usedGiB).toEqual({ blob: 120 });
    expect(rg(after, SUBSCRIPTION_PROD, "rg-app").keyVaults[0]!.secretNames).toEqual(["sql-admin"]);
    expect(rg(after, SUBSCRIPTION_PROD, "rg-k8s").kubernetesClusters[0]!.namespaces).toEqual(["default", "erp"]);
    // Apart from the drift, the file is the edited file: nothing else moved.
    const expected = structuredClone(edited);
    const appGroup = rg(expected, SUBSCRIPTION_PROD, "rg-app");
    appGroup.virtualMachines = [...appGroup.virtualMachines, vm(after, SUBSCRIPTION_PROD, "rg-app", "app-11")];
    rg(expected, SUBSCRIPTION_DEV, "rg-dev").virtualMachines = rg(expected, SUBSCRIPTION_DEV, "rg-dev").virtualMachines.filter((v) => v.name !== "dev-03");
    vm(expected, SUBSCRIPTION_PROD, "rg-sql", "sql-01").disks[1]!.sizeGiB = 1023;
    expect(after).toEqual(expected);
  });

  it("reports field-level changes and removals of parts", () => {
    const before = structuredClone(parseTenant(readFileSync(join(dir, "tenant.yaml"), "utf8")).tenant!);
    const after = structuredClone(before);
    const web = vm(after, SUBSCRIPTION_PROD, "rg-web", "web-01");
    web.size = "Standard_DS3_v2";
    web.disks = web.disks.filter((d) => d.role === "os");
    delete web.nics[0]!.networkSecurityGroup;
    const drift = computeDrift(before, after, new Set([SUBSCRIPTION_PROD]));
    expect(drift.entries).toEqual([
      {
        change: "changed",
        kind: "virtualMachines",
        subscription: SUBSCRIPTION_PROD,
        resourceGroup: "rg-web",
        name: "web-01",
        changes: [
          {
            path: "disks[web-01_DataDisk_0]",
            before: { name: "web-01_DataDisk_0", role: "data", lun: 0, sizeGiB: 64, sku: "Premium_LRS", caching: "None" },
          },
          { path: "nics[web-01-nic].networkSecurityGroup", before: "nsg-web" },
          { path: "size", before: "Standard_DS2_v2", after: "Standard_DS3_v2" },
        ],
      },
    ]);
  });
});

describe("re-discovery with failures", () => {
  it("keeps the last known entry of a resource that could not be read, with its human fields", async () => {
    const fail = new Set<string>();
    const emu = await startArmEmulator({ faults: () => undefined, alwaysFail: fail });
    const file = join(dir, "partial.yaml");
    try {
      const first = await discover(emulatorDiscoverOptions(emu, file));
      const edited = structuredClone(first.tenant);
      editByHand(edited);
      writeFileSync(file, serializeTenant(edited));
      const sqlId = `/subscriptions/${SUBSCRIPTION_PROD}/resourceGroups/rg-sql/providers/Microsoft.Compute/virtualMachines/sql-01`;
      fail.add(sqlId.toLowerCase());
      const second = await discover(emulatorDiscoverOptions(emu, file, { maxRetries: 0 }));
      expect(second.failures).toEqual([{ id: sqlId, type: "Microsoft.Compute/virtualMachines", reason: "HTTP 500 InternalServerError" }]);
      expect(second.counts.find((c) => c.type === "Microsoft.Compute/virtualMachines")).toMatchObject({ unreadable: 1 });
      // The VM stays as it was, tier and all; neither it nor its disks, NIC and extension turn up as other resources.
      expect(vm(second.tenant, SUBSCRIPTION_PROD, "rg-sql", "sql-01")).toEqual(vm(edited, SUBSCRIPTION_PROD, "rg-sql", "sql-01"));
      expect(rg(second.tenant, SUBSCRIPTION_PROD, "rg-sql").otherResources).toEqual([]);
      expect(second.drift!.entries).toEqual([]);
    } finally {
      await emu.close();
    }
  });

  it("refuses to overwrite an existing file that is not a valid tenant.yaml", async () => {
    const file = join(dir, "broken.yaml");
    writeFileSync(file, "schemaVersion: 1\ntenant: [not, a, mapping]\n");
    await expect(discover(emulatorDiscoverOptions(emulator, file))).rejects.toMatchObject({
      kind: "invalid-input",
      message: expect.stringMatching(/broken\.yaml exists but is not a valid tenant\.yaml/),
    });
    expect(readFileSync(file, "utf8")).toBe("schemaVersion: 1\ntenant: [not, a, mapping]\n");
  });
});
