/**
 * The hashicorp/azurestack provider the Terraform generator targets, and lookups into its schema. The schema
 * itself is generated from the provider's own `terraform providers schema -json` output
 * (azurestack-provider-1.0.0.generated.ts); nothing here claims a resource type or argument by hand.
 */
import { AZURESTACK_SCHEMA_1_0_0 } from "./azurestack-provider-1.0.0.generated.js";
import type { ProviderSchema, SchemaBlock } from "./terraform-schema-types.js";

/** Provider: hashicorp/azurestack 1.0.0 (2022-07-13, the last release; the repository is archived). */
export const AZURESTACK_PROVIDER = { source: "hashicorp/azurestack", version: "1.0.0" } as const;

export const azurestackSchema: ProviderSchema = AZURESTACK_SCHEMA_1_0_0;

/** The schema block of a resource type, or undefined when provider 1.0.0 has no such type. */
export function resourceSchema(type: string): SchemaBlock | undefined {
  return azurestackSchema.resource_schemas[type]?.block;
}

export function dataSourceSchema(type: string): SchemaBlock | undefined {
  return azurestackSchema.data_source_schemas[type]?.block;
}
