import { describe, expect, it } from "vitest";
import { dependencyOrder, planIac } from "../../src/iac/index.js";
import { buildPlan } from "../../src/plan/build.js";
import { planText } from "../../src/report/terminal.js";
import { runCli } from "../helpers/cli.js";
import { awkwardTenant, loadTenant } from "./round-trip.js";
import { IAC_TEMPLATES, PLAN_TEMPLATES } from "../helpers/templates.js";

const small = loadTenant("examples/small/tenant.yaml");

describe("planIac", () => {
  const plan = planIac(small, IAC_TEMPLATES);

  it("counts what the generated files hold", () => {
    const templates = plan.files.filter((f) => f.path.startsWith("arm/") && !f.path.endsWith(".parameters.json")).map((f) => JSON.parse(f.content));
    expect(plan.armTemplates).toBe(templates.length);
    expect(plan.armTemplates).toBe(small.subscriptions.flatMap((s) => s.resourceGroups).length);
    const resources = templates.flatMap((t) => t.resources as Array<{ type: string }>);
    expect(plan.armResources).toBe(resources.length);
    expect(Object.values(plan.resourcesByType).reduce((a, b) => a + b, 0)).toBe(resources.length);
    expect(plan.resourcesByType["Microsoft.Compute/virtualMachines"]).toBe(resources.filter((r) => r.type === "Microsoft.Compute/virtualMachines").length);
    const parameters = templates.flatMap((t) => Object.values(t.parameters as Record<string, { type: string }>));
    expect(plan.parameters.total).toBe(parameters.length);
    expect(plan.parameters.secure).toBe(parameters.filter((p) => p.type === "securestring").length);
    const mainTf = plan.files
      .filter((f) => f.path.endsWith("main.tf"))
      .map((f) => f.content)
      .join("\n");
    expect(plan.terraformResources).toBe((mainTf.match(/^resource "/gm) ?? []).length);
    expect(plan.files.map((f) => f.path)).toEqual(expect.arrayContaining(["scripts/export-config.ps1", "scripts/export-config.sh"]));
    expect(plan.apiProfile).toBe("2020-09-01-hybrid");
  });

  it("is deterministic: the same input gives byte-identical files", () => {
    expect(planIac(structuredClone(small), IAC_TEMPLATES).files).toEqual(plan.files);
  });

  it("deploys network groups before the groups whose NICs use their subnets", () => {
    const order = plan.deploymentOrder[0]!.resourceGroups;
    expect(order.indexOf("rg-network")).toBeLessThan(order.indexOf("rg-identity"));
    expect(order.indexOf("rg-network")).toBeLessThan(order.indexOf("rg-web"));
    expect([...order].sort()).toEqual(small.subscriptions[0]!.resourceGroups.map((g) => g.name).sort());
  });

  it("orders groups by dependency and reports cycles", () => {
    expect(
      dependencyOrder([
        { name: "a", after: ["c"] },
        { name: "b", after: [] },
        { name: "c", after: ["b"] },
      ]),
    ).toEqual({ order: ["b", "c", "a"], cyclic: [] });
    expect(
      dependencyOrder([
        { name: "a", after: ["b"] },
        { name: "b", after: ["a"] },
        { name: "c", after: [] },
      ]),
    ).toEqual({ order: ["c", "a", "b"], cyclic: ["a", "b"] });
  });

  it("counts placeholders and lists the gaps, warnings first", () => {
    const awkward = planIac(awkwardTenant(small), IAC_TEMPLATES);
    expect(awkward.parameters.placeholders).toBe(2);
    const severities = awkward.gaps.map((g) => g.severity);
    expect(severities.indexOf("info")).toBeGreaterThan(severities.lastIndexOf("warning"));
    expect(awkward.gaps.filter((g) => g.code === "iac-placeholder")).toHaveLength(2);
  });

  it("is part of the plan model and printed by the plan command", () => {
    expect(buildPlan(small, PLAN_TEMPLATES).iac.armResources).toBe(plan.armResources);
    const text = planText(buildPlan(small, PLAN_TEMPLATES), { lang: "en" });
    expect(text).toContain("Configuration as code (API profile 2020-09-01-hybrid, hashicorp/azurestack 1.0.0)");
    expect(text).toMatch(new RegExp(`ARM templates \\(one per resource group\\) +${plan.armTemplates}\n`));
    expect(text).toMatch(new RegExp(`Resources in the ARM templates +${plan.armResources}\n`));
    expect(text).toMatch(/Contoso Production +rg-network → /);
  });

  it("shows in the built CLI's plan output", () => {
    const run = runCli(["plan", "examples/small/tenant.yaml"]);
    expect(run.stdout).toContain("Configuration as code (API profile 2020-09-01-hybrid, hashicorp/azurestack 1.0.0)");
    expect(run.stdout).toMatch(new RegExp(`Resources in the Terraform configuration +${plan.terraformResources}\n`));
  });
});
