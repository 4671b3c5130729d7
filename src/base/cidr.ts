/** IPv4 CIDR parsing and overlap, for subnets and address spaces and the DR site's IP plan. IPv6 ranges are reported as not understood. */

export interface Ipv4Range {
  text: string;
  /** First and last address as unsigned 32-bit integers. */
  first: number;
  last: number;
  prefixLength: number;
}

/** "10.10.0.0/16" → range; a bare address is a /32. Host bits set ("10.10.1.4/16") are allowed, as Azure accepts them in NSG rules. */
export function parseCidr(text: string): Ipv4Range | undefined {
  const m = /^\s*(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?\s*$/.exec(text);
  if (!m) return undefined;
  const octets = [m[1], m[2], m[3], m[4]].map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const prefixLength = m[5] === undefined ? 32 : Number(m[5]);
  if (prefixLength > 32) return undefined;
  const address = ((octets[0]! << 24) >>> 0) + (octets[1]! << 16) + (octets[2]! << 8) + octets[3]!;
  const size = 2 ** (32 - prefixLength);
  const first = Math.floor(address / size) * size;
  return { text: text.trim(), first, last: first + size - 1, prefixLength };
}

export const rangesOverlap = (a: Ipv4Range, b: Ipv4Range): boolean => a.first <= b.last && b.first <= a.last;

export function formatIpv4(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

export interface Overlap {
  a: string;
  b: string;
}

/** Every pair (one from each list) that overlaps; entries that are not IPv4 CIDRs are returned in `unparsed`. */
export function findOverlaps(left: readonly string[], right: readonly string[]): { overlaps: Overlap[]; unparsed: string[] } {
  const unparsed: string[] = [];
  const parse = (list: readonly string[]) =>
    list.flatMap((text) => {
      const r = parseCidr(text);
      if (!r) unparsed.push(text);
      return r ? [r] : [];
    });
  const l = parse(left);
  const r = parse(right);
  const overlaps: Overlap[] = [];
  for (const a of l) for (const b of r) if (rangesOverlap(a, b)) overlaps.push({ a: a.text, b: b.text });
  return { overlaps, unparsed: [...new Set(unparsed)] };
}

/**
 * The first /prefixLength block inside one of the private ranges (RFC 1918) that overlaps none of `used`:
 * a suggestion for the DR replica network. Deterministic: scans 10.0.0.0/8, then 172.16.0.0/12, then 192.168.0.0/16.
 */
export function firstFreeBlock(used: readonly string[], prefixLength = 24): string | undefined {
  const taken = used.flatMap((u) => {
    const r = parseCidr(u);
    return r ? [r] : [];
  });
  const size = 2 ** (32 - prefixLength);
  for (const pool of ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]) {
    const p = parseCidr(pool)!;
    let candidate = p.first;
    while (candidate + size - 1 <= p.last) {
      const block = { text: "", first: candidate, last: candidate + size - 1, prefixLength };
      const clash = taken.find((t) => rangesOverlap(block, t));
      if (!clash) return `${formatIpv4(candidate)}/${prefixLength}`;
      // Jump past the clashing range, aligned to the block size.
      candidate = Math.ceil((clash.last + 1) / size) * size;
    }
  }
  return undefined;
}
