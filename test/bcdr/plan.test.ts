import { describe, expect, it } from "vitest";
import { planBcdr, sizeAsrToAzure, sizeStackToStack } from "../../src/bcdr/index.js";
import { buildPlan } from "../../src/plan/build.js";
import type { VmDrPlan } from "../../src/bcdr/model.js";
import type { Disk, Tenant } from "../../src/inventory/schema.js";
import { virtualMachines } from "../../src/inventory/walk.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

const small = tenantFrom();
const vmOf = (t: Tenant, name: string) => virtualMachines(t).find((r) => r.vm.name === name)!.vm;
const planFor = (change: (t: Tenant) => void) => {
  const t = structuredClone(small);
  change(t);
  return planBcdr(t);
};
const byName = (plan: ReturnType<typeof planBcdr>, name: string) => plan.vms.find((v) => v.name === name)!;

describe("planBcdr on the small example", () => {
  const plan = planBcdr(small);

  it("is deterministic and does not change its input", () => {
    const before = JSON.stringify(small);
    expect(JSON.stringify(planBcdr(small))).toBe(JSON.stringify(plan));
    expect(JSON.stringify(small)).toBe(before);
  });

  it("chooses a method per VM with a reason", () => {
    const methods = Object.fromEntries(plan.vms.map((v) => [v.name, v.method]));
    expect(methods).toEqual({
      dc01: "application-replication",
      dc02: "application-replication",
      sql01: "application-replication",
      fs01: "restore-and-redeploy",
      web01: "restore-and-redeploy",
      web02: "restore-and-redeploy",
      app01: "restore-and-redeploy",
    });
    for (const v of plan.vms) expect(v.reason.length, v.name).toBeGreaterThan(20);
    expect(plan.methodCounts["application-replication"]).toBe(3);
    expect(plan.gaps).toEqual([]);
  });

  it("orders the runbook by dependencies, identity first", () => {
    expect(plan.runbook.groups.map((g) => g.vms.map((v) => v.vm.split("/")[1]))).toEqual([["dc01", "dc02"], ["fs01", "sql01"], ["app01"], ["web01", "web02"]]);
    expect(plan.runbook.groups[0]!.title).toBe("identity and DNS");
    // Critical path: web01 needs app01 and sql01, so it is not ready before either.
    const web = byName(plan, "web01");
    expect(web.readyAfterHours!).toBeGreaterThanOrEqual(byName(plan, "app01").readyAfterHours!);
    expect(web.readyAfterHours!).toBeGreaterThanOrEqual(web.estimatedRtoHours!);
  });

  it("uses the backup plan's restore estimate for VMs that restore", () => {
    const full = buildPlan(small, PLAN_TEMPLATES);
    const restored = full.bcdr.vms.filter((v) => v.method === "restore-and-redeploy");
    expect(restored.length).toBeGreaterThan(0);
    for (const v of restored) {
      const backup = full.backup.vms.find((b) => b.qualifiedName === v.vm)!;
      expect(v.estimatedRtoHours, v.name).toBeCloseTo(backup.restore!.totalHours, 2);
    }
  });

  it("sizes replication over the DR link from the replicated VMs' churn", () => {
    const replicated = plan.vms.filter((v) => v.method === "application-replication");
    const daily = replicated.reduce((s, v) => s + v.churn.dailyChurnGiB, 0);
    expect(plan.bandwidth.total.dailyChurnGiB).toBeCloseTo(daily, 1);
    expect(plan.bandwidth.linkSource).toBe("drSite");
    expect(plan.bandwidth.effectiveMbps).toBe(160); // 200 Mbit/s × 0.8 default efficiency
    expect(plan.bandwidth.whatIf.map((w) => w.linkMbps)).toEqual([50, 100, 200, 500, 1000]);
    expect(plan.bandwidth.whatIf.find((w) => w.current)!.linkMbps).toBe(200);
    // Faster links never give a worse RPO or a longer seed.
    const seeds = plan.bandwidth.whatIf.map((w) => w.initialReplicationHours!);
    expect([...seeds].sort((a, b) => b - a)).toEqual(seeds);
  });

  it("plans the network with the same addresses and a free replica range", () => {
    expect(plan.network.strategy).toBe("keep-addresses");
    expect(plan.network.overlaps).toEqual([]);
    // 10.10.0.0/16 (tenant), 10.50.0.0/16 (DR site) and 192.168.0.0/16 (on-premises via VPN) are taken.
    expect(plan.network.replicaNetwork).toBe("10.0.0.0/24");
    expect(plan.network.publicEndpoints.map((p) => p.name)).toEqual(["rg-web/pip-lb-web"]);
  });
});

