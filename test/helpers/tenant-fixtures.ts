/** Test tenants built from the bundled small example, changed one field at a time. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { parseTenant } from "../../src/inventory/load.js";
import type { Tenant } from "../../src/inventory/schema.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const smallExamplePath = `${repoRoot}examples/small/tenant.yaml`;
export const midsizeExamplePath = `${repoRoot}examples/midsize/tenant.yaml`;

/** The small example as a plain object, fresh on every call, for a test to change. */
export function smallExampleDocument(): any {
  return yaml.load(readFileSync(smallExamplePath, "utf8"));
}

export function toYaml(document: unknown): string {
  return yaml.dump(document, { lineWidth: -1, noRefs: true });
}

/** Parses the small example after `change` has edited it. */
export function parseChanged(change: (document: any) => void) {
  const document = smallExampleDocument();
  change(document);
  return parseTenant(toYaml(document), "changed.yaml");
}

/** A valid Tenant from the small example after `change`; throws with the findings when it is not valid. */
export function tenantFrom(change: (document: any) => void = () => {}): Tenant {
  const result = parseChanged(change);
  if (!result.ok) throw new Error(`fixture is invalid:\n${result.findings.map((f) => `${f.code} ${f.message}`).join("\n")}`);
  return result.tenant;
}

/** rg-data is resource group 1 of the small example; sql01 is its first VM. */
export const rgData = (document: any) => document.subscriptions[0].resourceGroups[1];
