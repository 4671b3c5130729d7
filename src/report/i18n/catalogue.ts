/** The message catalogues: one flat map of keys to sentences per language, with `{name}` placeholders. */
import { en } from "./en.js";
import { ja } from "./ja.js";

export const languages = ["en", "ja"] as const;
export type Lang = (typeof languages)[number];
export type Catalogue = Readonly<Record<string, string>>;

export const isLang = (value: string): value is Lang => (languages as readonly string[]).includes(value);

export function catalogue(lang: Lang): Catalogue {
  return lang === "ja" ? ja : en;
}

/** Fills `{name}` placeholders; a placeholder without a value is a bug and fails loudly. */
export function interpolate(template: string, params: Record<string, unknown>, key: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) throw new Error(`message "${key}" needs a value for {${name}}`);
    return String(value);
  });
}
