/**
 * The runbook and what it points at: the restore-test calendars read by a real iCalendar parser (ical.js),
 * operations.md in both languages with every step's file present in the plan folder, the escrow gate run
 * with bash, MARS policies against the plan, and no secret in any file.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, normalize } from "node:path";
import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import type { Tier } from "../../src/inventory/schema.js";
import { redactSecrets, redactText } from "../../src/discovery/redact.js";
import { clock } from "../../src/base/units.js";
import { buildPlan } from "../../src/plan/build.js";
import { corpusText, SECRET_CORPUS } from "../support/secret-corpus.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { calendarFile } from "../../src/operations/calendar.js";
import { marsFile } from "../../src/operations/protection.js";
import { planCases, renderedFolder } from "./cases.js";
import { psArray } from "./parse.js";

const cases = planCases();
const work = mkdtempSync(join(tmpdir(), "azs-runbook-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The cadence docs/operations.md states, restated here as the test's own oracle. */
function statedCadence(tier: Tier, kind: string): number {
  if (kind === "file-level") return tier.rtoHours <= 24 ? 1 : 3;
  if (kind === "full-vm") return tier.rtoHours <= 8 ? 1 : tier.rtoHours <= 24 ? 3 : 6;
  if (kind === "application") return tier.rtoHours <= 24 ? 3 : 6;
  return tier.requiresDr ? 6 : 12;
}

describe("restore tests and DR drills", () => {
  it("each tier's calendar parses as iCalendar and holds its four tests at the stated cadence", () => {
    let events = 0;
    for (const c of cases) {
      for (const tier of c.tenant.protection.tiers) {
        const text = c.deploy.get(calendarFile(tier.name));
        const protectedVms = c.plan.backup.vms.filter((v) => v.protected && v.tier === tier.name);
        if (protectedVms.length === 0) continue;
        expect(text, `${c.label} ${tier.name}`).toBeDefined();
        expect(text!.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
        const calendar = new ICAL.Component(ICAL.parse(text!));
        const vevents = calendar.getAllSubcomponents("vevent");
        expect(vevents.map((e) => e.getFirstPropertyValue("categories"))).toEqual(["file-level", "full-vm", "application", "dr-drill"]);
        for (const vevent of vevents) {
          const event = new ICAL.Event(vevent);
          const rule = vevent.getFirstPropertyValue("rrule") as ICAL.Recur;
          expect(rule.freq).toBe("MONTHLY");
          expect(rule.interval).toBe(statedCadence(tier, String(vevent.getFirstPropertyValue("categories"))));
          expect(event.uid).toMatch(/@azs-backup-planner$/);
          expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2027-01-04T00:00:00Z");
          expect(event.description).toContain(protectedVms[0]!.qualifiedName);
          // Occurrences follow the cadence: the second one is interval months after the first.
          const it = event.iterator();
          const first = it.next()!;
          const second = it.next()!;
          expect((second.year - first.year) * 12 + second.month - first.month).toBe(rule.interval);
          events++;
        }
      }
    }
    expect(events).toBeGreaterThan(40);
  });

  it("UIDs are unique within a plan and the files are byte-identical from run to run, whatever the clock says", () => {
    for (const c of cases.slice(0, 4)) {
      const uids = c.plan.operations.restoreTests.map((t) => t.uid);
      expect(new Set(uids).size).toBe(uids.length);
      const again = buildPlan(c.tenant, PLAN_TEMPLATES);
      expect(again.operations.files).toEqual(c.plan.operations.files);
    }
  });

  it("--start-date moves the calendar and its DTSTAMP", () => {
    const c = cases[0]!;
    const moved = buildPlan(c.tenant, PLAN_TEMPLATES, [], { startDate: "2028-02-07" });
    const gold = moved.operations.files.find((f) => f.path === "tests/restore-tests-gold.ics")!.content;
    expect(gold).toContain("DTSTAMP:20280207T000000Z");
    expect(gold).toContain("DTSTART:20280207T");
  });
});

describe("MARS direct", () => {
  it("each tier's policy holds the plan's members, run times and retention", () => {
    let policies = 0;
    for (const c of cases) {
      const scripts = [...c.deploy].filter(([p]) => p.startsWith("protection/mars-"));
      expect(scripts.length, c.label).toBe(
        new Set(c.plan.backup.vms.filter((v) => v.method === "mars" && v.protected && v.runs.length > 0).map((v) => v.tier)).size,
      );
      for (const [path, script] of scripts) {
        const tier = c.tenant.protection.tiers.find((t) => path === marsFile(t.name))!;
        policies++;
        const vms = c.plan.backup.vms.filter((v) => v.method === "mars" && v.tier === tier.name && v.protected);
        expect(psArray(/^\$members = (@\(.*\))$/m.exec(script)![1]!)).toEqual(vms.map((v) => v.qualifiedName.split("/").pop()));
        const times = [...new Set(vms.flatMap((v) => v.runs.map((r) => clock(r.windowStartMinuteOfDay))))].sort();
        expect(psArray(/-TimesOfDay (@\(.*?\))\)$/m.exec(script)![1]!)).toEqual(times);
        expect(script).toContain(`-RetentionDays ${tier.retention.daily}`);
        if (tier.retention.weekly) expect(script).toContain(`-RetentionWeeks ${tier.retention.weekly}`);
        if (tier.retention.monthly) expect(script).toContain(`-RetentionMonths ${tier.retention.monthly}`);
        for (const cmdlet of ["New-OBPolicy", "New-OBFileSpec", "Add-OBSystemState", "New-OBSchedule", "New-OBRetentionPolicy", "Set-OBPolicy"])
          expect(script).toContain(cmdlet);
      }
    }
    expect(policies).toBeGreaterThan(0);
  });
});

