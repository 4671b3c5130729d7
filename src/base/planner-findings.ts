/** Findings written by the planners: the English message plus its key, and a fix for every code. */
import type { Finding, Severity } from "./findings.js";
import type { PathSegment } from "./path.js";
import { isMessageKey } from "./messages/index.js";
import { t, type LocalText } from "./text.js";

/** The catalogue key of a code's fix: `fix.<code>`. */
export const fixKey = (code: string): string => `fix.${code}`;

/** The fix of a finding code from the planner catalogue (every code the planners and the validator emit has one). */
export function fixFor(code: string, params: Record<string, string | number | LocalText> = {}): LocalText | undefined {
  const key = fixKey(code);
  return isMessageKey(key) ? t(key, params) : undefined;
}

export function planFinding(severity: Severity, code: string, path: PathSegment[], text: LocalText, fix?: LocalText): Finding {
  const found: Finding = { severity, code, path, message: text.en, messageLocal: text };
  const f = fix ?? fixFor(code);
  if (f === undefined) throw new Error(`finding code "${code}" has no fix in src/base/messages/planner-en.ts`);
  found.fix = f;
  return found;
}
