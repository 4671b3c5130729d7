/**
 * The simulator's random streams: the project's seeded mulberry32 (src/base/random.ts), with the two
 * draws the simulator needs. Only 32-bit integer arithmetic is involved, so the same seed gives the same
 * stream on every machine.
 */
import { mulberry32 as base } from "../base/random.js";

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max]; exactly `min` when min === max (no draw is used then). */
  between(min: number, max: number): number;
  /** True with probability p; p ≤ 0 and p ≥ 1 use no draw. */
  chance(p: number): boolean;
}

export function mulberry32(seed: number): Random {
  const r = base(seed);
  return {
    next: r.next,
    between: (min, max) => (min === max ? min : min + (max - min) * r.next()),
    chance: (p) => (p <= 0 ? false : p >= 1 ? true : r.next() < p),
  };
}

/** A seed for stream `index` derived from a base seed, so each VM gets its own independent stream. */
export function deriveSeed(seed: number, index: number, salt: number): number {
  // splitmix32-style mixing of (seed, index, salt).
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x21f0aaad);
  h = Math.imul(h ^ (h >>> 15), 0x735a2d97);
  return (h ^ (h >>> 15)) >>> 0;
}
