import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  MAX_DISK_SIZE_GIB,
  MAX_FAULT_DOMAINS,
  VM_SERIES,
  VM_SIZES_SOURCE,
  azureStackHubVmSizes,
  compareVmSizes,
  findVmSize,
} from "../../src/inventory/vm-sizes.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// /work/main -> /work/shared/reference/...: the AzureStack-Tools list of VM SKU names (older than the Learn page).
const vmSkusPath = resolve(repoRoot, "../shared/reference/data/azurestack-tools/AzureStack.vmSkus.json");
const haveVmSkus = existsSync(vmSkusPath);
if (!haveVmSkus) {
  console.info(`vm-sizes.test: skipping the AzureStack-Tools cross-check, ${vmSkusPath} does not exist`);
}

describe("azureStackHubVmSizes", () => {
  it("names its source", () => {
    expect(VM_SIZES_SOURCE).toContain("learn.microsoft.com/azure-stack/user/azure-stack-vm-sizes");
    expect(VM_SIZES_SOURCE).toContain("azure-stack/user/azure-stack-vm-sizes.md");
  });

  it("holds every size of the page (87 rows in 13 series)", () => {
    expect(azureStackHubVmSizes).toHaveLength(87);
    expect(new Set(azureStackHubVmSizes.map((s) => s.series))).toEqual(new Set(VM_SERIES));
  });

  it("has unique names, case-insensitively", () => {
    const names = azureStackHubVmSizes.map((s) => s.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it("has positive numbers throughout", () => {
    for (const s of azureStackHubVmSizes) {
      expect(Number.isInteger(s.vCpus) && s.vCpus > 0, `${s.name} vCpus`).toBe(true);
      expect(s.memoryGiB, `${s.name} memoryGiB`).toBeGreaterThan(0);
      expect(Number.isInteger(s.maxDataDisks) && s.maxDataDisks > 0, `${s.name} maxDataDisks`).toBe(true);
      if (s.tempDiskGiB !== undefined) expect(s.tempDiskGiB, `${s.name} tempDiskGiB`).toBeGreaterThan(0);
      expect(s.name).toMatch(/^(Basic|Standard)_[A-Za-z0-9_-]+$/);
    }
  });

  it("is sorted by series (page order), then size", () => {
    const sorted = [...azureStackHubVmSizes].sort(compareVmSizes);
    expect(azureStackHubVmSizes.map((s) => s.name)).toEqual(sorted.map((s) => s.name));
    expect(azureStackHubVmSizes[0]?.name).toBe("Basic_A0");
    expect(azureStackHubVmSizes.at(-1)?.name).toBe("Standard_E20_v3");
  });

  it("matches spot checks read from the page", () => {
    // Basic A: "A0\Basic_A0 | 1 | 768 MB | 20 GB | ... | 1 / 1x300"
    expect(findVmSize("Basic_A0")).toEqual({
      name: "Basic_A0",
      vCpus: 1,
      memoryGiB: 0.75,
      maxDataDisks: 1,
      tempDiskGiB: 20,
      series: "Basic A",
    });
    // Standard A: "Standard_A0 | 1 | 0.768 | 20 | 500 | 500 | 1x500"
    expect(findVmSize("Standard_A0")).toMatchObject({ vCpus: 1, memoryGiB: 0.768, tempDiskGiB: 20, maxDataDisks: 1 });
    // Av2: "Standard_A8m_v2 | 8 | 64 | 80 | 500 | 8000 | 16 / 16x500"
    expect(findVmSize("Standard_A8m_v2")).toMatchObject({ vCpus: 8, memoryGiB: 64, tempDiskGiB: 80, maxDataDisks: 16 });
    // DSv2: "Standard_DS2_v2 | 2 | 7 | 14 | 1000 | 8000 | 8 / 8x2300"
    expect(findVmSize("Standard_DS2_v2")).toEqual({
      name: "Standard_DS2_v2",
      vCpus: 2,
      memoryGiB: 7,
      maxDataDisks: 8,
      tempDiskGiB: 14,
      series: "DSv2",
    });
    // Dv2 memory optimized: "Standard_D14_v2 | 16 | 112 | 800 | 500 | 48000 | 64 / 64x500"
    expect(findVmSize("Standard_D14_v2")).toMatchObject({ vCpus: 16, memoryGiB: 112, tempDiskGiB: 800, maxDataDisks: 64 });
    // Fsv2: "Standard_F64s_v2 | 64 | 128 | 512 | 1000 | 128000 | 32 / 32x2300"
    expect(findVmSize("Standard_F64s_v2")).toMatchObject({ vCpus: 64, memoryGiB: 128, tempDiskGiB: 512, maxDataDisks: 32 });
    // DS-n_v2: "Standard_DS14-4_v2 | 4 | 112 | 224 | 64 /64x2300"
    expect(findVmSize("Standard_DS14-4_v2")).toMatchObject({
      vCpus: 4,
      memoryGiB: 112,
      tempDiskGiB: 224,
      maxDataDisks: 64,
      series: "DS-n_v2",
    });
    // Ev3: "Standard_E20_v3 | 20 | 160 | 500 | 32 /32x500"
    expect(findVmSize("Standard_E20_v3")).toMatchObject({ vCpus: 20, memoryGiB: 160, tempDiskGiB: 500, maxDataDisks: 32 });
    // Dv3: "Standard_D32_v3 | 32 | 128 | 800 | 32 /32x500"
    expect(findVmSize("Standard_D32_v3")).toMatchObject({ vCpus: 32, memoryGiB: 128, tempDiskGiB: 800, maxDataDisks: 32 });
  });

  it('spells Standard_A4_v2 correctly (the 2023 page has the typo "Standard_A4v2")', () => {
    expect(findVmSize("Standard_A4_v2")).toMatchObject({ vCpus: 4, memoryGiB: 8, series: "Av2" });
    expect(findVmSize("Standard_A4v2")).toBeUndefined();
  });

  it("does not offer sizes the page does not list", () => {
    for (const name of ["Standard_B2s", "Standard_D2s_v3", "Standard_D2_v4", "Standard_E2s_v3", "Standard_NC6"]) {
      expect(findVmSize(name), name).toBeUndefined();
    }
  });
});

describe("findVmSize", () => {
  it("is case-insensitive and ignores surrounding spaces", () => {
    expect(findVmSize("standard_ds2_v2")?.name).toBe("Standard_DS2_v2");
    expect(findVmSize("STANDARD_F16S")?.name).toBe("Standard_F16s");
    expect(findVmSize("  basic_a1 ")?.name).toBe("Basic_A1");
  });

  it("returns undefined for unknown or empty names", () => {
    expect(findVmSize("")).toBeUndefined();
    expect(findVmSize("Standard_X1")).toBeUndefined();
  });
});

describe("platform limits", () => {
  it("records the managed disk and fault domain limits", () => {
    // azure-stack-managed-disk-considerations.md, "Disk size": "M30: 1023 GiB" is the largest.
    expect(MAX_DISK_SIZE_GIB).toBe(1023);
    // azure-stack-vm-considerations.md: "an availability set with a maximum of three fault domains".
    expect(MAX_FAULT_DOMAINS).toBe(3);
  });
});

describe("AzureStack-Tools AzureStack.vmSkus.json", () => {
  it.skipIf(!haveVmSkus)("every SKU name it lists is in the table", () => {
    const names = JSON.parse(readFileSync(vmSkusPath, "utf8")) as unknown;
    expect(Array.isArray(names)).toBe(true);
    const missing = (names as unknown[]).filter((n) => typeof n !== "string" || findVmSize(n) === undefined);
    expect(missing).toEqual([]);
    expect((names as unknown[]).length).toBe(47);
  });
});
