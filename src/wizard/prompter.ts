/**
 * The seam between the wizard and the terminal. The wizard only ever talks to a `Prompter`; production
 * uses @inquirer/prompts, unit tests a scripted fake (test/wizard/fake-prompter.ts). Every call carries
 * the stable key of its question (docs/wizard.md), so a test script and an answers file name the same thing.
 */
import { checkbox, confirm, input, number, select } from "@inquirer/prompts";

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
export const withKey = (q: Base): string => `${q.message} [${q.key}]`;

/** @inquirer/prompts 7 behind the seam. Ctrl+C makes every prompt reject with ExitPromptError. */
export function inquirerPrompter(write: (text: string) => void = (t) => process.stdout.write(t), context?: Context): Prompter {
  const check = <T>(validate: ((v: T) => string | undefined) | undefined) => (validate ? (value: T) => validate(value) ?? true : undefined);
  return {
    input: (q) => input({ message: withKey(q), default: q.default, validate: check(q.validate) }, context),
    number: (q) => number({ message: withKey(q), default: q.default, required: !q.optional, step: "any", validate: check(q.validate) }, context),
    select: <V extends string>(q: SelectQuestion<V>) =>
      select<V>(
        {
          message: withKey(q),
          choices: q.choices.map((c) => ({ value: c.value, name: c.name ?? c.value, description: c.description })),
          default: q.default,
          pageSize: PAGE_SIZE,
          loop: false,
        },
        context,
      ),
    checkbox: <V extends string>(q: CheckboxQuestion<V>) =>
      checkbox<V>(
        {
          message: withKey(q),
          choices: q.choices.map((c) => ({ value: c.value, name: c.name ?? c.value, checked: q.default?.includes(c.value) ?? false })),
          pageSize: PAGE_SIZE,
          loop: false,
        },
        context,
      ),
    confirm: (q) => confirm({ message: withKey(q), default: q.default }, context),
    note: (text) => write(`${text}\n`),
  };
}

/** True for the error @inquirer/prompts throws when the user presses Ctrl+C (or the terminal closes). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === "ExitPromptError" || error.name === "AbortPromptError");
}
