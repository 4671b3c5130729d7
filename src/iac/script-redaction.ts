/**
 * export-config's redaction rules carried into the generated export scripts: a jq program for bash and
 * .NET patterns for PowerShell. The rules are one table (src/discovery/redaction-rules.ts) written in a
 * regular-expression subset that JavaScript, Oniguruma (jq) and .NET read the same way; `regexFor` spells each
 * pattern for the script's engine. The scripts replace the same secrets with the same markers as
 * export-config, keeping the text around them, with one deliberate difference: customData is hidden whole
 * (export-config decodes it and redacts line by line, which a script cannot do as exactly), so a script never
 * hides less than export-config.
 */
import { REDACTED } from "../discovery/redact.js";
import {
  CUSTOM_DATA,
  type Dialect,
  marker,
  NOT_A_SECRET,
  PERMISSIONS_PARENT,
  regexFor,
  SECRET_NAME,
  SECRET_SUFFIX,
  SECURE_PARAMETER_TYPE,
  TEXT_RULES,
} from "../discovery/redaction-rules.js";

export interface ScriptRedaction {
  marker: string;
  namePattern: string;
  nameSuffixPattern: string;
  /** A non-empty string under this name is hidden whole, even under a permissions parent. */
  customDataPattern: string;
  notUnderPattern: string;
  secureTypePattern: string;
  notASecretPattern: string;
  /** Text rules in the order they run: the marker replaces the group `secret`, `before` and `after` are kept. */
  textRules: { marker: string; pattern: string }[];
}

export function scriptRedaction(dialect: Exclude<Dialect, "javascript">): ScriptRedaction {
  const p = (source: string) => regexFor(source, dialect);
  return {
    marker: REDACTED,
    namePattern: p(SECRET_NAME),
    nameSuffixPattern: p(SECRET_SUFFIX),
    customDataPattern: p(CUSTOM_DATA),
    notUnderPattern: p(PERMISSIONS_PARENT),
    secureTypePattern: p(SECURE_PARAMETER_TYPE),
    notASecretPattern: p(NOT_A_SECRET),
    textRules: TEXT_RULES.map((r) => ({ marker: marker(r.shape), pattern: p(r.source) })),
  };
}

/** Patterns for .NET's Regex with RegexOptions.None: case is spelled out in the patterns, never an option. */
export function powershellRedaction(): ScriptRedaction {
  return scriptRedaction("dotnet");
}

/**
 * A jq program (jq 1.6 or later) that reads one JSON document and writes it with every secret replaced,
 * walking the document as redactSecrets does. jq string literals accept JSON's escapes, so JSON.stringify
 * writes each pattern and marker as a jq literal (it never writes `\(`, jq's interpolation).
 */
export function jqRedactionProgram(): string {
  const r = scriptRedaction("oniguruma");
  const q = JSON.stringify;
  const keep = String.raw`"\(.before)\(.secret)\(.after)"`;
  return [
    `def secretname: test(${q(r.namePattern)}) or test(${q(r.nameSuffixPattern)});`,
    `def redacttext:`,
    ...r.textRules.map(
      (rule, i) =>
        `  ${i === 0 ? "" : "| "}gsub(${q(rule.pattern)}; if (.secret | test(${q(r.notASecretPattern)})) then ${keep} else "\\(.before)"+${q(rule.marker)}+"\\(.after)" end)`,
    ),
    `  ;`,
    `def redact($parent):`,
    `  if type == "array" then map(redact($parent))`,
    `  elif type == "object" then`,
    `    ((.type | type) == "string" and (.type | test(${q(r.secureTypePattern)}))) as $secure`,
    `    | (($parent | type) == "string" and ($parent | test(${q(r.notUnderPattern)}))) as $permissions`,
    `    | with_entries(.key as $k`,
    `        | if ((($k | secretname) and ($permissions | not)) or ($secure and $k == "defaultValue") or (($k | test(${q(r.customDataPattern)})) and (.value | type) == "string"))`,
    `          and .value != null and .value != ""`,
    `        then .value = ${q(r.marker)} else .value |= redact($k) end)`,
    `  elif type == "string" then redacttext`,
    `  else . end;`,
    `redact(null)`,
  ].join("\n");
}
