/**
 * Cell formatting for the terminal, the same as the template helpers of engine.ts (`size`, `hours`,
 * `minutes`, `met`, `yesNo`): null is the model's "no value" and shows as a dash. One figure therefore reads
 * the same in the terminal and in the documents.
 */
import type { MessageKey } from "../base/messages/index.js";
import type { Formatter } from "./format.js";

export interface Cells {
  none: string;
  size(gib: number | null): string;
  gib(gib: number | null): string;
  hours(hours: number | null): string;
  minutes(minutes: number | null): string;
  mbps(mbps: number | null): string;
  count(n: number | null): string;
  met(met: boolean | null): string;
  yesNo(yes: boolean): string;
}

export function cells(fmt: Formatter): Cells {
  const none = fmt.t("common.none");
  const or = <T>(value: T | null, show: (v: T) => string) => (value === null ? none : show(value));
  return {
    none,
    size: (g) => or(g, (v) => fmt.size(v)),
    gib: (g) => or(g, (v) => fmt.gib(v)),
    hours: (h) => or(h, (v) => fmt.hours(v)),
    minutes: (m) => or(m, (v) => fmt.hours(v / 60)),
    mbps: (m) => or(m, (v) => fmt.mbps(v)),
    count: (n) => or(n, (v) => fmt.count(v)),
    met: (m) => or(m, (v) => fmt.t(v ? "common.met" : "common.notMet")),
    yesNo: (y) => fmt.t(y ? "common.yes" : "common.no"),
  };
}

/** Column headings by key; a key list written in code is checked by the compiler. */
export const labels = (fmt: Formatter, keys: readonly MessageKey[]): string[] => keys.map((k) => fmt.t(k));
