/**
 * Plain-text layout for the terminal: headings, "label  value" rows, aligned tables and lists. It knows
 * nothing about plans; the section renderers (terminal-*.ts) fill it from the view models. Colour is a
 * function the caller passes in (the CLI decides whether the terminal takes it), so this module never
 * writes escape codes itself.
 */

export type TextStyle = "red" | "yellow" | "green" | "dim" | "bold" | "cyan";
export type Paint = (style: TextStyle, text: string) => string;
export const noPaint: Paint = (_style, text) => text;

/** East Asian wide and fullwidth ranges (Unicode UAX #11, W and F): two terminal columns each. */
const WIDE: ReadonlyArray<[number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x20000, 0x3fffd],
];

/** Columns a string takes in a terminal: Japanese text is two columns a character, so padding by length misaligns it. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Combining marks and zero-width characters take no column.
    if ((code >= 0x300 && code <= 0x36f) || code === 0x200b || code === 0x200d || code === 0xfe0f) continue;
    width += WIDE.some(([lo, hi]) => code >= lo && code <= hi) ? 2 : 1;
  }
  return width;
}

const padEnd = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));
const padStart = (text: string, width: number) => " ".repeat(Math.max(0, width - displayWidth(text))) + text;

export interface TableSpec {
  header: string[];
  rows: string[][];
  /** Columns (by index) that hold figures and align right. */
  right?: readonly number[];
  /** A style per row (by index), e.g. yellow for an unprotected VM. */
  styles?: ReadonlyArray<TextStyle | undefined>;
}

export class TextDocument {
  private readonly lines: string[] = [];

  constructor(private readonly paint: Paint = noPaint) {}

  line(text = "", style?: TextStyle): this {
    this.lines.push(style ? this.paint(style, text) : text);
    return this;
  }

  /** A section title (level 1, flush left, after a blank line) or a subsection (level 2, indented). */
  heading(text: string, level: 1 | 2 = 1): this {
    if (level === 1) {
      if (this.lines.length > 0) this.line();
      return this.line(this.paint("bold", text));
    }
    return this.line(`  ${this.paint("bold", text)}`);
  }

  /** "label  value" rows with the values aligned in one column. */
  facts(rows: ReadonlyArray<{ label: string; value: string }>, indent = 4): this {
    const width = Math.max(0, ...rows.map((r) => displayWidth(r.label)));
    for (const r of rows) this.line(`${" ".repeat(indent)}${padEnd(r.label, width)}  ${r.value}`.trimEnd());
    return this;
  }

  list(items: readonly string[], indent = 4, style?: TextStyle): this {
    for (const item of items) this.line(`${" ".repeat(indent)}- ${item}`, style);
    return this;
  }

  table(spec: TableSpec, indent = 4): this {
    const right = new Set(spec.right ?? []);
    const widths = spec.header.map((h, i) => Math.max(displayWidth(h), ...spec.rows.map((r) => displayWidth(r[i] ?? ""))));
    const layout = (cells: readonly string[]) =>
      `${" ".repeat(indent)}${cells.map((c, i) => (right.has(i) ? padStart(c, widths[i]!) : padEnd(c, widths[i]!))).join("  ")}`.trimEnd();
    this.line(layout(spec.header), "dim");
    spec.rows.forEach((r, i) => this.line(layout(r), spec.styles?.[i]));
    return this;
  }

  toString(): string {
    return this.lines.length > 0 ? `${this.lines.join("\n")}\n` : "";
  }
}
