import { describe, expect, it } from "vitest";
import {
  achievableRpoHours,
  busyRateMiBps,
  gibPerHour,
  initialReplicationHours,
  MBIT_PER_GIB,
  mbpsFor,
  requiredMbpsForRpo,
  transferHours,
  vmDailyChurnGiB,
} from "../../src/bcdr/bandwidth.js";
import type { VirtualMachine } from "../../src/inventory/schema.js";

const FLOOR = 5 / 60; // the 5-minute crash-consistent interval

describe("units", () => {
  it("converts GiB to decimal Mbit", () => {
    // 1 GiB = 1,073,741,824 bytes × 8 bits = 8,589,934,592 bits = 8,589.934592 Mbit.
    expect(MBIT_PER_GIB).toBeCloseTo(8589.934592, 6);
    // 20 Mbit/s for an hour = 72,000 Mbit = 72,000 / 8,589.934592 GiB = 8.38190 GiB.
    expect(gibPerHour(20)).toBeCloseTo(8.3819, 4);
    // 100 GiB in 24 h = 858,993.4592 Mbit / 86,400 s = 9.94205 Mbit/s.
    expect(mbpsFor(100, 24)).toBeCloseTo(9.94205, 4);
  });
});

describe("churn of a VM", () => {
  const vm = {
    name: "sql",
    osType: "windows",
    osVersion: "Windows Server 2019 Datacenter",
    size: "Standard_DS4_v2",
    vCpus: 8,
    memoryGiB: 28,
    nics: [],
    roles: ["sql-server"],
    disks: [
      { name: "os", role: "os", sizeGiB: 127, usedGiB: 40 }, // role default 10 % → 4 GiB/day
      { name: "data", role: "data", sizeGiB: 512, usedGiB: 200, changeRatePercent: 15 }, // 30 GiB/day
      { name: "tempdb", role: "data", sizeGiB: 64, usedGiB: 60, excludeFromBackup: true }, // not replicated
      { name: "empty", role: "data", sizeGiB: 100 }, // no usedGiB → half = 50 GiB at 10 % → 5 GiB/day
    ],
  } as unknown as VirtualMachine;

  it("sums used × rate × growth over the replicated disks", () => {
    // (4 + 30 + 5) GiB × 1.3 growth = 50.7 GiB/day; the TempDB disk is excluded.
    expect(vmDailyChurnGiB(vm, 1.3)).toBeCloseTo(50.7, 6);
    expect(vmDailyChurnGiB(vm, 1)).toBeCloseTo(39, 6);
  });

  it("turns a day's change into a busy-window rate in MiB/s", () => {
    // 26 GiB in 8 h: 26 × 1,024 MiB / 28,800 s = 0.92444 MiB/s.
    expect(busyRateMiBps(26, 8)).toBeCloseTo(0.92444, 5);
    // 168.75 GiB in 24 h is the support matrix's 2 MB/s per disk: 168.75 × 1,024 / 86,400 = 2.
    expect(busyRateMiBps(168.75, 24)).toBeCloseTo(2, 10);
  });
});

describe("RPO from bandwidth", () => {
  it("gives the floor when the link carries the busy rate", () => {
    // 100 GiB/day written in 8 h needs 100 × 8,589.93 / 28,800 = 29.83 Mbit/s; 40 Mbit/s is enough.
    expect(achievableRpoHours(100, 40, 8, FLOOR)).toBeCloseTo(FLOOR, 10);
    expect(achievableRpoHours(0, 1, 8, FLOOR)).toBe(FLOOR);
  });

  it("adds the backlog when the link only carries the average", () => {
    // C = 20 Mbit/s = 8.38190 GiB/h; D/C = 100 / 8.38190 = 11.93046 h; RPO = 5 min + (11.93046 − 8) = 4.01379 h.
    expect(achievableRpoHours(100, 20, 8, FLOOR)).toBeCloseTo(4.01379, 4);
    // Exactly the daily average (9.94205 Mbit/s): the newest write of the busy window waits 24 − 8 = 16 h.
    expect(achievableRpoHours(100, mbpsFor(100, 24), 8, FLOOR)).toBeCloseTo(16 + FLOOR, 6);
  });

  it("has no RPO when the link is slower than the daily average", () => {
    // 9 Mbit/s moves 9 × 86,400 / 8,589.93 = 90.52 GiB a day < 100 GiB: the backlog grows forever.
    expect(achievableRpoHours(100, 9, 8, FLOOR)).toBeUndefined();
    expect(achievableRpoHours(100, 0, 8, FLOOR)).toBeUndefined();
  });

  it("inverts: the bandwidth an RPO needs gives back that RPO", () => {
    // R = 4 h: window = min(24, 8 + 4 − 0.08333) = 11.91667 h; 858,993.4592 Mbit / 42,900 s = 20.02316 Mbit/s.
    expect(requiredMbpsForRpo(100, 4, 8, FLOOR)).toBeCloseTo(20.02316, 4);
    expect(achievableRpoHours(100, requiredMbpsForRpo(100, 4, 8, FLOOR)!, 8, FLOOR)).toBeCloseTo(4, 6);
    // R = 24 h: the window caps at a whole day, the daily average: 9.94205 Mbit/s.
    expect(requiredMbpsForRpo(100, 24, 8, FLOOR)).toBeCloseTo(9.94205, 4);
    // Below the floor no link helps.
    expect(requiredMbpsForRpo(100, 1 / 60, 8, FLOOR)).toBeUndefined();
  });
});

describe("initial replication and failback transfer", () => {
  it("seeds with what the daily average leaves of the link", () => {
    // 1,000 GiB at 100 Mbit/s while 100 GiB/day (9.94205 Mbit/s) keeps flowing: spare 90.05795 Mbit/s;
    // 8,589,934.592 Mbit / (90.05795 × 3,600) = 26.4951 h.
    expect(initialReplicationHours(1000, 100, 100)).toBeCloseTo(26.4951, 3);
    expect(initialReplicationHours(0, 100, 1)).toBe(0);
    expect(initialReplicationHours(1000, 100, 9)).toBeUndefined();
  });

  it("moves whole disks back over the link", () => {
    // 500 GiB at 160 Mbit/s: 4,294,967.296 Mbit / 576,000 Mbit per hour = 7.4565 h.
    expect(transferHours(500, 160)).toBeCloseTo(7.4565, 3);
    expect(transferHours(500, 0)).toBeUndefined();
  });
});
