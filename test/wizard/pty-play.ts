/**
 * Plays a fake-prompter script in a real terminal: the script is first run in-process to learn each
 * prompt's kind, choices and default, and the keystrokes (arrows, space, Enter) are derived from that.
 */
import { expect } from "vitest";
import { runWizard, type WizardOptions } from "../../src/wizard/run.js";
import { PLANNER_CHECK } from "../helpers/templates.js";
import { DEFAULT, FakePrompter, type Asked, type Step } from "./fake-prompter.js";
import type { PtySession } from "./pty-session.js";

export type Played = Array<{ asked: Asked; answer: unknown }>;

/** Runs the script through the fake prompter (in a scratch folder) to learn every prompt's kind and choices. */
export async function promptsOf(file: string, steps: Step[], output?: string, extra: Partial<WizardOptions> = {}): Promise<Played> {
  const prompter = new FakePrompter(steps);
  await runWizard({ file, output, prompter, plannerCheck: PLANNER_CHECK, print: () => undefined, warn: () => undefined, ...extra });
  expect(prompter.remaining).toEqual([]);
  return prompter.asked.map((asked, i) => ({ asked, answer: steps[i]![1] }));
}

export async function play(session: PtySession, prompts: Array<{ asked: Asked; answer: unknown }>): Promise<void> {
  for (const { asked, answer } of prompts) {
    await session.prompt(asked.key);
    const isDefault = answer === DEFAULT;
    switch (asked.kind) {
      case "input":
      case "number":
        await session.type(isDefault ? "" : String(answer));
        break;
      case "confirm":
        await session.type(isDefault ? "" : answer ? "y" : "n");
        break;
      case "select": {
        const choices = asked.choices!;
        const from = asked.default === undefined ? 0 : choices.indexOf(asked.default);
        await session.choose(isDefault ? 0 : choices.indexOf(answer) - from);
        break;
      }
      case "checkbox": {
        const choices = asked.choices!;
        const start = new Set((asked.default as string[] | undefined) ?? []);
        const want = new Set(isDefault ? start : (answer as string[]));
        await session.tick(choices.map((c, i) => (start.has(c as string) !== want.has(c as string) ? i : -1)).filter((i) => i >= 0));
        break;
      }
      default:
        throw new Error(`no keystrokes for a ${asked.kind} prompt`);
    }
  }
}
