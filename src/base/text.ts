/**
 * Localizable text written by the planners. A planner never builds a sentence by hand: it calls
 * `t(key, params)`, which renders the English template from the one catalogue (src/base/messages) (the
 * text the CLI, JSON and English documents show, in `en`) and keeps the key and parameters, so the
 * documents can render the same message in Japanese.
 *
 * Parameters are names from the inventory, numbers (inserted as `String(n)`, the same in both
 * languages), or other LocalTexts for parts of a sentence that are prose themselves.
 */
import { interpolate, template, type Lang, type MessageKey } from "./messages/index.js";

export type TextParam = string | number | LocalText;

export interface LocalText {
  key: MessageKey;
  params: Record<string, TextParam>;
  /** The message rendered from the English catalogue. */
  en: string;
}

export const isLocalText = (value: unknown): value is LocalText =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as LocalText).key === "string" &&
  typeof (value as LocalText).en === "string" &&
  typeof (value as LocalText).params === "object";

function fill(lang: Lang, key: MessageKey, params: Record<string, TextParam>): string {
  // A nested text's English is already rendered in it (t() and verbatim() build every LocalText): reuse it
  // rather than render the whole subtree again at every level.
  const show = (value: unknown): string =>
    typeof value === "object" ? (lang === "en" ? (value as LocalText).en : fill(lang, (value as LocalText).key, (value as LocalText).params)) : String(value);
  return interpolate(template(lang, key), params, key, show);
}

/** A planner message: the English text now, the key and parameters for other languages. */
export function t(key: MessageKey, params: Record<string, TextParam> = {}): LocalText {
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
export function joinTexts(items: readonly LocalText[], separator: MessageKey = "list.comma"): LocalText {
  if (items.length === 0) return verbatim("");
  const join = (from: number, to: number): LocalText => {
    if (to - from === 1) return items[from]!;
    const middle = from + Math.ceil((to - from) / 2);
    return t(separator, { a: join(from, middle), b: join(middle, to) });
  };
  return join(0, items.length);
}

/** The message in a language; English is always `text.en`, so English output never changes. */
export function renderText(text: LocalText, lang: Lang): string {
  return lang === "en" ? text.en : fill(lang, text.key, text.params);
}
