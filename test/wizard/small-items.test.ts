/** The small items of issue 19, each with its own check. */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/base/version.js";
import { DiskSchema, SubnetSchema } from "../../src/inventory/schema.js";
import { fieldCheck } from "../../src/wizard/field-check.js";
import type { CheckboxQuestion, SelectQuestion } from "../../src/wizard/prompter.js";
import { runWizard, WizardQuit, type WizardOptions } from "../../src/wizard/run.js";
import { PLANNER_CHECK } from "../helpers/templates.js";
import { CLI_RUN_MS } from "../helpers/timeouts.js";
import { FakePrompter } from "./fake-prompter.js";
import { fiveVmSteps, fromNothingSteps } from "./scripts.js";
import { z } from "zod";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(root, "dist/src/cli/main.js");
const SMALL = join(root, "examples/small/tenant.yaml");
const tmp = () => mkdtempSync(join(tmpdir(), "wizard-small-"));

/** A fake that also keeps the names of the choices a select offered. */
class NamingPrompter extends FakePrompter {
  readonly names = new Map<string, string[]>();
  override async select<V extends string>(q: SelectQuestion<V>): Promise<V> {
    this.names.set(
      q.key,
      q.choices.map((c) => c.name ?? c.value),
    );
    return super.select(q);
  }
  override async checkbox<V extends string>(q: CheckboxQuestion<V>): Promise<V[]> {
    return super.checkbox(q);
  }
}

const run = (file: string, prompter: FakePrompter, extra: Partial<WizardOptions> = {}) =>
  runWizard({ file, prompter, timeZone: "Asia/Tokyo", plannerCheck: PLANNER_CHECK, print: () => {}, warn: () => {}, ...extra });

describe("small items", () => {
  it("no stray section heading (DR site) before 'Saved. Generate the plan now?'", async () => {
    const dir = tmp();
    const first = new FakePrompter([...fromNothingSteps, ["review.action", "save"], ["plan.generate", false]]);
    const result = await run(join(dir, "a.yaml"), first);
    // Every question settled by the answers: only the review and the last question are asked.
    const again = new FakePrompter([
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    const answers = Object.fromEntries([...result.answers].filter(([k]) => k !== "plan.generate"));
    await run(join(dir, "b.yaml"), again, { answers });
    expect(again.notes.filter((n) => n.trim() === "DR site")).toEqual([]);
  });

  it("the review menu names the real file; 'Protection of the VMs' counts only the VM being edited", async () => {
    const dir = tmp();
    const file = join(dir, "shop.yaml");
    const prompter = new NamingPrompter([
      ...fiveVmSteps.slice(0, -2),
      ["review.action", "field"],
      ["review.field", "vm[web02].tier"],
      ["vm[web02].tier", "gold"],
      ["review.action", "save"],
      ["plan.generate", false],
    ]);
    const result = await run(file, prompter);
    expect(prompter.names.get("review.action")![0]).toBe(`Save ${file}`);
    const protection = prompter.notes.filter((n) => n.includes("Protection of the VMs"));
    expect(protection).toEqual(["\nProtection of the VMs (1 of 5 need answers)"]);
    expect(result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines[3]!.tier).toBe("gold");
  });

  it("'Quit without saving' promises a draft only when one was written", async () => {
    const dir = tmp();
    const copy = join(dir, "tenant.yaml");
    writeFileSync(copy, readFileSync(SMALL, "utf8"));
    const prompter = new NamingPrompter([["review.action", "quit"]]);
    const quit = await run(copy, prompter, { answers: {} }).catch((e: unknown) => e);
    expect(quit).toBeInstanceOf(WizardQuit);
    expect((quit as Error).message).toBe("wizard left without saving; nothing was answered, so no draft was written");
    expect(prompter.names.get("review.action")).toContain("Quit without saving (nothing answered yet: no draft)");
  });

  it("an empty file is a new tenant", async () => {
    const dir = tmp();
    const file = join(dir, "tenant.yaml");
    writeFileSync(file, "# to be recorded\n");
    const prompter = new FakePrompter([...fromNothingSteps, ["review.action", "save"], ["plan.generate", false]]);
    await run(file, prompter);
    expect(prompter.notes[0]).toContain("Recording a new tenant");
    expect(readFileSync(file, "utf8")).toBe(readFileSync(join(root, "test/wizard/fixtures/from-nothing.tenant.yaml"), "utf8"));
  });

  it('says "at least 1 item", not "1 items"', () => {
    expect(fieldCheck(z.array(z.string()).min(1))([])).toBe("must be at least 1 item");
    expect(fieldCheck(z.array(z.string()).min(2))([])).toBe("must be at least 2 items");
    expect(fieldCheck(SubnetSchema.shape.name)("")).toMatch(/^must be at least 1 character$|must not be empty|character/);
    expect(fieldCheck(DiskSchema.shape.sizeGiB)(0)).toBe("must be greater than 0");
  });

  it("wizard <folder> says it is a folder; -v prints the version", () => {
    const dir = tmp();
    mkdirSync(join(dir, "tenants"));
    const env = { ...process.env, NO_COLOR: "1", LANG: "C.UTF-8", LC_ALL: "" };
    const folder = spawnSync(process.execPath, [CLI, "wizard", "tenants", "--non-interactive"], { cwd: dir, encoding: "utf8", env, timeout: CLI_RUN_MS });
    expect(folder.status).toBe(1);
    expect(folder.stderr).toBe("azs-backup-planner: tenants is a folder: the wizard reads and writes one tenant file, e.g. tenants/tenant.yaml\n");
    const version = spawnSync(process.execPath, [CLI, "-v"], { encoding: "utf8", env, timeout: CLI_RUN_MS });
    expect(version.stdout.trim()).toBe(VERSION);
  });
});
