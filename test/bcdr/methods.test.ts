import { describe, expect, it } from "vitest";
import { ASR_STACK_TO_STACK, ASR_TO_AZURE } from "../../src/bcdr/limits.js";
import {
  checkStampVersion,
  chooseMethod,
  evaluateApplicationReplication,
  evaluateAsrToAzure,
  evaluateRestore,
  evaluateStackToStack,
} from "../../src/bcdr/methods.js";
import { osSupport, parseOsVersion } from "../../src/bcdr/os.js";
import { ASR_TO_AZURE_OS, STACK_TO_STACK_OS } from "../../src/bcdr/limits.js";
import { plannerSettings } from "../../src/inventory/defaults.js";
import type { Disk, Tenant, VirtualMachine } from "../../src/inventory/schema.js";
import { virtualMachines } from "../../src/inventory/walk.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";

const small = tenantFrom();
const ref = (tenant: Tenant, name: string) => virtualMachines(tenant).find((r) => r.vm.name === name)!;

/** The small example with one VM's fields replaced (no validation: the planner must cope with any Tenant). */
function withVm(name: string, patch: Partial<VirtualMachine>, change: (t: Tenant) => void = () => {}): { tenant: Tenant; vm: ReturnType<typeof ref> } {
  const tenant = structuredClone(small);
  const r = ref(tenant, name);
  Object.assign(r.vm, patch);
  change(tenant);
  return { tenant, vm: ref(tenant, name) };
}

const secondStamp = (t: Tenant) => {
  t.stamp.version = "1.2406.1.23";
  t.protection.drSite = { kind: "second-stamp", name: "ash-osaka-01", stampVersion: "2406", wanBandwidthMbps: 1000 };
};
const noSite = (t: Tenant) => {
  t.protection.drSite = { kind: "none" };
};
const disk = (name: string, sizeGiB: number, extra: Partial<Disk> = {}): Disk => ({ name, role: "data", sizeGiB, ...extra });
const codes = (issues: { code: string; severity: string }[]) => issues.map((i) => `${i.severity}:${i.code}`);
const tierOf = (t: Tenant, name: string) => t.protection.tiers.find((x) => x.name === name)!;

