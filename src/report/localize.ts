/**
 * Puts the planners' text into the document language. A planner writes each sentence twice over: the
 * English text in a field (`reason`, `text`, `message`, ...) and, beside it, the same message as a key and
 * parameters (`reasonLocal`, `textLocal`, `messageLocal`, ... of type LocalText, src/base/text.ts). This
 * walks a plan model and returns a copy where every field with such a sibling holds the text in `lang`;
 * the `*Local` siblings themselves are left out. English is the identity, so English output never changes.
 */
import type { Lang } from "../base/messages/index.js";
import { isLocalText, renderText, type LocalText } from "../base/text.js";

const SUFFIX = "Local";

export function localizeModel<T>(value: T, lang: Lang): T {
  // English needs no copy: every field already holds its English text (the `*Local` siblings stay beside it, and
  // no template reads them). The copy was a tenth of the CPU of a 10,000-VM plan (docs/performance.md).
  if (lang === "en") return value;
  return localizedCopy(value, lang);
}

/** The copy localizeModel makes for other languages: each keyed field in `lang`, the `*Local` siblings dropped. */
export function localizedCopy<T>(value: T, lang: Lang): T {
  return walk(value, lang) as T;
}

function walk(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => walk(v, lang));
  if (value === null || typeof value !== "object" || isLocalText(value)) return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(source)) {
    if (key.endsWith(SUFFIX) && key.length > SUFFIX.length && key.slice(0, -SUFFIX.length) in source) continue;
    const local = source[`${key}${SUFFIX}`];
    out[key] = local === undefined ? walk(v, lang) : localized(v, local, lang, key);
  }
  return out;
}

function localized(english: unknown, local: unknown, lang: Lang, key: string): unknown {
  if (isLocalText(local)) return renderText(local, lang);
  if (Array.isArray(local) && Array.isArray(english) && local.length === english.length && local.every(isLocalText)) {
    return (local as LocalText[]).map((l) => renderText(l, lang));
  }
  throw new Error(`field "${key}${SUFFIX}" is not a LocalText (or a list matching "${key}")`);
}

/** The model without its `*Local` siblings and with LocalText values as their English text (plan.yaml). */
export function englishModel<T>(value: T): unknown {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v === null || typeof v !== "object") return v;
    if (isLocalText(v)) return v.en;
    const source = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(source)) {
      if (key.endsWith(SUFFIX) && key.slice(0, -SUFFIX.length) in source) continue;
      out[key] = strip(child);
    }
    return out;
  };
  return strip(value);
}