describe("findings and gaps", () => {
  it("reports a dependency cycle as an error naming it", () => {
    const plan = planFor((t) => (vmOf(t, "dc01").dependsOn = ["sql01"]));
    const cycle = plan.findings.filter((f) => f.code === "bcdr-dependency-cycle");
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.severity).toBe("error");
    expect(cycle[0]!.message).toContain("dc01 → sql01 → dc01");
    expect(cycle[0]!.path).toEqual(["subscriptions", 0, "resourceGroups", 0, "virtualMachines", 0, "dependsOn"]);
    expect(plan.gaps.map((g) => g.kind)).toContain("dependency-cycle");
    expect(plan.runbook.groups.find((g) => g.vms.some((v) => v.vm.endsWith("/dc01")))!.cycle).toBe(true);
  });

  it("reports overlapping DR ranges and re-addresses with DNS changes", () => {
    const plan = planFor((t) => (t.protection.drSite!.addressSpaces = ["10.10.2.0/24", "fd00::/8"]));
    expect(plan.network.strategy).toBe("re-address");
    expect(plan.findings.map((f) => f.code)).toEqual(expect.arrayContaining(["bcdr-address-overlap", "bcdr-unparsed-range"]));
    expect(plan.findings.find((f) => f.code === "bcdr-address-overlap")!.message).toContain("10.10.0.0/16 overlaps 10.10.2.0/24");
    expect(plan.runbook.dns.some((s) => s.command?.includes("-Name 'sql01' -RecordData '10.10.2.4'"))).toBe(true);
  });

  it("falls back to the backup target's link with a finding", () => {
    const plan = planFor((t) => delete t.protection.drSite!.wanBandwidthMbps);
    expect(plan.bandwidth.linkSource).toBe("target");
    expect(plan.findings.find((f) => f.code === "bcdr-wan-fallback")!.severity).toBe("warning");
  });

  it("is a gap when a tier requires DR and the DR site is none", () => {
    const plan = planFor((t) => (t.protection.drSite = { kind: "none" }));
    const gap = plan.gaps.find((g) => g.kind === "dr-site-none")!;
    expect(gap.tier).toBe("gold");
    expect(gap.vms).toEqual(["rg-identity/dc01", "rg-identity/dc02", "rg-data/sql01"]);
    expect(plan.findings.map((f) => f.code)).toContain("bcdr-dr-site-none");
    expect(byName(plan, "web01").method).toBe("restore-and-redeploy");
  });

  it("is a gap when no method meets a tier's RTO", () => {
    // Application-level failover is planned at 30 minutes; a 15-minute RTO cannot be met.
    const plan = planFor((t) => (t.protection.tiers[0]!.rtoHours = 0.25));
    const gap = plan.gaps.find((g) => g.kind === "rto-unmet")!;
    expect(gap.tier).toBe("gold");
    expect(gap.vms).toEqual(expect.arrayContaining(["rg-identity/dc01", "rg-data/sql01"]));
  });

  it("is a gap when the link cannot carry the replicated change", () => {
    const plan = planFor((t) => (t.protection.drSite!.wanBandwidthMbps = 1));
    expect(plan.bandwidth.total.achievableRpoHours).toBeNull();
    expect(plan.findings.find((f) => f.code === "bcdr-link-too-slow")!.severity).toBe("error");
    expect(plan.gaps.find((g) => g.kind === "rpo-unmet")!.vms).toContain("rg-data/sql01");
  });

  it("lists a VM no method covers", () => {
    const plan = planFor((t) => {
      const vm = vmOf(t, "app01");
      vm.tier = "gold";
      vm.osVersion = "Windows Server 2008 Datacenter";
      vm.osType = "windows";
      vm.backup = { exclude: true };
    });
    const gap = plan.gaps.find((g) => g.kind === "uncovered-vm")!;
    expect(gap.vms).toEqual(["rg-web/app01"]);
    expect(plan.findings.map((f) => f.code)).toContain("bcdr-uncovered-vm");
  });
});

