/** Plans of the bundled examples, rendered the way the CLI renders them, for the report tests. */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadTenantFile } from "../../src/inventory/load.js";
import type { SourcePlaces } from "../../src/inventory/places.js";
import { buildPlan, type Plan } from "../../src/plan/build.js";
import type { Lang } from "../../src/base/messages/index.js";
import { renderPlan } from "../../src/report/render.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** Examples by name; paths are relative to the repository, as a user types them (plan.yaml records the path). */
export const examples = ["small", "midsize"] as const;
export type ExampleName = (typeof examples)[number];
export const examplePath = (name: ExampleName) => `examples/${name}/tenant.yaml`;
export const exampleExists = (name: ExampleName) => existsSync(`${repoRoot}${examplePath(name)}`);

const plans = new Map<string, Plan>();
const placesOf = new Map<string, SourcePlaces>();

/** Where each named item of the example's tenant.yaml is, as `plan` reads it (findings name their resource and line). */
export async function examplePlaces(name: ExampleName): Promise<SourcePlaces | undefined> {
  await examplePlan(name);
  return placesOf.get(name);
}

export async function examplePlan(name: ExampleName): Promise<Plan> {
  let plan = plans.get(name);
  if (!plan) {
    const cwd = process.cwd();
    process.chdir(repoRoot);
    try {
      const result = await loadTenantFile(examplePath(name), { places: true });
      if (!result.ok) throw new Error(`example ${name} is not valid: ${result.findings.map((f) => f.message).join("; ")}`);
      plan = buildPlan(result.tenant, PLAN_TEMPLATES, result.findings);
      if (result.places) placesOf.set(name, result.places);
    } finally {
      process.chdir(cwd);
    }
    plans.set(name, plan);
  }
  return plan;
}

export async function renderExample(name: ExampleName, lang: Lang): Promise<Map<string, string>> {
  const plan = await examplePlan(name);
  const places = placesOf.get(name);
  return renderPlan(plan, { lang, ...(places ? { places } : {}) });
}

const rendered = new Map<string, Promise<Map<string, string>>>();

/**
 * The rendered plan folder, rendered once per file run and shared by the tests that only read it. A test of
 * rendering itself (determinism, say) calls `renderExample` for a fresh render.
 */
export function renderedExample(name: ExampleName, lang: Lang): Promise<Map<string, string>> {
  const key = `${name}|${lang}`;
  let files = rendered.get(key);
  if (!files) rendered.set(key, (files = renderExample(name, lang)));
  return files;
}
