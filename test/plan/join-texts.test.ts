/** joinTexts at tenant scale: long lists render in each language without deep recursion (src/base/text.ts). */
import { describe, expect, it } from "vitest";
import { joinTexts, renderText, t, verbatim, type LocalText } from "../../src/base/text.js";

const depth = (text: LocalText): number => 1 + Math.max(0, ...Object.values(text.params).map((p) => (typeof p === "object" ? depth(p) : 0)));

describe("joinTexts", () => {
  it("joins 20,000 names in English and Japanese as plain concatenation, without overflowing the stack", () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `vm-${i}`);
    const joined = joinTexts(names.map(verbatim));
    expect(joined.en).toBe(names.join(", "));
    expect(renderText(joined, "ja")).toBe(names.join("、"));
    expect(() => JSON.stringify(joined)).not.toThrow();
    // Balanced: about log2(20,000) ≈ 15 levels of pairs, plus the verbatim leaves.
    expect(depth(joined)).toBeLessThanOrEqual(Math.ceil(Math.log2(names.length)) + 2);
  });

  it("nests lists of up to three items exactly as a left-to-right chain", () => {
    const [a, b, c] = ["a", "b", "c"].map(verbatim) as [LocalText, LocalText, LocalText];
    expect(joinTexts([])).toEqual(verbatim(""));
    expect(joinTexts([a])).toEqual(a);
    expect(joinTexts([a, b], "list.semicolon")).toEqual(t("list.semicolon", { a, b }));
    expect(joinTexts([a, b, c])).toEqual(t("list.comma", { a: t("list.comma", { a, b }), b: c }));
  });

  it("gives every split of a list the same text in both languages", () => {
    for (let n = 1; n <= 17; n++) {
      const names = Array.from({ length: n }, (_, i) => `n${i}`);
      const joined = joinTexts(names.map(verbatim), "list.semicolon");
      expect(joined.en).toBe(names.join("; "));
      expect(renderText(joined, "ja")).toBe(names.join("。"));
    }
  });
});
