import { describe, expect, it } from "vitest";
import { JS_TEXT_RULES } from "../../src/discovery/redact.js";
import { ALL_PATTERNS, anyCase, regexFor, TEXT_RULES, WS } from "../../src/discovery/redaction-rules.js";

describe("the one table of redaction rules", () => {
  it("is what JavaScript runs: the JS form of every rule is its source, with the flag g only", () => {
    for (const [name, source] of Object.entries(ALL_PATTERNS)) expect(regexFor(source, "javascript"), name).toBe(source);
    expect(JS_TEXT_RULES.map((r) => [r.shape, r.pattern.source, r.pattern.flags])).toEqual(TEXT_RULES.map((r) => [r.shape, r.source, "g"]));
  });

  it("spells ECMAScript's \\s out exactly, code unit by code unit", () => {
    const ws = new RegExp(`[${WS}]`);
    for (let unit = 0; unit <= 0xffff; unit++) {
      const c = String.fromCharCode(unit);
      if (/\s/.test(c) !== ws.test(c)) throw new Error(`U+${unit.toString(16)}: \\s ${/\s/.test(c)}, WS ${ws.test(c)}`);
    }
  });

  it("matches a word as toLowerCase() compares it, the Kelvin sign included, and nothing else", () => {
    const word = new RegExp(`^${anyCase("keyPassword")}$`);
    for (let unit = 0; unit <= 0xffff; unit++) {
      const c = String.fromCharCode(unit);
      for (const [i, letter] of [..."keypassword"].entries()) {
        const candidate = `${"keypassword".slice(0, i)}${c}${"keypassword".slice(i + 1)}`;
        if (word.test(candidate) !== (c.toLowerCase() === letter)) throw new Error(`U+${unit.toString(16)} for ${letter}`);
      }
    }
  });

  it("spells the other dialects' differences out: anchors, code points, any character", () => {
    expect(regexFor(String.raw`^a[\u00A0b]\u2028$`, "oniguruma")).toBe(String.raw`\Aa[\x{00A0}b]\x{2028}\z`);
    expect(regexFor(String.raw`^a[\u00A0b]\u2028$`, "dotnet")).toBe(String.raw`\Aa[\u00A0b]\u2028\z`);
    expect(regexFor(String.raw`x[\s\S]*?y`, "oniguruma")).toBe(String.raw`x[\x{0}-\x{10FFFF}]*?y`);
    expect(regexFor(String.raw`x[\s\S]*?y`, "dotnet")).toBe(String.raw`x[\s\S]*?y`);
    expect(regexFor(String.raw`(?<a>[A-Z]{1,60})\k<a>[^$]`, "oniguruma")).toBe(String.raw`(?<a>[A-Z]{1,60})\k<a>[^$]`);
  });

  it("refuses what the engines read differently, so a new rule cannot mean less in a script", () => {
    for (const source of [
      String.raw`\s`,
      String.raw`\w+`,
      String.raw`\bx`,
      String.raw`\d`,
      "a.b",
      "(a)",
      "[a&&b]",
      "[a[b]]",
      "[ab-]",
      "[-ab]",
      "a{2}",
      "[^a]{2}",
      "[\u00a0]{2}",
      "\u00e9",
      "a}",
      String.raw`\n`,
    ]) {
      expect(() => regexFor(source, "oniguruma"), source).toThrow(
        /outside the portable subset|unescaped|&&|must be escaped|counted quantifier|capturing group|printable ASCII|unterminated/,
      );
    }
  });
});
