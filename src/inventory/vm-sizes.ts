/**
 * VM sizes that Azure Stack Hub offers to tenants.
 *
 * Source: Microsoft Learn, "VM sizes supported in Azure Stack Hub",
 * https://learn.microsoft.com/azure-stack/user/azure-stack-vm-sizes
 * (MicrosoftDocs/azure-stack-docs, azure-stack/user/azure-stack-vm-sizes.md, version with ms.date 06/15/2023;
 * read from a stored copy, commit not recorded). Every number below is copied from that page's tables;
 * see docs/vm-sizes.md for the few places where the page needed interpretation.
 *
 * Notes taken from the page:
 * - Av2, F, Fs and Fsv2 require Azure Stack Hub 1804 or later.
 * - Dv3, DS-n_v2 (constrained vCPU) and Ev3 are listed for Azure Stack Hub 2102 or later only.
 * - A constrained-vCPU size (e.g. Standard_DS14-4_v2, 4 vCPUs) consumes the quota of its parent size (16 vCPUs).
 * - Standard_F64s_v2 needs nodes with at least 64 cores / logical processors.
 * - Disk IOPS are a function of the VM size: 2300 IOPS per data disk for premium-storage series (DS, DSv2, Fs,
 *   Fsv2, DS-n_v2), 300 for Basic A, 500 for all others.
 */

export interface VmSize {
  /** ARM size name, e.g. "Standard_DS2_v2". */
  name: string;
  vCpus: number;
  memoryGiB: number;
  maxDataDisks: number;
  /** Temporary (resource) disk size in GiB, as the page lists it. */
  tempDiskGiB?: number;
  /** Series as the page's section heading names it, e.g. "DSv2", "Basic A". */
  series: string;
}

export const VM_SIZES_SOURCE =
  "https://learn.microsoft.com/azure-stack/user/azure-stack-vm-sizes " +
  "(MicrosoftDocs/azure-stack-docs: azure-stack/user/azure-stack-vm-sizes.md, ms.date 06/15/2023, commit not recorded)";

/**
 * Largest managed disk Azure Stack Hub supports: the "Disk size" row of the cheat sheet lists M4 (32 GiB) up to
 * M30 (1023 GiB). Source: https://learn.microsoft.com/azure-stack/user/azure-stack-managed-disk-considerations
 * (MicrosoftDocs/azure-stack-docs: azure-stack/user/azure-stack-managed-disk-considerations.md, ms.date 01/24/2025).
 */
export const MAX_DISK_SIZE_GIB = 1023;

/**
 * "Azure Stack Hub supports having an availability set with a maximum of three fault domains to be consistent
 * with Azure." Source: https://learn.microsoft.com/azure-stack/user/azure-stack-vm-considerations
 * (MicrosoftDocs/azure-stack-docs: azure-stack/user/azure-stack-vm-considerations.md, section "High Availability").
 */
export const MAX_FAULT_DOMAINS = 3;

/** Series in the order the page lists them; the table is sorted by this order, then by size. */
export const VM_SERIES = ["Basic A", "Standard A", "Av2", "D", "DS", "Dv2", "DSv2", "F", "Fs", "Fsv2", "Dv3", "DS-n_v2", "Ev3"] as const;
export type VmSeries = (typeof VM_SERIES)[number];

/** [name, vCPU, memory GiB, temp storage GiB, max data disks], one row per line of the page's tables. */
type Row = readonly [name: string, vCpus: number, memoryGiB: number, tempDiskGiB: number, maxDataDisks: number];

