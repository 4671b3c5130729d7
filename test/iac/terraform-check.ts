/**
 * Checks generated Terraform against the hashicorp/azurestack 1.0.0 schema (generated from the provider's own
 * `terraform providers schema -json`) and the provider's value rules, the way `terraform validate` would reject it:
 * unknown resource types, blocks and attributes; computed-only or deprecated attributes set; required attributes
 * and blocks missing; block counts outside min/max; literal values of the wrong type or outside a rule.
 * The HCL is read with a real parser (@cdktf/hcl2json); values that are expressions are not judged.
 */
import type { CtyType, SchemaBlock } from "../../src/iac/terraform-schema-types.js";
import { azurestackSchema, dataSourceSchema, resourceSchema } from "../../src/iac/terraform-schema.js";
import { ruleViolation } from "../../src/iac/terraform-rules.js";
import { hclLiteral, parseHcl } from "./hcl-read.js";

/** Meta-arguments Terraform itself owns on every resource and data block. */
const META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);

/** hcl2json renders an expression (or a string with interpolation) as a "${...}" string. */
const isExpression = (value: unknown): boolean => typeof value === "string" && /\$\{/.test(value.replace(/\$\$\{/g, ""));

function typeError(type: CtyType, value: unknown): string | undefined {
  if (isExpression(value)) return undefined;
  if (typeof type === "string") {
    if (type === "string") return typeof value === "string" ? undefined : "a string expected";
    if (type === "number") return typeof value === "number" ? undefined : "a number expected";
    if (type === "bool") return typeof value === "boolean" ? undefined : "a bool expected";
    return undefined; // "dynamic"
  }
  const [kind, inner] = type;
  if (kind === "list" || kind === "set") {
    if (!Array.isArray(value)) return `a ${kind} expected`;
    for (const item of value) {
      const e = typeError(inner as CtyType, item);
      if (e) return e;
    }
    return undefined;
  }
  if (kind === "map") return value && typeof value === "object" && !Array.isArray(value) ? undefined : "a map expected";
  return undefined;
}

/** An attribute of type list/set of object may be written as blocks ("attributes as blocks", SDKv2 ConfigModeAttr). */
function objectElement(type: CtyType): Record<string, CtyType> | undefined {
  if (typeof type === "string") return undefined;
  const [kind, inner] = type;
  if ((kind === "list" || kind === "set") && Array.isArray(inner) && inner[0] === "object") return inner[1] as Record<string, CtyType>;
  return undefined;
}

function literal(value: unknown): unknown {
  return typeof value === "string" ? hclLiteral(value) : value;
}

function checkBody(resource: string, path: string, schema: SchemaBlock, body: Record<string, unknown>, errors: string[]): void {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  for (const [key, value] of Object.entries(body)) {
    if (!path && META.has(key)) continue;
    const attribute = schema.attributes?.[key];
    const nested = schema.block_types?.[key];
    if (attribute) {
      if (attribute.computed && !attribute.optional && !attribute.required) errors.push(`${resource}.${at(key)}: computed only, cannot be set`);
      if (attribute.deprecated) errors.push(`${resource}.${at(key)}: deprecated`);
      const element = objectElement(attribute.type);
      if (element && Array.isArray(value) && value.every((v) => v && typeof v === "object" && !Array.isArray(v))) {
        for (const item of value as Array<Record<string, unknown>>) {
          for (const [field, fieldValue] of Object.entries(item)) {
            const fieldType = element[field];
            if (fieldType === undefined) errors.push(`${resource}.${at(key)}.${field}: not in the provider schema`);
            else checkValue(resource, at(`${key}.${field}`), fieldType, fieldValue, errors);
          }
        }
      } else checkValue(resource, at(key), attribute.type, value, errors);
    } else if (nested) {
      const items = Array.isArray(value) ? (value as Array<Record<string, unknown>>) : [value as Record<string, unknown>];
      if (nested.min_items !== undefined && items.length < nested.min_items) errors.push(`${resource}.${at(key)}: at least ${nested.min_items} block(s)`);
      if (nested.max_items !== undefined && nested.max_items > 0 && items.length > nested.max_items)
        errors.push(`${resource}.${at(key)}: at most ${nested.max_items} block(s)`);
      for (const item of items) checkBody(resource, at(key), nested.block, item, errors);
    } else errors.push(`${resource}.${at(key)}: not in the provider schema`);
  }
  for (const [key, attribute] of Object.entries(schema.attributes ?? {})) {
    if (attribute.required && !(key in body)) errors.push(`${resource}.${at(key)}: required, not set`);
  }
  for (const [key, nested] of Object.entries(schema.block_types ?? {})) {
    if ((nested.min_items ?? 0) > 0 && !(key in body)) errors.push(`${resource}.${at(key)}: required block, not set`);
  }
}

function checkValue(resource: string, path: string, type: CtyType, value: unknown, errors: string[]): void {
  const wrongType = typeError(type, value);
  if (wrongType) {
    errors.push(`${resource}.${path}: ${wrongType}, got ${JSON.stringify(value)}`);
    return;
  }
  if (isExpression(value)) return;
  const broken = ruleViolation(resource, path, literal(value));
  if (broken) errors.push(broken);
}

/** Every string in a parsed document, at any depth. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

/** References to resources and data sources not declared in the file (`terraform validate`: "Reference to undeclared resource"). */
function undeclaredReferences(parsed: Record<string, any>): string[] {
  const declared = new Set<string>();
  for (const [type, byLabel] of Object.entries((parsed.resource ?? {}) as Record<string, object>))
    for (const label of Object.keys(byLabel)) declared.add(`${type}.${label}`);
  for (const [type, byLabel] of Object.entries((parsed.data ?? {}) as Record<string, object>))
    for (const label of Object.keys(byLabel)) declared.add(`data.${type}.${label}`);
  const missing = new Set<string>();
  for (const text of strings(parsed)) {
    // Escaped template text ($${...}) is literal; only live interpolations refer to anything.
    const live = text.replace(/\$\$\{[^}]*\}/g, "");
    for (const m of live.matchAll(/\$\{([^}]*)\}/g)) {
      for (const r of m[1]!.matchAll(/(?<![\w.])((?:data\.)?azurestack_[a-z_]+\.[A-Za-z0-9_-]+)/g)) if (!declared.has(r[1]!)) missing.add(r[1]!);
    }
  }
  return [...missing].map((r) => `${r}: reference to an undeclared resource`);
}

