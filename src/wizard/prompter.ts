/**
 * The seam between the wizard and the terminal. The wizard only ever talks to a `Prompter`; production
 * uses @inquirer/prompts, unit tests a scripted fake (test/wizard/fake-prompter.ts). Every call carries
 * the stable key of its question (docs/wizard.md), so a test script and an answers file name the same thing.
 */
import { checkbox, confirm, input, number, select } from "@inquirer/prompts";
import { helpFor } from "./help.js";
import { w } from "./text.js";

/** The streams and signal every @inquirer prompt accepts as its second argument (tests pass their own). */
type Context = Parameters<typeof input>[1];
export interface Choice<V extends string> {
  value: V;
  /** What the list shows; defaults to the value. */
  name?: string;
  description?: string;
}

interface Base {
  /** Stable question key, e.g. "vm[dc01].tier". */
  key: string;
  message: string;
}

export interface InputQuestion extends Base {
  default?: string;
  /** Returns an error message, or undefined when the text is acceptable. */
  validate?: (text: string) => string | undefined;
}

export interface NumberQuestion extends Base {
  default?: number;
  /** Empty input gives undefined. */
  optional?: boolean;
  validate?: (value: number | undefined) => string | undefined;
}

export interface SelectQuestion<V extends string> extends Base {
  choices: readonly Choice<V>[];
  default?: V;
}

export interface CheckboxQuestion<V extends string> extends Base {
  choices: readonly Choice<V>[];
  /** Values ticked when the prompt opens. */
  default?: readonly V[];
}

export interface ConfirmQuestion extends Base {
  default?: boolean;
}

export interface Prompter {
  input(q: InputQuestion): Promise<string>;
  number(q: NumberQuestion): Promise<number | undefined>;
  select<V extends string>(q: SelectQuestion<V>): Promise<V>;
  checkbox<V extends string>(q: CheckboxQuestion<V>): Promise<V[]>;
  confirm(q: ConfirmQuestion): Promise<boolean>;
  /** Text the wizard shows between questions (section titles, the review screen). */
  note(text: string): void;
}

/** Rows a select shows at once: enough for the VM size table to page comfortably on a 24-row terminal. */
const PAGE_SIZE = 12;

/**
 * The message as the terminal shows it: the question, then its key in brackets, so a person can see
 * what to write in an answers file (and the pty tests can tell the questions apart).
 */
export const withKey = (q: Base): string => {
  // The key ends the first line, so that a message with detail lines (presets, help) still reads "question [key]".
  const [first, ...rest] = q.message.split("\n");
  return [`${first} [${q.key}]`, ...rest].join("\n");
};

/** The person pressed Esc (or ← on a list): back to the previous question, its answer kept as the default. */
export class GoBack extends Error {
  constructor() {
    super("back to the previous question");
    this.name = "GoBack";
  }
}

interface KeyEvent {
  name?: string;
  sequence?: string;
}

/**
 * Runs one prompt with Esc (and, for lists and yes/no, ←) as "go back". The keys arrive as `keypress` events
 * on the input stream, which the prompt's readline emits; the prompt is cancelled through its AbortSignal.
 */
async function withGoBack<T>(context: Context, arrows: boolean, run: (context: Context) => Promise<T>, more?: () => void): Promise<T> {
  const stream = (context?.input ?? process.stdin) as NodeJS.ReadableStream;
  for (;;) {
    const controller = new AbortController();
    let help = false;
    const onKey = (_: unknown, key: KeyEvent | undefined) => {
      if (more && key?.sequence === "?") {
        help = true;
        controller.abort();
      } else if (key?.name === "escape" || (arrows && key?.name === "left")) controller.abort();
    };
    stream.on("keypress", onKey);
    try {
      return await run({ ...context, signal: controller.signal });
    } catch (error) {
      if (!controller.signal.aborted) throw error;
      if (!help) throw new GoBack();
      more!(); // `?`: the longer help, then the same question again
    } finally {
      stream.off("keypress", onKey);
    }
  }
}

/** The prompt's text: the question with its key, then its one-line help (and the `?` hint when there is more). */
function decorated(q: Base): { message: string; more?: string } {
  const help = helpFor(q.key);
  if (!help) return { message: withKey(q) };
  return { message: `${withKey(q)}\n  ${help.line}${help.more ? ` ${w("wizard.help.hint")}` : ""}`, more: help.more };
}

/** @inquirer/prompts 7 behind the seam. Ctrl+C makes every prompt reject with ExitPromptError; Esc with GoBack. */
export function inquirerPrompter(write: (text: string) => void = (t) => process.stdout.write(t), context?: Context): Prompter {
  const check = <T>(validate: ((v: T) => string | undefined) | undefined) => (validate ? (value: T) => validate(value) ?? true : undefined);
  /** Runs a prompt with its help: Esc goes back, `?` prints the longer help and asks again. */
  const ask = <T>(q: Base, arrows: boolean, run: (message: string, c: Context) => Promise<T>) => {
    const { message, more } = decorated(q);
    return withGoBack(context, arrows, (c) => run(message, c), more ? () => write(`\n${more}\n\n`) : undefined);
  };
  return {
    input: (q) => ask(q, false, (message, c) => input({ message, default: q.default, validate: check(q.validate) }, c)),
    number: (q) => ask(q, false, (message, c) => number({ message, default: q.default, required: !q.optional, step: "any", validate: check(q.validate) }, c)),
    select: <V extends string>(q: SelectQuestion<V>) =>
      ask(q, true, (message, c) =>
        select<V>(
          {
            message,
            choices: q.choices.map((ch) => ({ value: ch.value, name: ch.name ?? ch.value, description: ch.description })),
            default: q.default,
            pageSize: PAGE_SIZE,
            loop: false,
          },
          c,
        ),
      ),
    checkbox: <V extends string>(q: CheckboxQuestion<V>) =>
      ask(q, true, (message, c) =>
        checkbox<V>(
          {
            message,
            choices: q.choices.map((ch) => ({ value: ch.value, name: ch.name ?? ch.value, checked: q.default?.includes(ch.value) ?? false })),
            pageSize: PAGE_SIZE,
            loop: false,
          },
          c,
        ),
      ),
    confirm: (q) => ask(q, false, (message, c) => confirm({ message, default: q.default }, c)),
    note: (text) => write(`${text}\n`),
  };
}

/** True for the error @inquirer/prompts throws when the user presses Ctrl+C (or the terminal closes). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}
