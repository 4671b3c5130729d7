/**
 * Round trip for a tenant found by discovery: the real discover() reads the HTTPS ARM emulator of the
 * discovery suite (test/discovery/emulator), and the resulting inventory goes through the ARM templates
 * and the evaluator, Terraform and the export scripts like the bundled examples.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildArmTemplates } from "../../src/iac/arm.js";
import { apiVersionFor } from "../../src/stamp/api-profile.js";
import { planIac } from "../../src/iac/index.js";
import { generateTerraform } from "../../src/iac/terraform.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { discoverFromEmulator } from "../discovery/emulator/discover-helper.js";
import { startArmEmulator, type ArmEmulator } from "../discovery/emulator/server.js";
import { parseHcl, resourcesOf } from "./hcl-read.js";
import { deployedView, deployPlan, expectedView } from "./round-trip.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";

describe("configuration as code for a discovered tenant", () => {
  let emulator: ArmEmulator;
  let tenant: Tenant;
  beforeAll(async () => {
    emulator = await startArmEmulator();
    tenant = (await discoverFromEmulator({ emulator })).tenant;
  });
  afterAll(async () => {
    await emulator?.close();
  });

  it("discovery found resources to template", () => {
    const groups = tenant.subscriptions.flatMap((s) => s.resourceGroups);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.flatMap((g) => g.virtualMachines).length).toBeGreaterThan(0);
  });

  it("round-trips every discovered resource through the ARM templates and the evaluator", () => {
    for (const plan of buildArmTemplates(tenant)) {
      const { resources, template } = deployPlan(plan);
      for (const r of template.resources) expect(r.apiVersion).toBe(apiVersionFor(r.type));
      expect(deployedView(resources), plan.templatePath).toEqual(expectedView(plan.subscription, plan.resourceGroup));
    }
  });

  it("writes Terraform that parses, and reports what it cannot rebuild", async () => {
    for (const f of generateTerraform(tenant, IAC_TEMPLATES).filter((x) => x.path.endsWith("main.tf"))) {
      expect(resourcesOf(await parseHcl(f.path, f.content)).length).toBeGreaterThan(0);
    }
    const plan = planIac(tenant, IAC_TEMPLATES);
    const others = tenant.subscriptions.flatMap((s) => s.resourceGroups.flatMap((g) => g.otherResources));
    expect(plan.gaps.filter((g) => g.code === "iac-unsupported-type")).toHaveLength(others.length);
  });
});
