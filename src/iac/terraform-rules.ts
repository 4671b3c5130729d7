/**
 * Value rules of the hashicorp/azurestack 1.0.0 provider that its schema JSON does not carry: the allowed values
 * and ranges its `ValidateFunc`s enforce at `terraform validate` / plan time. Each rule names the provider file it
 * comes from (github.com/hashicorp/terraform-provider-azurestack) and the stored commit it was read at; the tag
 * v1.0.0 (081c0b88) itself was not available to read, so these are the nearest stored versions of the same file.
 *
 * The generator asks `accepts` before it writes a value, and falls back (with a gap) where the tenant holds a value
 * the provider rejects; test/iac/terraform-check.ts checks every generated value against the same rules.
 */

export interface ValueRule {
  /** Resource type and attribute path: `attr` or `block.attr`. */
  resource: string;
  path: string;
  /** Allowed strings; `ignoreCase` mirrors validation.StringInSlice's second argument. */
  allowed?: readonly string[];
  ignoreCase?: boolean;
  min?: number;
  max?: number;
  source: string;
}

const STORAGE = "internal/services/storage/storage_account_resource.go @3976ad99";
const PROBE = "internal/services/loadbalancer/loadbalancer_probe_resource.go @58b30592";
const KEY_VAULT = "internal/services/keyvault/key_vault_resource.go @2677ab93";

export const AZURESTACK_VALUE_RULES: readonly ValueRule[] = [
  // storage.Storage and storage.BlobStorage only: no StorageV2 in the provider's list.
  { resource: "azurestack_storage_account", path: "account_kind", allowed: ["Storage", "BlobStorage"], ignoreCase: true, source: STORAGE },
  { resource: "azurestack_storage_account", path: "account_tier", allowed: ["Standard", "Premium"], ignoreCase: true, source: STORAGE },
  {
    resource: "azurestack_storage_account",
    path: "account_replication_type",
    allowed: ["LRS", "ZRS", "GRS", "RAGRS"],
    ignoreCase: true,
    source: STORAGE,
  },
  // network.ProbeProtocolHTTP ("Http") and network.ProbeProtocolTCP ("Tcp"); no Https.
  { resource: "azurestack_lb_probe", path: "protocol", allowed: ["Http", "Tcp"], ignoreCase: true, source: PROBE },
  { resource: "azurestack_lb_probe", path: "port", min: 1, max: 65535, source: `${PROBE} (validation.IsPortNumber)` },
  { resource: "azurestack_lb_probe", path: "interval_in_seconds", min: 5, source: `${PROBE} (validation.IntAtLeast(5))` },
  // keyvault.Standard only, case-sensitive; the source notes that Azure Stack Hub supports the standard vault only.
  { resource: "azurestack_key_vault", path: "sku_name", allowed: ["standard"], ignoreCase: false, source: KEY_VAULT },
];

/** Why a literal value breaks a rule, or undefined when it passes (or no rule covers the attribute). */
export function ruleViolation(resource: string, path: string, value: unknown): string | undefined {
  for (const rule of AZURESTACK_VALUE_RULES) {
    if (rule.resource !== resource || rule.path !== path) continue;
    if (rule.allowed) {
      const same = (a: string) => (rule.ignoreCase ? a.toLowerCase() === String(value).toLowerCase() : a === value);
      if (typeof value !== "string" || !rule.allowed.some(same))
        return `${resource}.${path} = ${JSON.stringify(value)}: allowed ${rule.allowed.join(", ")} (${rule.source})`;
    }
    if (rule.min !== undefined || rule.max !== undefined) {
      if (typeof value !== "number" || !Number.isInteger(value)) return `${resource}.${path} = ${JSON.stringify(value)}: an integer expected (${rule.source})`;
      if (rule.min !== undefined && value < rule.min) return `${resource}.${path} = ${value}: at least ${rule.min} (${rule.source})`;
      if (rule.max !== undefined && value > rule.max) return `${resource}.${path} = ${value}: at most ${rule.max} (${rule.source})`;
    }
  }
  return undefined;
}

export const accepts = (resource: string, path: string, value: string | number): boolean => ruleViolation(resource, path, value) === undefined;
