/**
 * The one table of secret-redaction rules. export-config (src/discovery/redact.ts) runs it in JavaScript; the
 * generated export scripts run it in jq (Oniguruma) and PowerShell (.NET). The three must hide the same
 * secrets, so every pattern here is written in a subset of regular-expression syntax that the three engines
 * read the same way, and the jq and .NET forms are produced from it token by token (`regexFor`); a pattern
 * outside the subset fails at load, so a new rule cannot silently mean something else in a script.
 *
 * Where the engines differ, the subset leaves the construct out and the rules spell the meaning out:
 * - no `i` flag: case rules differ (JavaScript without `u` upper-cases, .NET lower-cases by culture, Oniguruma
 *   folds by Unicode, so "\u212A" KELVIN SIGN matches `k` in two of them). Letters are written as classes, `[Pp]`,
 *   and `k` as `[Kk\u212A]` because JavaScript's toLowerCase maps the Kelvin sign, and only it, to an ASCII letter;
 * - no `\s`, `\w`, `\d`, `\b` or `.`: their sets differ (Oniguruma's and .NET's `\w` and `\s` are Unicode,
 *   JavaScript's `\w` is ASCII). Written as explicit classes: WS is ECMAScript's `\s` (ECMA-262 §22.2.2.9);
 * - no `m` flag and no line anchors: `^` and `$` mean the start and end of the whole text (JavaScript without
 *   `m`); they become `\A` and `\z`, because Oniguruma's `^`/`$` are always line anchors and .NET's `$` also
 *   matches before a final newline. A line start is written as a lookbehind, `(?<![^\n\r\u2028\u2029])`;
 * - `[\s\S]` (any character) is the one class with a backslash escape: Oniguruma reads code points, so it
 *   becomes `[\x{0}-\x{10FFFF}]` there; `\uXXXX` becomes `\x{XXXX}` in Oniguruma, which has no `\u`;
 * - counted quantifiers (`{4,}`) only after an ASCII class, so code units (JavaScript, .NET) and code points
 *   (Oniguruma) count the same; inside a class no `[` and no `&&` (Oniguruma nests and intersects classes), and
 *   a literal `-` is escaped (.NET reads `-[` as class subtraction).
 * Every text rule has three named groups that always take part: `before` and `after` are kept, `secret` is
 * replaced by the rule's marker unless it is a harmless value (NOT_A_SECRET).
 */

/** ECMAScript's `\s` (WhiteSpace and LineTerminator, ECMA-262 §22.2.2.9) as class members of the subset. */
export const WS = String.raw`\u0009-\u000D\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF`;
/** ECMAScript's LineTerminator (ECMA-262 §12.3): what a `^` with the `m` flag starts a line after. */
const LINE_TERMINATORS = String.raw`\u000A\u000D\u2028\u2029`;
/** A quoted value ends at the line: JavaScript's `\r\n`. */
const CR_LF = String.raw`\u000A\u000D`;
/** JavaScript's `\w` without the `u` flag: ASCII only. */
const WORD = "A-Za-z0-9_";
/** At the start of a line, as JavaScript's `^` with the `m` flag. */
const LINE_START = `(?<![^${LINE_TERMINATORS}])`;
/** Where JavaScript's `\b` is, before a word character. */
const WORD_START = `(?<![${WORD}])`;

/** A word matched ASCII case-insensitively; `k` also as the Kelvin sign, which toLowerCase() maps to `k`. */
export function anyCase(word: string): string {
  return [...word]
    .map((c) => {
      if (c === "k" || c === "K") return String.raw`[Kk\u212A]`;
      if (/[a-z]/i.test(c)) return `[${c.toUpperCase()}${c.toLowerCase()}]`;
      if (/[A-Za-z0-9_ =:,]/.test(c)) return c;
      return `\\${c}`;
    })
    .join("");
}

const words = (list: readonly string[]) => list.map(anyCase).join("|");

/** What a marker says was removed from inside a text. */
export type SecretShape = "PEM block" | "JWT" | "bearer token" | "URL credentials" | "SAS signature" | "password argument" | "secret value" | "customData";

/** The marker left where a secret of a shape was: it names the shape, never the secret. */
export const marker = (shape: SecretShape): string => `[REDACTED ${shape}]`;

// The names that mark a secret inside text (a command-line option, an assignment, a connection-string part):
// the name ends in one of these words, so -AppPoolPassword, --client-secret, AccountKey= and KUBE_CLIENT_SECRET=
// match, and -KeyVaultName or --password-file do not. `[_-]?` becomes `[_\-]?`.
const SECRET_WORD = `[${WORD}.\\-]*?(?:${[
  "password",
  "passwd",
  "pwd",
  "secret",
  "token",
  "account[_-]?key",
  "shared[_-]?access[_-]?key",
  "sharedaccesssignature",
  "api[_-]?key",
  "access[_-]?key",
  "shared[_-]?key",
  "private[_-]?key",
  "storage[_-]?key",
  "credential",
  "credentials",
]
  .map((w) => w.split("[_-]?").map(anyCase).join(String.raw`[_\-]?`))
  .join("|")})`;
