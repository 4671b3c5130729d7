/**
 * The wizard's shortcuts and corrections in a real terminal: the five-VM tenant of issue 19 in at most 40
 * answered prompts, Esc back to the previous question, one field edited from the review, a finding's field
 * reopened from the review. The keystrokes come from the fake-prompter scripts (test/wizard/pty-play.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import { answersYaml } from "../../src/wizard/files.js";
import { runWizard } from "../../src/wizard/run.js";
import { CLI_RUN_MS, E2E_TEST_MS } from "../helpers/timeouts.js";
import { PLANNER_CHECK } from "../helpers/templates.js";
import { DEFAULT, FakePrompter, type Step } from "./fake-prompter.js";
import { play, promptsOf } from "./pty-play.js";
import { KEY, PtySession } from "./pty-session.js";
import { fiveVmSteps } from "./scripts.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(root, "dist/src/cli/main.js");
const scratch = () => mkdtempSync(join(tmpdir(), "wizard-flows-"));
/** The machine's zone as the wizard sees it in these runs (the default the five-VM script accepts). */
const TOKYO = { TZ: "Asia/Tokyo" };

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

function start(args: string[], cwd: string, env: Record<string, string> = TOKYO): PtySession {
  const session = new PtySession(CLI, ["wizard", ...args], cwd, env);
  sessions.push(session);
  return session;
}

const cli = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: CLI_RUN_MS });

describe("the five-VM tenant in a terminal", () => {
  it("takes at most 40 answered prompts, accepting presets, and the saved file validates and plans without an error", {
    timeout: E2E_TEST_MS,
  }, async () => {
    const dir = scratch();
    const prompts = await promptsOf(join(scratch(), "tenant.yaml"), fiveVmSteps, undefined, { timeZone: "Asia/Tokyo" });
    expect(prompts.length).toBeLessThanOrEqual(40);
    const session = start(["tenant.yaml"], dir);
    await play(session, prompts);
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(0);
    // The terminal followed the script to its end (exit 0), waiting for each of its prompts in turn: an extra prompt
    // would have stopped it. So the prompts answered are the script's, and their number is asserted above.
    expect(session.screen.match(/\[review\.action\]/g)?.length).toBe(2); // asked, then answered
    expect(session.screen).toContain("VM 3 of 5 · preset");
    expect(session.screen).toContain("web02: recorded like web01");
    expect(session.screen).toContain('this machine is in "Asia/Tokyo"');
    if (process.env.WIZARD_TRANSCRIPT) writeFileSync(process.env.WIZARD_TRANSCRIPT, session.screen);

    const validate = cli(["validate", "tenant.yaml"], dir);
    expect(validate.status).toBe(0);
    const plan = cli(["plan", "tenant.yaml", "--json"], dir);
    expect(plan.status).toBe(0);
    const tenant = yaml.load(readFileSync(join(dir, "tenant.yaml"), "utf8")) as { protection: { timeZone: string } };
    expect(tenant.protection.timeZone).toBe("Asia/Tokyo");
  });
});