describe("method selection", () => {
  it("keeps a domain controller at the DR site for AD, even in a tier that does not require DR", () => {
    const { tenant, vm } = withVm("dc01", { tier: "bronze" });
    const choice = chooseMethod(vm, tierOf(tenant, "bronze"), tenant, plannerSettings(tenant));
    expect(choice.method).toBe("application-replication");
    expect(choice.technology).toMatch(/domain controller/);
    expect(choice.reason).toMatch(/USN rollback/);
  });

  it("prefers the workload's own replication for SQL Server in a tier that requires DR", () => {
    const choice = chooseMethod(ref(small, "sql01"), tierOf(small, "gold"), small, plannerSettings(small));
    expect(choice.method).toBe("application-replication");
    expect(choice.technology).toMatch(/Always On availability group/);
    expect(choice.reason).toMatch(/requires DR/);
  });

  it("uses DFS-R for a Windows file server, and ASR when the file server runs Linux", () => {
    const { tenant, vm } = withVm("fs01", { tier: "gold" });
    expect(chooseMethod(vm, tierOf(tenant, "gold"), tenant, plannerSettings(tenant)).technology).toMatch(/DFS Replication/);
    const linux = withVm("fs01", { tier: "gold", osType: "linux", osVersion: "Ubuntu 16.04 LTS" });
    const choice = chooseMethod(linux.vm, tierOf(linux.tenant, "gold"), linux.tenant, plannerSettings(linux.tenant));
    expect(choice.method).toBe("asr-to-azure");
    expect(choice.reason).toMatch(/Windows Server feature/);
  });

  it("replicates a VM without its own replication with ASR to an Azure region", () => {
    const { tenant, vm } = withVm("app01", { tier: "gold" });
    expect(chooseMethod(vm, tierOf(tenant, "gold"), tenant, plannerSettings(tenant)).method).toBe("asr-to-azure");
  });

  it("replicates stack-to-stack when the DR site is a second stamp", () => {
    const { tenant, vm } = withVm("app01", { tier: "gold" }, secondStamp);
    const choice = chooseMethod(vm, tierOf(tenant, "gold"), tenant, plannerSettings(tenant));
    expect(choice.method).toBe("asr-stack-to-stack");
    expect(choice.reason).toMatch(/second stamp/);
  });

  it("restores when the tier does not require DR and the restore meets the RTO", () => {
    const settings = plannerSettings(small);
    const choice = chooseMethod(ref(small, "web01"), tierOf(small, "silver"), small, settings);
    expect(choice.method).toBe("restore-and-redeploy");
    // The restore estimate is the backup planner's: compare with it rather than a copied number.
    expect(choice.estimatedRtoHours).toBeCloseTo(evaluateRestore(ref(small, "web01"), small, settings, "azure-region").estimatedRtoHours!, 6);
    expect(choice.estimatedRtoHours!).toBeLessThanOrEqual(24);
  });

  it("replicates instead when a restore is slower than the RTO", () => {
    const { tenant, vm } = withVm("web01", {}, (t) => (tierOf(t, "silver").rtoHours = 0.5));
    const choice = chooseMethod(vm, tierOf(tenant, "silver"), tenant, plannerSettings(tenant));
    expect(choice.method).toBe("asr-to-azure");
    expect(choice.reason).toMatch(/more than the 0.5 h RTO/);
  });

  it("has no method for a tier that requires DR when the DR site is none", () => {
    const { tenant, vm } = withVm("sql01", {}, noSite);
    const choice = chooseMethod(vm, tierOf(tenant, "gold"), tenant, plannerSettings(tenant));
    expect(choice.method).toBe("none");
    expect(choice.reason).toMatch(/requires DR but protection.drSite is "none"/);
  });

  it("restores onto a rebuilt stamp when there is no DR site and the tier does not require DR", () => {
    const { tenant, vm } = withVm("web01", {}, noSite);
    const choice = chooseMethod(vm, tierOf(tenant, "silver"), tenant, plannerSettings(tenant));
    expect(choice.method).toBe("restore-and-redeploy");
    expect(choice.evaluations.find((e) => e.method === "restore-and-redeploy")!.issues.map((i) => i.code)).toContain("no-dr-site");
  });

  it("leaves a VM without tier unprotected", () => {
    expect(chooseMethod(ref(small, "web01"), undefined, small, plannerSettings(small)).method).toBe("none");
  });

  it("falls back to restore when replication is blocked, and to none when restore is impossible too", () => {
    const blocked = { osVersion: "Windows Server 2008 Datacenter" };
    const a = withVm("app01", { ...blocked, osType: "windows", tier: "gold" });
    const restore = chooseMethod(a.vm, tierOf(a.tenant, "gold"), a.tenant, plannerSettings(a.tenant));
    expect(restore.method).toBe("restore-and-redeploy");
    expect(restore.reason).toMatch(/no replication method can protect it/);
    const b = withVm("app01", { ...blocked, osType: "windows", tier: "gold", backup: { exclude: true } });
    const none = chooseMethod(b.vm, tierOf(b.tenant, "gold"), b.tenant, plannerSettings(b.tenant));
    expect(none.method).toBe("none");
    expect(none.reason).toMatch(/migration only/);
  });
});

describe("application-level replication limits", () => {
  it("needs a DR site and Windows for AD, DFS-R and Exchange", () => {
    expect(codes(evaluateApplicationReplication(ref(small, "dc01"), "none")!.issues)).toEqual(["blocker:no-dr-site"]);
    const linuxDc = withVm("dc01", { osType: "linux", osVersion: "Ubuntu 20.04 LTS" });
    expect(codes(evaluateApplicationReplication(linuxDc.vm, "azure-region")!.issues)).toEqual(["blocker:windows-only"]);
    expect(evaluateApplicationReplication(ref(small, "web01"), "azure-region")).toBeUndefined();
  });

  it("warns that SQL Server Standard has only basic availability groups", () => {
    expect(codes(evaluateApplicationReplication(ref(small, "sql01"), "azure-region")!.issues)).toEqual(["warning:sql-standard-basic-ag"]);
  });
});

