/**
 * The tenants whose generated files are checked against the real tools' own rules (ARM schemas, Velero CRDs):
 * the bundled examples, every valid hostile-names case of the corpus, and seeded synthetic tenants.
 */
import { readFileSync } from "node:fs";
import { parseTenant } from "../../src/inventory/load.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { generateTenant } from "../../src/synthetic/generate.js";
import { buildCorpus } from "../hardening/corpus.js";
import { midsizeExamplePath, smallExamplePath } from "../helpers/tenant-fixtures.js";

export type TenantCase = [label: string, tenant: Tenant];

function parsed(label: string, text: string): TenantCase | undefined {
  const result = parseTenant(text, label);
  return result.ok ? [label, result.tenant] : undefined;
}

export function exampleTenants(): TenantCase[] {
  return [smallExamplePath, midsizeExamplePath].map((path) => parsed(path.replace(/^.*examples\//, "examples/"), readFileSync(path, "utf8"))!);
}

/** The corpus cases that put hostile text into names and still plan (the others end in input errors). */
export function hostileNameTenants(): TenantCase[] {
  return buildCorpus()
    .filter((c) => c.name.startsWith("hostile-"))
    .map((c) => parsed(c.name, c.text))
    .filter((c): c is TenantCase => c !== undefined);
}

/**
 * `count` synthetic tenants, seeds 1..count, from 5 to 64 VMs: every one from 40 VMs on runs a Kubernetes
 * cluster (src/synthetic/generate.ts), so Velero manifests are among the files checked.
 */
export function generatedTenants(count: number): TenantCase[] {
  return Array.from({ length: count }, (_, i) => {
    const vms = 5 + ((i * 7) % 60);
    return [`generated tenant seed ${i + 1}, ${vms} VMs`, generateTenant({ vms, seed: i + 1 })] as TenantCase;
  });
}
