/**
 * The wizard's words, from the one catalogue (src/base/messages, keys `wizard.*`). The language is chosen
 * once per run by the shell (`--lang`, or the system locale: LC_ALL, LC_MESSAGES, LANG) before the first
 * question; the wizard is one session per process, so it is kept here rather than threaded through every call.
 */
import { interpolate, isLang, template, type Lang, type MessageKey } from "../base/messages/index.js";

let current: Lang = "en";

export function setWizardLang(lang: Lang): void {
  current = lang;
}

export const wizardLang = (): Lang => current;

/** A wizard message in the run's language. */
export function w(key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return interpolate(template(current, key), params, key);
}

/**
 * The language the system locale asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set decides
 * (POSIX precedence); "ja_JP.UTF-8", "ja" and "ja-JP" give Japanese, anything else English.
 */
export function localeLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== "");
  const code = locale?.split(/[_.@-]/)[0]?.toLowerCase() ?? "en";
  return isLang(code) ? code : "en";
}
