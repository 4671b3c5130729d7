/**
 * Resolves one question from, in order: an answer given before (answers file, resumed draft, earlier in
 * this session), the value already in the loaded tenant, the user (interactive), or the default (`--yes`).
 * The same validation runs whichever way the answer comes, so an answers file cannot hold what the
 * prompt would refuse. Non-interactive, a question with nothing to go on is an error naming its key.
 */
import { UserError } from "../base/errors.js";
import type { Choice, Prompter } from "./prompter.js";

export type AnswerValue = string | number | boolean | string[];

export interface AskerOptions {
  /** The terminal seam; absent when the wizard must never prompt (no TTY, CI, --non-interactive). */
  prompter?: Prompter;
  /** Answers given up front: the answers file and/or a resumed draft. */
  answers?: Record<string, unknown>;
  /** --yes: take every default without asking. */
  yes?: boolean;
  /** Called after each newly resolved answer (the draft file is written from it). */
  onAnswer?: (key: string, value: AnswerValue) => void;
}

interface Common<T> {
  key: string;
  message: string;
  /**
   * What the loaded tenant already holds. With `known`, the question is settled by it even when it is
   * undefined (an optional field of an item that came from the file); without, only a defined value settles it.
   */
  current?: T;
  known?: boolean;
  default?: T;
  /**
   * An opt-in step added after answers files were written (e.g. `rg[G].resources`): without a terminal its
   * default is taken even without --yes, so an older answers file stays valid. A terminal still asks.
   */
  optIn?: boolean;
}

export interface TextSpec extends Common<string> {
  /** Empty text is allowed and gives undefined. */
  optional?: boolean;
  validate?: (text: string) => string | undefined;
}
export interface NumberSpec extends Common<number> {
  optional?: boolean;
  validate?: (value: number) => string | undefined;
}
export interface SelectSpec<V extends string> extends Common<V> {
  choices: readonly Choice<V>[];
}
export interface CheckboxSpec<V extends string> extends Common<V[]> {
  choices: readonly Choice<V>[];
}
export interface ListSpec extends Common<string[]> {
  /** Checks one item; duplicates (case-insensitive, as ARM names are) are refused for every list. */
  validateItem?: (item: string) => string | undefined;
  /** Noun for messages, e.g. "VM". */
  item: string;
}

export class MissingAnswersError extends UserError {
  constructor(readonly missing: ReadonlyArray<{ key: string; message: string }>) {
    super(
      `the wizard cannot prompt here (no terminal, CI set, or --non-interactive) and ${missing.length} answer(s) are missing:\n` +
        missing.map((m) => `  ${m.key}: ${m.message}`).join("\n") +
        "\nadd them to the --answers file (docs/wizard.md lists every key), or pass --yes to take the defaults where there are any",
    );
    this.name = "MissingAnswersError";
  }
}

const UNSET = Symbol("unset");

export class Asker {
  /** Every answer resolved so far, in first-asked order: the draft file and `--save-answers` hold these. */
  readonly answers = new Map<string, AnswerValue>();
  /** Keys the user asked to revisit: asked again, with the earlier answer as the default. */
  private reask: (key: string) => boolean = () => false;
  private readonly given: Map<string, unknown>;
  private readonly used = new Set<string>();
  /** Defaults taken non-interactively without --yes: reported all at once when the walk ends. */
  private readonly missing: Array<{ key: string; message: string }> = [];
  private pendingSection: string | undefined;
  private prompted = false;

  constructor(private readonly options: AskerOptions) {
    this.given = new Map(Object.entries(options.answers ?? {}));
  }

  get interactive(): boolean {
    return this.options.prompter !== undefined;
  }

  /** Starts a new pass over the questions (the flow is re-run after each edit). */
  beginPass(reask: (key: string) => boolean = () => false): void {
    this.reask = reask;
    this.missing.length = 0;
    this.pendingSection = undefined;
  }

  isReasked(prefix: string): boolean {
    return this.reask(prefix);
  }

  /** Forgets an answer so the next pass takes the model's value (bulk assignment overrides per-VM answers). */
  forget(key: string): void {
    this.answers.delete(key);
    this.given.delete(key);
  }

  /** Ends a pass: non-interactive, every question that had to fall back to a default is an error. */
  endPass(): void {
    if (this.missing.length > 0) throw new MissingAnswersError([...this.missing]);
  }

  /** Answers-file keys no question asked for: most likely typos. */
  unusedAnswerKeys(): string[] {
    return [...this.given.keys()].filter((k) => !this.used.has(k) && !k.startsWith("#"));
  }

  note(text: string): void {
    this.options.prompter?.note(text);
  }

  /** A section title, shown just before the next question that is really asked (not on silent passes). */
  section(title: string): void {
    this.pendingSection = title;
  }

