/**
 * The one message catalogue (src/base/messages): the same keys and placeholders in
 * both, a fix for every finding code the planners and the validator emit, and the localization of a
 * plan model (English unchanged, Japanese from the same keys and parameters).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixFor, planFinding } from "../../src/base/planner-findings.js";
import { catalogueOf, placeholders } from "../../src/base/messages/index.js";
import { joinTexts, renderText, t } from "../../src/base/text.js";
import { englishModel, localizeModel } from "../../src/report/localize.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const english: Record<string, string> = catalogueOf("en");
const japanese: Record<string, string> = catalogueOf("ja");

/** Keys whose Japanese is legitimately free of Japanese script: separators, pure placeholders, acronyms. */
const NO_JAPANESE_NEEDED = new Set([
  ...["common.verbatim", "bcdr.notPossible.item", "contrast.row.rpo.aspect", "list.comma", "list.semicolon", "bcdr.reason.asr", "msg.bcdr.issue"],
  // Document labels that are units, symbols, product names or acronyms in both languages.
  ...[
    "unit.gib",
    "unit.tib",
    "unit.mbps",
    "unit.percent",
    "common.none",
    "source.bcdr",
    "inventory.countWithSize",
    "bcdr.col.vm",
    "bcdr.col.rpoMet",
    "bcdr.col.rtoMet",
  ],
  ...["bcdr.vmWithMethod", "list.separator", "bcdr.reasonLine", "diagram.timeline.window", "contrast.kubernetes", "config.group.terraform"],
]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("planner message catalogues", () => {
  it("have exactly the same keys", () => {
    expect(Object.keys(japanese).sort()).toEqual(Object.keys(english).sort());
  });

  it("have the same placeholders per key", () => {
    const mismatched = Object.keys(english).filter((k) => placeholders(english[k]!).join() !== placeholders(japanese[k] ?? "").join());
    expect(mismatched).toEqual([]);
  });

  it("translate every message (Japanese script in each, apart from a few symbol-only keys)", () => {
    const untranslated = Object.keys(japanese).filter((k) => !NO_JAPANESE_NEEDED.has(k) && !/[\u3040-\u30ff\u4e00-\u9fff]/.test(japanese[k]!));
    expect(untranslated).toEqual([]);
  });

  it("has a fix for every finding code of the planners and the validator", () => {
    const codes = new Set<string>();
    for (const file of [
      ...sources(join(root, "src/backup")),
      ...sources(join(root, "src/bcdr")),
      ...sources(join(root, "src/iac")),
      ...sources(join(root, "src/inventory")),
    ]) {
      const text = readFileSync(file, "utf8");
      for (const m of text.matchAll(
        /(?:finding|gap)\(\s*(?:"(?:error|warning|info)"|\w+ \? "(?:error|warning|info)" : "(?:error|warning|info)"),\s*"([a-z][a-z0-9.-]+)"/g,
      ))
        codes.add(m[1]!);
      // BC/DR turns the warnings of a chosen method into findings "bcdr-<issue code>".
      if (file.endsWith("methods.ts")) for (const m of text.matchAll(/(?:warn\(|issue\("warning", )"([a-z0-9-]+)"/g)) codes.add(`bcdr-${m[1]}`);
    }
    codes.add("iac-secure-parameter");
    expect(codes.size).toBeGreaterThan(60);
    const missing = [...codes].filter((c) => fixFor(c) === undefined).sort();
    expect(missing).toEqual([]);
  });
});

describe("LocalText", () => {
  it("renders the English template now and the Japanese one from the same parameters", () => {
    const text = t("msg.backup.excluded-vm", { vm: "rg/vm1" });
    expect(text.en).toBe("rg/vm1 is excluded from backup by the tenant");
    expect(renderText(text, "en")).toBe(text.en);
    expect(renderText(text, "ja")).toBe("rg/vm1 はテナントの指定によりバックアップの対象外です");
  });

  it("renders nested texts and joined lists in each language", () => {
    const parts = joinTexts([t("bcdr.rto.uncovered", { vm: "a" }), t("bcdr.rto.uncovered", { vm: "b" })], "list.semicolon");
    const text = t("msg.bcdr-rto-unmet", { tier: "gold", rto: 4, parts });
    expect(text.en).toBe('tier "gold" (RTO 4 h): the RTO is not met: a has no method fast enough; b has no method fast enough');
    expect(renderText(text, "ja")).toBe('階層 "gold"(RTO 4 時間): RTO を達成できません。a には十分に速い方式がありません。b には十分に速い方式がありません');
  });

  it("fails loudly on a missing parameter", () => {
    expect(() => t("msg.backup.excluded-vm", {})).toThrow(/needs a value for \{vm\}/);
  });

  it("a planner finding carries its key and a fix; an unknown code has none and is refused", () => {
    const f = planFinding("info", "backup.excluded-vm", ["x"], t("msg.backup.excluded-vm", { vm: "v" }));
    expect(f.message).toBe(f.messageLocal!.en);
    expect(f.fix?.key).toBe("fix.backup.excluded-vm");
    expect(() => planFinding("info", "no-such-code", [], t("msg.backup.excluded-vm", { vm: "v" }))).toThrow(/no fix/);
  });
});

describe("localizing a plan model", () => {
  const reason = t("backup.reason.excluded");
  const model = {
    vms: [{ reason: reason.en, reasonLocal: reason, name: "vm1" }],
    checks: [reason.en],
    checksLocal: [reason],
    fix: t("fix.no-tier"),
  };

  it("is the identity for English apart from dropping the keys", () => {
    expect(localizeModel(model, "en")).toEqual({ vms: [{ reason: reason.en, name: "vm1" }], checks: [reason.en], fix: model.fix });
  });

  it("puts every keyed field into Japanese and leaves other fields alone", () => {
    const out = localizeModel(model, "ja");
    expect(out.vms[0]!.reason).toBe("VM に backup.exclude が設定されています");
    expect(out.vms[0]!.name).toBe("vm1");
    expect(out.checks).toEqual(["VM に backup.exclude が設定されています"]);
  });

  it("writes plan.yaml's model in English without the keys", () => {
    expect(englishModel(model)).toEqual({ vms: [{ reason: reason.en, name: "vm1" }], checks: [reason.en], fix: model.fix.en });
  });
});
