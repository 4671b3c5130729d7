import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { orderByDependencies, type GraphNode } from "../../src/bcdr/graph.js";

const node = (id: string, dependsOn: string[] = [], identity = false): GraphNode => ({ id, label: id, dependsOn, identity });
const groupsOf = (nodes: GraphNode[]) => orderByDependencies(nodes).groups.map((g) => g.nodes);

describe("orderByDependencies", () => {
  it("layers a graph of several levels, identity first and every VM after what it needs", () => {
    // dc (identity) ← sql ← app ← web; dns (identity) has no deps; cache needs nothing; report needs sql and web.
    const nodes = [
      node("web", ["app", "sql"]),
      node("report", ["web", "sql"]),
      node("app", ["sql"]),
      node("sql", ["dc"]),
      node("dc", [], true),
      node("dns", [], true),
      node("cache"),
    ];
    const order = orderByDependencies(nodes);
    expect(order.cycles).toEqual([]);
    // Once identity runs, sql needs nothing more, so it starts with cache.
    expect(order.groups.map((g) => g.nodes)).toEqual([["dc", "dns"], ["cache", "sql"], ["app"], ["web"], ["report"]]);
    expect(order.groups.map((g) => g.depth)).toEqual([0, 1, 2, 3, 4]);
    // Every dependency sits in an earlier group.
    const groupOf = new Map(order.groups.flatMap((g) => g.nodes.map((n) => [n, g.group] as const)));
    for (const n of nodes) for (const d of n.dependsOn) expect(groupOf.get(d)!, `${n.id} after ${d}`).toBeLessThan(groupOf.get(n.id)!);
  });

  it("puts an identity server that depends on another after it", () => {
    expect(groupsOf([node("dc02", ["dc01"], true), node("dc01", [], true), node("app", ["dc02"])])).toEqual([["dc01"], ["dc02"], ["app"]]);
  });

  it("starts every identity server that needs only identity servers before all other VMs", () => {
    // dc02 needs dc01; mon needs nothing: identity still comes first, in its own order.
    expect(groupsOf([node("mon"), node("dc02", ["dc01"], true), node("dc01", [], true), node("app", ["mon"])])).toEqual([["dc01"], ["dc02"], ["mon"], ["app"]]);
    // A DNS server that needs an application server cannot start first: it follows that server.
    const order = orderByDependencies([node("dns2", ["app"], true), node("app"), node("dc", [], true)]);
    expect(order.groups.map((g) => g.nodes)).toEqual([["dc"], ["app"], ["dns2"]]);
    expect(order.groups.map((g) => g.identity)).toEqual([true, false, true]);
  });

  it("ignores unknown ids and self references (the inventory check reports them)", () => {
    expect(groupsOf([node("a", ["missing", "a"]), node("b", ["a"])])).toEqual([["a"], ["b"]]);
  });

  it("names a two-VM cycle and keeps its VMs in one group", () => {
    const order = orderByDependencies([node("dc01", ["sql01"], true), node("sql01", ["dc01"]), node("web01", ["sql01"])]);
    expect(order.cycles).toEqual([["dc01", "sql01", "dc01"]]);
    const withCycle = order.groups.find((g) => g.nodes.includes("dc01"))!;
    expect(order.groups.find((g) => g.nodes.includes("sql01"))!.depth).toBe(withCycle.depth);
    expect(order.groups.at(-1)!.nodes).toEqual(["web01"]);
  });

  it("names a longer cycle in dependency order", () => {
    const order = orderByDependencies([node("a", ["b"]), node("b", ["c"]), node("c", ["a"]), node("d", ["d"])]);
    expect(order.cycles).toEqual([["a", "b", "c", "a"]]);
  });

  it("handles a long chain without recursion limits", () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => node(`vm${String(i).padStart(5, "0")}`, i === 0 ? [] : [`vm${String(i - 1).padStart(5, "0")}`]));
    const order = orderByDependencies(nodes);
    expect(order.groups).toHaveLength(20_000);
    expect(order.groups.at(-1)!.nodes).toEqual(["vm19999"]);
  });

  it("puts every dependency in an earlier group for any acyclic graph", () => {
    // Edges only point from a higher index to a lower one, so the graph has no cycle.
    const dag = fc.integer({ min: 1, max: 25 }).chain((n) =>
      fc
        .tuple(fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 }), fc.array(fc.boolean(), { minLength: n, maxLength: n }))
        .map(([pairs, identity]) =>
          identity.map((id, i) =>
            node(
              `n${i}`,
              pairs.filter(([a, b]) => a === i && b < i).map(([, b]) => `n${b}`),
              id,
            ),
          ),
        ),
    );
    fc.assert(
      fc.property(dag, (nodes) => {
        const order = orderByDependencies(nodes);
        const groupOf = new Map(order.groups.flatMap((g) => g.nodes.map((id) => [id, g.group] as const)));
        return order.cycles.length === 0 && groupOf.size === nodes.length && nodes.every((n) => n.dependsOn.every((d) => groupOf.get(d)! < groupOf.get(n.id)!));
      }),
    );
  });

  it("reports only real cycles, each closed and made of dependsOn edges", () => {
    const graph = fc.integer({ min: 2, max: 12 }).chain((n) =>
      fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 }).map((pairs) =>
        Array.from({ length: n }, (_, i) =>
          node(
            `n${i}`,
            pairs.filter(([a]) => a === i).map(([, b]) => `n${b}`),
          ),
        ),
      ),
    );
    fc.assert(
      fc.property(graph, (nodes) => {
        const edges = new Map(nodes.map((n) => [n.id, new Set(n.dependsOn)]));
        return orderByDependencies(nodes).cycles.every(
          (cycle) => cycle.length >= 3 && cycle[0] === cycle.at(-1) && cycle.slice(1).every((id, i) => edges.get(cycle[i]!)!.has(id)),
        );
      }),
    );
  });
});
