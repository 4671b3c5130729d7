/**
 * One literal-string encoder per target language. Names, tags and descriptions come from the inventory and
 * may hold quotes, backslashes, `$`, `${`, `%{`, backticks, newlines and non-ASCII text; each encoder
 * returns a complete literal (quotes included) that the target language reads back as exactly that text.
 * Never HTML-escape: Handlebars runs with `noEscape` and calls these helpers (see handlebars.ts).
 */

/** JSON string literal. */
export function jsonString(value: string): string {
  return JSON.stringify(value);
}

/**
 * HCL (Terraform) quoted string: backslash escapes for `\`, `"` and control characters, and the template
 * sequences `${` and `%{` doubled to `$${` and `%%{` so they stay literal.
 * Source: HCL native syntax spec, "Template Literals" and "Template Interpolation"
 * (github.com/hashicorp/hcl/blob/main/hclsyntax/spec.md).
 */
export function hclString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const next = value[i + 1];
    if (c === "\\") out += "\\\\";
    else if (c === '"') out += '\\"';
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\t") out += "\\t";
    else if ((c === "$" || c === "%") && next === "{") out += c + c;
    else if (c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f) out += `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    else out += c;
  }
  return `${out}"`;
}

/**
 * PowerShell single-quoted (verbatim) string. Inside it only a quote character is special; PowerShell
 * treats the typographic single quotes U+2018, U+2019, U+201A and U+201B as quotes too, and a doubled quote
 * stands for one. Each is therefore doubled as itself. Source: about_Quoting_Rules, "Single-quoted strings"
 * and PowerShell's tokenizer (CharExtensions.IsSingleQuote).
 */
export const POWERSHELL_SINGLE_QUOTES = ["'", "\u2018", "\u2019", "\u201a", "\u201b"] as const;

export function powershellString(value: string): string {
  let out = "'";
  for (const c of value) out += (POWERSHELL_SINGLE_QUOTES as readonly string[]).includes(c) ? c + c : c;
  return `${out}'`;
}

/**
 * POSIX shell single-quoted string: nothing is special inside single quotes except the closing quote, so a
 * quote becomes `'\''` (close, escaped quote, reopen). Source: POSIX Shell Command Language §2.2.2.
 */
export function bashString(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * A file-system-safe name for a path segment: letters, digits (any script), `.`, `_` and `-` kept, other
 * characters replaced by `_`; never empty, never `.` or `..`, at most 80 characters.
 */
export function safeFileName(value: string): string {
  let name = value.normalize("NFC").replace(/[^\p{L}\p{N}._-]/gu, "_");
  name = name.replace(/^\.+/, (dots) => "_".repeat(dots.length));
  if (name.length > 80) name = name.slice(0, 80);
  // Device names that Windows refuses as file names, whatever the extension.
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(name)) name = `_${name}`;
  return name.length === 0 ? "_" : name;
}

/** Makes names unique (case-insensitively, for case-insensitive file systems) by suffixing `-2`, `-3`, ... */
export function uniqueNamer(separator = "-"): (wanted: string) => string {
  const used = new Set<string>();
  return (wanted) => {
    let candidate = wanted;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${wanted}${separator}${n}`;
    used.add(candidate.toLowerCase());
    return candidate;
  };
}

/** An identifier for ARM parameter names and Terraform labels: ASCII letters, digits and `_`, starts with a letter. */
export function identifier(value: string): string {
  const id = value
    .replace(/[^A-Za-z0-9_]/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_|_$/g, "");
  if (id.length === 0) return "x";
  return /^[A-Za-z]/.test(id) ? id : `x${id}`;
}

/** A string literal inside an ARM template expression: single-quoted, a quote doubled. */
export function armExpressionString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/**
 * A literal JSON string value in an ARM template. ARM evaluates a string that starts with `[` and ends
 * with `]` as an expression; a leading `[[` keeps it literal (the first bracket is dropped).
 * Source: learn.microsoft.com/azure/azure-resource-manager/templates/template-expressions ("Escape characters").
 */
export function armLiteral(value: string): string {
  return value.startsWith("[") && value.endsWith("]") ? `[${value}` : value;
}
