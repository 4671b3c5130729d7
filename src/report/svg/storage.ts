/**
 * Storage at the target over the retention period: stacked areas, one per tier (or any series the
 * planner gives), over days since the first full backup. The planner computes every value.
 */
import { line, palette, path, px, rect, svgDocument, text, textWidth, type Svg } from "./svg.js";

export interface StorageInput {
  id: string;
  title: string;
  /** Day numbers of the samples (x axis). */
  days: number[];
  series: Array<{ label: string; gib: number[] }>;
  labels: { xAxis: string; yAxis: string };
  formatSize: (gib: number) => string;
  formatDay: (day: number) => string;
}

export function storageSvg(input: StorageInput): Svg {
  const left = 80;
  const top = 20;
  const plotWidth = 600;
  const plotHeight = 220;
  const width = left + plotWidth + 30;
  const legendRows = input.series.length;
  const height = top + plotHeight + 46 + legendRows * 16;
  const n = input.days.length;
  const maxDay = Math.max(1, ...input.days);
  const minDay = Math.min(0, ...input.days);
  const totals = input.days.map((_, i) => input.series.reduce((sum, s) => sum + (s.gib[i] ?? 0), 0));
  const peak = Math.max(1, ...totals) * 1.1;
  const x = (day: number) => left + ((day - minDay) / (maxDay - minDay || 1)) * plotWidth;
  const y = (gib: number) => top + plotHeight - (gib / peak) * plotHeight;
  const out: string[] = [];

  // Grid: five value lines, and day labels a whole stride apart (dayTicks).
  for (let i = 0; i <= 4; i += 1) {
    const value = (peak / 1.1) * (i / 4);
    out.push(line({ x1: left, y1: y(value), x2: left + plotWidth, y2: y(value), stroke: palette.grid, "stroke-width": 0.5 }));
    out.push(text(input.formatSize(value), { x: left - 6, y: y(value) + 3, "font-size": 9, fill: palette.muted, "text-anchor": "end" }));
  }
  for (const day of dayTicks(input.days, plotWidth, input.formatDay)) {
    out.push(text(input.formatDay(day), { x: x(day), y: top + plotHeight + 14, "font-size": DAY_FONT, fill: palette.muted, "text-anchor": "middle" }));
  }

  // Stacked areas, bottom series first.
  const base = input.days.map(() => 0);
  input.series.forEach((series, s) => {
    const upper = base.map((b, i) => b + (series.gib[i] ?? 0));
    if (n > 0) {
      const forward = input.days.map((day, i) => `${i === 0 ? "M" : "L"}${px(x(day))},${px(y(upper[i] ?? 0))}`);
      const back = [...input.days].reverse().map((day, j) => `L${px(x(day))},${px(y(base[n - 1 - j] ?? 0))}`);
      const colour = palette.series[s % palette.series.length] ?? palette.load;
      out.push(
        path({
          d: `${forward.join(" ")} ${back.join(" ")} Z`,
          fill: colour,
          "fill-opacity": 0.55,
          stroke: colour,
          "stroke-width": 1,
          class: "series",
        }),
      );
    }
    upper.forEach((u, i) => (base[i] = u));
  });
  out.push(rect({ x: left, y: top, width: plotWidth, height: plotHeight, fill: "none", stroke: palette.grid }));
  out.push(
    text(input.labels.xAxis, {
      x: left + plotWidth / 2,
      y: top + plotHeight + 30,
      "font-size": 10,
      fill: palette.ink,
      "text-anchor": "middle",
    }),
  );
  out.push(text(input.labels.yAxis, { x: 4, y: top - 6, "font-size": 10, fill: palette.ink }));

  input.series.forEach((series, s) => {
    const ly = top + plotHeight + 46 + s * 16;
    const colour = palette.series[s % palette.series.length] ?? palette.load;
    out.push(rect({ x: left, y: ly - 9, width: 12, height: 9, fill: colour, "fill-opacity": 0.55 }));
    out.push(text(series.label, { x: left + 16, y: ly, "font-size": 10, fill: palette.ink }));
  });
  return svgDocument(input.id, width, height, input.title, out);
}

/** Font size of the day labels under the chart. */
const DAY_FONT = 9;
/** Space kept between two day labels, in the chart's units (they scale with it, so the gap holds at every width). */
const DAY_LABEL_GAP = 8;
/** Strides tried for the day labels, in days: calendar-friendly steps (a week, a month, a quarter, a year), the first that fits wins. */
const DAY_STRIDES = [1, 2, 5, 7, 14, 30, 60, 90, 180, 365, 730, 1825, 3650];

/**
 * The days labelled under the chart: every multiple of the smallest stride whose labels, drawn centred at their day,
 * leave DAY_LABEL_GAP between them (widths from textWidth, the widest label counted), and the last day when it fits
 * too. The samples themselves are spaced unevenly (day 0, 1, 7, 14, 30, ...), so labelling samples made labels collide.
 */
export function dayTicks(days: readonly number[], plotWidth: number, formatDay: (day: number) => string): number[] {
  if (days.length === 0) return [];
  const minDay = Math.min(0, ...days);
  const maxDay = Math.max(1, ...days);
  const perDay = plotWidth / (maxDay - minDay || 1);
  const widest = (ticks: readonly number[]) => Math.max(0, ...ticks.map((d) => textWidth(formatDay(d), DAY_FONT)));
  const ticksOf = (stride: number) => {
    const out: number[] = [];
    for (let day = Math.ceil(minDay / stride) * stride; day <= maxDay; day += stride) out.push(day);
    return out;
  };
  for (const stride of DAY_STRIDES) {
    const ticks = ticksOf(stride);
    const room = widest([...ticks, maxDay]) + DAY_LABEL_GAP;
    if (stride * perDay < room) continue;
    const last = ticks[ticks.length - 1]!;
    if (last !== maxDay && (maxDay - last) * perDay >= room) ticks.push(maxDay);
    return ticks;
  }
  return [minDay];
}
