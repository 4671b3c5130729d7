/**
 * The ARM JSON schemas kept in the repository (test/support/arm-schemas/, MIT, Azure/azure-resource-manager-schemas
 * @ a1454431, see SOURCE.txt there) compiled with ajv, so every template and parameter file the tool writes is
 * validated in CI without ../shared or the network.
 *
 * Besides the hybrid profile's providers, schemas/2024-04-01/Microsoft.RecoveryServices.json (@ a72002ee) holds the
 * public-Azure vault that deploy/target/recovery-services-vault.json creates.
 *
 * The schemas are draft-04 (`id`); ajv 8 reads them once `id` becomes `$id`. The top-level template schema's
 * resource list is a oneOf over ~9k per-provider files not kept here, so the skeleton is validated with a plain
 * resource base and each resource against its own resourceDefinition, keyed by type and apiVersion.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

export const ARM_SCHEMA_DIR = fileURLToPath(new URL("./arm-schemas/schemas", import.meta.url));
export const TEMPLATE_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
export const PARAMETERS_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";
/** The Recovery Services vault's resourceDefinition, public Azure, api-version 2024-04-01 (src/operations/target.ts VAULT_API_VERSION). */
export const VAULT_RESOURCE_SCHEMA = "https://schema.management.azure.com/schemas/2024-04-01/Microsoft.RecoveryServices.json#/resourceDefinitions/vaults";

function schemaFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return schemaFiles(path);
    return name.endsWith(".json") ? [path] : [];
  });
}

export interface ArmSchemas {
  ajv: Ajv;
  /** `type@apiVersion` (lower case) → the $ref of its resourceDefinition. */
  definitions: Map<string, string>;
  validator(ref: string): ValidateFunction;
}

let loaded: ArmSchemas | undefined;

export function armSchemas(): ArmSchemas {
  if (loaded) return loaded;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  const definitions = new Map<string, string>();
  for (const file of schemaFiles(ARM_SCHEMA_DIR)) {
    const schema = JSON.parse(readFileSync(file, "utf8"));
    schema.$id = schema.id ?? schema.$id;
    delete schema.id;
    delete schema.$schema;
    if (String(schema.$id) === TEMPLATE_SCHEMA) schema.definitions.resource = { type: "object" };
    for (const [name, def] of Object.entries((schema.resourceDefinitions ?? {}) as Record<string, any>)) {
      const type = def.properties?.type?.enum?.[0];
      const version = def.properties?.apiVersion?.enum?.[0];
      if (type && version) definitions.set(`${type}@${version}`.toLowerCase(), `${schema.$id}/resourceDefinitions/${name}`);
    }
    ajv.addSchema(schema);
  }
  const validator = (ref: string): ValidateFunction => {
    const found = ajv.getSchema(ref);
    if (!found) throw new Error(`no schema ${ref} in ${ARM_SCHEMA_DIR}`);
    return found;
  };
  loaded = { ajv, definitions, validator };
  return loaded;
}

const describeErrors = (errors: ErrorObject[] | null | undefined): string =>
  JSON.stringify((errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`));

/** An ARM template expression: "[...]", but not the "[[" escape of a literal bracket. */
const isExpression = (value: unknown): boolean => typeof value === "string" && value.startsWith("[") && !value.startsWith("[[") && value.endsWith("]");

/** Resources of a template, children included (a child's type is its parent's type plus its own). */
function* resourcesOf(resources: unknown, parentType?: string): Generator<Record<string, unknown>> {
  if (!Array.isArray(resources)) return;
  for (const r of resources as Array<Record<string, unknown>>) {
    const type = parentType && typeof r.type === "string" && !r.type.includes("/") ? `${parentType}/${r.type}` : r.type;
    yield { ...r, type };
    yield* resourcesOf(r.resources, typeof type === "string" ? type : undefined);
  }
}

/**
 * Validates one generated file as written: a parameters file against deploymentParameters, a template against
 * the deploymentTemplate skeleton and each of its resources against its resourceDefinition. Returns the errors,
 * one line each; an empty list means the file passes.
 */
export function armFileErrors(path: string, json: unknown): string[] {
  const { definitions, validator } = armSchemas();
  const errors: string[] = [];
  if (path.endsWith(".parameters.json")) {
    const validate = validator(PARAMETERS_SCHEMA);
    if (!validate(json)) errors.push(`${path}: ${describeErrors(validate.errors)}`);
    return errors;
  }
  const top = validator(TEMPLATE_SCHEMA);
  if (!top(json)) errors.push(`${path}: ${describeErrors(top.errors)}`);
  for (const r of resourcesOf((json as { resources?: unknown }).resources)) {
    const { resources: _children, dependsOn: _dependsOn, ...body } = r;
    const ref = definitions.get(`${String(r.type)}@${String(r.apiVersion)}`.toLowerCase());
    if (!ref) {
      errors.push(`${path}: no schema kept for ${String(r.type)}@${String(r.apiVersion)}`);
      continue;
    }
    const validate = validator(ref);
    if (validate(body)) continue;
    // The schemas put length and pattern limits on `name` with no expression alternative, so they would measure
    // the text of "[parameters('...')]"; such a name is checked after evaluation (test/iac/arm.test.ts) instead.
    const nameIsExpression = isExpression(r.name);
    const real = (validate.errors ?? []).filter((e) => !(nameIsExpression && e.instancePath === "/name"));
    if (real.length > 0) errors.push(`${path} ${String(r.type)} ${String(r.name)}: ${describeErrors(real)}`);
  }
  return errors;
}
