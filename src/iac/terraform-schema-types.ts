/** The shape of `terraform providers schema -json` (format 1.0), as far as the generator and its checker read it. */

/** A cty type: "string", "number", "bool", or ["list" | "set" | "map", T], ["object", {attr: T}]. */
export type CtyType = string | [string, CtyType] | ["object", Record<string, CtyType>];

export interface SchemaAttribute {
  type: CtyType;
  required?: boolean;
  optional?: boolean;
  computed?: boolean;
  deprecated?: boolean;
  sensitive?: boolean;
}

export interface SchemaBlock {
  attributes?: Record<string, SchemaAttribute>;
  block_types?: Record<string, SchemaNestedBlock>;
  deprecated?: boolean;
}

export interface SchemaNestedBlock {
  nesting_mode: "single" | "list" | "set" | "map" | "group";
  block: SchemaBlock;
  min_items?: number;
  max_items?: number;
}

export interface ProviderSchema {
  provider: { version: number; block: SchemaBlock };
  resource_schemas: Record<string, { version: number; block: SchemaBlock }>;
  data_source_schemas: Record<string, { version: number; block: SchemaBlock }>;
}
