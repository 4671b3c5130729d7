/**
 * Message keys are checked by the compiler: `npm run typecheck` (run by CI) fails if any line marked
 * @ts-expect-error below stops being an error, so these lines prove that a typo in a key fails the build.
 */
import { describe, expect, it } from "vitest";
import { catalogueOf, type MessageKey } from "../../src/base/messages/index.js";
import type { plannerEn } from "../../src/base/messages/planner-en.js";
import { t } from "../../src/base/text.js";
import { Formatter } from "../../src/report/format.js";

describe("message keys are checked at compile time", () => {
  it("refuses a mistyped key in a planner message, a document label and a Japanese catalogue", () => {
    const fmt = new Formatter("ja");
    // @ts-expect-error: no such key (a typo of "backup.reason.excluded")
    expect(() => t("backup.reason.exclude")).toThrow(/backup\.reason\.exclude/);
    // @ts-expect-error: no such key (a typo of "unit.gib")
    expect(() => fmt.t("unit.gb", { n: 1 })).toThrow(/unit\.gb/);
    // A Japanese catalogue with one key mistyped is refused by its type (here a one-entry stand-in of it).
    // @ts-expect-error: "backup.applies.azureVM" is not a key of the English catalogue
    const mistyped: Partial<Record<keyof typeof plannerEn, string>> = { "backup.applies.azureVM": "すべての VM" };
    expect(Object.keys(mistyped)).toEqual(["backup.applies.azureVM"]);
  });

  it("keys built from data are checked when they run", () => {
    const fmt = new Formatter("en");
    expect(fmt.message("unit.gib", { n: "2" })).toBe("2 GiB");
    expect(() => fmt.message("finding.no-such-code")).toThrow(/not in the catalogue/);
  });

  it("Japanese has exactly the English keys", () => {
    const key: MessageKey = "unit.gib";
    expect(Object.keys(catalogueOf("ja")).sort()).toEqual(Object.keys(catalogueOf("en")).sort());
    expect(catalogueOf("ja")[key]).toBe("{n} GiB");
  });
});
