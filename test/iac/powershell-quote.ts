/**
 * A reader for PowerShell single-quoted (verbatim) strings, implementing the documented rule
 * (about_Quoting_Rules): the string runs to the next single quote; two single quotes in a row stand for
 * one. PowerShell counts U+2018, U+2019, U+201A and U+201B as single quotes as well, in any pairing.
 */
const QUOTES = new Set(["'", "\u2018", "\u2019", "\u201a", "\u201b"]);

export function parsePowerShellSingleQuoted(text: string): { value: string; rest: string } {
  const chars = [...text];
  if (!QUOTES.has(chars[0] ?? "")) throw new Error(`not a single-quoted string: ${text}`);
  let value = "";
  for (let i = 1; i < chars.length; i++) {
    const c = chars[i]!;
    if (QUOTES.has(c)) {
      if (QUOTES.has(chars[i + 1] ?? "")) {
        value += chars[i + 1];
        i++;
        continue;
      }
      return { value, rest: chars.slice(i + 1).join("") };
    }
    value += c;
  }
  throw new Error(`unterminated single-quoted string: ${text}`);
}
