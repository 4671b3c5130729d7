import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventQueue } from "../../src/simulate/event-queue.js";
import { deriveSeed, mulberry32 } from "../../src/simulate/random.js";

describe("EventQueue", () => {
  it("pops events by time, and equal times in insertion order, however they were pushed", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
        const q = new EventQueue(2); // small, so it has to grow
        times.forEach((t, i) => q.push(t, 1, i, 0));
        const out: Array<[number, number]> = [];
        const ev = { time: 0, kind: 0, a: 0, b: 0 };
        while (q.pop(ev)) out.push([ev.time, ev.a]);
        const expected = times.map((t, i) => [t, i] as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(out).toEqual(expected);
        expect(q.size).toBe(0);
      }),
    );
  });

  it("keeps order when pushes and pops interleave", () => {
    const q = new EventQueue(1);
    const ev = { time: 0, kind: 0, a: 0, b: 0 };
    q.push(5, 1, 0, 0);
    q.push(3, 2, 1, 0);
    q.pop(ev);
    expect([ev.time, ev.kind]).toEqual([3, 2]);
    q.push(4, 3, 2, 7);
    q.push(5, 4, 3, 0);
    const rest: number[][] = [];
    while (q.pop(ev)) rest.push([ev.time, ev.kind, ev.b]);
    expect(rest).toEqual([
      [4, 3, 7],
      [5, 1, 0],
      [5, 4, 0],
    ]);
  });
});

describe("mulberry32", () => {
  it("repeats its stream for a seed and differs between seeds", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it("stays within ranges and returns the bound of an empty range", () => {
    const r = mulberry32(7);
    for (let i = 0; i < 1000; i++) {
      const x = r.between(5, 20);
      expect(x).toBeGreaterThanOrEqual(5);
      expect(x).toBeLessThanOrEqual(20);
    }
    expect(r.between(3, 3)).toBe(3);
    expect(r.chance(0)).toBe(false);
    expect(r.chance(1)).toBe(true);
  });

  it("derives different seeds for different VMs and sides", () => {
    const seeds = new Set<number>();
    for (let i = 0; i < 100; i++) for (const salt of [1, 2]) seeds.add(deriveSeed(1, i, salt));
    expect(seeds.size).toBe(200);
  });
});