/** Every problem `terraform validate` would find in one parsed file, as "type.label: problem" lines. */
export function checkParsed(parsed: Record<string, any>): string[] {
  const errors: string[] = undeclaredReferences(parsed);
  for (const [type, byLabel] of Object.entries((parsed.resource ?? {}) as Record<string, Record<string, any[]>>)) {
    const schema = resourceSchema(type);
    for (const [label, bodies] of Object.entries(byLabel)) {
      if (!schema) {
        errors.push(`${type}.${label}: resource type not in hashicorp/azurestack 1.0.0`);
        continue;
      }
      for (const body of bodies) checkBody(type, "", schema, body, errors);
    }
  }
  for (const [type, byLabel] of Object.entries((parsed.data ?? {}) as Record<string, Record<string, any[]>>)) {
    const schema = dataSourceSchema(type);
    for (const [label, bodies] of Object.entries(byLabel)) {
      if (!schema) errors.push(`data.${type}.${label}: data source not in the copied schema`);
      else for (const body of bodies) checkBody(`data.${type}`, "", schema, body, errors);
    }
  }
  for (const [name, bodies] of Object.entries((parsed.provider ?? {}) as Record<string, any[]>)) {
    if (name !== "azurestack") errors.push(`provider ${name}: not the azurestack provider`);
    else for (const body of bodies) checkBody("provider.azurestack", "", azurestackSchema.provider.block, body, errors);
  }
  return errors;
}

export async function checkTerraformFile(name: string, content: string): Promise<string[]> {
  return (await checkParsed(await parseHcl(name, content))).map((e) => `${name}: ${e}`);
}
