/**
 * export-config in-process against the emulator, with an injected clock: folder layout, index.json,
 * exportTemplate where supported, redaction listed per file, and the change report of a second run.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportConfig, folderName, resourceFile, type ExportIndex, type ExportOptions } from "../../src/discovery/export-config.js";
import { REDACTED } from "../../src/discovery/redact.js";
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { addVm, allResources, CANARY_SECRET, removeVm, resizeDisk, SUBSCRIPTION_DEV, SUBSCRIPTION_PROD } from "./emulator/tenant-data.js";

let emulator: ArmEmulator;
let root: string;

beforeAll(async () => {
  emulator = await startArmEmulator({ exportTemplateUnsupported: new Set(["rg-misc"]) });
  root = mkdtempSync(join(tmpdir(), "export-test-"));
});
afterAll(async () => {
  await emulator?.close();
  rmSync(root, { recursive: true, force: true });
});

const options = (at: string): ExportOptions => ({
  armEndpoint: emulator.url,
  auth: "sp-secret",
  env: { AZURE_CLIENT_ID: EMULATOR_CLIENT_ID, AZURE_CLIENT_SECRET: EMULATOR_CLIENT_SECRET },
  ca: emulator.ca,
  retryDelayMs: 10,
  root,
  now: () => new Date(at),
});

describe("export-config", () => {
  it("names folders by the injected UTC clock", () => {
    expect(folderName(new Date("2026-11-22T01:30:05.123Z"))).toBe("2026-11-22T013005Z");
    expect(resourceFile("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a b")).toBe(
      "subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/a_b.json",
    );
  });

  it("writes every resource, the templates that exist, and an index that lists what was redacted", async () => {
    const result = await exportConfig(options("2026-11-22T01:30:00Z"));
    expect(result.folder).toBe(join(root, "2026-11-22T013000Z"));
    const index = JSON.parse(readFileSync(join(result.folder, "index.json"), "utf8")) as ExportIndex;
    expect(index).toEqual(result.index);
    expect(index.createdAt).toBe("2026-11-22T01:30:00.000Z");
    expect(index.apiProfile).toBe("2020-09-01-hybrid");
    expect(index.resources).toHaveLength(allResources(emulator.tenant).length);
    for (const r of index.resources) expect(existsSync(join(result.folder, r.file)), r.file).toBe(true);
    // Types without a profile api-version cannot be read by id on a stamp: their listing entry is kept.
    expect(index.resources.find((r) => r.type === "Contoso.Custom/widgets")).toMatchObject({ apiVersion: null, source: "listing" });
    expect(index.resources.find((r) => r.type === "Microsoft.Compute/disks")).toMatchObject({ apiVersion: "2019-07-01", source: "get" });

    expect(index.templates.map((t) => [t.resourceGroup, t.status])).toEqual([
      ["rg-app", "exported"],
      ["rg-k8s", "exported"],
      ["rg-network", "exported"],
      ["rg-sql", "exported"],
      ["rg-web", "exported"],
      ["rg-dev", "exported"],
      ["rg-misc", "not-supported"],
    ]);
    expect(index.templates.find((t) => t.resourceGroup === "rg-misc")!.note).toBe("exportTemplate not available: HTTP 400 ExportTemplateNotSupported");

    const connection = index.resources.find((r) => r.id.endsWith("/connections/conn-onprem"))!;
    expect(connection.redacted).toEqual(["/properties/sharedKey"]);
    const body = JSON.parse(readFileSync(join(result.folder, connection.file), "utf8")) as {
      properties: { sharedKey: string; routingWeight: number };
    };
    expect(body.properties).toMatchObject({ sharedKey: REDACTED, routingWeight: 10 });
    expect(index.resources.find((r) => r.id.endsWith("/virtualMachines/app-01"))!.redacted).toEqual(["/properties/osProfile/customData"]);
    expect(index.resources.find((r) => r.id.endsWith("/sites/contoso-api"))!.redacted).toEqual(["/properties/siteConfig/connectionStrings"]);
    const network = index.templates.find((t) => t.resourceGroup === "rg-network")!;
    expect(network.redacted).toEqual(["/template/resources/6/properties/sharedKey"]);

    const everything = readdirSync(result.folder, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => readFileSync(join(e.parentPath, e.name), "utf8"));
    expect(everything.length).toBe(index.resources.length + 6 + 1);
    for (const text of everything) expect(text.includes(CANARY_SECRET)).toBe(false);
    expect(result.index.changesSincePrevious).toBeNull();
  });

  it("a second run creates a new dated folder and reports exactly what changed", async () => {
    addVm(emulator.tenant, {
      sub: SUBSCRIPTION_DEV,
      rg: "rg-dev",
      name: "dev-09",
      size: "Standard_DS1_v2",
      os: "Linux",
      subnet: { rg: "rg-dev", vnet: "vnet-dev", subnet: "default" },
    });
    removeVm(emulator.tenant, SUBSCRIPTION_DEV, "rg-dev", "dev-02");
    resizeDisk(emulator.tenant, SUBSCRIPTION_PROD, "rg-sql", "sql-02_DataDisk_1", 512);
    const result = await exportConfig(options("2026-11-23T01:30:00Z"));
    expect(result.folder).toBe(join(root, "2026-11-23T013000Z"));
    const changes = result.index.changesSincePrevious!;
    const base = (sub: string, rg: string) => `/subscriptions/${sub}/resourceGroups/${rg}/providers`;
    expect(changes.previous).toBe("2026-11-22T013000Z");
    expect(changes.added).toEqual([
      `${base(SUBSCRIPTION_DEV, "rg-dev")}/Microsoft.Compute/disks/dev-09_OsDisk_1`,
      `${base(SUBSCRIPTION_DEV, "rg-dev")}/Microsoft.Compute/virtualMachines/dev-09`,
      `${base(SUBSCRIPTION_DEV, "rg-dev")}/Microsoft.Network/networkInterfaces/dev-09-nic`,
    ]);
    expect(changes.removed).toEqual([
      `${base(SUBSCRIPTION_DEV, "rg-dev")}/Microsoft.Compute/disks/dev-02_OsDisk_1`,
      `${base(SUBSCRIPTION_DEV, "rg-dev")}/Microsoft.Compute/virtualMachines/dev-02`,
      `${base(SUBSCRIPTION_DEV, "rg-dev")}/Microsoft.Network/networkInterfaces/dev-02-nic`,
    ]);
    expect(changes.changed).toEqual([
      `${base(SUBSCRIPTION_PROD, "rg-sql")}/Microsoft.Compute/disks/sql-02_DataDisk_1`,
      `${base(SUBSCRIPTION_PROD, "rg-sql")}/Microsoft.Compute/virtualMachines/sql-02`,
    ]);
    // The first folder is untouched.
    expect(
      readdirSync(root)
        .filter((n) => !n.startsWith("."))
        .sort(),
    ).toEqual(["2026-11-22T013000Z", "2026-11-23T013000Z"]);
  });

  it("a run in the same second gets a suffixed folder, never overwriting", async () => {
    const result = await exportConfig(options("2026-11-23T01:30:00Z"));
    expect(result.folder).toBe(join(root, "2026-11-23T013000Z-2"));
    expect(result.index.changesSincePrevious).toEqual({ previous: "2026-11-23T013000Z", added: [], removed: [], changed: [] });
  });
});
