/**
 * The tenants whose deploy/ files are checked: the bundled examples, the hostile-names corpus, seeded synthetic
 * tenants, and the small example with each other target kind and product family, so that every generator
 * (vault or stamp template, checklists, MABS, MARS, Veeam, Velero) runs.
 */
import { buildPlan, type Plan } from "../../src/plan/build.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { renderPlan } from "../../src/report/render.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { exampleTenants, generatedTenants, hostileNameTenants, type TenantCase } from "../support/tenants-under-test.js";

function variants(): TenantCase[] {
  const [, small] = exampleTenants()[0]!;
  const copy = (): Tenant => structuredClone(small);
  const s3 = copy();
  s3.protection.target = {
    kind: "s3-compatible",
    name: "bkp-bucket",
    location: "osaka-dc",
    endpoint: "https://s3.example.jp",
    wanBandwidthMbps: 100,
    immutable: true,
  };
  const stamp = copy();
  stamp.protection.target = { kind: "second-stamp", name: "repo-osaka", location: "osaka", stampName: "ash-osaka-01", wanBandwidthMbps: 500 };
  const share = copy();
  share.protection.target = { kind: "smb-share", name: "backup$", location: "osaka-dc", wanBandwidthMbps: 100 };
  share.protection.productFamily = "veeam";
  // Low bandwidth: the plan recommends offline seeding, so the MABS groups wait for the offline copy.
  const slow = copy();
  slow.protection.target = { ...slow.protection.target, wanBandwidthMbps: 2 };
  // Two VMs back up with the MARS agent straight to the vault (no MABS server in between).
  const mars = copy();
  for (const vm of mars.subscriptions[0]!.resourceGroups.flatMap((g) => g.virtualMachines ?? []).filter((v) => v.name === "web01" || v.name === "web02")) {
    vm.backup = { method: "mars" };
  }
  return [
    ["small, web servers on MARS direct", mars],
    ["small, S3-compatible target", s3],
    ["small, second-stamp target", stamp],
    ["small, SMB share and Veeam", share],
    ["small, 2 Mbit/s link (offline seeding)", slow],
  ];
}

export interface PlanCase {
  label: string;
  tenant: Tenant;
  plan: Plan;
  /** deploy/ files by path relative to deploy/. */
  deploy: Map<string, string>;
}

let cached: PlanCase[] | undefined;

export function planCases(): PlanCase[] {
  cached ??= [...exampleTenants(), ...variants(), ...hostileNameTenants(), ...generatedTenants(8)].map(([label, tenant]) => {
    const plan = buildPlan(tenant, PLAN_TEMPLATES);
    return { label, tenant, plan, deploy: new Map(plan.operations.files.map((f) => [f.path, f.content])) };
  });
  return cached;
}

export const renderedFolder = (c: PlanCase): Map<string, string> => renderPlan(c.plan, { lang: "en" });