const rows: Readonly<Record<VmSeries, readonly Row[]>> = {
  // "Basic A" lists memory in MB/GB and temp disk in GB; 768 MB is recorded as 0.75 GiB, GB as GiB.
  "Basic A": [
    ["Basic_A0", 1, 0.75, 20, 1],
    ["Basic_A1", 1, 1.75, 40, 2],
    ["Basic_A2", 2, 3.5, 60, 4],
    ["Basic_A3", 4, 7, 120, 8],
    ["Basic_A4", 8, 14, 240, 16],
  ],
  // The page gives Standard_A0 0.768 GiB; kept as written.
  "Standard A": [
    ["Standard_A0", 1, 0.768, 20, 1],
    ["Standard_A1", 1, 1.75, 70, 2],
    ["Standard_A2", 2, 3.5, 135, 4],
    ["Standard_A3", 4, 7, 285, 8],
    ["Standard_A4", 8, 14, 605, 16],
    ["Standard_A5", 2, 14, 135, 4],
    ["Standard_A6", 4, 28, 285, 8],
    ["Standard_A7", 8, 56, 605, 16],
  ],
  // The 2023 page misspells Standard_A4_v2 as "Standard_A4v2"; the 2022 version of the page spells it right.
  Av2: [
    ["Standard_A1_v2", 1, 2, 10, 2],
    ["Standard_A2_v2", 2, 4, 20, 4],
    ["Standard_A4_v2", 4, 8, 40, 8],
    ["Standard_A8_v2", 8, 16, 80, 16],
    ["Standard_A2m_v2", 2, 16, 20, 4],
    ["Standard_A4m_v2", 4, 32, 40, 8],
    ["Standard_A8m_v2", 8, 64, 80, 16],
  ],
  // General purpose D1-D4 and memory-optimized D11-D14 (two tables on the page, one series).
  D: [
    ["Standard_D1", 1, 3.5, 50, 4],
    ["Standard_D2", 2, 7, 100, 8],
    ["Standard_D3", 4, 14, 200, 16],
    ["Standard_D4", 8, 28, 400, 32],
    ["Standard_D11", 2, 14, 100, 8],
    ["Standard_D12", 4, 28, 200, 16],
    ["Standard_D13", 8, 56, 400, 32],
    ["Standard_D14", 16, 112, 800, 64],
  ],
  DS: [
    ["Standard_DS1", 1, 3.5, 7, 4],
    ["Standard_DS2", 2, 7, 14, 8],
    ["Standard_DS3", 4, 14, 28, 16],
    ["Standard_DS4", 8, 28, 56, 32],
    ["Standard_DS11", 2, 14, 28, 8],
    ["Standard_DS12", 4, 28, 56, 16],
    ["Standard_DS13", 8, 56, 112, 32],
    ["Standard_DS14", 16, 112, 224, 64],
  ],
  Dv2: [
    ["Standard_D1_v2", 1, 3.5, 50, 4],
    ["Standard_D2_v2", 2, 7, 100, 8],
    ["Standard_D3_v2", 4, 14, 200, 16],
    ["Standard_D4_v2", 8, 28, 400, 32],
    ["Standard_D5_v2", 16, 56, 800, 64],
    ["Standard_D11_v2", 2, 14, 100, 8],
    ["Standard_D12_v2", 4, 28, 200, 16],
    ["Standard_D13_v2", 8, 56, 400, 32],
    ["Standard_D14_v2", 16, 112, 800, 64],
  ],
  // DS11_v2-DS14_v2 max data disks are 8/16/32/64 on the 2022 and 2023 pages (the 2019 page said 4/8/16/32).
  DSv2: [
    ["Standard_DS1_v2", 1, 3.5, 7, 4],
    ["Standard_DS2_v2", 2, 7, 14, 8],
    ["Standard_DS3_v2", 4, 14, 28, 16],
    ["Standard_DS4_v2", 8, 28, 56, 32],
    ["Standard_DS5_v2", 16, 56, 112, 64],
    ["Standard_DS11_v2", 2, 14, 28, 8],
    ["Standard_DS12_v2", 4, 28, 56, 16],
    ["Standard_DS13_v2", 8, 56, 112, 32],
    ["Standard_DS14_v2", 16, 112, 224, 64],
  ],
  F: [
    ["Standard_F1", 1, 2, 16, 4],
    ["Standard_F2", 2, 4, 32, 8],
    ["Standard_F4", 4, 8, 64, 16],
    ["Standard_F8", 8, 16, 128, 32],
    ["Standard_F16", 16, 32, 256, 64],
  ],
  Fs: [
    ["Standard_F1s", 1, 2, 4, 4],
    ["Standard_F2s", 2, 4, 8, 8],
    ["Standard_F4s", 4, 8, 16, 16],
    ["Standard_F8s", 8, 16, 32, 32],
    ["Standard_F16s", 16, 32, 64, 64],
  ],
  Fsv2: [
    ["Standard_F2s_v2", 2, 4, 16, 4],
    ["Standard_F4s_v2", 4, 8, 32, 8],
    ["Standard_F8s_v2", 8, 16, 64, 16],
    ["Standard_F16s_v2", 16, 32, 128, 32],
    ["Standard_F32s_v2", 32, 64, 256, 32],
    ["Standard_F64s_v2", 64, 128, 512, 32],
  ],
  // Azure Stack Hub 2102 or later.
  Dv3: [
    ["Standard_D2_v3", 2, 8, 50, 4],
    ["Standard_D4_v3", 4, 16, 100, 8],
    ["Standard_D8_v3", 8, 32, 200, 16],
    ["Standard_D16_v3", 16, 64, 400, 32],
    ["Standard_D32_v3", 32, 128, 800, 32],
  ],
  // Azure Stack Hub 2102 or later; constrained vCPU, premium storage.
  "DS-n_v2": [
    ["Standard_DS11-1_v2", 1, 14, 28, 8],
    ["Standard_DS12-1_v2", 1, 28, 56, 16],
    ["Standard_DS12-2_v2", 2, 28, 56, 16],
    ["Standard_DS13-2_v2", 2, 56, 112, 32],
    ["Standard_DS13-4_v2", 4, 56, 112, 32],
    ["Standard_DS14-4_v2", 4, 112, 224, 64],
    ["Standard_DS14-8_v2", 8, 112, 224, 64],
  ],
  // Azure Stack Hub 2102 or later.
  Ev3: [
    ["Standard_E2_v3", 2, 16, 50, 4],
    ["Standard_E4_v3", 4, 32, 100, 8],
    ["Standard_E8_v3", 8, 64, 200, 16],
    ["Standard_E16_v3", 16, 128, 400, 32],
    ["Standard_E20_v3", 20, 160, 500, 32],
  ],
};

/** Series in page order, then vCPUs, then memory, then name. */
export function compareVmSizes(a: VmSize, b: VmSize): number {
  const seriesOrder = (s: string): number => {
    const i = (VM_SERIES as readonly string[]).indexOf(s);
    return i < 0 ? VM_SERIES.length : i;
  };
  return (
    seriesOrder(a.series) - seriesOrder(b.series) || a.vCpus - b.vCpus || a.memoryGiB - b.memoryGiB || a.name.localeCompare(b.name, "en", { numeric: true })
  );
}

export const azureStackHubVmSizes: readonly VmSize[] = Object.freeze(
  VM_SERIES.flatMap((series) =>
    rows[series].map(
      ([name, vCpus, memoryGiB, tempDiskGiB, maxDataDisks]): VmSize => Object.freeze({ name, vCpus, memoryGiB, maxDataDisks, tempDiskGiB, series }),
    ),
  ).sort(compareVmSizes),
);

const byName = new Map(azureStackHubVmSizes.map((s) => [s.name.toLowerCase(), s]));

/** Looks a size up by its ARM name, case-insensitively ("standard_ds2_v2" finds Standard_DS2_v2). */
export function findVmSize(name: string): VmSize | undefined {
  return byName.get(name.trim().toLowerCase());
}
