/**
 * Velero's own CustomResourceDefinitions (test/support/velero-crds/, Velero v1.17.2, Apache-2.0, see SOURCE.txt
 * there) compiled with ajv, so every Velero object the plan generates is checked against the schema the API
 * server would apply.
 *
 * Two readings of Kubernetes' rules keep the check as strict as a real apply:
 * - `x-kubernetes-*` keywords are not JSON Schema; ajv ignores them (strict: false).
 * - A structural schema drops unknown fields, and kubectl's default field validation (Strict) rejects them; so
 *   every object schema that lists properties and does not say `x-kubernetes-preserve-unknown-fields` is
 *   closed here with additionalProperties: false, and a misplaced or misspelt field fails.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { Ajv, type ValidateFunction } from "ajv";

export const VELERO_CRD_DIR = fileURLToPath(new URL("./velero-crds", import.meta.url));

interface Crd {
  spec: {
    group: string;
    names: { kind: string };
    versions: Array<{ name: string; served: boolean; schema: { openAPIV3Schema: Record<string, unknown> } }>;
  };
}

function closeObjects(schema: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...schema };
  if (schema.properties) {
    out.properties = Object.fromEntries(
      Object.entries(schema.properties as Record<string, Record<string, unknown>>).map(([name, sub]) => [name, closeObjects(sub)]),
    );
    if (schema.additionalProperties === undefined && schema["x-kubernetes-preserve-unknown-fields"] !== true) out.additionalProperties = false;
  }
  for (const key of ["items", "additionalProperties"]) {
    const sub = schema[key];
    if (sub !== null && typeof sub === "object") out[key] = closeObjects(sub as Record<string, unknown>);
  }
  for (const key of ["allOf", "anyOf", "oneOf"]) {
    if (Array.isArray(schema[key])) out[key] = (schema[key] as Array<Record<string, unknown>>).map(closeObjects);
  }
  return out;
}

let validators: Map<string, ValidateFunction> | undefined;

/** `group/version Kind` → the validator of that served version's schema. */
export function veleroValidators(): Map<string, ValidateFunction> {
  if (validators) return validators;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
  validators = new Map();
  for (const file of readdirSync(VELERO_CRD_DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()) {
    const crd = yaml.load(readFileSync(join(VELERO_CRD_DIR, file), "utf8")) as Crd;
    for (const version of crd.spec.versions.filter((v) => v.served)) {
      validators.set(`${crd.spec.group}/${version.name} ${crd.spec.names.kind}`, ajv.compile(closeObjects(version.schema.openAPIV3Schema)));
    }
  }
  return validators;
}

/** Errors of one generated object against its CRD; an object of a Velero kind without a CRD here is an error too. */
export function veleroObjectErrors(object: Record<string, unknown>): string[] {
  const key = `${String(object.apiVersion)} ${String(object.kind)}`;
  const validate = veleroValidators().get(key);
  if (!validate) return [`no Velero 1.17.2 CRD serves ${key}`];
  const name = String((object.metadata as { name?: string } | undefined)?.name);
  if (validate(object)) return [];
  return (validate.errors ?? []).map((e) => `${key} ${name}${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`);
}

/** Whether an object belongs to Velero's API group (the rest, e.g. a VolumeSnapshotClass, has other owners). */
export const isVeleroObject = (object: Record<string, unknown>): boolean => String(object.apiVersion).startsWith("velero.io/");
