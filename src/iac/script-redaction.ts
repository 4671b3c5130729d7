/**
 * export-config's redaction rules (src/discovery/redact.ts) carried into the generated export scripts: a jq
 * program for bash and regular expressions for PowerShell. The scripts must hide the same secrets as the
 * CLI, so the rules are translated here from the one source rather than written again by hand.
 *
 * JavaScript, Oniguruma (jq) and .NET disagree on `^`, `$` and `\s`: in jq and .NET `$` also matches
 * before a final newline, and their `\s` is a different set of characters. The translation writes the
 * JavaScript meaning out explicitly: `\A`, `\z` and the ECMAScript WhiteSpace and LineTerminator code
 * points (ECMA-262 §22.2.2.9, CharacterClassEscape `s`). Anything else with a backslash is refused, so a
 * new rule that this translation does not understand fails the build instead of redacting less.
 */
import { REDACTION_RULES } from "../discovery/redact.js";

/** ECMAScript's `\s`: WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, Zs) and LineTerminator (LF, CR, LS, PS). */
const JS_WHITESPACE = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029,
  0x202f, 0x205f, 0x3000, 0xfeff,
];

type Dialect = "oniguruma" | "dotnet";

const codePoint = (cp: number, dialect: Dialect) => {
  const hex = cp.toString(16).toUpperCase().padStart(4, "0");
  return dialect === "oniguruma" ? `\\x{${hex}}` : `\\u${hex}`;
};

/** A JavaScript regular expression source in the other dialect, meaning the same. */
export function translateRegex(source: string, dialect: Dialect): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      const next = source[i + 1];
      if (next === "s") out += `[${JS_WHITESPACE.map((cp) => codePoint(cp, dialect)).join("")}]`;
      else throw new Error(`internal: the redaction rule /${source}/ uses \\${next ?? ""}, which the script translation does not handle`);
      i++;
    } else if (c === "^") out += "\\A";
    else if (c === "$") out += "\\z";
    else if (c === "[" && source[i + 1] === "^") throw new Error(`internal: negated classes in /${source}/ are not translated`);
    else out += c;
  }
  return out;
}

/** `permissions` → `[Pp][Ee]...`: JavaScript's toLowerCase() comparison of an ASCII word, without Unicode case folding. */
function asciiCaseInsensitive(word: string): string {
  return [...word].map((c) => (/[a-z]/i.test(c) ? `[${c.toUpperCase()}${c.toLowerCase()}]` : c)).join("");
}

export interface ScriptRedaction {
  marker: string;
  /** Whole-key match against the secret names, case-insensitive. */
  namePattern: string;
  nameSuffixPattern: string;
  valuePattern: string;
  /** Case-sensitive pattern of the parent key under which names are not secrets. */
  notUnderPattern: string;
  secureTypePattern: string;
}

function patterns(dialect: Dialect): ScriptRedaction {
  const names = [...REDACTION_RULES.names].sort();
  if (names.some((n) => !/^[a-z0-9]+$/.test(n))) throw new Error("internal: secret names must be lower-case ASCII letters and digits");
  return {
    marker: REDACTION_RULES.marker,
    namePattern: `\\A(?:${names.join("|")})\\z`,
    nameSuffixPattern: translateRegex(REDACTION_RULES.nameSuffix.source, dialect),
    valuePattern: translateRegex(REDACTION_RULES.value.source, dialect),
    notUnderPattern: `\\A${asciiCaseInsensitive(REDACTION_RULES.notUnder)}\\z`,
    secureTypePattern: translateRegex(REDACTION_RULES.secureParameterType.source, dialect),
  };
}

/** Patterns for .NET's Regex with IgnoreCase and CultureInvariant (notUnderPattern: case-sensitive). */
export function powershellRedaction(): ScriptRedaction {
  return patterns("dotnet");
}

/**
 * A jq program (jq 1.6 or later) that reads one JSON document and writes it with every secret replaced by
 * the marker, walking the document as redactSecrets does. jq string literals accept JSON's escapes, so
 * JSON.stringify writes each pattern as a jq literal.
 */
export function jqRedactionProgram(): string {
  const p = patterns("oniguruma");
  const q = JSON.stringify;
  return [
    `def secretname: test(${q(p.namePattern)}; "i") or test(${q(p.nameSuffixPattern)}; "i");`,
    `def redact($parent):`,
    `  if type == "array" then map(redact($parent))`,
    `  elif type == "object" then`,
    `    ((.type | type) == "string" and (.type | test(${q(p.secureTypePattern)}; "i"))) as $secure`,
    `    | (($parent | type) == "string" and ($parent | test(${q(p.notUnderPattern)}))) as $permissions`,
    `    | with_entries(.key as $k | if ((($k | secretname) and ($permissions | not)) or ($secure and $k == "defaultValue")) and .value != null and .value != ""`,
    `        then .value = ${q(p.marker)} else .value |= redact($k) end)`,
    `  elif type == "string" and test(${q(p.valuePattern)}; "i") then ${q(p.marker)}`,
    `  else . end;`,
    `redact(null)`,
  ].join("\n");
}