  /** Sets an answer as if it had been given (the review menu uses it to open a new bulk rule). */
  setAnswer(key: string, value: AnswerValue): void {
    this.record(key, value);
  }

  /** True when the last resolved question was answered at the prompt (not from a file, draft or model). */
  get lastPrompted(): boolean {
    return this.prompted;
  }

  /** Was this key answered (answers file, draft, or this session)? */
  has(key: string): boolean {
    return this.answers.has(key) || this.given.has(key);
  }

  async text(spec: TextSpec): Promise<string | undefined> {
    const validate = (s: string): string | undefined => {
      if (s === "") return spec.optional ? undefined : "must not be empty";
      return spec.validate?.(s);
    };
    return this.resolve(
      spec,
      (raw) => {
        const s = typeof raw === "string" ? raw.trim() : typeof raw === "number" ? String(raw) : undefined;
        if (s === undefined) return { error: "expected text" };
        const error = validate(s);
        return error ? { error } : { value: s === "" ? UNSET : s };
      },
      async (prompter, def) => {
        const s = (await prompter.input({ key: spec.key, message: spec.message, default: def, validate })).trim();
        return s === "" ? UNSET : s;
      },
    ) as Promise<string | undefined>;
  }

  async number(spec: NumberSpec): Promise<number | undefined> {
    const validate = (n: number | undefined): string | undefined => {
      if (n === undefined || Number.isNaN(n)) return spec.optional ? undefined : "a number is needed";
      return spec.validate?.(n);
    };
    return this.resolve(
      spec,
      (raw) => {
        if (raw === null || raw === "") return spec.optional ? { value: UNSET } : { error: "a number is needed" };
        const n = typeof raw === "number" ? raw : typeof raw === "string" && raw.trim() !== "" ? Number(raw) : Number.NaN;
        if (!Number.isFinite(n)) return { error: `expected a number, got ${JSON.stringify(raw)}` };
        const error = validate(n);
        return error ? { error } : { value: n };
      },
      async (prompter, def) => {
        const n = await prompter.number({ key: spec.key, message: spec.message, default: def, optional: spec.optional, validate });
        return n === undefined ? UNSET : n;
      },
    ) as Promise<number | undefined>;
  }

  async select<V extends string>(spec: SelectSpec<V>): Promise<V> {
    const values = spec.choices.map((c) => c.value);
    return this.resolve(
      spec,
      (raw) => {
        const match = values.find((v) => typeof raw === "string" && v.toLowerCase() === raw.trim().toLowerCase());
        return match !== undefined
          ? { value: match }
          : { error: `expected one of ${values.map((v) => JSON.stringify(v)).join(", ")}, got ${JSON.stringify(raw)}` };
      },
      (prompter, def) => prompter.select<V>({ key: spec.key, message: spec.message, choices: spec.choices, default: def as V | undefined }),
    ) as Promise<V>;
  }

  async checkbox<V extends string>(spec: CheckboxSpec<V>): Promise<V[]> {
    const values = spec.choices.map((c) => c.value);
    return this.resolve(
      spec,
      (raw) => {
        const items = toList(raw);
        if (!items) return { error: "expected a list" };
        const out: V[] = [];
        for (const item of items) {
          const match = values.find((v) => v.toLowerCase() === item.toLowerCase());
          if (match === undefined) return { error: `"${item}" is not one of ${values.join(", ")}` };
          if (!out.includes(match)) out.push(match);
        }
        return { value: out };
      },
      (prompter, def) => prompter.checkbox<V>({ key: spec.key, message: spec.message, choices: spec.choices, default: def as V[] | undefined }),
    ) as Promise<V[]>;
  }

  async confirm(spec: Common<boolean>): Promise<boolean> {
    return this.resolve(
      spec,
      (raw) => {
        if (typeof raw === "boolean") return { value: raw };
        const s = typeof raw === "string" ? raw.trim().toLowerCase() : "";
        if (["yes", "y", "true"].includes(s)) return { value: true };
        if (["no", "n", "false"].includes(s)) return { value: false };
        return { error: `expected yes or no, got ${JSON.stringify(raw)}` };
      },
      (prompter, def) => prompter.confirm({ key: spec.key, message: spec.message, default: def as boolean | undefined }),
    ) as Promise<boolean>;
  }

