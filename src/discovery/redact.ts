/**
 * Redaction of the secrets ARM can return in resource bodies and exported templates: passwords,
 * customData, extension protectedSettings, VPN shared keys, keys and connection strings. A redacted
 * value is replaced by a marker and its JSON pointer is listed, so the export says what it left out.
 */

export const REDACTED = "[REDACTED by azs-backup-planner]";

/** Property names whose value is a secret (compared case-insensitively). */
const SECRET_NAMES = new Set(
  [
    "password",
    "adminPassword",
    "customData",
    "protectedSettings",
    "protectedSettingsFromKeyVault",
    "sharedKey",
    "connectionString",
    "connectionStrings",
    "primaryConnectionString",
    "secondaryConnectionString",
    "primaryKey",
    "secondaryKey",
    "key1",
    "key2",
    "keys",
    "secret",
    "clientSecret",
    "accountKey",
    "storageAccountKey",
    "accessKey",
    "sasToken",
    "privateKey",
    "authorizationKey",
    "pfxBlob",
    "certificatePassword",
  ].map((n) => n.toLowerCase()),
);

/** Suffixes that mark a secret in names not listed above (appPassword, workspaceSharedKey ...). */
const SECRET_SUFFIXES = /(password|secret|sharedkey|connectionstring|accountkey|accesskey|privatekey|sastoken)$/i;

/** Values that carry a secret whatever the key: connection strings and SAS signatures. */
const SECRET_VALUE = /(AccountKey|Password|Pwd|SharedAccessKey|SharedAccessSignature)\s*=|[?&]sig=/i;

/** Key-vault access policy permission lists are named keys/secrets/certificates but are not secrets. */
const PERMISSION_PARENT = "permissions";

/** Template parameters of these types hold a secret in their defaultValue. */
const SECURE_PARAMETER_TYPE = /^secure(string|object)$/i;

/**
 * The rules above as data: the generated export scripts (src/iac/scripts.ts) redact the same shapes in jq
 * and PowerShell, and a test compares them with redactSecrets.
 */
export const REDACTION_RULES = {
  marker: REDACTED,
  names: [...SECRET_NAMES],
  nameSuffix: SECRET_SUFFIXES,
  value: SECRET_VALUE,
  notUnder: PERMISSION_PARENT,
  secureParameterType: SECURE_PARAMETER_TYPE,
} as const;

export interface Redaction<T> {
  value: T;
  /** JSON pointers (RFC 6901) of the redacted values, in document order. */
  paths: string[];
}

const escapePointer = (segment: string) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

export function redactSecrets<T>(value: T): Redaction<T> {
  const paths: string[] = [];
  const walk = (node: unknown, pointer: string, parentKey: string | undefined): unknown => {
    if (Array.isArray(node)) return node.map((child, i) => walk(child, `${pointer}/${i}`, parentKey));
    if (node && typeof node === "object") {
      const out: Record<string, unknown> = {};
      const record = node as Record<string, unknown>;
      // A template parameter of type secureString/secureObject: its default value is a secret.
      const secureParameter = typeof record.type === "string" && SECURE_PARAMETER_TYPE.test(record.type);
      for (const [key, child] of Object.entries(record)) {
        const here = `${pointer}/${escapePointer(key)}`;
        const secretName = (SECRET_NAMES.has(key.toLowerCase()) || SECRET_SUFFIXES.test(key)) && parentKey?.toLowerCase() !== PERMISSION_PARENT;
        if ((secretName || (secureParameter && key === "defaultValue")) && child !== null && child !== undefined && child !== "") {
          out[key] = REDACTED;
          paths.push(here);
        } else {
          out[key] = walk(child, here, key);
        }
      }
      return out;
    }
    if (typeof node === "string" && SECRET_VALUE.test(node)) {
      paths.push(pointer);
      return REDACTED;
    }
    return node;
  };
  return { value: walk(value, "", undefined) as T, paths };
}

/** JSON with keys sorted at every level: stable text for hashing and diffing. */
export function canonicalJson(value: unknown): string {
  const sort = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sort);
    if (node && typeof node === "object") {
      return Object.fromEntries(
        Object.keys(node as Record<string, unknown>)
          .sort()
          .map((k) => [k, sort((node as Record<string, unknown>)[k])]),
      );
    }
    return node;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}
