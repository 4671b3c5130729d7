/** Issue 14's small items, each worked out by hand from its source. */
import { describe, expect, it } from "vitest";
import { evaluateAsrToAzure, evaluateStackToStack } from "../../src/bcdr/methods.js";
import { planBcdr } from "../../src/bcdr/index.js";
import { plannerSettings } from "../../src/inventory/defaults.js";
import type { Disk, Tenant } from "../../src/inventory/schema.js";
import { virtualMachines } from "../../src/inventory/walk.js";
import { volumeDriver } from "../../src/azure-backup/aks-model.js";
import { planBackup } from "../../src/backup/index.js";
import { makeTenant } from "../backup/fixtures.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";

const ref = (tenant: Tenant, name: string) => virtualMachines(tenant).find((r) => r.vm.name === name)!;

describe("per-VM churn cap of Site Recovery: held, compared and printed in MiB/s", () => {
  /** fs01 of the small example with two data disks changing `dailyGiB` a day in all, growth factor 1. */
  function churning(dailyGiB: number) {
    const tenant = structuredClone(tenantFrom((d) => (d.protection.settings = { churnGrowthFactor: 1 })));
    const vm = ref(tenant, "fs01").vm;
    const half = dailyGiB / 2;
    vm.disks = [
      vm.disks.find((d) => d.role === "os")!,
      ...["a", "b"].map((n, i): Disk => ({ name: `fs01-${n}`, role: "data", lun: i, sizeGiB: 1000, usedGiB: half, changeRatePercent: 100 })),
    ];
    vm.disks[0]!.excludeFromBackup = true;
    return evaluateAsrToAzure(ref(tenant, "fs01"), plannerSettings(tenant));
  }

  it("53 MiB/s (55.6 MB/s decimal) is under the matrix's binary 54: a warning, not a blocker", () => {
    // 53 MiB/s over the 8 busy hours: 53 × 28,800 s ÷ 1,024 = 1,490.625 GiB a day.
    const e = churning((53 * 28800) / 1024);
    expect(e.issues.map((i) => i.code)).not.toContain("vm-churn");
    expect(e.issues.find((i) => i.code === "vm-churn-25")!.message).toContain("about 53 MiB/s");
  });

  it("55 MiB/s is over it, and the message says MiB/s for both figures", () => {
    const e = churning((55 * 28800) / 1024);
    expect(e.issues.find((i) => i.code === "vm-churn")!.message).toBe(
      "the VM writes about 55 MiB/s at its busiest; Site Recovery takes at most 54 MiB/s peak churn per VM",
    );
  });
});

describe("WAN error quotes the usable share it was computed on", () => {
  it("1 Mbit/s at the default 80 % is 0.8 Mbit/s usable", () => {
    const plan = planBackup(makeTenant({ target: { wanBandwidthMbps: 1 } }));
    const message = plan.findings.find((f) => f.code === "backup.wan-insufficient")!.message;
    // 4.55 GiB × 1,073.741824 MB ÷ (0.1 MB/s × 60) = 814.25 min, printed 814.3, of the 0.8 Mbit/s usable.
    expect(message).toContain("need 814.3 min of the link's usable 0.8 Mbit/s (of its 1 Mbit/s)");
  });
});

describe("the 31-disk re-protect limit of stack-to-stack counts every replica disk, the OS disk included", () => {
  const secondStamp = (t: Tenant) => {
    t.stamp.version = "1.2406.1.23";
    t.protection.drSite = { kind: "second-stamp", name: "ash-osaka-01", stampVersion: "2406", wanBandwidthMbps: 1000 };
  };
  const withDisks = (data: number, extra: Partial<Disk> = {}) => {
    const tenant = structuredClone(tenantFrom());
    secondStamp(tenant);
    const vm = ref(tenant, "web01").vm;
    vm.disks = [
      { name: "os", role: "os", sizeGiB: 127 },
      ...Array.from({ length: data }, (_, i): Disk => ({ name: `d${i}`, role: "data", lun: i, sizeGiB: 8, ...extra })),
    ];
    return evaluateStackToStack(ref(tenant, "web01"), tenant).issues.map((i) => i.code);
  };
  it("OS + 30 data disks = 31 replica disks fit the appliance's 31 free slots; OS + 31 do not", () => {
    expect(withDisks(30)).not.toContain("too-many-disks");
    expect(withDisks(31)).toContain("too-many-disks");
  });
  it("a disk excluded from replication has no replica disk and takes no slot", () => {
    expect(withDisks(31, { excludeFromBackup: true })).not.toContain("too-many-disks");
  });
  it("re-protect batches add OS disks: two VMs of OS + 15 data disks (32) go in two batches", () => {
    const tenant = structuredClone(tenantFrom());
    tenant.stamp.version = "2406";
    tenant.protection.drSite = { kind: "second-stamp", name: "ash-osaka-01", stampVersion: "2406", wanBandwidthMbps: 1000 };
    for (const name of ["web01", "web02"]) {
      const vm = ref(tenant, name).vm;
      vm.disks = [
        { name: `${name}-os`, role: "os", sizeGiB: 127 },
        ...Array.from({ length: 15 }, (_, i): Disk => ({ name: `${name}-d${i}`, role: "data", lun: i, sizeGiB: 8 })),
      ];
    }
    for (const tier of tenant.protection.tiers) tier.requiresDr = true;
    const s2s = planBcdr(tenant).components.stackToStack;
    if (!s2s) throw new Error("expected a stack-to-stack plan");
    const batchOf = (vm: string) => s2s.reprotectBatches.findIndex((b: string[]) => b.some((n) => n.endsWith(vm)));
    expect(batchOf("web01")).toBeGreaterThanOrEqual(0);
    expect(batchOf("web01")).not.toBe(batchOf("web02"));
  });
});

describe("a storage class named after its provisioner", () => {
  it("kubernetes.io/azure-disk is the in-tree driver on any cluster version; disk.csi.azure.com is CSI on any", () => {
    expect(volumeDriver("kubernetes.io/azure-disk", "1.30.4")).toBe("azure-disk-in-tree");
    expect(volumeDriver("kubernetes.io/azure-disk", undefined)).toBe("azure-disk-in-tree");
    expect(volumeDriver("disk.csi.azure.com", "1.18.2")).toBe("azure-disk-csi");
    expect(volumeDriver("file.csi.azure.com", "1.30")).toBe("azure-files");
  });
  it("aks-engine's own class names still follow the version (CSI from 1.21)", () => {
    expect(volumeDriver("managed-premium", "1.30.4")).toBe("azure-disk-csi");
    expect(volumeDriver("managed-premium", "1.20.9")).toBe("azure-disk-in-tree");
  });
});
