/**
 * Diagram primitives. A diagram is an `Svg`: the only value the report's `svg` helper inserts without
 * escaping, so every builder must escape its text with `escapeXml` (all of them go through `text()`).
 */
import { roundTo } from "../../base/units.js";
import { escapeXml } from "../escape.js";

export class Svg {
  constructor(readonly markup: string) {}
}

/** Coordinates rounded to 0.1 px: stable text, and no float noise in golden files. */
export const px = (n: number): string => {
  const r = roundTo(n, 1);
  return Object.is(r, -0) ? "0" : String(r);
};

export function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? px(v) : escapeXml(v as string)}"`)
    .join("");
}

export function text(content: string, values: Record<string, string | number | undefined>): string {
  return `<text${attrs(values)}>${escapeXml(content)}</text>`;
}

export function rect(values: Record<string, string | number | undefined>, title?: string): string {
  return title === undefined ? `<rect${attrs(values)}/>` : `<rect${attrs(values)}><title>${escapeXml(title)}</title></rect>`;
}

export function line(values: Record<string, string | number | undefined>): string {
  return `<line${attrs(values)}/>`;
}

export function path(values: Record<string, string | number | undefined>): string {
  return `<path${attrs(values)}/>`;
}

/** The outer element: a viewBox so the page can scale it, a role and an accessible title. */
export function svgDocument(id: string, width: number, height: number, title: string, body: string[]): Svg {
  const markup =
    `<svg id="${escapeXml(id)}" class="diagram" data-diagram="${escapeXml(id)}"` +
    ` viewBox="0 0 ${px(width)} ${px(height)}" width="${px(width)}" height="${px(height)}" role="img" aria-labelledby="${escapeXml(id)}-title">` +
    `<title id="${escapeXml(id)}-title">${escapeXml(title)}</title>` +
    body.join("") +
    "</svg>";
  return new Svg(markup);
}

/** Roughly how wide a label is drawn: CJK characters take about a full em, others about 0.6 em. */
export function textWidth(content: string, fontSize: number): number {
  let width = 0;
  for (const ch of content) width += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.6;
  return width;
}

/**
 * Breaks a label into lines no wider than `maxWidth`: at spaces for words, anywhere between CJK
 * characters (Japanese has no spaces), and inside an over-long word only as a last resort.
 */
export function wrapText(content: string, maxWidth: number, fontSize: number): string[] {
  const tokens = content.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let current = "";
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (current !== "") current += " ";
      continue;
    }
    const candidate = current + token;
    if (textWidth(candidate.trimEnd(), fontSize) <= maxWidth || current.trim() === "") {
      current = candidate;
      // A single word wider than the line: cut it by characters.
      while (textWidth(current, fontSize) > maxWidth && [...current].length > 1) {
        let cut = "";
        for (const ch of current) {
          if (textWidth(cut + ch, fontSize) > maxWidth) break;
          cut += ch;
        }
        lines.push(cut);
        current = current.slice(cut.length);
      }
    } else {
      lines.push(current.trimEnd());
      current = token;
    }
  }
  if (current.trim() !== "") lines.push(current.trimEnd());
  return lines;
}

/** Several lines of text, one <tspan> each, starting at (x, y). */
export function multiline(lines: string[], x: number, y: number, lineHeight: number, values: Record<string, string | number | undefined>): string {
  const spans = lines.map((l, i) => `<tspan${attrs({ x, y: y + i * lineHeight })}>${escapeXml(l)}</tspan>`).join("");
  return `<text${attrs(values)}>${spans}</text>`;
}

/** Palette shared by the diagrams and the page's CSS (colour-blind-safe Okabe–Ito hues). */
export const palette = {
  ink: "#1f2933",
  muted: "#616e7c",
  grid: "#d9e2ec",
  window: "#e3f2fd",
  ok: "#009e73",
  late: "#d55e00",
  load: "#0072b2",
  capacity: "#d55e00",
  azure: "#0072b2",
  stack: "#009e73",
  series: ["#0072b2", "#009e73", "#e69f00", "#cc79a7", "#56b4e9", "#f0e442", "#d55e00"],
} as const;
