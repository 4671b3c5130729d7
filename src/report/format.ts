/**
 * Number, unit and date formatting per output language. Grouping and decimals come from Intl
 * (en-US, ja-JP); unit words come from the message catalogue, so the text does not change with the
 * ICU version's unit data. Formatting only rounds for display: it never computes a plan figure.
 */
import { interpolate, isMessageKey, template, type Lang, type MessageKey } from "../base/messages/index.js";
import { durationIn } from "../base/units.js";

const LOCALES: Record<Lang, string> = { en: "en-US", ja: "ja-JP" };

export class Formatter {
  readonly locale: string;
  private readonly numberFormats = new Map<number, Intl.NumberFormat>();

  constructor(readonly lang: Lang) {
    this.locale = LOCALES[lang];
  }

  /** A message with its `{placeholders}` filled; values are inserted as given (the caller escapes). */
  t(key: MessageKey, params: Record<string, unknown> = {}): string {
    return interpolate(template(this.lang, key), params, key);
  }

  /**
   * A message whose key is built from data (a finding code, a method id, a template's literal): checked
   * when it runs, since the compiler cannot see it. Prefer `t` wherever the key is written in code.
   */
  message(key: string, params: Record<string, unknown> = {}): string {
    if (!isMessageKey(key)) throw new Error(`message "${key}" is not in the catalogue (src/base/messages)`);
    return this.t(key, params);
  }

  has(key: string): key is MessageKey {
    return isMessageKey(key);
  }

  /** 1234.56 → "1,234.6" (ja-JP groups the same way). At most `digits` decimals, trailing zeros dropped. */
  number(value: number, digits = 1): string {
    if (!Number.isFinite(value)) throw new Error(`cannot format ${String(value)} as a number`);
    let format = this.numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(this.locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 });
      this.numberFormats.set(digits, format);
    }
    // Normalise -0 so a rounded tiny negative never prints as "-0".
    const text = format.format(value);
    return text === "-0" ? "0" : text;
  }

  /** Sizes: GiB below 10,240 GiB, TiB above (1 TiB = 1,024 GiB). */
  size(gib: number): string {
    if (Math.abs(gib) >= 10_240) return this.t("unit.tib", { n: this.number(gib / 1024, 1) });
    return this.t("unit.gib", { n: this.number(gib, gib < 10 ? 2 : 1) });
  }

  gib(gib: number): string {
    return this.t("unit.gib", { n: this.number(gib, 1) });
  }

  mbps(value: number): string {
    return this.t("unit.mbps", { n: this.number(value, 1) });
  }

  mbytesPerSecond(value: number): string {
    return this.t("unit.mbytesPerSecond", { n: this.number(value, 1) });
  }

  /** Durations in hours: "45 min" under an hour, "8.5 h" above, "3.2 days" from 48 h. */
  hours(value: number): string {
    if (!Number.isFinite(value)) return this.t("unit.never");
    const d = durationIn(value, 48);
    return this.t(`unit.${d.unit}`, { n: this.number(d.value, d.unit === "minutes" ? 0 : 1) });
  }

  days(value: number): string {
    return this.t("unit.days", { n: this.number(value, 1) });
  }

  /** 0.85 → "85 %" style; the input is a share (0..1). */
  share(value: number): string {
    return this.t("unit.percent", { n: this.number(value * 100, 1) });
  }

  /** Input already in percent (0..100). */
  percent(value: number): string {
    return this.t("unit.percent", { n: this.number(value, 1) });
  }

  count(value: number): string {
    return this.number(value, 0);
  }

  /** A timestamp for --timestamp, always shown in UTC so readers in any zone see the same text. */
  date(value: Date): string {
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "UTC",
      hourCycle: "h23",
    }).format(value);
  }
}
