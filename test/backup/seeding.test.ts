/**
 * Seeding in the open: the first full crosses the link as the product sends it. The figures below are worked
 * out by hand from the sizes and the link, not read back from the planner.
 */
import { describe, expect, it } from "vitest";
import { planBackup } from "../../src/backup/index.js";
import { catalogue } from "../../src/backup/catalogue.js";
import { makeTenant, windowsVm, linuxVm } from "./fixtures.js";

/** 500 GB (decimal, as a link's speed is) in GiB: 500 × 10⁹ ÷ 2³⁰. */
const GIB_500_GB = 500e9 / 2 ** 30;

function oneVm(
  vm = windowsVm("vm1", { disks: [{ name: "vm1-os", role: "os", sizeGiB: 1023, usedGiB: GIB_500_GB }] }),
  productFamily: "microsoft" | "veeam" = "microsoft",
) {
  // 100 Mbit/s with the whole link usable (wanEfficiency 1), and a 2:1 reduction (C = 0.5).
  return makeTenant({
    vms: [vm],
    target: { wanBandwidthMbps: 100, wanEfficiency: 1 },
    protection: { productFamily, settings: { dataReductionRatio: 0.5 } },
  });
}

describe("initial seeding", () => {
  it("500 GB over 100 Mbit/s takes 11.1 h raw: the link alone needs that long, so the plan shows no less", () => {
    // 500 × 10⁹ B × 8 bit ÷ 100 × 10⁶ bit/s = 40,000 s = 11.11 h; reduced 2:1 it would be 5.56 h.
    const plan = planBackup(oneVm());
    const vm = plan.vms[0]!;
    expect(vm.method).toBe("mabs-mars");
    expect(vm.seeding.basis).toBe("raw");
    expect(vm.seeding.rawHours.value).toBeCloseTo(40000 / 3600, 6);
    expect(vm.seeding.reducedHours.value).toBeCloseTo(20000 / 3600, 6);
    expect(vm.seedingHours.value).toBeCloseTo(40000 / 3600, 6);
    expect(vm.seeding.rawGiB.value).toBeCloseTo(465.661, 3);
    expect(vm.seeding.reducedGiB.value).toBeCloseTo(232.831, 3);
    expect(plan.transfer.seedingBasis).toBe("raw");
    expect(plan.transfer.totalSeedingHours.value).toBeCloseTo(11.111, 3);
    expect(plan.transfer.totalSeedingRawHours.value).toBeCloseTo(11.111, 3);
    expect(plan.transfer.totalSeedingReducedHours.value).toBeCloseTo(5.556, 3);
  });

  it("a Linux VM under Veeam is raw too: no source read says the agent reduces before the link", () => {
    const plan = planBackup(oneVm(linuxVm("app1", { disks: [{ name: "app1-os", role: "os", sizeGiB: 1023, usedGiB: GIB_500_GB }] }), "veeam"));
    expect(plan.vms[0]!.method).toBe("veeam-agent-linux");
    expect(plan.vms[0]!.seedingHours.value).toBeCloseTo(11.111, 3);
  });

  it("the catalogue gives every method a sourced answer on reduction before the link", () => {
    for (const method of catalogue) {
      expect(method.reductionBeforeLink.source.length, method.id).toBeGreaterThan(0);
      expect(typeof method.reductionBeforeLink.applies).toBe("boolean");
    }
    // Velero's kopia uploader compresses in the node agent: the one method that seeds reduced.
    expect(catalogue.filter((m) => m.reductionBeforeLink.applies).map((m) => m.id)).toEqual(["velero"]);
  });
});
