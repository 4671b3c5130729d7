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

/**
 * The node tree the listener reports, in flat arrays: node 0 is a frame around the document, each later node is one
 * `open` … `close` pair, numbered by its opening. A 10,000-VM tenant has about 1.4 million nodes; one object and one
 * child array per node cost more than js-yaml's own parse.
 */
class NodeTree {
  start: Int32Array<ArrayBuffer>;
  /** 0 for none (node 0 is never a child). Children are linked newest first, and put in order when listed. */
  firstChild: Int32Array<ArrayBuffer>;
  nextSibling: Int32Array<ArrayBuffer>;
  /** The node's value when it closed (js-yaml's `state.result`). */
  readonly result: unknown[] = [undefined];
  size = 1;
  /** Each node's children in document order, made when `locate` first walks through it. */
  private readonly childLists = new Map<number, number[]>();

  /** Room for `capacity` nodes; it grows when more come. */
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
  }

  open(start: number): number {
    if (this.size === this.start.length) this.grow();
    const id = this.size++;
    this.start[id] = start;
    this.result.push(undefined);
    return id;
  }

  close(id: number, parent: number, result: unknown): void {
    this.result[id] = result;
    this.nextSibling[id] = this.firstChild[parent]!;
    this.firstChild[parent] = id;
  }

  /** The node's only child, or 0 when it has none or several. */
  onlyChild(id: number): number {
    const first = this.firstChild[id]!;
    return first !== 0 && this.nextSibling[first] === 0 ? first : 0;
  }

  /** The last child to close (0: none). */
  lastChild(id: number): number {
    return this.firstChild[id]!;
  }

  children(id: number): number[] {
    let list = this.childLists.get(id);
    if (!list) {
      list = [];
      for (let c = this.firstChild[id]!; c !== 0; c = this.nextSibling[c]!) list.push(c);
      list.reverse();
      this.childLists.set(id, list);
    }
    return list;
  }

  private grow(): void {
    const more = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const a = new Int32Array(old.length * 2);
      a.set(old);
      return a;
    };
    this.start = more(this.start);
    this.firstChild = more(this.firstChild);
    this.nextSibling = more(this.nextSibling);
  }
}

/** Limits that keep hostile input from exhausting memory or time (docs/tenant-yaml.md, "Limits"). */
export const YAML_LIMITS = {
  /** Deepest nesting accepted; a real tenant.yaml nests about 10 levels. */
  maxDepth: 64,
  /** Nodes after aliases are expanded; the 10,000-VM benchmark tenant has about 1.5 million, so 20 million holds about 130,000 VMs, as MAX_INPUT_BYTES does. */
  maxExpandedNodes: 20_000_000,
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
  private lineStartsMade: number[] | undefined;

  private constructor(
    readonly text: string,
    readonly value: unknown,
    private readonly tree: NodeTree,
    /** The document's node, or 0 for an empty document. */
    private readonly root: number,
  ) {}

  static parse(text: string, filename: string): YamlSource {
    // About one node per 7 bytes in the generated tenants: room for most files without growing.
    const tree = new NodeTree(Math.max(1024, Math.ceil(text.length / 6)));
    const stack: number[] = [0];
    let value: unknown;
    try {
      value = yaml.load(text, {
        filename,
        maxDepth: YAML_LIMITS.maxDepth,
        listener(event, state) {
          if (event === "open") stack.push(tree.open(state.position));
          else {
            const id = stack.pop()!;
            tree.close(id, stack[stack.length - 1]!, state.result);
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
    // Without an anchor ("&") there is no alias, so no node is shared and the value has no more nodes than the
    // listener saw: the walk that bounds the expansion can only pass, and is skipped.
    if (text.includes("&") || tree.size - 1 > YAML_LIMITS.maxExpandedNodes) assertExpansionWithinLimit(value);
    return new YamlSource(text, value, tree, tree.lastChild(0));
  }

  /**
   * Where the field at `path` starts: the key of the last segment when it exists, else the nearest
   * existing ancestor (a missing field is reported at the object that lacks it).
   */
  locate(path: readonly PathSegment[]): SourcePosition | undefined {
    let node = this.root;
    if (node === 0) return undefined;
    let best = this.tree.start[node]!;
    for (const segment of path) {
      const next = childNode(this.tree, node, segment);
      if (!next) break;
      best = next.keyStart ?? this.tree.start[next.node]!;
      node = next.node;
    }
    return this.positionOf(best);
  }

  private get lineStarts(): number[] {
    if (!this.lineStartsMade) {
      const starts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) starts.push(i + 1);
      this.lineStartsMade = starts;
    }
    return this.lineStartsMade;
  }

  private positionOf(offset: number): SourcePosition {
    // The listener reports a node's start before any leading blanks; point at the first real character.
    let at = offset;
    while (at < this.text.length && " \t\r\n".includes(this.text[at]!)) at++;
    const lineStarts = this.lineStarts;
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: at - lineStarts[low]! + 1 };
  }
}

function childNode(tree: NodeTree, node: number, segment: PathSegment): { node: number; keyStart?: number } | undefined {
  const container = tree.result[node];
  // A node whose composition delegated to one child (a plain scalar) has that child as its only node.
  const only = tree.onlyChild(node);
  const children = only !== 0 && tree.result[only] === container ? tree.children(only) : tree.children(node);
  if (Array.isArray(container)) {
    if (typeof segment !== "number") return undefined;
    const item = children[segment];
    return item !== undefined ? { node: item } : undefined;
  }
  if (container !== null && typeof container === "object") {
    for (let i = 0; i + 1 < children.length; i += 2) {
      if (String(tree.result[children[i]!]) === String(segment)) return { node: children[i + 1]!, keyStart: tree.start[children[i]!]! };
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
