/**
 * Writes docs/tenant.schema.json, the JSON Schema of tenant.yaml, generated from the zod schema
 * (src/inventory/schema.ts) with zod 4's `z.toJSONSchema`. Editors with the YAML language server read it
 * through the `# yaml-language-server: $schema=...` line at the top of the examples and autocomplete fields.
 *
 * Run with `npm run schema`; test/inventory/json-schema.test.ts fails when the committed file is out of date.
 * The JSON Schema checks shape only (types, enums, required fields, unknown fields); the semantic rules
 * (names, references, sizes, off-stack target) are the validator's (`azs-backup-planner validate`).
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { SCHEMA_VERSION, TenantSchema } from "../src/inventory/schema.js";

/** Where the committed schema lives, relative to the repository root. */
export const TENANT_JSON_SCHEMA_PATH = "docs/tenant.schema.json";

/** The JSON Schema of tenant.yaml as the text written to docs/tenant.schema.json (deterministic, LF, final newline). */
export function tenantJsonSchemaText(): string {
  // io "input": fields that have a default in the model (e.g. `nics`, `rules`) are optional in the file.
  const generated = z.toJSONSchema(TenantSchema, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: `tenant.yaml (azs-backup-planner, schemaVersion ${SCHEMA_VERSION})`,
    description:
      "Inventory and protection requirements of one Azure Stack Hub tenant. Generated from src/inventory/schema.ts by `npm run schema`; do not edit. Field reference: docs/tenant-yaml.md.",
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The repository root: the nearest folder above this file (in scripts/ or dist/scripts/) with a package.json. */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(resolve(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above scripts/json-schema");
    dir = parent;
  }
  return dir;
}

function main(): void {
  writeFileSync(resolve(repositoryRoot(), TENANT_JSON_SCHEMA_PATH), tenantJsonSchemaText());
  console.log(`wrote ${TENANT_JSON_SCHEMA_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
