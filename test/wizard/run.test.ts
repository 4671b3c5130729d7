import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { PLANNER_CHECK, PLAN_TEMPLATES } from "../helpers/templates.js";
import { describe, expect, it } from "vitest";
import { loadTenantFile } from "../../src/inventory/load.js";
import { tenantFindings } from "../../src/plan/check.js";
import { countFindings } from "../../src/plan/findings.js";
import { MissingAnswersError } from "../../src/wizard/asker.js";
import { loadAnswersFile } from "../../src/wizard/files.js";
import { runWizard, WizardQuit, type WizardOptions } from "../../src/wizard/run.js";
import { DEFAULT, ExitPromptError, FakePrompter, tries, type Step } from "./fake-prompter.js";
import { discoveredSteps, fromNothingSteps, TIER_FIELDS } from "./scripts.js";

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const FROM_NOTHING = join(fixtures, "from-nothing.tenant.yaml");
const DISCOVERED = join(fixtures, "discovered.tenant.yaml");
const DISCOVERED_DONE = join(fixtures, "discovered.completed.tenant.yaml");
const tmp = () => mkdtempSync(join(tmpdir(), "wizard-"));
/** The answers a discovered file needs beyond --yes: its placeholder target is replaced. */
const TARGET = { "target.name": "rsv-fabrikam", "target.location": "japanwest", "target.wanBandwidthMbps": 100 };

function options(file: string, extra: Partial<WizardOptions> = {}): WizardOptions & { lines: string[] } {
  const lines: string[] = [];
  return { file, plannerCheck: PLANNER_CHECK, print: (l) => lines.push(l), warn: (l) => lines.push(l), lines, ...extra };
}

async function drive(file: string, steps: Step[], extra: Partial<WizardOptions> = {}) {
  const prompter = new FakePrompter(steps);
  const opts = options(file, { prompter, ...extra });
  const result = await runWizard(opts);
  expect(prompter.remaining).toEqual([]);
  return { result, prompter, lines: opts.lines };
}