// A value: quoted (either quote), or a run of characters up to a separator. A PowerShell or shell variable
// ($pw, $env:PW, ${PW}, %PW%) is a reference, not a secret, and is kept.
// A marker already left, an opening bracket or a ConvertTo-SecureString call is not the value itself either.
const VALUE = `(?<secret>"[^"${CR_LF}]*"|'[^'${CR_LF}]*'|(?![$%(\\[]|${anyCase("ConvertTo-SecureString")})[^${WS};,&"'<>|)}\\]]+)`;

export interface TextRule {
  shape: SecretShape;
  /** The pattern in the portable subset, with the named groups before, secret and after. */
  source: string;
}

/** Rules in the order they run: whole blocks and tokens first, so a later name=value rule never half-matches them. */
export const TEXT_RULES: readonly TextRule[] = [
  {
    shape: "PEM block",
    source: String.raw`(?<before>)(?<secret>-----BEGIN (?<label>[A-Z0-9 ]{1,60})-----[\s\S]*?-----END \k<label>-----)(?<after>)`,
  },
  { shape: "JWT", source: String.raw`${WORD_START}(?<before>)(?<secret>eyJ[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]{4,}\.[A-Za-z0-9_\-]*)(?<after>)` },
  { shape: "bearer token", source: `${WORD_START}(?<before>${anyCase("Bearer")}[${WS}]+)(?<secret>[A-Za-z0-9\\-._~+/]{8,}=*)(?<after>)` },
  { shape: "URL credentials", source: `${WORD_START}(?<before>[A-Za-z][A-Za-z0-9+.\\-]*:\\/\\/)(?<secret>[^${WS}/@:"']+:[^${WS}/@"']+)(?<after>@)` },
  { shape: "SAS signature", source: `(?<before>[?&;${WS}]${anyCase("sig")}=)(?<secret>[^&${WS}"';]+)(?<after>)` },
  // ConvertTo-SecureString "x" -AsPlainText: the literal is a password whatever the variable is named.
  {
    shape: "password argument",
    source: `(?<before>${anyCase("ConvertTo-SecureString")}[${WS}]+(?:${anyCase("-String")}[${WS}]+)?)(?<secret>"[^"${CR_LF}]*"|'[^'${CR_LF}]*')(?<after>)`,
  },
  // -Password x, --password=x, -AppPoolPassword "x", /password:x, and msbuild/sqlcmd's /p:x.
  {
    shape: "password argument",
    source: `(?<before>(?:${LINE_START}|[${WS}"'(])(?:(?:\\-\\-?|\\/)${SECRET_WORD}(?:[${WS}]*[=:][${WS}]*|[${WS}]+)|\\/${anyCase("p")}:))${VALUE}(?<after>)`,
  },
  // AccountKey=x; Password=x; "clientSecret": "x"; password: x; $pw = "x"; KUBE_CLIENT_SECRET=x.
  {
    shape: "secret value",
    source: `(?<before>(?:${LINE_START}|[${WS};"'{,(?&#])\\$?${SECRET_WORD}["']?[${WS}]*(?:=|:)[${WS}]*)${VALUE}(?<after>)`,
  },
];

/** Values a secret-named text field may hold that are not secrets (switches, not values); tested on the secret group. */
export const NOT_A_SECRET = `^["']?(?:${words(["true", "false", "null", "none", "yes", "no"])}|\\*+|\\[REDACTED[^\\]]*\\])["']?$`;

/** Property names whose value is a secret, matched whole (compared as toLowerCase() does for these ASCII names). */
export const SECRET_NAMES = [
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
] as const;
export const SECRET_NAME = `^(?:${words(SECRET_NAMES)})$`;
/** Suffixes that mark a secret in names not listed above (appPassword, workspaceSharedKey ...). */
export const SECRET_SUFFIX = `(?:${words(["password", "secret", "sharedkey", "connectionstring", "accountkey", "accesskey", "privatekey", "sastoken"])})$`;
/** The name whose string value is decoded and redacted line by line (export-config) or hidden whole (the scripts). */
export const CUSTOM_DATA = `^${anyCase("customData")}$`;
/** Key-vault access policy permission lists are named keys/secrets/certificates but are not secrets. */
export const PERMISSIONS_PARENT = `^${anyCase("permissions")}$`;
/** Template parameters of these types hold a secret in their defaultValue. */
export const SECURE_PARAMETER_TYPE = `^${anyCase("secure")}(?:${words(["string", "object"])})$`;

export type Dialect = "javascript" | "oniguruma" | "dotnet";

const HEX4 = /^[0-9A-F]{4}$/;
/** Characters escaped with a backslash in the subset (outside and inside classes). */
const ESCAPABLE = new Set([..."\\.-[](){}*+?|^$/"]);

function codeUnit(hex: string, dialect: Dialect): string {
  return dialect === "oniguruma" ? `\\x{${hex}}` : `\\u${hex}`;
}

