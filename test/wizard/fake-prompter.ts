/**
 * A scripted Prompter: each step names the question key it expects and the answer to give. A call
 * for another key, or one past the end of the script, throws, so a changed flow fails the test
 * (changesets' "unexpected call" pattern). An answer of `DEFAULT` takes the question's default.
 */
import type { CheckboxQuestion, ConfirmQuestion, InputQuestion, NumberQuestion, Prompter, SelectQuestion } from "../../src/wizard/prompter.js";

export const DEFAULT = Symbol("default");
export type Step = [key: string, answer: unknown];

class Tries {
  constructor(readonly answers: unknown[]) {}
}
/** Several answers typed in turn at one text or number prompt: all but the last are expected to be refused. */
export const tries = (...answers: unknown[]) => new Tries(answers);

export interface Asked {
  kind: string;
  key: string;
  message: string;
  default?: unknown;
  choices?: unknown[];
  /** Validation errors the fake saw for rejected answers (the prompt would show them). */
  errors: string[];
}

export class ExitPromptError extends Error {
  override name = "ExitPromptError";
}

export class FakePrompter implements Prompter {
  readonly asked: Asked[] = [];
  readonly notes: string[] = [];
  private index = 0;

  constructor(private readonly script: Step[]) {}

  get remaining(): Step[] {
    return this.script.slice(this.index);
  }

  private next(
    kind: string,
    q: { key: string; message: string; default?: unknown; choices?: readonly { value: unknown }[] },
  ): { answer: unknown; asked: Asked } {
    const asked: Asked = { kind, key: q.key, message: q.message, default: q.default, choices: q.choices?.map((c) => c.value), errors: [] };
    this.asked.push(asked);
    const step = this.script[this.index];
    if (!step) throw new Error(`unexpected extra ${kind} prompt "${q.key}" (${q.message}); the script has ended`);
    if (step[0] !== q.key) throw new Error(`expected prompt "${step[0]}", got ${kind} "${q.key}" (${q.message})`);
    this.index += 1;
    if (step[1] instanceof Error) throw step[1];
    return { answer: step[1], asked };
  }

  /** Gives answers until one passes validation, like a person retyping (see `tries`). */
  private validated<T>(
    answer: unknown,
    asked: Asked,
    validate: ((v: T) => string | undefined) | undefined,
    fallback: T | undefined,
    convert: (a: unknown) => T,
  ): T {
    const attempts = answer instanceof Tries ? answer.answers : [answer];
    for (const attempt of attempts) {
      const value = attempt === DEFAULT ? (fallback as T) : convert(attempt);
      const error = validate?.(value);
      if (!error) return value;
      asked.errors.push(error);
    }
    throw new Error(`no scripted answer for "${asked.key}" passed validation: ${asked.errors.join("; ")}`);
  }

  async input(q: InputQuestion): Promise<string> {
    const { answer, asked } = this.next("input", q);
    return this.validated<string>(answer, asked, q.validate, q.default ?? "", (a) => String(a));
  }

  async number(q: NumberQuestion): Promise<number | undefined> {
    const { answer, asked } = this.next("number", q);
    return this.validated<number | undefined>(answer, asked, q.validate, q.default, (a) => (a === "" || a === undefined ? undefined : Number(a)));
  }

  async select<V extends string>(q: SelectQuestion<V>): Promise<V> {
    const { answer } = this.next("select", q);
    const value = answer === DEFAULT ? (q.default ?? q.choices[0]!.value) : answer;
    if (!q.choices.some((c) => c.value === value))
      throw new Error(`"${String(value)}" is not a choice of "${q.key}": ${q.choices.map((c) => c.value).join(", ")}`);
    return value as V;
  }

  async checkbox<V extends string>(q: CheckboxQuestion<V>): Promise<V[]> {
    const { answer } = this.next("checkbox", q);
    const values = answer === DEFAULT ? [...(q.default ?? [])] : (answer as V[]);
    for (const v of values) if (!q.choices.some((c) => c.value === v)) throw new Error(`"${v}" is not a choice of "${q.key}"`);
    return values;
  }

  async confirm(q: ConfirmQuestion): Promise<boolean> {
    const { answer } = this.next("confirm", q);
    return answer === DEFAULT ? (q.default ?? false) : (answer as boolean);
  }

  note(text: string): void {
    this.notes.push(text);
  }
}