describe("components", () => {
  it("sizes stack-to-stack: target storage, quota, and re-protect batches of at most 31 disks", () => {
    const plan = planFor((t) => {
      t.stamp.version = "2406";
      t.protection.drSite = { kind: "second-stamp", name: "ash-osaka-01", stampVersion: "2406", wanBandwidthMbps: 1000 };
      for (const tier of t.protection.tiers) tier.requiresDr = true;
      // web01 and web02 get 16 data disks each: 17 + 17 disks cannot share one batch.
      for (const name of ["web01", "web02"]) {
        const vm = vmOf(t, name);
        vm.disks = [vm.disks[0]!, ...Array.from({ length: 16 }, (_, i): Disk => ({ name: `${name}-d${i}`, role: "data", sizeGiB: 32, usedGiB: 4 }))];
      }
    });
    const s2s = plan.components.stackToStack!;
    expect(
      plan.vms
        .filter((v) => v.method === "asr-stack-to-stack")
        .map((v) => v.name)
        .sort(),
    ).toEqual(["app01", "web01", "web02"]);
    for (const batch of s2s.reprotectBatches) {
      const disks = batch.reduce((s, name) => s + byName(plan, name).churn.disks, 0);
      expect(disks, batch.join()).toBeLessThanOrEqual(31);
    }
    expect(s2s.reprotectBatches.flat().sort()).toEqual(["app01", "web01", "web02"]);
    expect(s2s.reprotectBatches.length).toBeGreaterThanOrEqual(2);
    // app01 158 GiB + 2 × (127 + 16 × 32) GiB = 1,436 GiB protected; target 1.5× and 2×.
    expect(s2s.protectedProvisionedGiB).toBe(1436);
    expect(s2s.targetStorageGiB).toEqual({ low: 2154, high: 2872 });
    expect(s2s.failoverQuota).toEqual({ vCpus: 8, memoryGiB: 28, vms: 3 });
    expect(plan.runbook.failback.find((f) => f.method === "asr-stack-to-stack")!.steps[0]!.text).toMatch(/at most 31 disks/);
  });

  it("plans one DR replica per availability set and at most two DR domain controllers", () => {
    const plan = planFor((t) => {
      for (const name of ["web01", "web02"]) Object.assign(vmOf(t, name), { roles: ["sql-server"], tier: "gold" });
    });
    const sql = plan.components.replicas.find((r) => r.technology.includes("SQL Server"))!;
    // sql01 stands alone; web01 and web02 share availability set as-web: 1 + 1 replicas, sized like sql01 + web01.
    expect(sql.sources).toEqual(["rg-data/sql01", "rg-web/web01", "rg-web/web02"]);
    expect(sql).toMatchObject({ replicas: 2, vCpus: 8 + 2, memoryGiB: 28 + 7 });
    expect(plan.components.replicas.find((r) => r.technology.includes("domain controller"))).toMatchObject({ replicas: 2, vCpus: 4 });
  });

  it("sizes configuration and process servers from churn and machine count", () => {
    const fake = (n: number, churn: number, subscription = "s"): VmDrPlan[] =>
      Array.from(
        { length: n },
        (_, i) =>
          ({
            vm: `rg/vm${i}`,
            name: `vm${i}`,
            subscription,
            method: "asr-to-azure",
            churn: { dailyChurnGiB: churn },
          }) as unknown as VmDrPlan,
      );
    // 50 machines × 5 GiB = 250 GiB/day: the smallest configuration server (≤ 500 GB, < 100 machines).
    const [one] = sizeAsrToAzure(fake(50, 5));
    expect(one!.configurationServer.vCpus).toBe(8);
    expect(one!.scaleOutProcessServers).toBeNull();
    // 120 machines × 5 GiB = 600 GiB/day: the 12 vCPU row (501 GB–1 TB, 100–150 machines).
    expect(sizeAsrToAzure(fake(120, 5))[0]!.configurationServer.vCpus).toBe(12);
    // 250 machines × 10 GiB = 2,500 GiB/day: beyond one configuration server. Process servers:
    // max(⌈2,500 / 2,048⌉, ⌈250 / 225⌉) = 2, each 1,250 GiB/day and 125 machines → the 12 vCPU / 24 GB size.
    const [big] = sizeAsrToAzure(fake(250, 10));
    expect(big!.scaleOutProcessServers).toEqual({ count: 2, size: expect.objectContaining({ vCpus: 12, memoryGiB: 24 }) });
    // One configuration server per subscription.
    expect(sizeAsrToAzure([...fake(2, 1, "b"), ...fake(3, 1, "a")]).map((s) => [s.subscription, s.machines])).toEqual([
      ["a", 3],
      ["b", 2],
    ]);
    expect(sizeStackToStack).toBeTypeOf("function");
  });

  it("plans ASR to Azure failback as a manual download of whole disks", () => {
    const plan = planFor((t) => (vmOf(t, "app01").tier = "gold"));
    const failback = plan.runbook.failback.find((f) => f.method === "asr-to-azure")!;
    expect(failback.vms).toEqual(["rg-web/app01"]);
    // app01: 30 + 128 GiB provisioned; at 160 Mbit/s: 158 × 8,589.93 / 576,000 = 2.356 h.
    expect(failback.transferGiB).toBe(158);
    expect(failback.transferHours).toBeCloseTo(2.36, 2);
    expect(failback.steps.map((s) => s.text).join(" ")).toMatch(/Copy-AzSiteRecoveryVmVHD.*Prepare-AzSiteRecoveryVMFailBack/);
    expect(plan.components.asrToAzureNotes.join(" ")).toMatch(/9443/);
    expect(planBcdr(small).components.asrToAzureNotes).toEqual([]);
  });
});
