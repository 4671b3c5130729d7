import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findOverlaps, firstFreeBlock, formatIpv4, parseCidr, rangesOverlap } from "../../src/base/cidr.js";

describe("parseCidr", () => {
  it("reads a range into its first and last address", () => {
    const r = parseCidr("10.10.0.0/16")!;
    expect(formatIpv4(r.first)).toBe("10.10.0.0");
    expect(formatIpv4(r.last)).toBe("10.10.255.255");
    expect(r.prefixLength).toBe(16);
  });

  it("treats a bare address as /32 and clears host bits", () => {
    const host = parseCidr("192.168.1.7")!;
    expect(host.first).toBe(host.last);
    const withHostBits = parseCidr("10.10.1.4/24")!;
    expect(formatIpv4(withHostBits.first)).toBe("10.10.1.0");
    expect(formatIpv4(parseCidr("0.0.0.0/0")!.last)).toBe("255.255.255.255");
  });

  it("rejects what is not an IPv4 CIDR", () => {
    for (const bad of ["10.10.0.0/33", "256.1.1.1/8", "10.10/16", "fd00::/8", "VirtualNetwork", ""]) expect(parseCidr(bad), bad).toBeUndefined();
  });
});

describe("overlap", () => {
  it("finds containment and partial overlap, not neighbours", () => {
    const { overlaps, unparsed } = findOverlaps(["10.10.0.0/16", "172.16.0.0/24"], ["10.10.5.0/24", "10.11.0.0/16", "172.16.0.128/25", "fd00::/8"]);
    expect(overlaps).toEqual([
      { a: "10.10.0.0/16", b: "10.10.5.0/24" },
      { a: "172.16.0.0/24", b: "172.16.0.128/25" },
    ]);
    expect(unparsed).toEqual(["fd00::/8"]);
  });

  it("is symmetric and agrees with a brute-force check of addresses", () => {
    const cidr = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 24, max: 32 })).map(([last, len]) => `10.0.0.${last}/${len}`);
    fc.assert(
      fc.property(cidr, cidr, (x, y) => {
        const a = parseCidr(x)!;
        const b = parseCidr(y)!;
        let shared = false;
        for (let ip = a.first; ip <= a.last; ip++) if (ip >= b.first && ip <= b.last) shared = true;
        return rangesOverlap(a, b) === rangesOverlap(b, a) && rangesOverlap(a, b) === shared;
      }),
    );
  });
});

describe("firstFreeBlock", () => {
  it("skips every used range and stays aligned", () => {
    expect(firstFreeBlock([])).toBe("10.0.0.0/24");
    expect(firstFreeBlock(["10.0.0.0/23"])).toBe("10.0.2.0/24");
    expect(firstFreeBlock(["10.0.0.0/24", "10.0.1.0/25"])).toBe("10.0.2.0/24");
    expect(firstFreeBlock(["10.0.0.0/8"])).toBe("172.16.0.0/24");
    expect(firstFreeBlock(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"])).toBeUndefined();
  });
});