  /**
   * A list of names. Typed first as comma-separated names (fast for a person with a list at hand); when
   * revisited, an add/remove menu over the current items.
   */
  async list(spec: ListSpec): Promise<string[]> {
    const check = (items: string[]): string | undefined => {
      const seen = new Set<string>();
      for (const item of items) {
        const error = spec.validateItem?.(item);
        if (error) return `${item}: ${error}`;
        if (seen.has(item.toLowerCase())) return `${spec.item} "${item}" is listed twice (names are case-insensitive)`;
        seen.add(item.toLowerCase());
      }
      return undefined;
    };
    return this.resolve(
      spec,
      (raw) => {
        const items = raw === null || raw === "" ? [] : toList(raw);
        if (!items) return { error: "expected a list of names" };
        const error = check(items);
        return error ? { error } : { value: items };
      },
      async (prompter, def) => {
        const start = (def as string[] | undefined) ?? [];
        if (start.length === 0 || !this.reask(spec.key)) {
          const text = await prompter.input({
            key: spec.key,
            message: `${spec.message} (comma-separated${start.length === 0 ? ", empty for none" : ""})`,
            default: start.length > 0 ? start.join(", ") : undefined,
            validate: (s) => check(splitNames(s)),
          });
          return splitNames(text);
        }
        return this.editList(prompter, spec, start, check);
      },
    ) as Promise<string[]>;
  }

  private async editList(prompter: Prompter, spec: ListSpec, start: string[], check: (items: string[]) => string | undefined): Promise<string[]> {
    const items = [...start];
    for (;;) {
      const action = await prompter.select<"done" | "add" | "remove">({
        key: `${spec.key}#action`,
        message: `${spec.message}: ${items.length > 0 ? items.join(", ") : "(none)"}`,
        choices: [
          { value: "done", name: "Keep this list" },
          { value: "add", name: `Add a ${spec.item}` },
          ...(items.length > 0 ? [{ value: "remove" as const, name: `Remove a ${spec.item}` }] : []),
        ],
      });
      if (action === "done") return items;
      if (action === "add") {
        const name = (
          await prompter.input({
            key: `${spec.key}#add`,
            message: `Name of the new ${spec.item}`,
            validate: (s) => (s.trim() === "" ? "must not be empty" : check([...items, s.trim()])),
          })
        ).trim();
        items.push(name);
      } else {
        const name = await prompter.select<string>({
          key: `${spec.key}#remove`,
          message: `Remove which ${spec.item}?`,
          choices: items.map((value) => ({ value })),
        });
        items.splice(items.indexOf(name), 1);
      }
    }
  }

  private async resolve<T>(
    spec: Common<T>,
    parse: (raw: unknown) => { value: T | typeof UNSET } | { error: string },
    prompt: (prompter: Prompter, def: T | undefined) => Promise<T | typeof UNSET>,
  ): Promise<T | undefined> {
    const { key } = spec;
    this.prompted = false;
    const reasked = this.reask(key);
    const earlier = this.answers.has(key) ? this.answers.get(key) : this.given.has(key) ? this.given.get(key) : undefined;
    const hasEarlier = this.answers.has(key) || this.given.has(key);
    const settledByModel = spec.known === true || spec.current !== undefined;

    if (hasEarlier && !reasked) {
      this.used.add(key);
      const parsed = parse(earlier);
      if ("value" in parsed) return this.record(key, parsed.value, false);
      if (!this.interactive) throw new UserError(`answer ${key}: ${parsed.error}`);
      this.note(`The earlier answer to ${key} no longer fits (${parsed.error}); please answer again.`);
    } else if (settledByModel && !reasked) {
      return spec.current;
    }

    const previous = hasEarlier && reasked ? parse(earlier) : undefined;
    const def = previous && "value" in previous && previous.value !== UNSET ? previous.value : (spec.current ?? spec.default);
    // An optional question's default is "nothing": --yes and a non-interactive run may leave it empty.
    const fallback: T | typeof UNSET | undefined = def ?? ((spec as { optional?: boolean }).optional ? UNSET : undefined);
    const prompter = this.options.prompter;
    if (prompter && !(this.options.yes && fallback !== undefined && !reasked)) {
      if (this.pendingSection !== undefined) prompter.note(`\n${this.pendingSection}`);
      this.pendingSection = undefined;
      const answer = await prompt(prompter, def);
      this.prompted = true;
      return this.record(key, answer);
    }
    if (fallback === undefined) {
      throw new MissingAnswersError([...this.missing, { key, message: spec.message }]);
    }
    if (!this.options.yes && !spec.optIn) this.missing.push({ key, message: spec.message });
    return this.record(key, fallback);
  }

  /** Keeps an answer; `notify` (a new answer, not a replayed one) lets the draft be written. */
  private record<T>(key: string, value: T | typeof UNSET, notify = true): T | undefined {
    const stored: AnswerValue = value === UNSET ? "" : (value as AnswerValue);
    const before = this.answers.get(key);
    this.answers.set(key, stored);
    if (notify && (before === undefined || JSON.stringify(before) !== JSON.stringify(stored))) this.options.onAnswer?.(key, stored);
    return value === UNSET ? undefined : value;
  }
}

export function splitNames(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function toList(raw: unknown): string[] | undefined {
  if (Array.isArray(raw)) return raw.every((x) => typeof x === "string" || typeof x === "number") ? raw.map((x) => String(x).trim()) : undefined;
  if (typeof raw === "string") return splitNames(raw);
  return undefined;
}
