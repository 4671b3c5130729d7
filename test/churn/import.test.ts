/**
 * import-churn on generated CSVs: a clean series gives the hand-computed rate; every kind of bad data ends in
 * a named problem and leaves the rest of the data usable.
 */
import { describe, expect, it } from "vitest";
import { CHURN_CSV_HEADER, MAX_CHURN_FILE_BYTES, parseChurnCsv, type ParsedChurnFile } from "../../src/churn/csv.js";
import { CHURN_IMPORT_DEFAULTS, importChurn } from "../../src/churn/import.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";

const GIB = 1024 ** 3;
const START = Date.UTC(2026, 10, 1); // 2026-11-01T00:00Z
const NOW = Date.UTC(2026, 11, 1);
const options = { ...CHURN_IMPORT_DEFAULTS, now: NOW };

interface Row {
  host: string;
  device: string;
  lun: string;
  hour: number;
  bytes: number;
  samples?: number;
  resets?: number;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(".000Z", "Z");
const line = (r: Row) => `azs-churn-1,${r.host},${r.device},${r.lun},${iso(r.hour)},${r.bytes},${r.samples ?? 60},${r.resets ?? 0}`;
const csv = (rows: Row[]) => `${[CHURN_CSV_HEADER, ...rows.map(line)].join("\n")}\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** `days` full days for one device; day d writes dailyGiB(d) GiB spread evenly over its 24 hours. */
function series(host: string, device: string, lun: string, days: number, dailyGiB: (d: number) => number): Row[] {
  const rows: Row[] = [];
  for (let d = 0; d < days; d++) {
    // Whole bytes per hour; the last hour takes the remainder so the day is exactly dailyGiB(d).
    const total = Math.round(dailyGiB(d) * GIB);
    const hourly = Math.floor(total / 24);
    for (let h = 0; h < 24; h++) rows.push({ host, device, lun, hour: START + (d * 24 + h) * 3_600_000, bytes: h === 23 ? total - 23 * hourly : hourly });
  }
  return rows;
}

const file = (name: string, rows: Row[]): ParsedChurnFile => parseChurnCsv(name, utf8(csv(rows)));
/** dc01's OS disk has usedGiB 38 in the small example: 20 days writing 1..20 GiB, nearest-rank p95 = the 19th = 19 GiB = 50 %. */
const dc01Os = () => series("DC01", "sda", "os", 20, (d) => d + 1);
const codes = (r: ReturnType<typeof importChurn>) => r.problems.map((p) => p.code);

describe("import-churn: a clean series", () => {
  it("writes the 95th percentile of the days as a share of used data, with its provenance", () => {
    const tenant = tenantFrom();
    const result = importChurn(tenant, [file("dc01.csv", dc01Os())], options);
    const disk = result.tenant.subscriptions[0]!.resourceGroups.find((g) => g.name === "rg-identity")!.virtualMachines[0]!.disks[0]!;
    expect(disk.changeRatePercent).toBe(50);
    expect(disk.measuredChurn).toEqual({
      from: "2026-11-01",
      to: "2026-11-20",
      days: 20,
      percentile: 95,
      writeGiBPerDay: 19,
      writeToChangeFactor: 1,
      peakWriteMiBps: Math.round(((20 * 1024) / 24 / 3600) * 100) / 100,
    });
    // The input tenant is not changed; person-entered fields of the disk are kept.
    expect(tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines[0]!.disks[0]!.changeRatePercent).toBeUndefined();
    expect(disk).toMatchObject({ name: "dc01-osdisk", sizeGiB: 127, usedGiB: 38, sku: "Premium_LRS" });
    expect(result.vmsOnAssumptions).not.toContain("dc01");
    expect(result.vmsOnAssumptions).toContain("dc02");
  });

  it("applies a write-to-change factor and another percentile when asked", () => {
    const result = importChurn(tenantFrom(), [file("dc01.csv", dc01Os())], { ...options, writeToChangeFactor: 0.5, percentile: 50 });
    // p50 of 1..20 by nearest rank is the 10th value, 10 GiB; × 0.5 = 5 GiB of 38 = 13.16 %.
    expect(result.disks[0]).toMatchObject({ writeGiBPerDay: 10, changeRatePercent: 13.16 });
  });

  it("reads UTF-16LE with a byte-order mark (PowerShell 5.1 Out-File) to the same result", () => {
    const text = csv(dc01Os()).replace(/\n/g, "\r\n");
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    const parsed = parseChurnCsv("dc01-utf16.csv", bytes);
    expect(parsed.encoding).toBe("utf-16le");
    expect(importChurn(tenantFrom(), [parsed], options).disks[0]!.changeRatePercent).toBe(50);
  });
});

describe("import-churn: bad data is reported, never dropped silently", () => {
  it("a truncated last line is named with its line; the rows before it are used", () => {
    const text = `${csv(dc01Os())}azs-churn-1,DC01,sda,os,2026-11-21T00:00:00Z,12`;
    const parsed = parseChurnCsv("cut.csv", utf8(text));
    expect(parsed.problems).toEqual([expect.objectContaining({ code: "truncated", line: 20 * 24 + 2 })]);
    expect(importChurn(tenantFrom(), [parsed], options).disks[0]!.changeRatePercent).toBe(50);
  });

  it("a bad row in the middle and a wrong header are named", () => {
    const rows = csv(dc01Os()).split("\n");
    rows[5] = "azs-churn-1,DC01,sda,os,2026-11-01T04:30:00Z,100,60,0";
    const bad = parseChurnCsv("bad.csv", utf8(rows.join("\n")));
    expect(bad.problems).toEqual([expect.objectContaining({ code: "bad-value", line: 6 })]);
    expect(parseChurnCsv("h.csv", utf8("host,bytes\nx,1\n")).problems[0]!.code).toBe("bad-header");
  });

  it("overlapping files: equal rows count once, differing rows keep the larger, both reported", () => {
    const rows = dc01Os();
    const changed = rows.slice(0, 2).map((r) => ({ ...r, bytes: r.bytes * 100 }));
    const result = importChurn(tenantFrom(), [file("a.csv", rows), file("b.csv", rows.slice(0, 24)), file("c.csv", changed)], options);
    expect(codes(result).filter((c) => c === "duplicate")).toHaveLength(24);
    expect(codes(result).filter((c) => c === "conflict")).toHaveLength(2);
    // Day 1 becomes 1 GiB × (22 + 200) / 24 = 9.25 GiB, below the p95 day: the rate stays 50 %.
    expect(result.disks[0]!.changeRatePercent).toBe(50);
  });

  it("counter resets and reboots are reported; a wrapped counter's impossible hour is not used", () => {
    const rows = dc01Os();
    rows[30] = { ...rows[30]!, resets: 1 };
    rows[31] = { ...rows[31]!, bytes: 2 ** 52 };
    const result = importChurn(tenantFrom(), [file("r.csv", rows)], options);
    expect(result.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "resets" }), expect.objectContaining({ code: "implausible", where: "r.csv:33" })]),
    );
    // The day that lost an hour still has 23 × 60 of 1,440 minutes (96 %) and is scaled to 24 h.
    expect(result.disks[0]!.days).toBe(20);
  });

  it("gaps are counted and a day under 90 % of its minutes is reported and left out", () => {
    const rows = dc01Os().filter((r) => !(r.hour >= START + 24 * 3_600_000 && r.hour < START + 30 * 3_600_000));
    rows[0] = { ...rows[0]!, samples: 30 };
    const result = importChurn(tenantFrom(), [file("g.csv", rows)], options);
    const gaps = result.problems.find((p) => p.code === "gaps");
    expect(gaps?.detail).toMatch(/^6 hour/);
    expect(result.problems.find((p) => p.code === "incomplete-days")?.detail).toContain("2026-11-02 (75 %)");
    expect(result.disks[0]!.days).toBe(19);
  });

  it("clock skew: hours stamped after the import time are named and not used", () => {
    const result = importChurn(tenantFrom(), [file("s.csv", dc01Os())], { ...options, now: START + 10 * 86_400_000 });
    expect(codes(result).filter((c) => c === "future-hour")).toHaveLength(10 * 24);
    expect(result.disks[0]!.days).toBe(10);
  });

  it("hosts not in the inventory, disks at unknown LUNs and disks never seen are named", () => {
    const rows = [
      ...dc01Os(),
      ...series("ghost01", "sda", "os", 8, () => 1),
      ...series("dc01", "sdd", "9", 8, () => 1),
      ...series("dc01.contoso.local", "sdb", "resource", 8, () => 1),
    ];
    const result = importChurn(tenantFrom(), [file("m.csv", rows)], options);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: "unknown-host", severity: "error", detail: expect.stringContaining("192 hour(s) not used") }),
        expect.objectContaining({ code: "unknown-disk", where: "dc01/sdd" }),
        expect.objectContaining({ code: "resource-disk" }),
        expect.objectContaining({ code: "disk-not-seen", where: "dc01/dc01-ntds" }),
      ]),
    );
  });

  it("fewer complete days than the minimum: reported, and the disk keeps its assumed rate", () => {
    const result = importChurn(
      tenantFrom(),
      [
        file(
          "f.csv",
          series("dc01", "sda", "os", 6, () => 5),
        ),
      ],
      options,
    );
    expect(result.problems).toEqual([
      expect.objectContaining({ code: "too-few-days", detail: expect.stringContaining("6 complete day(s), fewer than the 7") }),
      expect.anything(),
    ]);
    expect(result.disks).toEqual([]);
    expect(result.tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines[0]!.disks[0]!.changeRatePercent).toBeUndefined();
  });

  it("a huge file is refused with its size, without being parsed", () => {
    const parsed = parseChurnCsv("huge.csv", new Uint8Array(MAX_CHURN_FILE_BYTES + 1));
    expect(parsed.problems).toEqual([expect.objectContaining({ code: "too-large", detail: expect.stringContaining(String(MAX_CHURN_FILE_BYTES + 1)) })]);
  });

  it("two devices claiming one disk: the second is named, not summed", () => {
    const result = importChurn(tenantFrom(), [file("two.csv", [...dc01Os(), ...series("dc01", "sdz", "os", 20, () => 1)])], options);
    expect(result.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: "ambiguous-disk", where: "dc01/sdz" })]));
  });
});