describe("ASR to Azure limits, each with a VM over it", () => {
  const settings = plannerSettings(small);
  const evaluate = (patch: Partial<VirtualMachine>) => evaluateAsrToAzure(withVm("app01", patch).vm, settings);

  it("passes the small example's Ubuntu 20.04 app server with only an OS-list warning", () => {
    const e = evaluateAsrToAzure(ref(small, "app01"), settings);
    expect(e.available).toBe(true);
    expect(codes(e.issues)).toEqual(["warning:os-not-on-ash-list"]);
  });

  it("refuses Windows Server 2008 (migration only)", () => {
    expect(codes(evaluate({ osType: "windows", osVersion: "Windows Server 2008 Datacenter" }).issues)).toContain("blocker:os-migration-only");
  });

  it(`refuses more than ${ASR_TO_AZURE.maxDataDisks.value} data disks`, () => {
    const disks: Disk[] = [{ name: "os", role: "os", sizeGiB: 30, usedGiB: 10 }, ...Array.from({ length: 65 }, (_, i) => disk(`d${i}`, 4, { usedGiB: 0 }))];
    const e = evaluate({ disks });
    expect(codes(e.issues)).toContain("blocker:too-many-data-disks");
    expect(e.available).toBe(false);
    expect(codes(evaluate({ disks: disks.slice(0, 65) }).issues)).not.toContain("blocker:too-many-data-disks");
  });

  it("refuses a disk of 1 GiB or less", () => {
    expect(codes(evaluate({ disks: [{ name: "os", role: "os", sizeGiB: 30 }, disk("tiny", 1)] }).issues)).toContain("blocker:disk-too-small");
    expect(codes(evaluate({ disks: [{ name: "os", role: "os", sizeGiB: 30 }, disk("small", 2)] }).issues)).not.toContain("blocker:disk-too-small");
  });

  it("refuses an OS disk over 2,048 GiB and a data disk over 32 TiB", () => {
    expect(codes(evaluate({ disks: [{ name: "os", role: "os", sizeGiB: 2049, usedGiB: 1 }] }).issues)).toContain("blocker:os-disk-too-large");
    expect(codes(evaluate({ disks: [{ name: "os", role: "os", sizeGiB: 30, usedGiB: 1 }, disk("huge", 32 * 1024 + 1, { usedGiB: 1 })] }).issues)).toContain(
      "blocker:data-disk-too-large",
    );
  });

  it("checks per-disk churn against the replica disk type", () => {
    // Standard disk: 500 GiB used × 15 % × 1.3 = 97.5 GiB/day; over 8 h: 97.5 × 1,024 / 28,800 = 3.47 MB/s > 2 MB/s.
    const standard = evaluate({
      disks: [{ name: "os", role: "os", sizeGiB: 30, usedGiB: 1 }, disk("d", 1000, { usedGiB: 500, changeRatePercent: 15, sku: "Standard_LRS" })],
    });
    expect(codes(standard.issues)).toContain("blocker:disk-churn");
    // The same churn on a premium disk ≥ 128 GiB (P20–P50): 3.47 < 5 MB/s at 8 KB writes: fine.
    const premium = evaluate({
      disks: [{ name: "os", role: "os", sizeGiB: 30, usedGiB: 1 }, disk("d", 1000, { usedGiB: 500, changeRatePercent: 15, sku: "Premium_LRS" })],
    });
    expect(codes(premium.issues).filter((c) => c.includes("churn"))).toEqual([]);
    // Premium 1,000 GiB used × 15 % × 1.3 = 195 GiB/day → 6.93 MB/s: over 5 (8 KB) but under 20 (≥ 16 KB): a warning.
    const warm = evaluate({
      disks: [{ name: "os", role: "os", sizeGiB: 30, usedGiB: 1 }, disk("d", 1023, { usedGiB: 1000, changeRatePercent: 15, sku: "Premium_LRS" })],
    });
    expect(codes(warm.issues)).toContain("warning:disk-churn-8k");
    expect(warm.available).toBe(true);
  });

  it(`refuses more than ${ASR_TO_AZURE.maxVmPeakChurnMBps.value} MB/s per VM and 2 TB a day per process server, and warns above 25 MB/s`, () => {
    // 4 premium disks × 1,000 GiB × 40 % × 1.3 = 520 GiB/day each (18.5 MB/s, under the 20 MB/s disk limit);
    // 2,080 GiB/day in all: 73.96 MB/s over 8 h > 54, and 2,080 > 2,048 GiB/day.
    const heavy = (rate: number) => [
      { name: "os", role: "os" as const, sizeGiB: 30, usedGiB: 1, changeRatePercent: 0 },
      ...[1, 2, 3, 4].map((i) => disk(`d${i}`, 1023, { usedGiB: 1000, changeRatePercent: rate, sku: "Premium_LRS" })),
    ];
    const e = evaluate({ disks: heavy(40) });
    expect(codes(e.issues)).toEqual(expect.arrayContaining(["blocker:vm-churn", "blocker:process-server-churn"]));
    expect(codes(e.issues)).not.toContain("blocker:disk-churn");
    // At 10 %: 520 GiB/day → 18.5 MB/s busy: under 54 but over 25? No: 18.5 < 25, no warning.
    expect(codes(evaluate({ disks: heavy(10) }).issues).filter((c) => c.includes("vm-churn"))).toEqual([]);
    // At 20 %: 1,040 GiB/day → 36.98 MB/s: between the conflicting 25 and 54 MB/s figures → warning only.
    const between = evaluate({ disks: heavy(20) });
    expect(codes(between.issues)).toContain("warning:vm-churn-25");
    expect(between.available).toBe(true);
  });
});