/** A class `[...]` starting at `start`; returns its text in the dialect, where it ends and whether it is ASCII only and not negated. */
function readClass(source: string, start: number, dialect: Dialect): { text: string; end: number; ascii: boolean } {
  const fail = (why: string) => new Error(`internal: redaction pattern /${source}/ at ${start}: ${why}`);
  if (source.startsWith(String.raw`[\s\S]`, start)) {
    return { text: dialect === "oniguruma" ? String.raw`[\x{0}-\x{10FFFF}]` : String.raw`[\s\S]`, end: start + 6, ascii: false };
  }
  let i = start + 1;
  let text = "[";
  let ascii = true;
  if (source[i] === "^") {
    text += "^";
    ascii = false;
    i++;
  }
  let members = 0;
  for (; i < source.length && source[i] !== "]"; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (next === "u" && HEX4.test(source.slice(i + 2, i + 6))) {
        const hex = source.slice(i + 2, i + 6);
        if (Number.parseInt(hex, 16) > 0x7f) ascii = false;
        text += codeUnit(hex, dialect);
        i += 5;
      } else if (ESCAPABLE.has(next)) {
        text += `\\${next}`;
        i++;
      } else throw fail(`\\${next} inside a class is outside the portable subset`);
    } else if (c === "[") throw fail("an unescaped [ inside a class (Oniguruma nests classes)");
    else if (c === "&" && source[i + 1] === "&") throw fail("&& inside a class (Oniguruma intersects classes)");
    else if (c === "-" && !(members > 0 && source[i + 1] !== "]")) throw fail("a literal - inside a class must be escaped");
    else if (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e) throw fail("a character outside printable ASCII must be written \\uXXXX");
    else text += c;
    members++;
  }
  if (source[i] !== "]" || members === 0) throw fail("an unterminated or empty class");
  return { text: `${text}]`, end: i + 1, ascii };
}

/**
 * A pattern of the portable subset in one dialect. The JavaScript form is the source itself (used with no
 * flag but `g`); the others differ only in spelling (`\A`, `\z`, `\x{...}`). Throws on anything outside the subset.
 */
export function regexFor(source: string, dialect: Dialect): string {
  const fail = (at: number, why: string) => new Error(`internal: redaction pattern /${source}/ at ${at}: ${why}`);
  let out = "";
  let lastWasAsciiClass = false;
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    const rest = source.slice(i);
    let asciiClass = false;
    if (c === "[") {
      const cls = readClass(source, i, dialect);
      out += cls.text;
      asciiClass = cls.ascii;
      i = cls.end;
    } else if (c === "\\") {
      const next = source[i + 1] ?? "";
      const named = /^\\k<([A-Za-z]+)>/.exec(rest);
      if (named) {
        out += named[0];
        i += named[0].length;
      } else if (next === "u" && HEX4.test(source.slice(i + 2, i + 6))) {
        out += codeUnit(source.slice(i + 2, i + 6), dialect);
        i += 6;
      } else if (ESCAPABLE.has(next)) {
        out += `\\${next}`;
        i += 2;
      } else throw fail(i, `\\${next} is outside the portable subset`);
    } else if (c === "^" || c === "$") {
      out += dialect === "javascript" ? c : c === "^" ? "\\A" : "\\z";
      i++;
    } else if (c === "(") {
      const opener = /^\((?:\?:|\?=|\?!|\?<=|\?<!|\?<[A-Za-z]+>)/.exec(rest);
      if (!opener) throw fail(i, "a capturing group without a name (only named groups are portable to jq's gsub)");
      out += opener[0];
      i += opener[0].length;
    } else if (c === "{") {
      const counted = /^\{\d+(?:,\d*)?\}\??/.exec(rest);
      if (!counted) throw fail(i, "an unescaped {");
      if (!lastWasAsciiClass) throw fail(i, "a counted quantifier after something other than an ASCII class");
      out += counted[0];
      i += counted[0].length;
    } else if (c === ".") throw fail(i, ". is outside the portable subset (its line terminators differ)");
    else if (c === "]" || c === "}" || c === "/") throw fail(i, `an unescaped ${c} (JavaScript's source escapes /)`);
    else if (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) > 0x7e) throw fail(i, "a character outside printable ASCII must be written \\uXXXX");
    else {
      out += c;
      i++;
    }
    lastWasAsciiClass = asciiClass;
  }
  return out;
}

/** Every pattern of the table, by name, for the test that checks each against the subset and the script forms. */
export const ALL_PATTERNS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(TEXT_RULES.map((r, i) => [`text ${i + 1} (${r.shape})`, r.source])),
  "not a secret": NOT_A_SECRET,
  "secret name": SECRET_NAME,
  "secret name suffix": SECRET_SUFFIX,
  customData: CUSTOM_DATA,
  "permissions parent": PERMISSIONS_PARENT,
  "secure parameter type": SECURE_PARAMETER_TYPE,
};
