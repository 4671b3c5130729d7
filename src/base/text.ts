/**
 * Localizable text written by the planners. A planner never builds a sentence by hand: it calls
 * `t(key, params)`, which renders the English template of `src/base/messages/en.ts` (the text the CLI,
 * JSON and English documents show, in `en`) and keeps the key and parameters, so the report can render
 * the same message from the Japanese catalogue (`src/base/messages/ja.ts`, same keys and placeholders).
 *
 * Parameters are names from the inventory, numbers (inserted as `String(n)`, the same in both
 * languages), or other LocalTexts for parts of a sentence that are prose themselves.
 */
import { en } from "./messages/en.js";
import { ja } from "./messages/ja.js";

export type TextParam = string | number | LocalText;

export interface LocalText {
  key: string;
  params: Record<string, TextParam>;
  /** The message rendered from the English catalogue. */
  en: string;
}

export type PlanMessageKey = keyof typeof en;
export type TextLang = "en" | "ja";

const catalogues: Record<TextLang, Readonly<Record<string, string>>> = { en, ja };

export const isLocalText = (value: unknown): value is LocalText =>
  typeof value === "object" && value !== null && typeof (value as LocalText).key === "string" && typeof (value as LocalText).en === "string" && typeof (value as LocalText).params === "object";

function fill(lang: TextLang, key: string, params: Record<string, TextParam>): string {
  const template = catalogues[lang][key];
  if (template === undefined) throw new Error(`planner message "${key}" is missing from the ${lang} catalogue`);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`planner message "${key}" needs a value for {${name}}`);
    // A nested text's English is already rendered in it (t() and verbatim() build every LocalText): reuse it
    // rather than render the whole subtree again at every level.
    if (typeof value === "object") return lang === "en" ? value.en : fill(lang, value.key, value.params);
    return String(value);
  });
}

/** A planner message: the English text now, the key and parameters for other languages. */
export function t(key: PlanMessageKey, params: Record<string, TextParam> = {}): LocalText {
  return { key, params, en: fill("en", key, params) };
}

/** Text that is the same in every language (a name, a command, a list of names). */
export function verbatim(text: string): LocalText {
  return { key: "common.verbatim", params: { text }, en: text };
}

/**
 * Joins texts with a separator message (`list.comma`, `list.semicolon`, ...) per language. The pairs nest
 * as a balanced tree (the first half joined, then the second half), not as a left-leaning chain: a list of
 * 10,000 VM names would otherwise nest 10,000 deep, overflow the call stack when rendered (or serialised
 * to JSON) and cost O(n²) to render. The text is the same either way (the separators are plain
 * concatenation); lists of up to three items nest exactly as a chain would.
 */
export function joinTexts(items: readonly LocalText[], separator: PlanMessageKey = "list.comma"): LocalText {
  if (items.length === 0) return verbatim("");
  const join = (from: number, to: number): LocalText => {
    if (to - from === 1) return items[from]!;
    const middle = from + Math.ceil((to - from) / 2);
    return t(separator, { a: join(from, middle), b: join(middle, to) });
  };
  return join(0, items.length);
}

/** The message in a language; English is always `text.en`, so English output never changes. */
export function renderText(text: LocalText, lang: TextLang): string {
  return lang === "en" ? text.en : fill(lang, text.key, text.params);
}

/** The placeholders of a template, sorted (for the catalogue parity test). */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
