import { describe, expect, it } from "vitest";
import { canPrompt } from "../../src/cli/commands/wizard.js";
import { DiskSchema, StampSchema, TierSchema } from "../../src/inventory/schema.js";
import { parseTenant } from "../../src/inventory/load.js";
import { virtualMachines } from "../../src/inventory/walk.js";
import { Asker, MissingAnswersError } from "../../src/wizard/asker.js";
import { parseBaseTenant, PLACEHOLDER_TIER } from "../../src/wizard/base.js";
import { globToRegExp, selectVms, tagMatcher } from "../../src/wizard/bulk.js";
import { checkCidr, checkTimeZone, fieldCheck } from "../../src/wizard/field-check.js";
import { answersYaml } from "../../src/wizard/files.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { DEFAULT, FakePrompter } from "./fake-prompter.js";

const small = fileURLToPath(new URL("../../examples/small/tenant.yaml", import.meta.url));

describe("canPrompt", () => {
  it("prompts only on a terminal, outside CI, without --non-interactive", () => {
    expect(canPrompt({}, {}, true)).toBe(true);
    expect(canPrompt({}, {}, false)).toBe(false);
    expect(canPrompt({}, { CI: "true" }, true)).toBe(false);
    expect(canPrompt({}, { CI: "1" }, true)).toBe(false);
    expect(canPrompt({}, { CI: "false" }, true)).toBe(true);
    expect(canPrompt({ nonInteractive: true }, {}, true)).toBe(false);
  });
});

describe("fieldCheck uses the schema's rules and validate's wording", () => {
  it.each([
    ["DiskSchema.sizeGiB", DiskSchema.shape.sizeGiB, 0, "must be greater than 0"],
    ["DiskSchema.changeRatePercent", DiskSchema.shape.changeRatePercent, 101, "must be at most 100"],
    ["backupWindow.durationHours", TierSchema.shape.backupWindow.shape.durationHours, 25, "must be at most 24"],
    ["backupWindow.start", TierSchema.shape.backupWindow.shape.start, "24:00", 'must be a time of day as "HH:MM" (24-hour clock)'],
    ["StampSchema.armEndpoint", StampSchema.shape.armEndpoint, "http://x.example", "must be an https:// URL"],
    ["retention.daily", TierSchema.shape.retention.shape.daily, 1.5, "must be a whole number"],
  ] as const)("%s: %s → %s", (_label, schema, value, message) => {
    expect(fieldCheck(schema)(value)).toBe(message);
  });
  it("accepts valid values", () => {
    expect(fieldCheck(DiskSchema.shape.sizeGiB)(1023)).toBeUndefined();
    expect(checkTimeZone("Asia/Tokyo")).toBeUndefined();
    expect(checkTimeZone("Mars/Olympus")).toMatch(/not an IANA time zone/);
    expect(checkCidr("10.0.0.0/16")).toBeUndefined();
    expect(checkCidr("10.0.0.256/16")).toMatch(/not an IPv4 address range/);
    expect(checkCidr("10.0.0.0/33")).toMatch(/not an IPv4 address range/);
  });
});

describe("bulk selection", () => {
  const loaded = parseTenant(readFileSync(small, "utf8"), small);
  if (!loaded.ok) throw new Error("examples/small must load");
  const refs = virtualMachines(loaded.tenant);
  const names = (list: ReturnType<typeof selectVms>) => list.map((r) => r.vm.name);
  it("by resource group, tag and glob, case-insensitively", () => {
    expect(names(selectVms(refs, "resourceGroup", "RG-WEB"))).toEqual(["web01", "web02", "app01"]);
    expect(names(selectVms(refs, "tag", "app=storefront"))).toEqual(["web01", "web02"]);
    expect(names(selectVms(refs, "tag", "owner"))).toHaveLength(refs.length);
    expect(names(selectVms(refs, "tag", "環境=本番"))).toEqual(["sql01"]);
    expect(names(selectVms(refs, "name", "WEB0?"))).toEqual(["web01", "web02"]);
    expect(names(selectVms(refs, "name", "rg-identity/*"))).toEqual(["dc01", "dc02"]);
    expect(names(selectVms(refs, "name", "*"))).toHaveLength(refs.length);
  });
  it("treats regular-expression characters in a glob literally", () => {
    expect(globToRegExp("a.b(1)+").test("a.b(1)+")).toBe(true);
    expect(globToRegExp("a.b").test("axb")).toBe(false);
    expect(tagMatcher("k=v")({ K: "V" })).toBe(true);
    expect(tagMatcher("k=v")({ k: "w" })).toBe(false);
  });
});

