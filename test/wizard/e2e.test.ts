/**
 * End to end: the built CLI in a pseudo-terminal, typed at with arrow keys, space and Enter; then the
 * answers it saved replayed without a terminal. Each scenario is first run through the fake prompter
 * in-process to learn which prompt comes when, of which kind, with which choices and default; the
 * keystrokes are derived from that, so the pty run checks the real terminal path against the same script.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { afterEach, describe, expect, it } from "vitest";
import type { Step } from "./fake-prompter.js";
import { play, promptsOf } from "./pty-play.js";
import { PtySession } from "./pty-session.js";
import { discoveredSteps, fromNothingSteps } from "./scripts.js";
import { CLI_RUN_MS, E2E_TEST_MS } from "../helpers/timeouts.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(root, "dist/src/cli/main.js");
const fixtures = join(root, "test/wizard/fixtures");
const FROM_NOTHING = join(fixtures, "from-nothing.tenant.yaml");
const DISCOVERED = join(fixtures, "discovered.tenant.yaml");
const DISCOVERED_DONE = join(fixtures, "discovered.completed.tenant.yaml");

// The E2E runs the real binary, built once for the whole run by test/setup/built-cli.ts.

const sessions: PtySession[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

function start(args: string[], cwd: string, options: { holdAfterExit?: boolean } = {}): PtySession {
  const session = new PtySession(CLI, ["wizard", ...args], cwd, {}, options);
  sessions.push(session);
  return session;
}

const scratch = () => mkdtempSync(join(tmpdir(), "wizard-e2e-"));
const fromNothing = (planGenerate: boolean): Step[] => [...fromNothingSteps, ["review.action", "save"], ["plan.generate", planGenerate]];

describe("the wizard in a terminal", () => {
  it("records a 3-VM tenant from nothing, typed with arrow keys and Enter, then prints the plan", { timeout: E2E_TEST_MS }, async () => {
    const dir = scratch();
    const prompts = await promptsOf(join(scratch(), "tenant.yaml"), fromNothing(true));
    // Held open after exit: the plan it prints is long, and the comparison below needs every line of it.
    const session = start(["tenant.yaml", "--save-answers", "answers.yaml"], dir, { holdAfterExit: true });
    await play(session, prompts);
    const { exitCode } = await session.exited;
    expect(session.screen).toContain("Saved tenant.yaml.");
    expect(exitCode).toBe(0);
    expect(readFileSync(join(dir, "tenant.yaml"), "utf8")).toBe(readFileSync(FROM_NOTHING, "utf8"));
    // "Generate the plan now?" printed what `plan` prints for the saved file.
    const plan = spawnSync(process.execPath, [CLI, "plan", "tenant.yaml"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: CLI_RUN_MS,
    });
    expect(plan.status).toBe(0);
    expect(plan.stdout.length).toBeGreaterThan(0);
    expect(session.screen.replaceAll("\r\n", "\n")).toContain(plan.stdout);
    expect(existsSync(join(dir, "tenant.yaml.wizard-draft.yaml"))).toBe(false);

    // --answers replays the same session without a terminal, byte for byte.
    const replay = spawnSync(process.execPath, [CLI, "wizard", "replayed.yaml", "--answers", "answers.yaml"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, NO_COLOR: "1" },
      timeout: CLI_RUN_MS,
    });
    expect(replay.stderr).toBe("");
    expect(replay.status).toBe(0);
    expect(readFileSync(join(dir, "replayed.yaml"), "utf8")).toBe(readFileSync(FROM_NOTHING, "utf8"));
  });

  it("completes a discovered file, asking only what discovery cannot know", { timeout: E2E_TEST_MS }, async () => {
    const dir = scratch();
    copyFileSync(DISCOVERED, join(dir, "discovered.yaml"));
    const prompts = await promptsOf(DISCOVERED, [...discoveredSteps, ["review.action", "save"], ["plan.generate", false]], join(scratch(), "out.yaml"));
    expect(prompts.some((p) => p.asked.key.startsWith("stamp.") || p.asked.key === "vm[web01].roles")).toBe(false);
    const session = start(["discovered.yaml", "-o", "tenant.yaml", "--save-answers", "answers.yaml"], dir);
    await play(session, prompts);
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(0);
    expect(session.screen).toContain("Next: azs-backup-planner plan tenant.yaml");
    expect(readFileSync(join(dir, "tenant.yaml"), "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
    expect(readFileSync(join(dir, "discovered.yaml"), "utf8")).toBe(readFileSync(DISCOVERED, "utf8"));

    const replay = spawnSync(process.execPath, [CLI, "wizard", "discovered.yaml", "-o", "replayed.yaml", "--answers", "answers.yaml"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: CLI_RUN_MS,
    });
    expect(replay.stderr).toBe("");
    expect(replay.status).toBe(0);
    expect(readFileSync(join(dir, "replayed.yaml"), "utf8")).toBe(readFileSync(DISCOVERED_DONE, "utf8"));
  });

  it("Ctrl+C exits 130 with one line, writes no tenant.yaml, and the next run resumes from the draft", {
    timeout: E2E_TEST_MS,
  }, async () => {
    const dir = scratch();
    const prompts = await promptsOf(join(scratch(), "tenant.yaml"), fromNothing(false));
    const cut = prompts.findIndex((p) => p.asked.key === "vm[sql01].size");
    const first = start(["tenant.yaml"], dir);
    await play(first, prompts.slice(0, cut));
    await first.prompt("vm[sql01].size");
    first.write("\u0003");
    const { exitCode } = await first.exited;
    expect(exitCode).toBe(130);
    const tail = first.screen.slice(first.screen.lastIndexOf("[vm[sql01].size]"));
    expect(tail).toMatch(/azs-backup-planner: wizard cancelled; the answers so far are kept in tenant\.yaml\.wizard-draft\.yaml/);
    expect(tail).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(join(dir, "tenant.yaml"))).toBe(false);
    const draft = yaml.load(readFileSync(join(dir, "tenant.yaml.wizard-draft.yaml"), "utf8")) as { answers: Record<string, unknown> };
    expect(Object.keys(draft.answers)).toEqual(prompts.slice(0, cut).map((p) => p.asked.key));

    const second = start(["tenant.yaml"], dir);
    await second.prompt("draft.resume");
    await second.enter();
    await play(second, prompts.slice(cut));
    expect((await second.exited).exitCode).toBe(0);
    expect(readFileSync(join(dir, "tenant.yaml"), "utf8")).toBe(readFileSync(FROM_NOTHING, "utf8"));
    expect(existsSync(join(dir, "tenant.yaml.wizard-draft.yaml"))).toBe(false);
  });
});

describe("--non-interactive", () => {
  it("never prompts, even in a terminal", { timeout: E2E_TEST_MS }, async () => {
    const dir = scratch();
    copyFileSync(DISCOVERED, join(dir, "discovered.yaml"));
    const session = start(["discovered.yaml", "-o", "t.yaml", "--yes", "--non-interactive"], dir);
    const { exitCode } = await session.exited;
    expect(exitCode).toBe(1);
    expect(session.screen).toContain("target.name: Target name (vault, share or bucket)");
    expect(session.screen).not.toMatch(/^\? /m); // no prompt was drawn
    expect(existsSync(join(dir, "t.yaml"))).toBe(false);
  });
});

describe("the wizard without a terminal", () => {
  it("never prompts: a missing answer is an error naming its key (exit 1)", () => {
    const dir = scratch();
    copyFileSync(DISCOVERED, join(dir, "discovered.yaml"));
    const run = spawnSync(process.execPath, [CLI, "wizard", "discovered.yaml", "-o", "t.yaml", "--yes"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: CLI_RUN_MS,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("target.name: Target name (vault, share or bucket)");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "t.yaml"))).toBe(false);
  });
});
