import { describe, expect, it } from "vitest";
import { clock, durationIn, formatNumber, GB_PER_GIB, MB_PER_GIB, MBIT_PER_GIB, minuteOfDay, roundTo } from "../../src/base/units.js";

describe("clock", () => {
  it("writes minutes after midnight as HH:MM", () => {
    expect(clock(0)).toBe("00:00");
    expect(clock(1330)).toBe("22:10");
    expect(clock(1439)).toBe("23:59");
  });

  it("wraps past midnight either way", () => {
    expect(clock(1440)).toBe("00:00");
    expect(clock(1440 + 75)).toBe("01:15");
    expect(clock(-30)).toBe("23:30");
  });

  it("rounds to the minute before splitting hours and minutes, so 59.6 is never 00:60", () => {
    expect(clock(59.6)).toBe("01:00");
    expect(clock(1439.4)).toBe("23:59");
    expect(clock(1439.6)).toBe("00:00");
  });
});

describe("minuteOfDay", () => {
  it("reads HH:MM", () => {
    expect(minuteOfDay("00:00")).toBe(0);
    expect(minuteOfDay("22:10")).toBe(1330);
    expect(minuteOfDay("23:59")).toBe(1439);
  });

  it("is the inverse of clock over a whole day", () => {
    for (const text of ["00:00", "07:05", "12:30", "18:45", "23:59"]) expect(clock(minuteOfDay(text))).toBe(text);
  });
});

describe("roundTo", () => {
  it("rounds to the given number of decimals", () => {
    expect(roundTo(12.345, 1)).toBe(12.3);
    expect(roundTo(1234.5678, 2)).toBe(1234.57);
    expect(roundTo(0.1234567, 6)).toBe(0.123457);
    expect(roundTo(7.5, 0)).toBe(8);
  });

  it("rounds halves up, as Math.round does, also below zero", () => {
    expect(roundTo(0.25, 1)).toBe(0.3);
    expect(roundTo(-0.25, 1)).toBe(-0.2);
  });
});

describe("durationIn", () => {
  it("chooses minutes under an hour and hours above", () => {
    expect(durationIn(0.5)).toEqual({ unit: "minutes", value: 30 });
    expect(durationIn(1)).toEqual({ unit: "hours", value: 1 });
    expect(durationIn(72)).toEqual({ unit: "hours", value: 72 });
  });

  it("chooses days from the threshold it is given", () => {
    expect(durationIn(47.9, 48).unit).toBe("hours");
    expect(durationIn(72, 48)).toEqual({ unit: "days", value: 3 });
  });
});

describe("formatNumber", () => {
  it("groups thousands and drops trailing zeros", () => {
    expect(formatNumber(1234.56)).toBe("1,234.6");
    expect(formatNumber(1234.56, 0)).toBe("1,235");
    expect(formatNumber(2)).toBe("2");
    expect(formatNumber(0.125, 2)).toBe("0.13");
  });

  it("formats for the locale it is given", () => {
    expect(formatNumber(1234.5, 1, "ja-JP")).toBe("1,234.5");
    expect(formatNumber(1234.5, 1, "de-DE")).toBe("1.234,5");
  });
});

describe("size constants", () => {
  it("convert one GiB (2^30 bytes) to decimal units", () => {
    expect(MB_PER_GIB * 1e6).toBeCloseTo(2 ** 30, 3);
    expect(GB_PER_GIB * 1e9).toBeCloseTo(2 ** 30, 3);
    // 8 × 1,073.741824 Mbit (docs/formulas.md, BC/DR).
    expect(MBIT_PER_GIB).toBeCloseTo(8589.934592, 9);
  });
});
