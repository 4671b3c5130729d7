/** Names from the inventory never leave the output folder. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fileNameFor, safeRelativePath } from "../../src/report/paths.js";

describe("output paths", () => {
  it("accepts ordinary relative paths, Japanese names included", () => {
    for (const p of ["README.md", "iac/arm/Contoso_Production/rg-web.json", "kubernetes/rg--aks.velero.yaml", "iac/本番/テンプレート.json"]) {
      expect(safeRelativePath(p)).toBe(p);
    }
  });

  it.each([
    "",
    "/abs",
    "../up",
    "a/../../b",
    "a/./b",
    "a//b",
    "C:/x",
    "c:x",
    "a\\b",
    "nul",
    "COM1.txt",
    "a/aux.json",
    "x\u0000",
    "end.",
    "end ",
    "a:b",
    "a|b",
    "a?b",
    "a*b",
  ])("refuses %j", (p) => {
    expect(() => safeRelativePath(p)).toThrow(/refusing/);
  });

  it("fileNameFor makes any name one safe segment (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const segment = fileNameFor(name);
        expect(segment).not.toContain("/");
        expect(() => safeRelativePath(`iac/${segment}.json`)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