describe("stack-to-stack limits, each with a VM over it", () => {
  const evaluate = (patch: Partial<VirtualMachine>, change: (t: Tenant) => void = secondStamp) => {
    const { tenant, vm } = withVm("app01", patch, change);
    return evaluateStackToStack(vm, tenant);
  };

  it("accepts a supported VM on stamps new enough", () => {
    const e = evaluate({});
    expect(e.available).toBe(true);
    expect(codes(e.issues)).toEqual(["warning:linux-kernel"]);
  });

  it(`refuses a stamp older than ${ASR_STACK_TO_STACK.minimumStampVersion} and warns when the version is unknown`, () => {
    expect(
      codes(
        evaluate({}, (t) => {
          secondStamp(t);
          t.stamp.version = "1.2206.1.24";
        }).issues,
      ),
    ).toContain("blocker:stamp-version");
    expect(
      codes(
        evaluate({}, (t) => {
          secondStamp(t);
          delete t.protection.drSite!.stampVersion;
        }).issues,
      ),
    ).toContain("warning:stamp-version-unknown");
    expect(checkStampVersion("2406")).toBe("ok");
    expect(checkStampVersion("1.2301.2.58")).toBe("ok");
    expect(checkStampVersion("1.2301.2.57")).toBe("below");
    expect(checkStampVersion("2301")).toBe("unknown");
    expect(checkStampVersion("2206")).toBe("below");
    expect(checkStampVersion("latest")).toBe("unknown");
    expect(checkStampVersion(undefined)).toBe("unknown");
  });

  it("refuses an OS off the stack-to-stack list", () => {
    expect(codes(evaluate({ osVersion: "Ubuntu 22.04 LTS" }).issues)).toContain("blocker:os-not-supported");
  });

  it(`refuses a disk over ${ASR_STACK_TO_STACK.maxProtectedDiskGiB.value} GiB`, () => {
    // The small example's fs01 has a 1,023 GiB share disk: the largest an ASH disk can be, one too many for ASR.
    const { tenant, vm } = withVm("fs01", {}, secondStamp);
    const e = evaluateStackToStack(vm, tenant);
    expect(codes(e.issues)).toContain("blocker:disk-too-large");
    expect(e.issues.find((i) => i.code === "disk-too-large")!.message).toMatch(/fs01-shares is 1023 GiB/);
    expect(codes(evaluate({ disks: [{ name: "os", role: "os", sizeGiB: 30 }, disk("d", 1022)] }).issues)).not.toContain("blocker:disk-too-large");
  });

  it(`refuses a VM with more than ${ASR_STACK_TO_STACK.maxDisksReprotectedAtOnce.value} disks to re-protect`, () => {
    const disks: Disk[] = [{ name: "os", role: "os", sizeGiB: 30 }, ...Array.from({ length: 31 }, (_, i) => disk(`d${i}`, 8))];
    expect(codes(evaluate({ disks }).issues)).toContain("blocker:too-many-disks");
    expect(codes(evaluate({ disks: disks.slice(0, 31) }).issues)).not.toContain("blocker:too-many-disks");
  });
});

describe("operating system lists", () => {
  it("parses display names into versions", () => {
    expect(parseOsVersion("Windows Server 2012 R2 Datacenter")).toEqual({ os: "windows-server", version: "2012.5", majorOnly: false });
    expect(parseOsVersion("SUSE Linux Enterprise Server 12 SP4")).toEqual({ os: "sles", version: "12.4", majorOnly: false });
    expect(parseOsVersion("Red Hat Enterprise Linux 8")).toEqual({ os: "rhel", version: "8", majorOnly: true });
    expect(parseOsVersion("CentOS 7.9")).toEqual({ os: "centos", version: "7.9", majorOnly: false });
    expect(parseOsVersion("FreeBSD 13")).toBeUndefined();
  });

  it("checks against the lists", () => {
    expect(osSupport("Windows Server 2019 Datacenter", ASR_TO_AZURE_OS).support).toBe("supported");
    expect(osSupport("Windows Server 2022 Datacenter", ASR_TO_AZURE_OS).support).toBe("not-listed");
    expect(osSupport("CentOS 7.3", ASR_TO_AZURE_OS).support).toBe("supported");
    expect(osSupport("CentOS 7.9", ASR_TO_AZURE_OS).support).toBe("not-listed");
    expect(osSupport("CentOS 7", ASR_TO_AZURE_OS).support).toBe("partly");
    expect(osSupport("Windows Server 2022 Datacenter", STACK_TO_STACK_OS).support).toBe("supported");
    expect(osSupport("Red Hat Enterprise Linux 8", STACK_TO_STACK_OS).support).toBe("partly");
    expect(osSupport("Debian 11", STACK_TO_STACK_OS).support).toBe("supported");
    expect(osSupport("Debian 12", STACK_TO_STACK_OS).support).toBe("not-listed");
    expect(osSupport("Plan 9", STACK_TO_STACK_OS).support).toBe("unknown");
  });
});
