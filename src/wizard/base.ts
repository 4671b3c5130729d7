/**
 * The tenant the wizard starts from: nothing, or a file that may be incomplete. A discovered file knows
 * the inventory but not what only a person knows, so its protection block may be absent or partial.
 * The schema here is TenantSchema with only the person-known parts relaxed: every other rule is the same.
 */
import { z } from "zod";
import { readFile } from "node:fs/promises";
import { formatFinding } from "../base/findings.js";
import { InputFileError, parseTenant } from "../inventory/load.js";
import { BackupTargetSchema, ProtectionSchema, StampSchema, TenantSchema, TierSchema } from "../inventory/schema.js";
import { YamlSource, YamlSyntaxError } from "../inventory/yaml-source.js";
import { UserError } from "../base/errors.js";
import { placeholderProtection } from "../inventory/placeholder.js";

/**
 * What `discover` writes when no one has decided protection yet (src/inventory/placeholder.ts, docs/discovery.md):
 * a tier named "unassigned" and a target named "unassigned-target". The wizard treats that tier (and any VM
 * assigned to it) and that target as still needing answers. A file may also simply lack these parts.
 */
const DISCOVERY_PLACEHOLDER = placeholderProtection();
export const PLACEHOLDER_TIER = DISCOVERY_PLACEHOLDER.tiers[0]!.name;

export function isPlaceholderTarget(target: { name?: string; location?: string } | undefined): boolean {
  const placeholder = DISCOVERY_PLACEHOLDER.target;
  return target !== undefined && target.name === placeholder.name && target.location === placeholder.location;
}

const BaseProtectionSchema = ProtectionSchema.extend({
  tiers: z.array(TierSchema.partial().extend({ name: TierSchema.shape.name })).optional(),
  target: BackupTargetSchema.partial().optional(),
});

export const BaseTenantSchema = TenantSchema.extend({
  tenant: TenantSchema.shape.tenant.partial().optional(),
  stamp: StampSchema.partial().optional(),
  protection: BaseProtectionSchema.optional(),
});

export type BaseTenant = z.output<typeof BaseTenantSchema>;
export type BaseTier = NonNullable<NonNullable<BaseTenant["protection"]>["tiers"]>[number];

/**
 * Reads an existing tenant file leniently. A file that is broken beyond the relaxed parts (bad YAML, a
 * disk without a size) is refused with the same findings `validate` prints.
 */
export async function loadBaseTenant(file: string): Promise<BaseTenant> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputFileError(`${file}: cannot read: ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  return parseBaseTenant(text, file);
}

export function parseBaseTenant(text: string, file: string): BaseTenant {
  let value: unknown;
  try {
    value = YamlSource.parse(text, file).value;
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    value = undefined;
  }
  const parsed = BaseTenantSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  // Report exactly what `validate` would, minus the findings the wizard is there to fill in.
  const findings = parseTenant(text, file).findings.filter((f) => f.severity === "error");
  const shown = findings.filter((f) => f.path[0] !== "protection" && f.path[0] !== "stamp" && f.path[0] !== "tenant");
  const lines = (shown.length > 0 ? shown : findings).map(formatFinding);
  throw new UserError(`${file} cannot be completed by the wizard until these are fixed:\n${lines.map((l) => `  ${l}`).join("\n")}`);
}