describe("operations.md", () => {
  const linksOf = (markdown: string) => [...markdown.matchAll(/^ {2}- [^:]+: \[[^\]]*\]\(([^)]+)\)$/gmu)].map((m) => m[1]!);

  it("exists in English and Japanese, and every step links a file the plan folder holds, for every tenant under test", () => {
    expect(cases.some((c) => c.label.startsWith("generated tenant"))).toBe(true);
    for (const c of cases) {
      const folder = renderedFolder(c);
      const en = folder.get("deploy/operations.md")!;
      const ja = folder.get("deploy/operations.ja.md")!;
      expect(en).toContain("Day 0");
      expect(ja).toContain("0 日目");
      const links = linksOf(en);
      expect(links.length).toBe(c.plan.operations.steps.length + c.plan.operations.drRebuild.length);
      expect(linksOf(ja)).toEqual(links);
      for (const link of links) expect(folder.has(normalize(join("deploy", decodeURI(link)))), `${c.label}: ${link}`).toBe(true);
      expect((en.match(/^- \[ \]/gm) ?? []).length).toBe((ja.match(/^- \[ \]/gm) ?? []).length);
      expect(en.toLowerCase()).toContain("passphrase");
      expect(ja).toContain("パスフレーズ");
    }
  });

  it("every step has an owner placeholder and a check, and escrow blocks ready", () => {
    for (const c of cases) {
      const steps = c.plan.operations.steps;
      expect(steps.filter((s) => s.blocksReady).length).toBe(c.plan.operations.escrow.length + (c.plan.operations.escrow.length > 0 ? 1 : 0));
      expect(new Set(steps.map((s) => s.day))).toEqual(new Set([0, 1, 2]));
      const en = renderedFolder(c).get("deploy/operations.md")!;
      expect((en.match(/Owner: `</g) ?? []).length).toBe(steps.length + c.plan.operations.drRebuild.length);
    }
  });

  it("the DR runbook rebuilds the backup infrastructure at the DR site: servers, registration, protection, checks", () => {
    // The synthetic tenants name no DR site: each is planned again with a second stamp as its DR site.
    const generatedWithDr = cases
      .filter((c) => c.label.startsWith("generated tenant"))
      .map((c) => {
        const tenant = structuredClone(c.tenant);
        tenant.protection.drSite = { kind: "second-stamp", name: "ash-dr-01" };
        const plan = buildPlan(tenant, PLAN_TEMPLATES);
        return { label: `${c.label}, DR on a second stamp`, tenant, plan, deploy: new Map(plan.operations.files.map((f) => [f.path, f.content])) };
      });
    const withDr = [...cases.filter((c) => c.tenant.protection.drSite && c.tenant.protection.drSite.kind !== "none"), ...generatedWithDr];
    expect(withDr.length).toBeGreaterThan(10);
    expect(generatedWithDr.filter((c) => c.plan.operations.servers.length > 0).length).toBeGreaterThan(4);
    for (const c of withDr) {
      const ops = c.plan.operations;
      const rebuilt = new Set(ops.drRebuild.map((d) => d.file));
      for (const s of ops.servers) expect(rebuilt.has(s.file), `${c.label}: ${s.file}`).toBe(true);
      if (ops.escrow.length > 0) expect(rebuilt.has("keys/escrow-register.csv"), c.label).toBe(true);
      for (const f of ops.files.filter((x) => (x.path.startsWith("protection/") && x.kind !== "csv") || x.path.startsWith("monitoring/")))
        expect(rebuilt.has(f.path), `${c.label}: ${f.path}`).toBe(true);
      const en = renderedFolder(c).get("deploy/operations.md")!;
      expect(en).toContain("## DR: rebuild the backup infrastructure at the DR site");
      for (const s of ops.servers) expect(en).toContain(`Rebuild the backup server ${s.name} at the DR site`);
    }
    for (const c of cases.filter((x) => !x.tenant.protection.drSite || x.tenant.protection.drSite.kind === "none"))
      expect(c.plan.operations.drRebuild, c.label).toEqual([]);
  });
});

describe("keys and passphrases", () => {
  it("check-ready.sh exits 1 until every escrow row is confirmed, then 0", () => {
    const c = cases[0]!;
    const dir = join(work, "keys");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "check-ready.sh"), c.deploy.get("keys/check-ready.sh")!);
    const register = c.deploy.get("keys/escrow-register.csv")!;
    writeFileSync(join(dir, "escrow-register.csv"), register);
    const before = spawnSync("bash", [join(dir, "check-ready.sh")], { encoding: "utf8" });
    expect(before.status).toBe(1);
    expect(before.stdout).toContain("NOT READY: escrow of mabs");
    const confirmed = register
      .split("\r\n")
      .map((line, i) => (i === 0 || line === "" ? line : line.replace(/,,$/, ",2027-01-04,yes")))
      .join("\r\n");
    writeFileSync(join(dir, "escrow-register.csv"), confirmed);
    const after = spawnSync("bash", [join(dir, "check-ready.sh")], { encoding: "utf8" });
    expect(after.stdout).toContain("READY");
    expect(after.status).toBe(0);
  });

  /**
   * JSON is read as JSON: the redactor flags every secret-named member, so what may remain is only a securestring
   * parameter without a default and a "[parameters('x')]" reference to one; any other flagged member is a leak.
   */
  function jsonLeaks(text: string): string[] {
    const json = JSON.parse(text) as { parameters?: Record<string, { type?: string; defaultValue?: unknown }> };
    const secure = (name: string) => json.parameters?.[name]?.type === "securestring" && !("defaultValue" in json.parameters[name]!);
    const at = (pointer: string) =>
      pointer
        .split("/")
        .slice(1)
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], json);
    return redactSecrets(json).paths.filter((pointer) => {
      const value = at(pointer);
      if (pointer.startsWith("/parameters/") && pointer.split("/").length === 3) return !secure(pointer.split("/")[2]!);
      const ref = typeof value === "string" ? /^\[parameters\('(\w+)'\)\]$/.exec(value) : null;
      return !(ref && secure(ref[1]!));
    });
  }

  it("no file of deploy/ or operations.md holds a secret shape, and the scanner finds one planted", () => {
    let files = 0;
    for (const c of cases) {
      const folder = renderedFolder(c);
      for (const [path, content] of folder) {
        if (!path.startsWith("deploy/")) continue;
        expect(path.endsWith(".json") ? jsonLeaks(content) : redactText(content).shapes, `${c.label}: ${path}`).toEqual([]);
        files++;
      }
    }
    expect(files).toBeGreaterThan(200);
    const template = JSON.parse(cases[0]!.deploy.get("servers/mabs-01.json")!);
    template.parameters.adminPassword.defaultValue = "planted";
    expect(jsonLeaks(JSON.stringify(template))).toContain("/parameters/adminPassword");
    const script = cases[0]!.deploy.get("protection/mabs-mabs-01.ps1")!;
    for (let i = 0; i < SECRET_CORPUS.length; i++) {
      expect(redactText(`${script}\n${corpusText(i)}\n`).shapes.length, SECRET_CORPUS[i]!.name).toBeGreaterThan(0);
    }
  });
});
