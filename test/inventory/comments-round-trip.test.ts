/**
 * Comments survive every rewrite of an existing tenant.yaml: the wizard's save, discover over the file and
 * import-churn --into. Each bundled example gets comments at many places (test/helpers/commented-tenant.ts);
 * after each rewrite every comment is still there (or, for discovery, reported with the entry that is gone),
 * and the file loads as exactly what the standard writer (serializeTenant) gives for the same tenant.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import jsYaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { discover } from "../../src/discovery/discover.js";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { runWizard } from "../../src/wizard/run.js";
import { emulatorDiscoverOptions } from "../discovery/emulator/discover-helper.js";
import { startArmEmulator } from "../discovery/emulator/server.js";
import { emulatorTenantFromModel } from "../support/arm-emulator/from-model.js";
import { removeVm } from "../support/arm-emulator/tenant-data.js";
import { runCli } from "../helpers/cli.js";
import { addComments, missingMarkers } from "../helpers/commented-tenant.js";
import { PLANNER_CHECK } from "../helpers/templates.js";
import { midsizeExamplePath, smallExamplePath } from "../helpers/tenant-fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "comments-round-trip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const examples = [
  ["small", smallExamplePath],
  ["midsize", midsizeExamplePath],
] as const;

function tenantOf(text: string): Tenant {
  const result = parseTenant(text);
  expect(result.ok).toBe(true);
  return result.tenant!;
}

/** The written file loads as what the old writer gives for the tenant it holds. */
function expectStandardData(text: string): void {
  expect(jsYaml.load(text)).toEqual(jsYaml.load(serializeTenant(tenantOf(text))));
}

describe.each(examples)("examples/%s with comments everywhere", (name, path) => {
  const original = readFileSync(path, "utf8");
  const commented = addComments(original);

  it("keeps every comment through the wizard's save", async () => {
    const file = join(dir, `${name}-wizard.yaml`);
    writeFileSync(file, commented.text);
    const warnings: string[] = [];
    const result = await runWizard({ file, force: true, yes: true, plannerCheck: PLANNER_CHECK, print: () => {}, warn: (l) => warnings.push(l) });
    const saved = readFileSync(file, "utf8");
    expect(missingMarkers(saved, commented.markers)).toEqual([]);
    expect(saved.startsWith("# c-1 at the top")).toBe(true);
    expect(saved).toContain("# yaml-language-server: $schema=../../docs/tenant.schema.json\n");
    expect(warnings.filter((w) => w.includes("comment"))).toEqual([]);
    expect(readFileSync(result.backup!, "utf8")).toBe(commented.text);
    expect(jsYaml.load(saved)).toEqual(jsYaml.load(serializeTenant(result.tenant)));
  });

  it("keeps every comment through import-churn --into", () => {
    const file = join(dir, `${name}-churn.yaml`);
    writeFileSync(file, commented.text);
    const tenant = tenantOf(commented.text);
    const vm = tenant.subscriptions[0]!.resourceGroups.flatMap((g) => g.virtualMachines).find((v) => v.disks.some((d) => d.lun === 0))!;
    const csv = join(dir, `${name}-churn.csv`);
    const rows = ["format,host,device,lun,hour_utc,write_bytes,samples,resets"];
    for (let d = 1; d <= 14; d++)
      for (let h = 0; h < 24; h++)
        rows.push(
          `azs-churn-1,${vm.name.toUpperCase()},1,0,2026-11-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00:00Z,${h === 3 ? 2 * 1024 ** 3 : 0},60,0`,
        );
    writeFileSync(csv, `${rows.join("\n")}\n`);
    const run = runCli(["import-churn", csv, "--into", file]);
    expect(run.stdout).toMatch(/disk rate\(s\) written/);
    const saved = readFileSync(file, "utf8");
    expect(saved).toContain("measuredChurn:");
    expect(missingMarkers(saved, commented.markers)).toEqual([]);
    expect(run.stderr).not.toMatch(/comment/);
    expectStandardData(saved);
  });

  it("keeps every comment through discover, reporting only those of entries the stamp no longer has", async () => {
    const file = join(dir, `${name}-discover.yaml`);
    writeFileSync(file, commented.text);
    const emulator = await startArmEmulator({ tenant: emulatorTenantFromModel(tenantOf(original)), faults: () => undefined });
    try {
      const result = await discover(emulatorDiscoverOptions(emulator, file));
      const saved = readFileSync(file, "utf8");
      expect(readFileSync(result.backup!, "utf8")).toBe(commented.text);
      const lost = new Set(result.lostComments.map((c) => c.text.split(" ")[0]!));
      expect(missingMarkers(saved, commented.markers).filter((m) => !lost.has(m))).toEqual([]);
      for (const m of lost) expect(saved).not.toContain(`# ${m} `);
      // The example's own comments (on VMs and groups, which the stamp still has) are all kept.
      for (const line of original.split("\n").filter((l) => l.trim().startsWith("#"))) expect(saved).toContain(line);
      expect(jsYaml.load(saved)).toEqual(jsYaml.load(serializeTenant(result.tenant)));
      expect(result.commentsNote).toMatch(/comment\(s\) could not be kept \(their entries are gone: /);
    } finally {
      await emulator.close();
    }
  });
});

describe("discover over a discovered file with comments everywhere", () => {
  it("keeps every comment when nothing changed, and loses only a deleted VM's when one is gone", async () => {
    const file = join(dir, "rediscover.yaml");
    // The emulator's own tenant: 200-odd resources over two subscriptions.
    const emulator = await startArmEmulator({ faults: () => undefined });
    try {
      const model = (await discover(emulatorDiscoverOptions(emulator, file))).tenant;
      const commented = addComments(readFileSync(file, "utf8"));
      writeFileSync(file, commented.text);
      const again = await discover(emulatorDiscoverOptions(emulator, file));
      expect(again.drift?.entries).toEqual([]);
      expect(again.lostComments).toEqual([]);
      expect(again.commentsNote).toBeUndefined();
      expect(readFileSync(file, "utf8")).toBe(commented.text);

      const sub = model.subscriptions[0]!;
      const group = sub.resourceGroups.find((g) => g.virtualMachines.length > 1)!;
      const gone = group.virtualMachines.at(-1)!.name;
      removeVm(emulator.tenant, sub.id, group.name, gone);
      const third = await discover(emulatorDiscoverOptions(emulator, file));
      const saved = readFileSync(file, "utf8");
      expect(third.drift?.entries.map((e) => `${e.change} ${e.name}`)).toContain(`removed ${gone}`);
      expect(third.lostComments.length).toBeGreaterThan(0);
      for (const c of third.lostComments) expect(c.path).toContain(`virtualMachines[${gone}]`);
      const lost = new Set(third.lostComments.map((c) => c.text.split(" ")[0]!));
      expect(missingMarkers(saved, commented.markers).filter((m) => !lost.has(m))).toEqual([]);
      expect(readFileSync(`${file}.bak`, "utf8")).toBe(commented.text);
      expect(jsYaml.load(saved)).toEqual(jsYaml.load(serializeTenant(third.tenant)));
    } finally {
      await emulator.close();
    }
  });
});
