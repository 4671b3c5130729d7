/** Diagram builders: pure, well-formed, with every label escaped and a size from their data. */
import { describe, expect, it } from "vitest";
import { failoverSvg } from "../../src/report/svg/failover.js";
import { flowsSvg } from "../../src/report/svg/flows.js";
import { dayTicks, storageSvg } from "../../src/report/svg/storage.js";
import { textWidth } from "../../src/report/svg/svg.js";
import { wrapText } from "../../src/report/svg/svg.js";
import { timelineSvg } from "../../src/report/svg/timeline.js";

const evil = `<script>alert("x")</script> & 'q'`;

/** Text outside tags must not hold "<" or a bare "&": a cheap well-formedness check on what builders emit. */
function assertEscaped(markup: string): void {
  expect(markup).not.toContain("<script");
  for (const m of markup.matchAll(/>([^<]*)</g)) expect(m[1]).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
  const opened = (markup.match(/<(?!\/)[a-z]+[^>]*[^/]>|<[a-z]+>/g) ?? []).length;
  const closed = (markup.match(/<\/[a-z]+>/g) ?? []).length;
  expect(opened).toBe(closed);
}

describe("diagram builders", () => {
  it("timeline: one bar per row, late rows in the warning colour, labels escaped", () => {
    const svg = timelineSvg({
      id: "timeline",
      title: evil,
      originMinutes: 22 * 60,
      spanHours: 8,
      windows: [{ label: evil, startHours: 0, durationHours: 8 }],
      rows: [
        { label: evil, startHours: 0, durationHours: 1, withinWindow: true, tooltip: evil },
        { label: "late", startHours: 7, durationHours: 2, withinWindow: false, tooltip: "late" },
      ],
      load: [{ startHours: 0, endHours: 1, mbps: 100 }],
      capacityMbps: 160,
      labels: { load: evil, capacity: evil, lateLegend: evil, onTimeLegend: evil },
      formatMbps: (n) => `${n} Mbit/s`,
    }).markup;
    assertEscaped(svg);
    expect(svg.match(/class="job"/g)).toHaveLength(2);
    expect(svg).toContain('fill="#d55e00" class="job"');
    expect(svg).toContain(">22:00<");
    expect(svg).toContain(">06:00<");
  });

  it("storage: a stacked area per series, axis labels from the formatter", () => {
    const svg = storageSvg({
      id: "storage",
      title: evil,
      days: [0, 7, 14],
      series: [
        { label: evil, gib: [10, 20, 30] },
        { label: "b", gib: [5, 5, 5] },
      ],
      labels: { xAxis: evil, yAxis: evil },
      formatSize: (g) => `${g} GiB`,
      formatDay: (d) => `day ${d}`,
    }).markup;
    assertEscaped(svg);
    expect(svg.match(/class="series"/g)).toHaveLength(2);
    expect(svg).toContain(">day 14<");
  });

  it("storage: day labels a stride apart never collide, whatever the horizon and the label's length", () => {
    const samples = [0, 1, 7, 14, 30, 60, 90, 180, 365, 730, 1095, 1460, 1825, 2555, 3650];
    for (const horizon of [1, 7, 35, 100, 365, 400, 1000, 2555, 3650]) {
      const days = [...new Set([...samples.filter((d) => d < horizon), horizon])];
      for (const formatDay of [
        (d: number) => `day ${d}`,
        (d: number) => `${d}日目の保管量`,
        (d: number) => `after ${d.toLocaleString("en")} days of retention`,
      ]) {
        const ticks = dayTicks(days, 600, formatDay);
        expect(ticks.length, `horizon ${horizon}`).toBeGreaterThan(0);
        const x = (d: number) => (d / Math.max(1, ...days)) * 600;
        for (let i = 1; i < ticks.length; i++) {
          const room = (textWidth(formatDay(ticks[i - 1]!), 9) + textWidth(formatDay(ticks[i]!), 9)) / 2;
          expect(x(ticks[i]!) - x(ticks[i - 1]!), `horizon ${horizon}: ${formatDay(ticks[i - 1]!)} and ${formatDay(ticks[i]!)}`).toBeGreaterThanOrEqual(room);
        }
      }
    }
  });

  it("failover: a box per VM in its layer and an arrow per dependency", () => {
    const svg = failoverSvg({
      id: "failover",
      title: evil,
      layers: [
        { label: "1", nodes: [{ id: "a", label: evil, detail: evil, tooltip: evil }] },
        {
          label: "2",
          nodes: [
            { id: "b", label: "b", detail: "", tooltip: "" },
            { id: "c", label: "c", detail: "", tooltip: "" },
          ],
        },
      ],
      edges: [
        { from: "a", to: "b" },
        { from: "a", to: "c" },
        { from: "a", to: "missing" },
      ],
    }).markup;
    assertEscaped(svg);
    expect(svg.match(/class="node"/g)).toHaveLength(3);
    expect(svg.match(/class="edge"/g)).toHaveLength(2);
  });

  it("flows: a box per step in each column", () => {
    const svg = flowsSvg({
      id: "flows",
      title: evil,
      labels: { rules: evil },
      columns: [
        {
          title: evil,
          steps: [
            { title: evil, detail: evil },
            { title: "b", detail: "b" },
          ],
          rules: [evil],
        },
        { title: "s", steps: [{ title: "c", detail: "c" }], rules: [] },
      ],
    }).markup;
    assertEscaped(svg);
    expect(svg.match(/class="step"/g)).toHaveLength(3);
  });

  it("the small example's failover graph has an arrow per resolved dependency", async () => {
    const { examplePlan } = await import("./plans.js");
    const { renderPlan } = await import("../../src/report/render.js");
    const plan = await examplePlan("small");
    const dependencies = plan.bcdr.vms.reduce((n, v) => n + (v.dependsOn ?? []).length, 0);
    expect(dependencies).toBe(7); // sql01, fs01 → dc01; app01 → sql01; web01, web02 → app01, sql01
    const html = renderPlan(plan, { lang: "en" }).get("report.html") ?? "";
    const failover = /<svg id="failover"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(failover.match(/class="edge"/g)).toHaveLength(dependencies);
  });

  it("wraps Japanese without spaces and English at spaces", () => {
    expect(wrapText("バックアップはエージェントで取得します", 60, 10).length).toBeGreaterThan(1);
    expect(wrapText("one two three four five six", 60, 10).every((l) => !l.startsWith(" "))).toBe(true);
    expect(wrapText("one two three four five six", 60, 10).join(" ")).toBe("one two three four five six");
  });
});