describe("from nothing", () => {
  it("records the three-VM tenant of the fixture, removes the draft, and checks it as validate does", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    const { result, lines } = await drive(file, [...fromNothingSteps, ["review.action", "save"], ["plan.generate", false]]);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(FROM_NOTHING, "utf8"));
    expect(existsSync(`${file}.wizard-draft.yaml`)).toBe(false);
    expect(result.generatePlan).toBe(false);
    // Review screen: counts per kind, per tier, capacity, validation.
    expect(lines).toContain("  VMs 3, virtual networks 1");
    expect(lines.some((l) => /^ {4}gold +2 VMs/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("  capacity: 796 GiB provisioned, 405 GiB used"))).toBe(true);
    // The review counts what validate counts on the saved file: the inventory's findings and every planner's.
    const saved = await loadTenantFile(file);
    const counts = countFindings(saved.ok ? tenantFindings(saved.tenant, PLAN_TEMPLATES, saved.findings) : saved.findings);
    expect(lines).toContain(`  validation: ${counts.error} error(s), ${counts.warning} warning(s)`);
  });

  it("fills vCPUs and memory from the size table and the OS type from the OS catalogue", async () => {
    const dir = tmp();
    const { result } = await drive(join(dir, "t.yaml"), [...fromNothingSteps, ["review.action", "save"], ["plan.generate", false]]);
    const [dc01, sql01, web01] = result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines;
    expect([sql01!.size, sql01!.vCpus, sql01!.memoryGiB]).toEqual(["Standard_DS4_v2", 8, 28]);
    expect(web01!.osType).toBe("linux");
    expect(web01!.disks[0]!.sizeGiB).toBe(30); // Linux OS disk default
    expect(dc01!.disks[0]!.sizeGiB).toBe(127); // Windows OS disk default
    // dc01 took the role default (AD 2, DNS 1 → 2): nothing written; sql01 got 12 on every disk.
    expect(dc01!.disks.every((d) => d.changeRatePercent === undefined)).toBe(true);
    expect(sql01!.disks.map((d) => d.changeRatePercent)).toEqual([12, 12]);
  });

  it("offers the role's change rate as the default, from CHANGE_RATE_BY_ROLE", async () => {
    const dir = tmp();
    const { prompter } = await drive(join(dir, "t.yaml"), [...fromNothingSteps, ["review.action", "save"], ["plan.generate", false]]);
    const asked = (key: string) => prompter.asked.find((a) => a.key === key)!;
    expect(asked("vm[sql01].changeRatePercent").default).toBe(10);
    expect(asked("vm[web01].changeRatePercent").default).toBe(1);
    expect(asked("vm[dc01].changeRatePercent").default).toBe(2);
  });

  it("refuses invalid answers inline with the schema's messages", async () => {
    const dir = tmp();
    const steps = fromNothingSteps.map((s): Step => {
      if (s[0] === "stamp.armEndpoint") return [s[0], tries("http://management.lab", s[1])];
      if (s[0] === "subscription[Lab].id") return [s[0], tries("not-a-guid", s[1])];
      if (s[0] === "vm[sql01].disk[1].sizeGiB") return [s[0], tries(0, -3, s[1])];
      if (s[0] === "vm[sql01].disk[1].usedGiB") return [s[0], tries(600, s[1])];
      if (s[0] === "tiers") return [s[0], tries("gold, GOLD", "unassigned", s[1])];
      if (s[0] === "protection.timeZone") return [s[0], tries("Tokyo/Japan", s[1])];
      if (s[0] === "tiers[gold].backupWindow.start") return [s[0], tries("25:00", DEFAULT)];
      return s;
    });
    const { prompter } = await drive(join(dir, "t.yaml"), [...steps, ["review.action", "save"], ["plan.generate", false]]);
    const errors = (key: string) => prompter.asked.find((a) => a.key === key)!.errors;
    expect(errors("stamp.armEndpoint")).toEqual(["must be an https:// URL"]);
    expect(errors("subscription[Lab].id")).toEqual(["must be a subscription GUID"]);
    expect(errors("vm[sql01].disk[1].sizeGiB")).toEqual(["must be greater than 0", "must be greater than 0"]);
    expect(errors("vm[sql01].disk[1].usedGiB")).toEqual(["used 600 GiB is more than the disk's provisioned 512 GiB"]);
    expect(errors("tiers")[0]).toMatch(/tier "GOLD" is listed twice/);
    expect(errors("tiers")[1]).toMatch(/placeholder/);
    expect(errors("protection.timeZone")[0]).toMatch(/not an IANA time zone/);
    expect(errors("tiers[gold].backupWindow.start")).toEqual(['must be a time of day as "HH:MM" (24-hour clock)']);
  });

  it("shows validate's findings on the review and will not save until they are fixed (going back to one VM)", async () => {
    const dir = tmp();
    const file = join(dir, "t.yaml");
    // 2000 GiB passes the field schema but not the stamp's disk limit, which validateTenant checks.
    const steps = fromNothingSteps.map((s): Step => (s[0] === "vm[sql01].disk[1].sizeGiB" ? [s[0], 2000] : s));
    const sqlKeys = fromNothingSteps.filter(([k]) => k.startsWith("vm[sql01]."));
    const redo = sqlKeys.map(
      ([k, v]): Step => [
        k,
        k === "vm[sql01].disk[1].sizeGiB" ? 1000 : k === "vm[sql01].dataDisks" || k.endsWith("usedGiB") || k === "vm[sql01].changeRatePercent" ? v : DEFAULT,
      ],
    );
    const { lines, result } = await drive(file, [
      ...steps,
      ["review.action", "save"], // refused: it has errors, so the review comes back
      ["review.action", "vm"],
      ["review.vm", "vm[sql01]"],
      ...redo,
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    expect(lines.some((l) => l.includes("error [disk-too-large]") && l.includes("2000 GiB is larger than the 1023 GiB"))).toBe(true);
    expect(lines).toContain("  validation: 1 error(s), 0 warning(s)");
    expect(result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines[1]!.disks[1]!.sizeGiB).toBe(1000);
  });

  it("goes back to a section with the earlier answers as defaults", async () => {
    const dir = tmp();
    const { result, prompter } = await drive(join(dir, "t.yaml"), [
      ...fromNothingSteps,
      ["review.action", "identity"],
      ["tenant.name", "contoso-lab-2"],
      ["tenant.description", "Renamed"],
      ["stamp.name", DEFAULT],
      ["stamp.region", DEFAULT],
      ["stamp.armEndpoint", DEFAULT],
      ["stamp.identitySystem", "adfs"],
      ["stamp.version", DEFAULT],
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    expect(result.tenant.tenant).toEqual({ name: "contoso-lab-2", description: "Renamed" });
    expect(result.tenant.stamp.identitySystem).toBe("adfs");
    expect(result.tenant.stamp.name).toBe("ash-lab-01");
    const second = prompter.asked.filter((a) => a.key === "stamp.region");
    expect(second.map((a) => a.default)).toEqual([undefined, "lab"]);
  });

  it("adds and removes VMs in a list, asking only the new VM's questions", async () => {
    const dir = tmp();
    const { result } = await drive(join(dir, "t.yaml"), [
      ...fromNothingSteps,
      ["review.action", "vms"],
      ["review.group", "rg[rg-app]"],
      ["rg[rg-app].virtualMachines#action", "add"],
      ["rg[rg-app].virtualMachines#add", "app01"],
      ["rg[rg-app].virtualMachines#action", "remove"],
      ["rg[rg-app].virtualMachines#remove", "web01"],
      ["rg[rg-app].virtualMachines#action", "done"],
      ["vm[app01].osVersion", "Ubuntu 22.04 LTS"],
      ["vm[app01].size", "Standard_DS3_v2"],
      ["vm[app01].subnet", DEFAULT],
      ["vm[app01].dataDisks", 2],
      ["vm[app01].disk[0].sizeGiB", DEFAULT],
      ["vm[app01].disk[0].usedGiB", 10],
      ["vm[app01].disk[1].sizeGiB", 64],
      ["vm[app01].disk[1].usedGiB", DEFAULT],
      ["vm[app01].disk[2].sizeGiB", 32],
      ["vm[app01].disk[2].usedGiB", DEFAULT],
      ["vm[app01].roles", ["app"]],
      ["vm[app01].tier", "silver"],
      ["vm[app01].changeRatePercent", DEFAULT],
      ["vm[app01].dependsOn", ["sql01"]],
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    const vms = result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines;
    expect(vms.map((v) => v.name)).toEqual(["dc01", "sql01", "app01"]);
    expect(vms[2]!.disks.map((d) => [d.name, d.role, d.lun, d.sizeGiB])).toEqual([
      ["app01-osdisk", "os", undefined, 30],
      ["app01-data1", "data", 0, 64],
      ["app01-data2", "data", 1, 32],
    ]);
  });

  it("edits the tier list: removing a tier re-asks the VMs that used it", async () => {
    const dir = tmp();
    const tierFields = TIER_FIELDS;
    const { result, prompter } = await drive(join(dir, "t.yaml"), [
      ...fromNothingSteps,
      ["review.action", "tiers"],
      ["protection.productFamily", DEFAULT],
      ["protection.timeZone", DEFAULT],
      ["tiers#action", "remove"],
      ["tiers#remove", "silver"],
      ["tiers#action", "done"],
      ...tierFields.map((f): Step => [`tiers[gold].${f}`, f === "rpoHours" ? 6 : DEFAULT]),
      ["protection.defaultTier", DEFAULT],
      ["vm[web01].tier", "gold"],
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    expect(result.tenant.protection.tiers.map((t) => [t.name, t.rpoHours])).toEqual([["gold", 6]]);
    expect(result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines.map((v) => v.tier)).toEqual(["gold", "gold", "gold"]);
    expect(prompter.notes.some((n) => n.includes("vm[web01].tier") && n.includes("no longer fits"))).toBe(true);
  });
});

describe("completing a discovered file", () => {
  it("asks only what discovery cannot know and keeps the inventory as loaded", async () => {
    const dir = tmp();
    const out = join(dir, "tenant.yaml");
    const { prompter, result } = await drive(DISCOVERED, [...discoveredSteps, ["review.action", "save"], ["plan.generate", false]], {
      output: out,
    });
    // Nothing of the inventory is asked: no tenant, stamp, subscription, group, network or VM-inventory key.
    const inventoryKey = /^(tenant\.|stamp\.|subscriptions?|rg\[|vnet\[|subnet\[|storage\[)|^vm\[[^\]]+\]\.(osVersion|size|subnet|dataDisks|disk\[)/;
    expect(prompter.asked.filter((a) => inventoryKey.test(a.key)).map((a) => a.key)).toEqual([]);
    // The web VMs were completed by the bulk rules: no per-VM question for them.
    expect(prompter.asked.filter((a) => a.key.startsWith("vm[web0")).map((a) => a.key)).toEqual([]);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
    // Bulk: the tag rule gave the web VMs bronze, the name rule their role; db01 was answered by hand.
    const vms = result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines;
    expect(vms.map((v) => [v.name, v.tier, v.roles])).toEqual([
      ["web01", "bronze", ["web"]],
      ["web02", "bronze", ["web"]],
      ["db01", "gold", ["sql-server"]],
    ]);
    expect(result.tenant.protection.tiers.map((t) => t.name)).toEqual(["gold", "bronze"]);
    expect(result.tenant.protection.target.wanBandwidthMbps).toBe(50);
    // Everything but what the wizard asked is as loaded.
    const strip = (doc: unknown) => {
      const t = structuredClone(doc) as {
        subscriptions: Array<{ resourceGroups: Array<{ virtualMachines: Array<Record<string, unknown>> }> }>;
      };
      for (const vm of t.subscriptions[0]!.resourceGroups[0]!.virtualMachines) {
        delete vm.tier;
        delete vm.roles;
      }
      return t.subscriptions;
    };
    expect(strip(yaml.load(readFileSync(out, "utf8")))).toEqual(strip(yaml.load(readFileSync(DISCOVERED, "utf8"))));
    const head = (text: string) => text.slice(text.indexOf("schemaVersion"), text.indexOf("subscriptions:"));
    expect(head(readFileSync(out, "utf8"))).toBe(head(readFileSync(DISCOVERED, "utf8")));
  });

  it("walks nothing when the file is complete, and saves it unchanged", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    copyFileSync(DISCOVERED_DONE, file);
    const { result } = await drive(file, [
      ["review.action", "save"],
      ["save.overwrite", true],
      ["plan.generate", true],
    ]);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
    expect(readFileSync(`${file}.bak`, "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
    expect(result.generatePlan).toBe(true);
  });

  it("asks the protection block from scratch when the file has none", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    const text = readFileSync(DISCOVERED, "utf8");
    writeFileSync(file, text.slice(0, text.indexOf("protection:")).replace(/^ +tier: unassigned\n/gm, ""));
    const replace: Record<string, Step[]> = {
      "target.kind": [["target.kind", "s3-compatible"]],
      "target.name": [["target.name", "backup-bucket"]],
      "target.location": [["target.location", "osaka-dc2"]],
      "target.wanBandwidthMbps": [
        ["target.endpoint", "https://s3.dc2.fabrikam.example"],
        ["target.wanBandwidthMbps", 50],
      ],
      "drSite.name": [["drSite.name", "japanwest"]],
    };
    const steps = discoveredSteps.flatMap((s): Step[] => replace[s[0]] ?? [s]);
    const { result } = await drive(file, [...steps, ["review.action", "save"], ["save.overwrite", true], ["plan.generate", false]]);
    expect(result.tenant.protection.target).toEqual({
      kind: "s3-compatible",
      name: "backup-bucket",
      location: "osaka-dc2",
      endpoint: "https://s3.dc2.fabrikam.example",
      wanBandwidthMbps: 50,
    });
  });

  it("asks only the missing fields of a partial target", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    const text = readFileSync(DISCOVERED, "utf8");
    writeFileSync(
      file,
      text.replace(/ {2}target:\n[\s\S]*$/, "  target:\n    kind: nfs-share\n    name: nfs-dr\n    location: kyoto-dc\n    immutable: true\n"),
    );
    const steps = discoveredSteps.filter(([k]) => !["target.kind", "target.name", "target.location"].includes(k));
    const { result } = await drive(file, [
      ...steps.map((s): Step => (s[0] === "drSite.name" ? [s[0], "japanwest"] : s)),
      ["review.action", "save"],
      ["save.overwrite", true],
      ["plan.generate", false],
    ]);
    expect(result.tenant.protection.target).toEqual({
      kind: "nfs-share",
      name: "nfs-dr",
      location: "kyoto-dc",
      wanBandwidthMbps: 50,
      immutable: true,
    });
  });

  it("a bulk rule added at the review overrides per-VM answers given earlier", async () => {
    const dir = tmp();
    const out = join(dir, "tenant.yaml");
    const { result } = await drive(
      DISCOVERED,
      [
        ...discoveredSteps,
        ["review.action", "bulk"],
        ["bulk[3].by", "resourceGroup"],
        ["bulk[3].match", "rg-shop"],
        ["bulk[3].set", "changeRatePercent"],
        ["bulk[3].changeRatePercent", 3],
        ["bulk[3].more", false],
        ["review.action", "bulk"],
        ["bulk[4].by", "name"],
        ["bulk[4].match", tries("nothing*", "db0?")],
        ["bulk[4].set", "tier"],
        ["bulk[4].tier", "bronze"],
        ["bulk[4].more", false],
        ["review.action", "save"],
        ["plan.generate", false],
      ],
      { output: out },
    );
    const vms = result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines;
    expect(vms.map((v) => v.tier)).toEqual(["bronze", "bronze", "bronze"]);
    expect(vms.flatMap((v) => v.disks.map((d) => d.changeRatePercent))).toEqual([3, 3, 3, 3]);
  });
});

describe("answers without a terminal", () => {
  it("replays saved answers to a byte-identical file (from nothing and discovered)", async () => {
    const dir = tmp();
    const a = join(dir, "a.yaml");
    await drive(a, [...fromNothingSteps, ["review.action", "save"], ["plan.generate", false]], {
      saveAnswers: join(dir, "a.answers.yaml"),
    });
    const b = join(dir, "b.yaml");
    await runWizard(options(b, { answers: await loadAnswersFile(join(dir, "a.answers.yaml")) }));
    expect(readFileSync(b, "utf8")).toBe(readFileSync(a, "utf8"));

    const c = join(dir, "c.yaml");
    await drive(DISCOVERED, [...discoveredSteps, ["review.action", "save"], ["plan.generate", false]], {
      output: c,
      saveAnswers: join(dir, "c.answers.yaml"),
    });
    const d = join(dir, "d.yaml");
    await runWizard(options(DISCOVERED, { output: d, answers: await loadAnswersFile(join(dir, "c.answers.yaml")) }));
    expect(readFileSync(d, "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
  });

  it("names every missing key; --yes fills defaults and names only the keys without one", async () => {
    const dir = tmp();
    const answers = { "tenant.name": "x", "stamp.name": "s", "stamp.region": "r", "stamp.armEndpoint": "https://management.r.example" };
    const error = await runWizard(options(join(dir, "t.yaml"), { answers })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingAnswersError);
    expect((error as MissingAnswersError).missing.map((m) => m.key)).toEqual(["tenant.description", "stamp.identitySystem", "stamp.version", "subscriptions"]);
    expect((error as Error).message).toContain("subscriptions: Subscriptions of the tenant");

    const withYes = await runWizard(options(DISCOVERED, { output: join(dir, "d.yaml"), yes: true })).catch((e: unknown) => e);
    expect(withYes).toBeInstanceOf(MissingAnswersError);
    expect((withYes as MissingAnswersError).missing.map((m) => m.key)).toEqual(["target.name"]);
    expect((withYes as Error).message).toMatch(/target\.name: Target name/);
    const done = await runWizard(options(DISCOVERED, { output: join(dir, "d.yaml"), yes: true, answers: TARGET }));
    expect(done.tenant.protection.tiers.map((t) => t.name)).toEqual(["gold", "silver", "bronze"]);
    expect(done.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines.every((v) => v.tier === "silver" && v.roles?.length === 0)).toBe(true);
  });

  it("rejects an invalid answer with the key and the rule's message", async () => {
    const dir = tmp();
    const bad = (answers: Record<string, unknown>) =>
      runWizard(options(DISCOVERED, { output: join(dir, "d.yaml"), yes: true, answers: { ...TARGET, ...answers } })).then(
        () => "ok",
        (e: Error) => e.message,
      );
    expect(await bad({ "target.wanBandwidthMbps": 0 })).toBe("answer target.wanBandwidthMbps: must be greater than 0");
    expect(await bad({ "tiers[gold].backupWindow.start": "7pm" })).toBe(
      'answer tiers[gold].backupWindow.start: must be a time of day as "HH:MM" (24-hour clock)',
    );
    expect(await bad({ "vm[db01].tier": "platinum" })).toBe('answer vm[db01].tier: expected one of "gold", "silver", "bronze", got "platinum"');
    expect(await bad({ "vm[db01].roles": "sql-server, mainframe" })).toMatch(/^answer vm\[db01\]\.roles: "mainframe" is not one of active-directory/);
    expect(await bad({ "bulk.use": "perhaps" })).toBe('answer bulk.use: expected yes or no, got "perhaps"');
  });

  it("accepts YAML-friendly spellings: lists as text, numbers as strings, yes/no", async () => {
    const dir = tmp();
    const r = await runWizard(
      options(DISCOVERED, {
        output: join(dir, "d.yaml"),
        yes: true,
        answers: {
          ...TARGET,
          "target.wanBandwidthMbps": "250",
          "vm[db01].roles": "sql-server, active-directory",
          tiers: ["gold"],
          "tiers[gold].requiresDr": "no",
          "drSite.kind": "none",
        },
      }),
    );
    expect(r.tenant.protection.target.wanBandwidthMbps).toBe(250);
    expect(r.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines[2]!.roles).toEqual(["sql-server", "active-directory"]);
    expect(r.tenant.protection.drSite).toEqual({ kind: "none" });
  });

  it("refuses to replace an existing file without save.overwrite or --force, and keeps a backup when it does", async () => {
    const dir = tmp();
    const out = join(dir, "tenant.yaml");
    writeFileSync(out, "old\n");
    const answers = TARGET;
    await expect(runWizard(options(DISCOVERED, { output: out, yes: true, answers }))).rejects.toThrow(/exists; answer save.overwrite: true or pass --force/);
    expect(readFileSync(out, "utf8")).toBe("old\n");
    await runWizard(options(DISCOVERED, { output: out, yes: true, answers, force: true }));
    expect(readFileSync(`${out}.bak`, "utf8")).toBe("old\n");
    expect(readFileSync(out, "utf8")).toMatch(/^# tenant.yaml: .*\n[\s\S]* {4}wanBandwidthMbps: 100\n/);
  });

  it("a per-VM answer wins over a bulk rule for that VM", async () => {
    const dir = tmp();
    const o = options(DISCOVERED, {
      output: join(dir, "d.yaml"),
      yes: true,
      answers: {
        ...TARGET,
        "bulk.use": true,
        "bulk[1].by": "name",
        "bulk[1].match": "*",
        "bulk[1].set": "tier",
        "bulk[1].tier": "bronze",
        "bulk[1].more": true,
        "bulk[2].by": "resourceGroup",
        "bulk[2].match": "rg-shop",
        "bulk[2].set": "roles",
        "bulk[2].roles": "web",
        "bulk[2].more": false,
        "vm[web01].tier": "gold",
        "vm[db01].roles": ["sql-server"],
      },
    });
    const r = await runWizard(o);
    expect(r.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines.map((v) => [v.name, v.tier, v.roles])).toEqual([
      ["web01", "gold", ["web"]],
      ["web02", "bronze", ["web"]],
      ["db01", "bronze", ["sql-server"]],
    ]);
    expect(o.lines.filter((l) => l.startsWith("warning"))).toEqual([]);
  });

  it("warns about answers no question asked for", async () => {
    const dir = tmp();
    const o = options(DISCOVERED, { output: join(dir, "d.yaml"), yes: true, answers: { ...TARGET, "vm[db02].tier": "gold" } });
    await runWizard(o);
    expect(o.lines).toContain('warning: answer "vm[db02].tier" was not asked for (a typo, or a question this tenant does not need)');
  });
});

describe("safety", () => {
  it("Ctrl+C leaves no tenant file, a draft with the answers so far, and the next run resumes from it", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    const cut = fromNothingSteps.findIndex(([k]) => k === "vm[sql01].size");
    const first = new FakePrompter([...fromNothingSteps.slice(0, cut), ["vm[sql01].size", new ExitPromptError("User force closed the prompt with SIGINT")]]);
    await expect(runWizard(options(file, { prompter: first }))).rejects.toMatchObject({ name: "ExitPromptError" });
    expect(existsSync(file)).toBe(false);
    const draft = yaml.load(readFileSync(`${file}.wizard-draft.yaml`, "utf8")) as { answers: Record<string, unknown> };
    expect(Object.keys(draft.answers)).toEqual(fromNothingSteps.slice(0, cut).map(([k]) => k));
    expect(draft.answers["vm[sql01].osVersion"]).toBe("Windows Server 2019 Datacenter");

    await drive(file, [["draft.resume", true], ...fromNothingSteps.slice(cut), ["review.action", "save"], ["plan.generate", false]]);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(FROM_NOTHING, "utf8"));
    expect(existsSync(`${file}.wizard-draft.yaml`)).toBe(false);
  });

  it("declining to resume starts afresh", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    writeFileSync(`${file}.wizard-draft.yaml`, 'wizardDraft: 1\ninput: null\nanswers:\n  tenant.name: "old"\n');
    const { result } = await drive(file, [["draft.resume", false], ...fromNothingSteps, ["review.action", "save"], ["plan.generate", false]]);
    expect(result.tenant.tenant.name).toBe("contoso-lab");
  });

  it("asks before replacing a file; no returns to the review, quit keeps the draft", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    copyFileSync(DISCOVERED_DONE, file);
    const prompter = new FakePrompter([
      ["review.action", "save"],
      ["save.overwrite", false],
      ["review.action", "quit"],
    ]);
    await expect(runWizard(options(file, { prompter }))).rejects.toBeInstanceOf(WizardQuit);
    expect(prompter.remaining).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
    expect(existsSync(`${file}.bak`)).toBe(false);
  });

  it("an unexpected extra prompt fails the scripted run (the fake's guard works)", async () => {
    const dir = tmp();
    await expect(runWizard(options(join(dir, "t.yaml"), { prompter: new FakePrompter(fromNothingSteps.slice(0, 3)) }))).rejects.toThrow(
      /unexpected extra input prompt "stamp.region"/,
    );
  });
});

describe("docs/wizard.md", () => {
  const doc = readFileSync(fileURLToPath(new URL("../../docs/wizard.md", import.meta.url)), "utf8");

  it("its worked example answers file, with --yes, completes the discovered fixture into the expected file", async () => {
    const block = /<!-- wizard-example:answers -->\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(typeof block, "docs/wizard.md has no wizard-example:answers yaml block").toBe("string");
    const dir = tmp();
    const out = join(dir, "tenant.yaml");
    const o = options(DISCOVERED, { output: out, yes: true, answers: yaml.load(block!) as Record<string, unknown> });
    await runWizard(o);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
    expect(o.lines.filter((l) => l.startsWith("warning"))).toEqual([]);
    // Without --yes, the defaults it relied on are named: as many as the page says.
    const strict = await runWizard(options(DISCOVERED, { output: join(dir, "x.yaml"), answers: yaml.load(block!) as Record<string, unknown> })).catch(
      (e: MissingAnswersError) => e,
    );
    expect(strict, "without --yes the example must stop on the defaults it relies on").toBeInstanceOf(MissingAnswersError);
    expect(doc).toContain(`lists the ${(strict as MissingAnswersError).missing.length} keys`);
  });

  it("documents every question key the scenarios ask", async () => {
    const prompter = new FakePrompter([...discoveredSteps, ["review.action", "save"], ["plan.generate", false]]);
    await runWizard(options(DISCOVERED, { output: join(tmp(), "t.yaml"), prompter }));
    const scripted = new FakePrompter([
      ...fromNothingSteps,
      ["review.action", "vms"],
      ["review.group", "rg[rg-app]"],
      ["rg[rg-app].virtualMachines#action", "done"],
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    await runWizard(options(join(tmp(), "t.yaml"), { prompter: scripted }));
    const generic = (key: string) =>
      key
        .replace(/^subscription\[[^\]]+\]/, "subscription[S]")
        .replace(/^rg\[[^\]]+\]/, "rg[G]")
        .replace(/^vnet\[[^\]]+\]/, "vnet[V]")
        .replace(/^subnet\[[^\]]+\]/, "subnet[V/S]")
        .replace(/^vm\[[^\]]+\]/, "vm[X]")
        .replace(/disk\[\d+\]/, "disk[N]")
        .replace(/^storage\[[^\]]+\]/, "storage[A]")
        .replace(/^tiers\[[^\]]+\]/, "tiers[T]")
        .replace(/^bulk\[\d+\]/, "bulk[N]")
        .replace(/#.*$/, "");
    for (const key of new Set([...prompter.asked, ...scripted.asked].map((a) => generic(a.key)))) {
      expect(doc, key).toContain(`\`${key}\``);
    }
  });
});
