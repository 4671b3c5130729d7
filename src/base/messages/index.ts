/**
 * The one message catalogue: every sentence, label and unit a person reads, in English and Japanese.
 * Namespaces are key prefixes (`backup.`, `bcdr.`, `unit.`, `doc.`, ...); the planners' messages and the
 * documents' labels live in two files per language only to keep each file readable. Keys are checked at
 * compile time: Japanese must have exactly the English keys, and callers name keys of type MessageKey.
 */
import { documentEn } from "./document-en.js";
import { documentJa } from "./document-ja.js";
import { plannerEn } from "./planner-en.js";
import { plannerJa } from "./planner-ja.js";
import { wizardEn } from "./wizard-en.js";
import { wizardJa } from "./wizard-ja.js";

export const languages = ["en", "ja"] as const;
export type Lang = (typeof languages)[number];
export const isLang = (value: string): value is Lang => (languages as readonly string[]).includes(value);

const en = { ...plannerEn, ...documentEn, ...wizardEn };
export type MessageKey = keyof typeof en;

// The two parts must not share a key: a spread would let one silently replace the other.
type SharedKeys =
  | (keyof typeof plannerEn & keyof typeof documentEn)
  | (keyof typeof plannerEn & keyof typeof wizardEn)
  | (keyof typeof documentEn & keyof typeof wizardEn);
const partsAreDisjoint: [SharedKeys] extends [never] ? true : SharedKeys = true;
void partsAreDisjoint;
const ja: Record<MessageKey, string> = { ...plannerJa, ...documentJa, ...wizardJa };

const catalogues: Record<Lang, Readonly<Record<MessageKey, string>>> = { en, ja };

/** Whether a key built from data (a finding code, a method id) names a message. */
export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

/** A whole catalogue, for the catalogue tests. */
export const catalogueOf = (lang: Lang): Readonly<Record<MessageKey, string>> => catalogues[lang];

/** The template of a key in a language. */
export function template(lang: Lang, key: MessageKey): string {
  const found = catalogues[lang][key];
  if (found === undefined) throw new Error(`message "${key}" is missing from the ${lang} catalogue`);
  return found;
}

/**
 * Fills `{name}` placeholders. `show` turns a parameter into text (the planners pass nested messages);
 * a placeholder without a value is a bug and fails loudly.
 */
export function interpolate(text: string, params: Readonly<Record<string, unknown>>, key: string, show: (value: unknown) => string = String): string {
  return text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`message "${key}" needs a value for {${name}}`);
    return show(value);
  });
}

/** The placeholders of a template, sorted (for the catalogue parity test). */
export const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
