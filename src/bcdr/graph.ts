/**
 * Failover order from `dependsOn`: strongly connected components (Tarjan, iterative so a long chain cannot
 * overflow the stack), then layers by longest dependency path. Identity and DNS go first: those that need only
 * other identity servers form the first layers; the rest lead their own layer.
 * A component with more than one VM is a dependency cycle: reported by name, its VMs kept in one group.
 */

/** Code-unit order: the same on every machine, whatever its locale (localeCompare is not). */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface GraphNode {
  id: string;
  /** Shown in runbooks and cycle messages. */
  label: string;
  /** Ids this node needs running first; unknown ids are ignored (the inventory check reports them). */
  dependsOn: readonly string[];
  /** Identity and DNS servers start first within their layer. */
  identity: boolean;
}

export interface FailoverLayer {
  /** 1-based group number in the runbook. */
  group: number;
  /** Longest chain of dependencies below this group. */
  depth: number;
  identity: boolean;
  nodes: string[];
}

export interface DependencyOrder {
  groups: FailoverLayer[];
  /** Each cycle as labels, first label repeated at the end: ["dc01", "sql01", "dc01"]. */
  cycles: string[][];
}

export function orderByDependencies(nodes: readonly GraphNode[]): DependencyOrder {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges = new Map(nodes.map((n) => [n.id, [...new Set(n.dependsOn)].filter((d) => d !== n.id && byId.has(d)).sort()]));
  const sorted = [...nodes].sort((a, b) => byCodeUnit(a.id, b.id));

  // Tarjan's algorithm, iterative. Components come out dependencies-first (edges point at dependencies).
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  for (const root of sorted) {
    if (index.has(root.id)) continue;
    const work: Array<{ id: string; next: number }> = [{ id: root.id, next: 0 }];
    index.set(root.id, counter);
    low.set(root.id, counter++);
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const out = edges.get(frame.id)!;
      if (frame.next < out.length) {
        const dep = out[frame.next++]!;
        if (!index.has(dep)) {
          index.set(dep, counter);
          low.set(dep, counter++);
          stack.push(dep);
          onStack.add(dep);
          work.push({ id: dep, next: 0 });
        } else if (onStack.has(dep)) low.set(frame.id, Math.min(low.get(frame.id)!, index.get(dep)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.id);
        components.push(component.sort());
      }
    }
  }

  const componentOf = new Map<string, number>();
  components.forEach((c, i) => c.forEach((id) => componentOf.set(id, i)));
  const depsOf = (i: number): number[] => [...new Set(components[i]!.flatMap((id) => edges.get(id)!.map((d) => componentOf.get(d)!)))].filter((j) => j !== i);

  // Identity phase: identity and DNS servers that need nothing but other identity servers start before
  // everything else, in their own dependency order. Components come dependencies-first, so one pass does.
  const identityPhase: boolean[] = [];
  const phaseDepth: number[] = [];
  const depthOf: number[] = [];
  const restDepth: number[] = [];
  components.forEach((component, i) => {
    const deps = depsOf(i);
    depthOf[i] = deps.reduce((d, j) => Math.max(d, depthOf[j]! + 1), 0);
    identityPhase[i] = component.every((id) => byId.get(id)!.identity) && deps.every((j) => identityPhase[j]);
    if (identityPhase[i]) phaseDepth[i] = deps.reduce((d, j) => Math.max(d, phaseDepth[j]! + 1), 0);
    // Outside the phase, the identity servers count as already running.
    else restDepth[i] = deps.filter((j) => !identityPhase[j]).reduce((d, j) => Math.max(d, restDepth[j]! + 1), 0);
  });
  const phaseLayers = phaseDepth.reduce((m, d) => Math.max(m, d + 1), 0);

  const cycles = components.filter((c) => c.length > 1).map((c) => cyclePath(c, edges, byId));
  cycles.sort((a, b) => byCodeUnit(a.join(), b.join()));

  // Rank: the identity phase first, layer by layer; then 2 × depth (+1 for non-identity, so identity and
  // DNS servers that depend on something else still lead their layer).
  const ranks = new Map<number, { depth: number; identity: boolean; nodes: string[] }>();
  for (const node of sorted) {
    const i = componentOf.get(node.id)!;
    const rank = identityPhase[i] ? phaseDepth[i]! : phaseLayers + restDepth[i]! * 2 + (node.identity ? 0 : 1);
    const entry = ranks.get(rank) ?? { depth: depthOf[i]!, identity: node.identity, nodes: [] };
    entry.depth = Math.max(entry.depth, depthOf[i]!);
    entry.nodes.push(node.id);
    ranks.set(rank, entry);
  }
  const groups = [...ranks.entries()].sort(([a], [b]) => a - b).map(([, g], i) => ({ group: i + 1, depth: g.depth, identity: g.identity, nodes: g.nodes }));
  return { groups, cycles };
}

/** One concrete cycle through a strongly connected component, from its first id back to it. */
function cyclePath(component: readonly string[], edges: Map<string, string[]>, byId: Map<string, GraphNode>): string[] {
  const members = new Set(component);
  // Start at the alphabetically first label, so the message reads the same whatever the ids are.
  const start = [...component].sort((a, b) => byCodeUnit(byId.get(a)!.label, byId.get(b)!.label) || byCodeUnit(a, b))[0]!;
  // Breadth-first search from start back to start inside the component: the shortest cycle through start.
  const previous = new Map<string, string>();
  const queue = [start];
  let end: string | undefined;
  while (queue.length > 0 && end === undefined) {
    const id = queue.shift()!;
    for (const dep of edges.get(id)!) {
      if (!members.has(dep)) continue;
      if (dep === start) {
        end = id;
        break;
      }
      if (!previous.has(dep)) {
        previous.set(dep, id);
        queue.push(dep);
      }
    }
  }
  const path = [start];
  const tail: string[] = [];
  for (let id = end; id !== undefined && id !== start; id = previous.get(id)) tail.push(id);
  path.push(...tail.reverse(), start);
  return path.map((id) => byId.get(id)!.label);
}