describe("going back and editing in place", () => {
  it("Esc returns to the previous question with its answer kept", { timeout: E2E_TEST_MS }, async () => {
    const dir = scratch();
    const session = start(["tenant.yaml"], dir);
    await session.prompt("tenant.name");
    await session.type("contoso-shop");
    await session.prompt("tenant.description");
    await session.type("");
    await session.prompt("stamp.name");
    await session.type("ash-tokyo-01");
    await session.prompt("stamp.region");
    await session.press(KEY.escape);
    // Back at the stamp name, its answer offered as the default.
    await session.prompt("stamp.name");
    await session.waitForText("(ash-tokyo-01)");
    await session.type("");
    await session.prompt("stamp.region");
    await session.press(KEY.escape);
    await session.prompt("stamp.name");
    await session.press(KEY.escape);
    // Twice: the question before that, with its (empty) answer.
    await session.prompt("tenant.description");
    await session.type("Shop front");
    await session.prompt("stamp.name");
    await session.type("");
    await session.prompt("stamp.region");
    session.write(KEY.ctrlC);
    expect((await session.exited).exitCode).toBe(130);
    const draft = yaml.load(readFileSync(join(dir, "tenant.yaml.wizard-draft.yaml"), "utf8")) as { answers: Record<string, unknown> };
    expect(draft.answers).toEqual({ "tenant.name": "contoso-shop", "tenant.description": "Shop front", "stamp.name": "ash-tokyo-01" });
  });

  it("edits one field from the review, then reopens the field a finding names, asking nothing else", { timeout: E2E_TEST_MS }, async () => {
    const dir = scratch();
    // The five-VM answers, saved as an answers file: every question is settled, so the first prompt is the review.
    const first = new FakePrompter(fiveVmSteps);
    const recorded = await runWizard({
      file: join(scratch(), "t.yaml"),
      prompter: first,
      timeZone: "Asia/Tokyo",
      plannerCheck: PLANNER_CHECK,
      print: () => undefined,
      warn: () => undefined,
    });
    // Without plan.generate: that one is answered at the end of this run.
    const given = [...(recorded.answers as Map<string, never>)].filter(([k]) => k !== "plan.generate");
    writeFileSync(join(dir, "answers.yaml"), answersYaml(new Map(given)));
    const windowWarning = "backup.window-holds-fewer-runs";
    // 1024 GiB is one more than a managed disk on the stack can be: the review's first finding is then that error.
    const steps: Step[] = [
      ["review.action", "field"],
      ["review.field", "vm[sql01].disk[1].sizeGiB"],
      ["vm[sql01].disk[1].sizeGiB", 1024],
      ["review.action", "finding"],
      ["review.finding", "0"],
      ["vm[sql01].disk[1].sizeGiB", 1000],
      ["review.action", "finding"],
      ["review.finding", "0"],
      ["tiers[gold].backupWindow.start", DEFAULT],
      ["tiers[gold].backupWindow.durationHours", 14],
      ["review.action", "save"],
      ["plan.generate", false],
    ];
    const answers = yaml.load(readFileSync(join(dir, "answers.yaml"), "utf8")) as Record<string, unknown>;
    const prompts = await promptsOf(join(scratch(), "tenant.yaml"), steps, undefined, { answers, timeZone: "Asia/Tokyo" });
    const session = start(["tenant.yaml", "--answers", "answers.yaml"], dir);
    await play(session, prompts);
    expect((await session.exited).exitCode).toBe(0);
    // The review listed every field; the findings the menu went to were the disk's error, then the window warning.
    expect(session.screen).toContain("disks[sql01-data1].sizeGiB 512");
    expect(session.screen).toContain("error [disk-too-large] subscriptions[0].resourceGroups[0].virtualMachines[1].disks[1].sizeGiB");
    expect(session.screen).toMatch(new RegExp(`warning \\[${windowWarning}\\] protection\\.tiers\\[0\\]\\.backupWindow`));
    // Nothing but those fields was asked: the questions are the script's, which the terminal followed to the end.
    expect(prompts.map((p) => p.asked.key).filter((k) => !k.startsWith("review."))).toEqual([
      "vm[sql01].disk[1].sizeGiB",
      "vm[sql01].disk[1].sizeGiB",
      "tiers[gold].backupWindow.start",
      "tiers[gold].backupWindow.durationHours",
      "plan.generate",
    ]);
    const saved = yaml.load(readFileSync(join(dir, "tenant.yaml"), "utf8")) as {
      subscriptions: Array<{ resourceGroups: Array<{ virtualMachines: Array<{ name: string; disks: Array<{ sizeGiB: number }> }> }> }>;
      protection: { tiers: Array<{ name: string; backupWindow: { durationHours: number } }> };
    };
    expect(saved.subscriptions[0]!.resourceGroups[0]!.virtualMachines[1]!.disks[1]!.sizeGiB).toBe(1000);
    expect(saved.protection.tiers[0]!.backupWindow.durationHours).toBe(14);
    // The warning is gone from the plan of the saved file.
    const plan = cli(["validate", "tenant.yaml"], dir);
    expect(plan.stdout + plan.stderr).not.toContain(windowWarning);
  });
});

describe("Japanese", () => {
  it("--lang ja asks, helps and answers in Japanese; the system locale (LANG=ja_JP.UTF-8) does the same", { timeout: E2E_TEST_MS }, async () => {
    const dir = scratch();
    const first = start(["tenant.yaml", "--lang", "ja"], dir);
    await first.prompt("tenant.name");
    expect(first.screen).toContain("テナント名 (計画とレポートでの呼び名)");
    expect(first.screen).toContain("新しいテナントを tenant.yaml に記録します");
    expect(first.screen).toContain("計画、レポート、ファイル名でこのテナントを呼ぶ名前です。");
    await first.type("contoso-shop");
    await first.prompt("tenant.description");
    expect(first.screen).toContain("テナントの説明 (省略可)");
    first.write(KEY.ctrlC);
    expect((await first.exited).exitCode).toBe(130);
    expect(first.screen).toContain("ウィザードを中止しました。ここまでの回答は tenant.yaml.wizard-draft.yaml に残っています");

    // No --lang: the locale decides. The draft is offered in Japanese, then the next question.
    const second = start(["tenant.yaml"], dir, { ...TOKYO, LANG: "ja_JP.UTF-8" });
    await second.prompt("draft.resume");
    expect(second.screen).toContain("以前の実行の下書き");
    await second.type("");
    await second.prompt("tenant.description");
    await second.type("");
    await second.prompt("stamp.name");
    expect(second.screen).toContain("Azure Stack Hub のスタンプ名");
    second.write(KEY.ctrlC);
    expect((await second.exited).exitCode).toBe(130);
  });
});
