/**
 * updateTenantText: a rewrite of an existing tenant.yaml keeps its comments, key order, blank lines and
 * `$schema` line, and loads back as exactly what the standard writer (serializeTenant) gives.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import jsYaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { describeLostComments, updateTenantText } from "../../src/inventory/edit.js";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { addComments, missingMarkers } from "../helpers/commented-tenant.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const exampleText = (name: string) => readFileSync(resolve(repoRoot, "examples", name, "tenant.yaml"), "utf8");

function tenantOf(text: string): Tenant {
  const result = parseTenant(text);
  expect(result.ok).toBe(true);
  return result.tenant!;
}

/** The edit loads back as the data the old writer gives for the same tenant. */
function expectSameData(text: string, tenant: Tenant): void {
  expect(jsYaml.load(text)).toEqual(jsYaml.load(serializeTenant(tenant)));
}

describe.each(["small", "midsize"])("updateTenantText on a commented copy of examples/%s", (name) => {
  const commented = addComments(exampleText(name));

  it("writes the file back byte for byte when the data did not change", () => {
    expect(commented.markers.length).toBeGreaterThan(name === "small" ? 150 : 1000);
    const tenant = tenantOf(commented.text);
    const edit = updateTenantText(commented.text, tenant);
    expect(edit.rewritten).toBeUndefined();
    expect(edit.lostComments).toEqual([]);
    expect(edit.text).toBe(commented.text);
    expectSameData(edit.text, tenant);
  });

  it("keeps every comment through changed, added and reordered data, and reports those of a removed VM", () => {
    const tenant = structuredClone(tenantOf(commented.text));
    const group = tenant.subscriptions[0]!.resourceGroups.find((g) => g.virtualMachines.length >= 2)!;
    const [first, removed] = group.virtualMachines;
    first!.tier = tenant.protection.tiers.at(-1)!.name;
    first!.peakCpuPercent = 42;
    first!.disks[0]!.changeRatePercent = 7.5;
    first!.osVersion = `${first!.osVersion} (edited)`;
    group.virtualMachines.splice(1, 1);
    group.virtualMachines.push({ ...structuredClone(first!), name: "added-vm", nics: [] });
    tenant.tenant.description = "2024-01-01";
    tenant.protection.tiers.reverse();

    const edit = updateTenantText(commented.text, tenant);
    expect(edit.rewritten).toBeUndefined();
    expectSameData(edit.text, tenant);
    const lost = new Set(edit.lostComments.map((c) => c.text.split(" ")[0]!));
    expect(lost.size).toBeGreaterThan(0);
    for (const c of edit.lostComments) expect(c.path).toMatch(new RegExp(`virtualMachines\\[${removed!.name}\\]`));
    // Every other marker is still there, once.
    expect(missingMarkers(edit.text, commented.markers).filter((m) => !lost.has(m))).toEqual([]);
    expect(edit.text.startsWith("# c-1 at the top")).toBe(true);
    expect(edit.text).toContain("# yaml-language-server: $schema=../../docs/tenant.schema.json\n");
    expect(describeLostComments("t.yaml", edit, "t.yaml.bak")).toMatch(/^t\.yaml: \d+ comment\(s\) could not be kept \(their entries are gone: /);
  });
});

describe("updateTenantText, details", () => {
  const base = exampleText("small");

  it("quotes a new string that js-yaml would read as a date, and keeps an old one's quotes", () => {
    const tenant = structuredClone(tenantOf(base));
    tenant.tenant.description = "2024-01-01";
    tenant.stamp.version = "2501";
    const edit = updateTenantText(base, tenant);
    expect(edit.text).toContain('description: "2024-01-01"');
    expect(edit.text).toContain('version: "2501"');
    expectSameData(edit.text, tenant);
  });

  it("falls back to the standard form, and says why, when the old text cannot be edited", () => {
    const tenant = tenantOf(base);
    const edit = updateTenantText("# a comment\n- not a mapping\n", tenant);
    expect(edit.rewritten).toMatch(/top level is not a mapping/);
    expect(edit.text).toBe(serializeTenant(tenant));
    expect(edit.lostComments.map((c) => c.text)).toEqual(["a comment"]);
    expect(describeLostComments("t.yaml", edit, "t.yaml.bak")).toMatch(/^t\.yaml: written in standard form, comments not kept: /);
  });

  it("keeps a key order a person chose and puts a new key after the key before it in schema order", () => {
    const reordered = base.replace("schemaVersion: 1\n", "").replace(/^protection:/m, "schemaVersion: 1\nprotection:");
    const tenant = structuredClone(tenantOf(reordered));
    const vm = tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines[0]!;
    vm.serverCore = false;
    // As every caller passes it: a tenant out of the schema (keys in schema order).
    const edit = updateTenantText(reordered, tenantOf(serializeTenant(tenant)));
    expect(edit.text.indexOf("schemaVersion: 1")).toBeGreaterThan(edit.text.indexOf("subscriptions:"));
    expect(edit.text).toMatch(/osVersion: Windows Server 2019 Datacenter\n\s+serverCore: false\n\s+size: Standard_DS2_v2/);
    expectSameData(edit.text, tenant);
  });
});
