/**
 * Configuration as code for the plan: ARM templates on the 2020-09-01-hybrid profile, Terraform for the
 * azurestack provider and scheduled export scripts, with counts and the gaps between what the inventory
 * holds and what a redeployment needs. Pure: files are returned, never written here.
 */
import { sortFindings, type Finding } from "../base/findings.js";
import { planFinding as finding } from "../base/planner-findings.js";
import { t } from "../base/text.js";
import type { Tenant } from "../inventory/schema.js";
import { API_PROFILE, API_PROFILE_SOURCE } from "../stamp/api-profile.js";
import { buildArmTemplates, serializeArmParameters, serializeArmTemplate, type GeneratedFile } from "./arm.js";
import type { IacTemplates } from "./handlebars.js";
import { generateExportScripts, type ExportScriptOptions } from "./scripts.js";
import { buildTerraform, generateTerraform } from "./terraform.js";
import { AZURESTACK_PROVIDER } from "./terraform-schema.js";

export type { GeneratedFile } from "./arm.js";
export type { IacTemplates } from "./handlebars.js";
export { generateArmTemplates } from "./arm.js";
export { generateTerraform } from "./terraform.js";
export { generateExportScripts } from "./scripts.js";
export { apiVersionFor, API_PROFILE } from "../stamp/api-profile.js";

export interface IacPlan {
  apiProfile: string;
  apiProfileSource: string;
  terraformProvider: { source: string; version: string };
  files: GeneratedFile[];
  armTemplates: number;
  armResources: number;
  /** ARM resources per type, sorted by type. */
  resourcesByType: Record<string, number>;
  terraformResources: number;
  parameters: { total: number; secure: number; placeholders: number };
  /** Per subscription, the resource groups in the order their templates must be deployed. */
  deploymentOrder: Array<{ subscription: string; resourceGroups: string[] }>;
  /** What a redeployment cannot take from the inventory: placeholders, secrets, defaults, limits. */
  gaps: Finding[];
}

/** `templates` are the sources of templates/iac, read at the edge (src/base/template-files.ts). */
export function planIac(tenant: Tenant, templates: IacTemplates, options: ExportScriptOptions = {}): IacPlan {
  const arm = buildArmTemplates(tenant);
  const terraform = buildTerraform(tenant);
  const files: GeneratedFile[] = [
    ...arm.flatMap((p) => [
      { path: p.templatePath, content: serializeArmTemplate(p) },
      { path: p.parametersPath, content: serializeArmParameters(p) },
    ]),
    ...generateTerraform(tenant, templates),
    ...generateExportScripts(tenant, templates, options),
  ];
  const resourcesByType: Record<string, number> = {};
  for (const p of arm) for (const r of p.template.resources) resourcesByType[r.type] = (resourcesByType[r.type] ?? 0) + 1;
  const parameters = arm.flatMap((p) => Object.values(p.template.parameters));
  const gaps: Finding[] = [...arm.flatMap((p) => p.gaps), ...terraform.flatMap((p) => p.gaps)];

  const deploymentOrder = tenant.subscriptions.map((subscription, s) => {
    const plans = arm.filter((p) => p.subscription === subscription);
    const { order, cyclic } = dependencyOrder(plans.map((p) => ({ name: p.resourceGroup.name, after: p.dependsOnGroups })));
    if (cyclic.length > 0) {
      gaps.push(finding("warning", "iac-cyclic-groups", ["subscriptions", s], t("msg.iac-cyclic-groups", { groups: cyclic.join(", ") })));
    }
    return { subscription: subscription.name, resourceGroups: order };
  });

  return {
    apiProfile: API_PROFILE,
    apiProfileSource: API_PROFILE_SOURCE,
    terraformProvider: { ...AZURESTACK_PROVIDER },
    files,
    armTemplates: arm.length,
    armResources: arm.reduce((n, p) => n + p.template.resources.length, 0),
    resourcesByType: Object.fromEntries(Object.entries(resourcesByType).sort(([a], [b]) => a.localeCompare(b, "en"))),
    terraformResources: terraform.reduce((n, p) => n + p.blocks.filter((b) => b.type === "resource").length, 0),
    parameters: {
      total: parameters.length,
      secure: parameters.filter((p) => p.type === "securestring").length,
      placeholders: parameters.filter((p) => p.metadata?.description.startsWith("PLACEHOLDER:")).length,
    },
    deploymentOrder,
    gaps: sortFindings(gaps),
  };
}

/** Kahn's algorithm keeping the inventory order among ready groups; groups in a cycle go last, in inventory order. */
export function dependencyOrder(groups: Array<{ name: string; after: string[] }>): { order: string[]; cyclic: string[] } {
  const key = (name: string) => name.toLowerCase();
  const remaining = new Map(groups.map((g) => [key(g.name), g]));
  const order: string[] = [];
  for (;;) {
    const ready = [...remaining.values()].find((g) => g.after.every((a) => !remaining.has(key(a)) || key(a) === key(g.name)));
    if (!ready) break;
    order.push(ready.name);
    remaining.delete(key(ready.name));
  }
  const cyclic = [...remaining.values()].map((g) => g.name);
  return { order: [...order, ...cyclic], cyclic };
}
