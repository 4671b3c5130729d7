/**
 * Two processes side by side: Azure VM Backup in public Azure (Take Snapshot, then Transfer data to
 * vault, with its rules) and the agent-based backup the plan gives an Azure Stack Hub tenant. Each
 * column is a vertical chain of steps with arrows, and the rules listed beneath.
 */
import { escapeXml } from "../escape.js";
import { line, multiline, palette, rect, svgDocument, text, wrapText, type Svg } from "./svg.js";

export interface FlowColumn {
  title: string;
  steps: Array<{ title: string; detail: string }>;
  rules: string[];
}

export interface FlowsInput {
  id: string;
  title: string;
  columns: FlowColumn[];
  labels: { rules: string };
}

const COLUMN = 330;
const GAP = 30;
const FONT = 11;
const LINE = 14;

export function flowsSvg(input: FlowsInput): Svg {
  const colours = [palette.azure, palette.stack, palette.series[2]];
  const width = input.columns.length * COLUMN + (input.columns.length - 1) * GAP + 20;
  const out: string[] = [];
  const markerId = `${input.id}-arrow`;
  out.push(
    `<defs><marker id="${escapeXml(markerId)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${palette.muted}"/></marker></defs>`,
  );
  let height = 0;
  input.columns.forEach((column, c) => {
    const colour = colours[c % colours.length] ?? palette.azure;
    const x0 = 10 + c * (COLUMN + GAP);
    let y = 10;
    out.push(rect({ x: x0, y, width: COLUMN, height: 26, rx: 4, fill: colour }));
    out.push(
      text(column.title, {
        x: x0 + COLUMN / 2,
        y: y + 17,
        "font-size": 13,
        "font-weight": "bold",
        fill: "#ffffff",
        "text-anchor": "middle",
      }),
    );
    y += 40;
    column.steps.forEach((step, s) => {
      const titleLines = wrapText(`${s + 1}. ${step.title}`, COLUMN - 20, FONT + 1);
      const detailLines = wrapText(step.detail, COLUMN - 20, FONT - 1);
      const boxHeight = 12 + titleLines.length * LINE + detailLines.length * (LINE - 1) + 6;
      out.push(rect({ x: x0, y, width: COLUMN, height: boxHeight, rx: 6, fill: "#ffffff", stroke: colour, "stroke-width": 1.5, class: "step" }));
      out.push(multiline(titleLines, x0 + 10, y + 16, LINE, { "font-size": FONT + 1, "font-weight": "bold", fill: palette.ink }));
      out.push(multiline(detailLines, x0 + 10, y + 16 + titleLines.length * LINE, LINE - 1, { "font-size": FONT - 1, fill: palette.muted }));
      y += boxHeight;
      if (s < column.steps.length - 1) {
        out.push(
          line({
            x1: x0 + COLUMN / 2,
            y1: y + 2,
            x2: x0 + COLUMN / 2,
            y2: y + 18,
            stroke: palette.muted,
            "stroke-width": 1.5,
            "marker-end": `url(#${markerId})`,
          }),
        );
        y += 22;
      }
    });
    if (column.rules.length > 0) {
      y += 16;
      out.push(text(input.labels.rules, { x: x0, y, "font-size": FONT, "font-weight": "bold", fill: palette.ink }));
      y += 4;
      for (const rule of column.rules) {
        const lines = wrapText(rule, COLUMN - 16, FONT - 1);
        out.push(text("•", { x: x0 + 2, y: y + 12, "font-size": FONT - 1, fill: colour }));
        out.push(multiline(lines, x0 + 14, y + 12, LINE - 1, { "font-size": FONT - 1, fill: palette.ink }));
        y += lines.length * (LINE - 1) + 4;
      }
    }
    height = Math.max(height, y + 14);
  });
  return svgDocument(input.id, width, height, input.title, out);
}
