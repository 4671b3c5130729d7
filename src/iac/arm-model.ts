/**
 * The ARM template model the generator builds. Values are plain JSON except `Expr`, which marks a
 * template expression; `finalizeArm` turns the model into JSON-ready data, escaping every literal string
 * that ARM would otherwise read as an expression (armLiteral).
 */
import { armLiteral } from "./escape.js";

export class Expr {
  constructor(readonly text: string) {
    if (!text.startsWith("[") || !text.endsWith("]")) throw new Error(`not an ARM expression: ${text}`);
  }
}

export const expr = (body: string): Expr => new Expr(`[${body}]`);

export type ArmValue = string | number | boolean | null | Expr | ArmValue[] | { [key: string]: ArmValue | undefined };

export interface ArmParameter {
  type: "string" | "securestring" | "int" | "bool" | "object" | "array";
  defaultValue?: ArmValue;
  /** ARM refuses a value outside these at deployment (template syntax, "Parameters": allowedValues, minValue, maxValue). */
  allowedValues?: ArmValue[];
  minValue?: number;
  maxValue?: number;
  metadata?: { description: string };
}

export interface ArmResource {
  type: string;
  apiVersion: string;
  name: ArmValue;
  location?: ArmValue;
  tags?: Record<string, string>;
  sku?: Record<string, ArmValue>;
  kind?: string;
  dependsOn?: ArmValue[];
  properties: Record<string, ArmValue | undefined>;
}

export interface ArmTemplate {
  $schema: string;
  contentVersion: string;
  parameters: Record<string, ArmParameter>;
  variables: Record<string, ArmValue>;
  resources: ArmResource[];
  outputs: Record<string, unknown>;
}

/** Source: Azure/azure-resource-manager-schemas, schemas/2019-04-01/deploymentTemplate.json (the current top-level schema). */
export const DEPLOYMENT_TEMPLATE_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#";
export const DEPLOYMENT_PARAMETERS_SCHEMA = "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#";

/** JSON-ready copy: expressions become their text, literal strings are escaped, undefined members dropped. */
export function finalizeArm(value: unknown): unknown {
  if (value instanceof Expr) return value.text;
  if (typeof value === "string") return armLiteral(value);
  if (Array.isArray(value)) return value.map(finalizeArm);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(value)) if (member !== undefined) out[key] = finalizeArm(member);
    return out;
  }
  return value;
}
