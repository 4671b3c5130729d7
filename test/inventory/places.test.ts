import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseTenant } from "../../src/inventory/load.js";
import { buildPlan } from "../../src/plan/build.js";
import { planText } from "../../src/report/terminal.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { repoRoot } from "../report/plans.js";

const text = readFileSync(`${repoRoot}examples/small/tenant.yaml`, "utf8");
const lines = text.split("\n");
/** The 1-based line of the first line matching `pattern` at or after line `from`. */
const lineOf = (pattern: RegExp, from = 1) => lines.findIndex((l, i) => i + 1 >= from && pattern.test(l)) + 1;

describe("places of tenant.yaml", () => {
  const parsed = parseTenant(text, "/somewhere/on/disk/tenant.yaml", { places: true });
  if (!parsed.ok || !parsed.places) throw new Error("the small example does not parse");
  const places = parsed.places;

  it("names a resource by its group and name, at the line its item starts, in the file's base name", () => {
    const rg = parsed.tenant.subscriptions[0]!.resourceGroups[0]!;
    const vm = rg.virtualMachines[0]!;
    const place = places.at(["subscriptions", 0, "resourceGroups", 0, "virtualMachines", 0, "disks", 0, "sizeGiB"]);
    expect(place?.file).toBe("tenant.yaml");
    // A disk has a name too: the innermost named item wins, qualified by the ones above it.
    expect(place?.resource).toBe(`${rg.name}/${vm.name}/${vm.disks[0]!.name}`);
    const vmPlace = places.at(["subscriptions", 0, "resourceGroups", 0, "virtualMachines", 0, "powerState"]);
    expect(vmPlace?.resource).toBe(`${rg.name}/${vm.name}`);
    expect(vmPlace?.line).toBe(lineOf(new RegExp(`^\\s+- name: ${vm.name}$`)));
  });

  it("places a section field without a name, and nothing outside the file", () => {
    const drSite = places.at(["protection", "drSite", "wanBandwidthMbps"]);
    expect(drSite).toEqual({ resource: null, file: "tenant.yaml", line: lineOf(/^ {2}drSite:/) });
    const tier = places.at(["protection", "tiers", 0, "backupWindow"]);
    expect(tier?.resource).toBe(parsed.tenant.protection.tiers[0]!.name);
    expect(tier?.line).toBe(lineOf(new RegExp(`^\\s+- name: ${parsed.tenant.protection.tiers[0]!.name}$`), lineOf(/^ {2}tiers:/)));
    expect(places.at(["nothing", 3])).toBeNull();
  });

  it("is recorded only when asked (validate does not pay for it)", () => {
    const plain = parseTenant(text, "tenant.yaml");
    expect(plain.ok && plain.places).toBeUndefined();
  });

  it("gives the terminal's findings their resource and line", () => {
    const plan = buildPlan(parsed.tenant, PLAN_TEMPLATES, parsed.findings);
    const out = planText(plan, { lang: "en", places });
    const findingLines = out.split("\n").filter((l) => /^\s+\S+ \[[\w.-]+\]/.test(l) && l.includes("subscriptions["));
    expect(findingLines.length).toBeGreaterThan(0);
    for (const l of findingLines) expect(l).toMatch(/\((?:[^,()]+, )?tenant\.yaml:\d+: subscriptions\[/);
    expect(findingLines.some((l) => /\(rg-[^,]+, tenant\.yaml:\d+: /.test(l))).toBe(true);
  });
});
