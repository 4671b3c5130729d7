/**
 * The failover order as a layered graph: one column per wave (layer) from left to right, a box per
 * VM, and an arrow from each dependency to the VM that needs it. The planner supplies the layers and
 * edges (a topological order); this only places them.
 */
import { escapeXml } from "../escape.js";
import { palette, path, px, rect, svgDocument, text, textWidth, wrapText, multiline, type Svg } from "./svg.js";

export interface FailoverInput {
  id: string;
  title: string;
  layers: Array<{ label: string; nodes: Array<{ id: string; label: string; detail: string; tooltip: string }> }>;
  /** Dependency → dependent, by node id. */
  edges: Array<{ from: string; to: string }>;
  /** Without per-VM edges, draw one arrow from each layer to the next (a layer starts after the one before). */
  groupEdges?: boolean;
}

const NODE_HEIGHT = 40;
const V_GAP = 14;
const H_GAP = 60;
const FONT = 11;
const MAX_ROWS = 12;

export function failoverSvg(input: FailoverInput): Svg {
  const allLabels = input.layers.flatMap((l) => l.nodes.map((n) => n.label));
  const nodeWidth = Math.min(200, Math.max(110, ...allLabels.map((l) => textWidth(l, FONT) + 20)));
  const top = 36;
  const positions = new Map<string, { x: number; y: number }>();
  const out: string[] = [];
  const markerId = `${input.id}-arrow`;
  out.push(
    `<defs><marker id="${escapeXml(markerId)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${palette.muted}"/></marker></defs>`,
  );
  // A layer with many VMs wraps into several sub-columns of at most MAX_ROWS boxes, so the graph stays readable.
  const columnsOf = (n: number) => Math.max(1, Math.ceil(n / MAX_ROWS));
  const tallest = Math.min(MAX_ROWS, Math.max(1, ...input.layers.map((l) => l.nodes.length)));
  const height = top + tallest * (NODE_HEIGHT + V_GAP) + 10;
  let x0 = 10;
  input.layers.forEach((layer) => {
    const columns = columnsOf(layer.nodes.length);
    const layerWidth = columns * nodeWidth + (columns - 1) * 16;
    out.push(
      text(layer.label, {
        x: x0 + layerWidth / 2,
        y: 20,
        "font-size": FONT,
        "font-weight": "bold",
        fill: palette.ink,
        "text-anchor": "middle",
      }),
    );
    layer.nodes.forEach((node, n) => {
      positions.set(node.id, { x: x0 + Math.floor(n / MAX_ROWS) * (nodeWidth + 16), y: top + (n % MAX_ROWS) * (NODE_HEIGHT + V_GAP) });
    });
    x0 += layerWidth + H_GAP;
  });
  // Edges first, so boxes sit on top of them.
  const edges = [...input.edges];
  if (edges.length === 0 && input.groupEdges) {
    input.layers.forEach((layer, l) => {
      const next = input.layers[l + 1];
      const from = layer.nodes[0];
      const to = next?.nodes[0];
      if (from && to) edges.push({ from: from.id, to: to.id });
    });
  }
  for (const edge of edges) {
    const from = positions.get(edge.from);
    const to = positions.get(edge.to);
    if (!from || !to) continue;
    const x1 = from.x + nodeWidth;
    const y1 = from.y + NODE_HEIGHT / 2;
    const x2 = to.x - 2;
    const y2 = to.y + NODE_HEIGHT / 2;
    const mid = (x1 + x2) / 2;
    out.push(
      path({
        d: `M${px(x1)},${px(y1)} C${px(mid)},${px(y1)} ${px(mid)},${px(y2)} ${px(x2)},${px(y2)}`,
        fill: "none",
        stroke: palette.muted,
        "stroke-width": 1.2,
        "marker-end": `url(#${markerId})`,
        class: "edge",
      }),
    );
  }
  input.layers.forEach((layer, l) => {
    const colour = palette.series[l % palette.series.length] ?? palette.load;
    for (const node of layer.nodes) {
      const p = positions.get(node.id);
      if (!p) continue;
      out.push(
        rect(
          {
            x: p.x,
            y: p.y,
            width: nodeWidth,
            height: NODE_HEIGHT,
            rx: 6,
            fill: "#ffffff",
            stroke: colour,
            "stroke-width": 2,
            class: "node",
          },
          node.tooltip,
        ),
      );
      const lines = wrapText(node.label, nodeWidth - 12, FONT).slice(0, 1);
      out.push(multiline(lines, p.x + 8, p.y + 16, 13, { "font-size": FONT, "font-weight": "bold", fill: palette.ink }));
      out.push(
        multiline(wrapText(node.detail, nodeWidth - 12, FONT - 2).slice(0, 1), p.x + 8, p.y + 31, 12, {
          "font-size": FONT - 2,
          fill: palette.muted,
        }),
      );
    }
  });
  const width = x0 - H_GAP + 10;
  return svgDocument(input.id, Math.max(width, 200), height, input.title, out);
}
