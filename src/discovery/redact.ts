/**
 * Redaction of the secrets ARM can return in resource bodies and exported templates: passwords,
 * customData, extension protectedSettings, VPN shared keys, keys and connection strings. A redacted
 * value is replaced by a marker and its JSON pointer is listed, so the export says what it left out.
 *
 * Two levels: a property whose name says it is a secret is replaced whole; any other string is searched for
 * the shapes secrets take inside text (a password argument on a command line, a connection-string part, a SAS
 * signature, a bearer token or JWT, a PEM block, user-info in a URL), and only the secret part is replaced
 * by a marker naming what it was, so the command or script around it stays readable. customData is decoded
 * and redacted line by line. `redactText` is exported for the export scripts to mirror.
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
/** A value that is itself a connection string or a SAS URL: the whole value is a secret (the export scripts' rule). */
const SECRET_VALUE = /(AccountKey|Password|Pwd|SharedAccessKey|SharedAccessSignature)\s*=|[?&]sig=/i;

/** What a marker says was removed from inside a text. */
export type SecretShape = "PEM block" | "JWT" | "bearer token" | "URL credentials" | "SAS signature" | "password argument" | "secret value" | "customData";

/** The marker left where a secret of a shape was: it names the shape, never the secret. */
export const marker = (shape: SecretShape): string => `[REDACTED ${shape}]`;

// The names that mark a secret inside text (a command-line option, an assignment, a connection-string part):
// the name ends in one of these words, so -AppPoolPassword, --client-secret, AccountKey= and KUBE_CLIENT_SECRET=
// match, and -KeyVaultName or --password-file do not.
const SECRET_WORD = String.raw`[\w.-]*?(?:password|passwd|pwd|secret|token|account[_-]?key|shared[_-]?access[_-]?key|sharedaccesssignature|api[_-]?key|access[_-]?key|shared[_-]?key|private[_-]?key|storage[_-]?key|credential|credentials)`;
// A value: quoted (either quote), or a run of characters up to a separator. A PowerShell or shell variable
// ($pw, $env:PW, ${PW}, %PW%) is a reference, not a secret, and is kept.
// A marker already left, an opening bracket or a ConvertTo-SecureString call is not the value itself either.
const VALUE = String.raw`("[^"\r\n]*"|'[^'\r\n]*'|(?![$%(\[]|ConvertTo-SecureString)[^\s;,&"'<>|)}\]]+)`;

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]{1,60})-----[\s\S]*?-----END \1-----/g;

/** Patterns in the order they run: whole blocks and tokens first, so a later name=value rule never half-matches them. */
const TEXT_RULES: ReadonlyArray<{ shape: SecretShape; pattern: RegExp; keep: (groups: string[]) => [before: string, after: string] }> = [
  { shape: "PEM block", pattern: PEM_BLOCK, keep: () => ["", ""] },
  { shape: "JWT", pattern: /\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, keep: () => ["", ""] },
  { shape: "bearer token", pattern: /\b(Bearer\s+)[A-Za-z0-9\-._~+/]{8,}=*/gi, keep: (g) => [g[1]!, ""] },
  { shape: "URL credentials", pattern: /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:"']+:[^\s/@"']+@/gi, keep: (g) => [g[1]!, "@"] },
  { shape: "SAS signature", pattern: /([?&;\s]sig=)[^&\s"';]+/gi, keep: (g) => [g[1]!, ""] },
  // ConvertTo-SecureString "x" -AsPlainText: the literal is a password whatever the variable is named.
  {
    shape: "password argument",
    pattern: /(ConvertTo-SecureString\s+(?:-String\s+)?)("[^"\r\n]*"|'[^'\r\n]*')/gi,
    keep: (g) => [g[1]!, ""],
  },
  // -Password x, --password=x, -AppPoolPassword "x", /password:x, and msbuild/sqlcmd's /p:x.
  {
    shape: "password argument",
    pattern: new RegExp(String.raw`(^|[\s"'(])((?:--?|/)${SECRET_WORD}(?:\s*[=:]\s*|\s+)|/p:)${VALUE}`, "gim"),
    keep: (g) => [`${g[1]!}${g[2]!}`, ""],
  },
  // AccountKey=x; Password=x; "clientSecret": "x"; password: x; $pw = "x"; KUBE_CLIENT_SECRET=x.
  {
    shape: "secret value",
    pattern: new RegExp(String.raw`(^|[\s;"'{,(?&#])(\$?${SECRET_WORD}["']?\s*(?:=|:)\s*)${VALUE}`, "gim"),
    keep: (g) => [`${g[1]!}${g[2]!}`, ""],
  },
];

/** Values a secret-named text field may hold that are not secrets (switches, not values). */
const NOT_A_SECRET = /^["']?(true|false|null|none|yes|no|\*+|\[REDACTED[^\]]*\])["']?$/i;

/**
 * Replaces each secret found inside a text by a marker naming its shape, and returns the shapes found (one per
 * secret, in rule order). Text around a secret is kept.
 */
export function redactText(text: string): { text: string; shapes: SecretShape[] } {
  const shapes: SecretShape[] = [];
  let out = text;
  for (const rule of TEXT_RULES) {
    out = out.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      const groups = [match, ...rest.filter((g): g is string => typeof g === "string")];
      const [before, after] = rule.keep(groups);
      const secret = match.slice(before.length, match.length - after.length);
      if (NOT_A_SECRET.test(secret)) return match;
      shapes.push(rule.shape);
      return `${before}${marker(rule.shape)}${after}`;
    });
  }
  return { text: out, shapes };
}

/**
 * customData (base64, cloud-init or a script): decoded, each line redacted on its own (non-secret lines kept)
 * and encoded again, so the value still deploys. A value that does not decode to text is replaced whole.
 */
export function redactCustomData(value: string): { value: string; changed: boolean } {
  const decoded = Buffer.from(value, "base64");
  const text = decoded.toString("utf8");
  const isText = Buffer.from(text, "utf8").equals(decoded) && !/[\u0000-\u0008\u000e-\u001f]/.test(text) && /^[A-Za-z0-9+/=\s]*$/.test(value);
  if (!isText) return { value: REDACTED, changed: true };
  // A PEM block spans lines: it goes first, on the whole text; every other shape sits within one line.
  let blocks = 0;
  const withoutBlocks = text.replace(PEM_BLOCK, () => {
    blocks++;
    return marker("PEM block");
  });
  const lines = withoutBlocks.split("\n").map((line) => redactText(line));
  if (blocks === 0 && !lines.some((line) => line.shapes.length > 0)) return { value, changed: false };
  return { value: Buffer.from(lines.map((line) => line.text).join("\n"), "utf8").toString("base64"), changed: true };
}

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
        if (key.toLowerCase() === "customdata" && typeof child === "string" && child !== "") {
          const redacted = redactCustomData(child);
          out[key] = redacted.value;
          if (redacted.changed) paths.push(here);
        } else if ((secretName || (secureParameter && key === "defaultValue")) && child !== null && child !== undefined && child !== "") {
          out[key] = REDACTED;
          paths.push(here);
        } else {
          out[key] = walk(child, here, key);
        }
      }
      return out;
    }
    if (typeof node === "string") {
      const redacted = redactText(node);
      if (redacted.shapes.length > 0) paths.push(pointer);
      return redacted.text;
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