describe("Asker", () => {
  it("takes answers, then the loaded value, then asks; and records only what it resolved", async () => {
    const prompter = new FakePrompter([["c", "typed"]]);
    const ask = new Asker({ prompter, answers: { a: "from-file" } });
    expect(await ask.text({ key: "a", message: "A", current: "loaded" })).toBe("from-file");
    expect(await ask.text({ key: "b", message: "B", current: "loaded" })).toBe("loaded");
    expect(await ask.text({ key: "c", message: "C" })).toBe("typed");
    expect([...ask.answers.keys()]).toEqual(["a", "c"]);
  });

  it("a known optional field stays unset without a question", async () => {
    const ask = new Asker({ prompter: new FakePrompter([]) });
    expect(await ask.text({ key: "d", message: "D", known: true, optional: true })).toBeUndefined();
  });

  it("revisiting asks again with the earlier answer as the default", async () => {
    const prompter = new FakePrompter([
      ["n", 5],
      ["n", DEFAULT],
    ]);
    const ask = new Asker({ prompter });
    expect(await ask.number({ key: "n", message: "N" })).toBe(5);
    ask.beginPass((k) => k === "n");
    expect(await ask.number({ key: "n", message: "N", default: 1 })).toBe(5);
    expect(prompter.asked[1]!.default).toBe(5);
  });

  it("non-interactive: collects every defaulted key and fails once at the end of the pass", async () => {
    const ask = new Asker({});
    ask.beginPass();
    expect(await ask.number({ key: "x", message: "X", default: 3 })).toBe(3);
    expect(await ask.confirm({ key: "y", message: "Y", default: true })).toBe(true);
    let thrown: unknown;
    try {
      ask.endPass();
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MissingAnswersError);
    expect((thrown as MissingAnswersError).missing.map((m) => m.key)).toEqual(["x", "y"]);
    await expect(ask.text({ key: "z", message: "Z" })).rejects.toThrow(/z: Z/);
  });

  it("with --yes takes defaults silently but still needs answers without one", async () => {
    const ask = new Asker({ yes: true });
    ask.beginPass();
    expect(await ask.select({ key: "s", message: "S", default: "b", choices: [{ value: "a" }, { value: "b" }] })).toBe("b");
    expect(await ask.list({ key: "l", message: "L", item: "x", default: [] })).toEqual([]);
    ask.endPass();
    await expect(ask.number({ key: "w", message: "W" })).rejects.toThrow(MissingAnswersError);
  });

  it("list answers refuse duplicates case-insensitively, and the item rule", async () => {
    const ask = new Asker({ answers: { l: "a, B, b" } });
    await expect(ask.list({ key: "l", message: "L", item: "VM" })).rejects.toThrow('answer l: VM "b" is listed twice (names are case-insensitive)');
    const ask2 = new Asker({ answers: { l: ["ok", "Bad"] } });
    await expect(
      ask2.list({ key: "l", message: "L", item: "x", validateItem: (s) => (s === s.toLowerCase() ? undefined : "lower case only") }),
    ).rejects.toThrow("answer l: Bad: lower case only");
  });
});

describe("loading a file to complete", () => {
  it("accepts a missing or placeholder protection block but not a broken inventory", () => {
    const text = readFileSync(small, "utf8");
    const noProtection = text.slice(0, text.indexOf("protection:"));
    expect(parseBaseTenant(noProtection, "t.yaml").protection).toBeUndefined();
    const placeholder = `${noProtection}protection:\n  tiers:\n    - name: ${PLACEHOLDER_TIER}\n  target:\n    kind: smb-share\n`;
    expect(parseBaseTenant(placeholder, "t.yaml").protection?.target).toEqual({ kind: "smb-share" });
    const broken = noProtection.replace("sizeGiB: 127, usedGiB: 38", "sizeGiB: -1, usedGiB: 38");
    expect(() => parseBaseTenant(broken, "t.yaml")).toThrow(
      /t\.yaml:\d+:\d+: error \[schema\] subscriptions\[0\]\.resourceGroups\[0\]\.virtualMachines\[0\]\.disks\[0\]\.sizeGiB: must be greater than 0/,
    );
  });
});

describe("answers files", () => {
  it("round-trip through YAML with bracketed keys", () => {
    const answers = new Map<string, string | number | boolean | string[]>([
      ["vm[dc01].tier", "gold"],
      ["tiers", ["gold", "silver"]],
      ["target.wanBandwidthMbps", 100],
      ["bulk.use", false],
    ]);
    expect(yaml.load(answersYaml(answers))).toEqual(Object.fromEntries(answers));
  });
});
