/**
 * A binary min-heap of events on typed arrays: no allocation per event. Events order by time, then
 * by insertion sequence, so equal times always pop in the same order (deterministic output).
 */
export class EventQueue {
  private time: Float64Array;
  private seq: Float64Array;
  private kind: Uint8Array;
  private a: Int32Array;
  private b: Int32Array;
  private n = 0;
  private counter = 0;

  constructor(capacity = 1024) {
    this.time = new Float64Array(capacity);
    this.seq = new Float64Array(capacity);
    this.kind = new Uint8Array(capacity);
    this.a = new Int32Array(capacity);
    this.b = new Int32Array(capacity);
  }

  get size(): number {
    return this.n;
  }

  push(time: number, kind: number, a: number, b: number): void {
    if (this.n === this.time.length) this.grow();
    let i = this.n++;
    const s = this.counter++;
    // Sift up.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(time, s, parent)) break;
      this.move(parent, i);
      i = parent;
    }
    this.time[i] = time;
    this.seq[i] = s;
    this.kind[i] = kind;
    this.a[i] = a;
    this.b[i] = b;
  }

  /** Pops the earliest event into `out` (reused by the caller); false when empty. */
  pop(out: { time: number; kind: number; a: number; b: number }): boolean {
    if (this.n === 0) return false;
    out.time = this.time[0]!;
    out.kind = this.kind[0]!;
    out.a = this.a[0]!;
    out.b = this.b[0]!;
    const last = --this.n;
    if (last > 0) {
      const t = this.time[last]!;
      const s = this.seq[last]!;
      const k = this.kind[last]!;
      const a = this.a[last]!;
      const b = this.b[last]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= last) break;
        const r = l + 1;
        const c = r < last && this.lessAt(r, l) ? r : l;
        if (!this.lessThan(c, t, s)) break;
        this.move(c, i);
        i = c;
      }
      this.time[i] = t;
      this.seq[i] = s;
      this.kind[i] = k;
      this.a[i] = a;
      this.b[i] = b;
    }
    return true;
  }

  /** (time, seq) < entry j */
  private less(time: number, seq: number, j: number): boolean {
    const tj = this.time[j]!;
    return time < tj || (time === tj && seq < this.seq[j]!);
  }
  private lessAt(i: number, j: number): boolean {
    return this.less(this.time[i]!, this.seq[i]!, j);
  }
  /** entry c < (time, seq) */
  private lessThan(c: number, time: number, seq: number): boolean {
    const tc = this.time[c]!;
    return tc < time || (tc === time && this.seq[c]! < seq);
  }
  private move(from: number, to: number): void {
    this.time[to] = this.time[from]!;
    this.seq[to] = this.seq[from]!;
    this.kind[to] = this.kind[from]!;
    this.a[to] = this.a[from]!;
    this.b[to] = this.b[from]!;
  }
  private grow(): void {
    const cap = this.time.length * 2;
    const t = new Float64Array(cap);
    t.set(this.time);
    this.time = t;
    const s = new Float64Array(cap);
    s.set(this.seq);
    this.seq = s;
    const k = new Uint8Array(cap);
    k.set(this.kind);
    this.kind = k;
    const a = new Int32Array(cap);
    a.set(this.a);
    this.a = a;
    const b = new Int32Array(cap);
    b.set(this.b);
    this.b = b;
  }
}
