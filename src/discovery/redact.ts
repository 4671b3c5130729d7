/**
 * Redaction of the secrets ARM can return in resource bodies and exported templates: passwords,
 * customData, extension protectedSettings, VPN shared keys, keys and connection strings. A redacted
 * value is replaced by a marker and its JSON pointer is listed, so the export says what it left out.
 *
 * Two levels: a property whose name says it is a secret is replaced whole; any other string is searched for
 * the shapes secrets take inside text (a password argument on a command line, a connection-string part, a SAS
 * signature, a bearer token or JWT, a PEM block, user-info in a URL), and only the secret part is replaced
 * by a marker naming what it was, so the command or script around it stays readable. customData is decoded
 * and redacted line by line. The rules are one table (redaction-rules.ts) that the export scripts run too.
 */

import {
  CUSTOM_DATA,
  marker,
  NOT_A_SECRET,
  PERMISSIONS_PARENT,
  regexFor,
  SECRET_NAME,
  SECRET_SUFFIX,
  SECURE_PARAMETER_TYPE,
  type SecretShape,
  TEXT_RULES,
} from "./redaction-rules.js";

export { marker, type SecretShape } from "./redaction-rules.js";

export const REDACTED = "[REDACTED by azs-backup-planner]";

/** The rules of the one table (redaction-rules.ts), in their JavaScript form: the source itself, with the flag `g` only. */
const js = (source: string, flags = "") => new RegExp(regexFor(source, "javascript"), flags);
export const JS_TEXT_RULES: ReadonlyArray<{ shape: SecretShape; pattern: RegExp }> = TEXT_RULES.map((r) => ({ shape: r.shape, pattern: js(r.source, "g") }));
const IS_NOT_A_SECRET = js(NOT_A_SECRET);
const IS_SECRET_NAME = js(SECRET_NAME);
const HAS_SECRET_SUFFIX = js(SECRET_SUFFIX);
const IS_CUSTOM_DATA = js(CUSTOM_DATA);
const IS_PERMISSIONS = js(PERMISSIONS_PARENT);
const IS_SECURE_TYPE = js(SECURE_PARAMETER_TYPE);
const PEM_BLOCK = JS_TEXT_RULES[0]!.pattern;

/**
 * Replaces each secret found inside a text by a marker naming its shape, and returns the shapes found (one per
 * secret, in rule order). Text around a secret is kept.
 */
export function redactText(text: string): { text: string; shapes: SecretShape[] } {
  const shapes: SecretShape[] = [];
  let out = text;
  for (const rule of JS_TEXT_RULES) {
    out = out.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      const groups = rest.at(-1) as { before: string; secret: string; after: string };
      if (IS_NOT_A_SECRET.test(groups.secret)) return match;
      shapes.push(rule.shape);
      return `${groups.before}${marker(rule.shape)}${groups.after}`;
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
      const secureParameter = typeof record.type === "string" && IS_SECURE_TYPE.test(record.type);
      for (const [key, child] of Object.entries(record)) {
        const here = `${pointer}/${escapePointer(key)}`;
        const secretName = (IS_SECRET_NAME.test(key) || HAS_SECRET_SUFFIX.test(key)) && !(parentKey !== undefined && IS_PERMISSIONS.test(parentKey));
        if (IS_CUSTOM_DATA.test(key) && typeof child === "string" && child !== "") {
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
