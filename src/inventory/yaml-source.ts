/**
 * Parses YAML with js-yaml and remembers where every node started, so that an error found later, by
 * the schema or by a semantic rule, can name the file, line and column of the field it is about.
 *
 * js-yaml reports positions only for syntax errors; its `listener` option, however, is told when each
 * node opens and closes. Nodes nest, so a stack of open frames rebuilds the node tree: a mapping's
 * children alternate key, value; a sequence's children are its items.
 */
import yaml from "js-yaml";
import type { PathSegment, SourcePosition } from "../base/path.js";

interface NodeFrame {
  start: number;
  result: unknown;
  children: NodeFrame[];
}

/** Limits that keep hostile input from exhausting memory or time (docs/tenant-yaml.md, "Limits"). */
export const YAML_LIMITS = {
  /** Deepest nesting accepted; a real tenant.yaml nests about 10 levels. */
  maxDepth: 64,
  /** Nodes after aliases are expanded; the 10,000-VM benchmark tenant has about 1.5 million. */
  maxExpandedNodes: 5_000_000,
} as const;

export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: SourcePosition | undefined,
  ) {
    super(message);
    this.name = "YamlSyntaxError";
  }
}

export class YamlSource {
  private readonly lineStarts: number[];

  private constructor(
    readonly text: string,
    readonly value: unknown,
    private readonly root: NodeFrame | undefined,
  ) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  static parse(text: string, filename: string): YamlSource {
    const stack: NodeFrame[] = [{ start: 0, result: undefined, children: [] }];
    let value: unknown;
    try {
      value = yaml.load(text, {
        filename,
        maxDepth: YAML_LIMITS.maxDepth,
        listener(event, state) {
          if (event === "open") {
            stack.push({ start: state.position, result: undefined, children: [] });
          } else {
            const frame = stack.pop()!;
            frame.result = state.result;
            stack[stack.length - 1]!.children.push(frame);
          }
        },
      } as yaml.LoadOptions);
    } catch (error) {
      if (error instanceof yaml.YAMLException) {
        const mark = error.mark as { line?: number; column?: number } | undefined;
        const position = mark && typeof mark.line === "number" ? { line: mark.line + 1, column: (mark.column ?? 0) + 1 } : undefined;
        throw new YamlSyntaxError(error.reason || error.message, position);
      }
      throw error;
    }
    assertExpansionWithinLimit(value);
    const root = stack[0]!.children.at(-1);
    return new YamlSource(text, value, root);
  }

  /**
   * Where the field at `path` starts: the key of the last segment when it exists, else the nearest
   * existing ancestor (a missing field is reported at the object that lacks it).
   */
  locate(path: readonly PathSegment[]): SourcePosition | undefined {
    let frame = this.root;
    if (!frame) return undefined;
    let best = frame.start;
    for (const segment of path) {
      const next = childFrame(frame, segment);
      if (!next) break;
      best = next.keyStart ?? next.frame.start;
      frame = next.frame;
    }
    return this.positionOf(best);
  }

  private positionOf(offset: number): SourcePosition {
    // The listener reports a node's start before any leading blanks; point at the first real character.
    let at = offset;
    while (at < this.text.length && " \t\r\n".includes(this.text[at]!)) at++;
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - this.lineStarts[low]! + 1 };
  }
}

function childFrame(frame: NodeFrame, segment: PathSegment): { frame: NodeFrame; keyStart?: number } | undefined {
  const container = frame.result;
  // A node whose composition delegated to one child (a plain scalar) has that child as its only frame.
  const children = frame.children.length === 1 && frame.children[0]!.result === container ? frame.children[0]!.children : frame.children;
  if (Array.isArray(container)) {
    if (typeof segment !== "number") return undefined;
    const item = children[segment];
    return item ? { frame: item } : undefined;
  }
  if (container !== null && typeof container === "object") {
    for (let i = 0; i + 1 < children.length; i += 2) {
      if (String(children[i]!.result) === String(segment)) return { frame: children[i + 1]!, keyStart: children[i]!.start };
    }
  }
  return undefined;
}

/** Aliases share one object in memory but are walked once per use: bound the walk before validation does it. */
function assertExpansionWithinLimit(value: unknown): void {
  const sizes = new Map<object, number>();
  const open = new Set<object>();
  const sizeOf = (node: unknown): number => {
    if (node === null || typeof node !== "object") return 1;
    const known = sizes.get(node);
    if (known !== undefined) return known;
    if (open.has(node)) throw new YamlSyntaxError("an alias refers to a node that contains it (a cycle)", undefined);
    open.add(node);
    let total = 1;
    for (const child of Object.values(node)) {
      total += sizeOf(child);
      if (total > YAML_LIMITS.maxExpandedNodes) break;
    }
    open.delete(node);
    sizes.set(node, total);
    return total;
  };
  if (sizeOf(value) > YAML_LIMITS.maxExpandedNodes) {
    throw new YamlSyntaxError(
      `the document expands to more than ${YAML_LIMITS.maxExpandedNodes.toLocaleString("en-US")} nodes through anchors and aliases`,
      undefined,
    );
  }
}
