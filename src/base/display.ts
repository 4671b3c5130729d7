/**
 * Names and other inventory text shown to a person: control characters and Unicode bidirectional
 * controls made visible, so a name can neither drive the terminal (ESC sequences, BEL) nor reorder
 * what a reader sees ("abc\u202Etxt.exe" shown as "abcexe.txt", the Trojan Source trick, CVE-2021-42574).
 * Tenant names are refused with these characters (schema.ts); free text (descriptions, tags, discovered
 * values) still passes through here wherever it is displayed.
 */

/**
 * C0 controls except tab and line feed, DEL, C1 controls, and the bidirectional formatting characters of
 * Unicode Standard Annex #9 (ALM U+061C, LRM/RLM U+200E/U+200F, embeddings and overrides U+202A–U+202E,
 * isolates U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_DISPLAY_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** The same set, tab and line feed included: none of them belongs in a name. */
// eslint-disable-next-line no-control-regex
export const NAME_FORBIDDEN_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** "U+202E" for a character. */
export const codePointLabel = (c: string): string => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * C0 controls and DEL become their Unicode control pictures (ESC → ␛, BEL → ␇: U+2400 block), every other
 * unsafe character its code point in angle brackets ("<U+202E>"). Tab and line feed are left to the
 * caller's format (Markdown folds them, the terminal prints them).
 */
export function neutralise(text: string): string {
  return text.replace(UNSAFE_DISPLAY_CHARACTERS, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return `<${codePointLabel(c)}>`;
  });
}

/** The first forbidden character of a name, for the error message ("U+001B"), or undefined. */
export function forbiddenNameCharacter(name: string): string | undefined {
  const m = NAME_FORBIDDEN_CHARACTERS.exec(name);
  return m ? codePointLabel(m[0]) : undefined;
}
