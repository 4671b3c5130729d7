/**
 * The backup window as a timeline: one bar per VM over the night, the tiers' windows shaded behind,
 * and below it the WAN load to the target against the link's usable capacity. Pure: the planner
 * supplies every start, duration and load; this only lays them out.
 */
import { clock } from "../../base/units.js";
import { line, palette, rect, svgDocument, text, textWidth, type Svg } from "./svg.js";

export interface TimelineRow {
  label: string;
  /** Hours after the chart's origin. */
  startHours: number;
  durationHours: number;
  /** Does the job finish inside its tier's window? Late bars are drawn in the warning colour. */
  withinWindow: boolean;
  tooltip: string;
}

export interface TimelineInput {
  id: string;
  title: string;
  /** Clock time of x = 0, minutes after midnight (in the plan's time zone). */
  originMinutes: number;
  spanHours: number;
  windows: Array<{ label: string; startHours: number; durationHours: number }>;
  rows: TimelineRow[];
  /** Average WAN load in each interval, Mbit/s. */
  load: Array<{ startHours: number; endHours: number; mbps: number }>;
  capacityMbps: number;
  labels: { load: string; capacity: string; lateLegend: string; onTimeLegend: string };
  formatMbps: (value: number) => string;
}

const ROW = 18;
const FONT = 11;

export function timelineSvg(input: TimelineInput): Svg {
  const labelWidth = Math.min(220, Math.max(80, ...input.rows.map((r) => textWidth(r.label, FONT) + 12)));
  const plotWidth = 640;
  const left = labelWidth;
  const top = 16 + input.windows.length * 11;
  const span = Math.max(1, input.spanHours);
  const x = (hours: number) => left + (Math.min(Math.max(hours, 0), span) / span) * plotWidth;
  const barsHeight = Math.max(1, input.rows.length) * ROW;
  const loadTop = top + barsHeight + 34;
  const loadHeight = 90;
  const height = loadTop + loadHeight + 44;
  const width = left + plotWidth + 20;
  const out: string[] = [];

  // Tier windows, shaded behind the bars, labelled at the top.
  input.windows.forEach((w, i) => {
    const x0 = x(w.startHours);
    const x1 = x(w.startHours + w.durationHours);
    out.push(
      rect(
        {
          x: x0,
          y: top - 4 + i * 2,
          width: Math.max(1, x1 - x0),
          height: barsHeight + 4,
          fill: palette.window,
          stroke: palette.grid,
          class: "window",
        },
        w.label,
      ),
    );
    out.push(text(w.label, { x: x0 + 3, y: top - 8 - i * 11, "font-size": 9, fill: palette.muted }));
  });

  // Hour grid and clock labels.
  const step = span > 16 ? 2 : 1;
  for (let h = 0; h <= span; h += step) {
    const gx = x(h);
    out.push(line({ x1: gx, y1: top - 4, x2: gx, y2: loadTop + loadHeight, stroke: palette.grid, "stroke-width": 0.5 }));
    out.push(
      text(clock(input.originMinutes + h * 60), {
        x: gx,
        y: loadTop + loadHeight + 14,
        "font-size": 9,
        fill: palette.muted,
        "text-anchor": "middle",
      }),
    );
  }

  input.rows.forEach((row, i) => {
    const y = top + i * ROW;
    out.push(text(row.label, { x: left - 6, y: y + 12, "font-size": FONT, fill: palette.ink, "text-anchor": "end" }));
    const x0 = x(row.startHours);
    const x1 = x(row.startHours + row.durationHours);
    out.push(
      rect(
        {
          x: x0,
          y: y + 3,
          width: Math.max(2, x1 - x0),
          height: ROW - 6,
          rx: 2,
          fill: row.withinWindow ? palette.ok : palette.late,
          class: "job",
        },
        row.tooltip,
      ),
    );
  });

  // WAN load: a step line of the average rate per interval, and the usable capacity as a dashed line.
  const peak = Math.max(input.capacityMbps, ...input.load.map((l) => l.mbps), 1) * 1.1;
  const y = (mbps: number) => loadTop + loadHeight - (mbps / peak) * loadHeight;
  out.push(rect({ x: left, y: loadTop, width: plotWidth, height: loadHeight, fill: "none", stroke: palette.grid }));
  for (const segment of input.load) {
    const x0 = x(segment.startHours);
    const x1 = x(segment.endHours);
    out.push(
      rect({
        x: x0,
        y: y(segment.mbps),
        width: Math.max(1, x1 - x0),
        height: y(0) - y(segment.mbps),
        fill: palette.load,
        "fill-opacity": 0.35,
        class: "load",
      }),
    );
  }
  out.push(
    line({
      x1: left,
      y1: y(input.capacityMbps),
      x2: left + plotWidth,
      y2: y(input.capacityMbps),
      stroke: palette.capacity,
      "stroke-dasharray": "5 3",
      "stroke-width": 1.2,
    }),
  );
  out.push(
    text(`${input.labels.capacity}: ${input.formatMbps(input.capacityMbps)}`, {
      x: left + plotWidth - 4,
      y: y(input.capacityMbps) - 4,
      "font-size": 10,
      fill: palette.capacity,
      "text-anchor": "end",
    }),
  );
  out.push(text(input.labels.load, { x: left - 6, y: loadTop + 12, "font-size": FONT, fill: palette.ink, "text-anchor": "end" }));
  out.push(text(input.formatMbps(0), { x: left - 6, y: loadTop + loadHeight, "font-size": 9, fill: palette.muted, "text-anchor": "end" }));

  // Legend.
  const legendY = height - 10;
  out.push(rect({ x: left, y: legendY - 9, width: 12, height: 9, fill: palette.ok }));
  out.push(text(input.labels.onTimeLegend, { x: left + 16, y: legendY, "font-size": 10, fill: palette.ink }));
  const lateX = left + 30 + textWidth(input.labels.onTimeLegend, 10);
  out.push(rect({ x: lateX, y: legendY - 9, width: 12, height: 9, fill: palette.late }));
  out.push(text(input.labels.lateLegend, { x: lateX + 16, y: legendY, "font-size": 10, fill: palette.ink }));

  return svgDocument(input.id, width, height, input.title, out);
}
