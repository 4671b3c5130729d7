import { describe, expect, it } from "vitest";
import { caseApplies, planContrast, QA_CASES, vmNetwork } from "../../src/azure-backup/contrast.js";
import { planBackup } from "../../src/backup/index.js";
import { virtualMachines } from "../../src/inventory/walk.js";
import { buildPlan } from "../../src/plan/build.js";
import { rgData, tenantFrom } from "../helpers/tenant-fixtures.js";
import { addCluster } from "./fixtures.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

/** rg-network is resource group 3 of the small example; rt-prod is on snet-data and snet-app. */
const rgNetwork = (d: any) => d.subscriptions[0].resourceGroups[3];
const forcedTunnel = (d: any) =>
  rgNetwork(d).routeTables[0].routes.push({
    name: "default-to-fw",
    addressPrefix: "0.0.0.0/0",
    nextHopType: "VirtualAppliance",
    nextHopIpAddress: "10.10.250.4",
  });

function contrastOf(change: (d: any) => void = () => {}) {
  const tenant = tenantFrom(change);
  return { tenant, plan: planBackup(tenant), contrast: planContrast(tenant, planBackup(tenant)) };
}
const vmCases = (c: ReturnType<typeof planContrast>, vm: string) => c.vms.find((v) => v.vm === vm)!.cases.map((x) => x.id);

describe("the support Q&A cases as rules", () => {
  it("applies forced tunnelling only to VMs whose subnet sends 0.0.0.0/0 to an appliance", () => {
    const { contrast } = contrastOf(forcedTunnel);
    // sql01, fs01 (snet-data) and app01 (snet-app) use rt-prod; dc01 and web01 do not.
    expect(contrast.cases.find((c) => c.id === "forced-tunnelling")!.vms).toBe(3);
    expect(vmCases(contrast, "rg-data/sql01")).toContain("forced-tunnelling");
    expect(vmCases(contrast, "rg-identity/dc01")).not.toContain("forced-tunnelling");
    const sql = contrast.vms.find((v) => v.vm === "rg-data/sql01")!.cases.find((c) => c.id === "forced-tunnelling")!;
    expect(sql.azure).toMatch(/168\.63\.129\.16.*not pulled on-premises/);
    expect(sql.stack).toMatch(/rt-prod\/default-to-fw via 10\.10\.250\.4/);
    expect(sql.sources.azure).toBe("jp-nw");
  });

  it("does not report forced tunnelling without a default route, but still reports the UDR", () => {
    const { contrast } = contrastOf();
    expect(contrast.cases.find((c) => c.id === "forced-tunnelling")!.vms).toBe(0);
    expect(contrast.cases.find((c) => c.id === "udr")!.vms).toBe(3);
    expect(vmCases(contrast, "rg-web/web01")).not.toContain("udr");
  });

  it("answers the NSG case from the VM's NSGs and the plan's rules for its method", () => {
    const { contrast, plan } = contrastOf();
    const sql = contrast.vms.find((v) => v.vm === "rg-data/sql01")!;
    const nsg = sql.cases.find((c) => c.id === "nsg")!;
    expect(nsg.azure).toMatch(/not subject to NSGs/);
    expect(nsg.stack).toMatch(/^nsg-data must allow/);
    const method = plan.vms.find((v) => v.qualifiedName === "rg-data/sql01")!.method;
    const expected = plan.networkRules.filter((r) => r.methods.includes(method)).map((r) => r.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(sql.networkRules.stack).toEqual(expected);
    for (const name of expected) expect(nsg.stack).toContain(name);
  });

  it("drops the NSG case for a VM without any NSG", () => {
    const { contrast } = contrastOf((d) => {
      for (const s of rgNetwork(d).virtualNetworks[0].subnets) delete s.networkSecurityGroup;
    });
    expect(contrast.cases.find((c) => c.id === "nsg")!.vms).toBe(0);
  });

  it("always answers the reboot, traffic, private-endpoint and guest-firewall questions", () => {
    const { contrast, plan } = contrastOf();
    for (const id of ["reboot-after-snapshot", "traffic-on-vm", "private-endpoint", "guest-firewall"] as const) {
      expect(contrast.cases.find((c) => c.id === id)!.vms).toBe(contrast.vms.length);
    }
    const sql = contrast.vms.find((v) => v.vm === "rg-data/sql01")!;
    const sqlPlan = plan.vms.find((v) => v.qualifiedName === "rg-data/sql01")!;
    const reboot = sql.cases.find((c) => c.id === "reboot-after-snapshot")!;
    expect(reboot.azure).toMatch(/once Take Snapshot has completed/);
    expect(reboot.stack).toContain(`${Math.round(sqlPlan.schedule!.durationMinutes)} min`);
    expect(sql.cases.find((c) => c.id === "traffic-on-vm")!.azure).toMatch(/not through the VM's NIC/);
  });

  it("keeps every case's text free of unfilled placeholders", () => {
    const { contrast } = contrastOf(forcedTunnel);
    for (const v of contrast.vms) for (const c of v.cases) expect(c.stack).not.toMatch(/\{\w+\}/);
    for (const c of QA_CASES) expect(c.question.endsWith("?")).toBe(true);
  });

  it("evaluates the conditions on a VM's network", () => {
    const tenant = tenantFrom(forcedTunnel);
    const sql = virtualMachines(tenant).find((r) => r.qualifiedName === "rg-data/sql01")!;
    const net = vmNetwork(tenant, sql);
    expect(net).toMatchObject({ nsgs: ["nsg-data"], routeTables: ["rt-prod"] });
    expect(caseApplies("forced-tunnelling", net)).toBe(true);
    expect(caseApplies("nsg", { subnets: [], nsgs: [], routeTables: [], forcedTunnelRoutes: [] })).toBe(false);
  });
});

describe("the contrast per VM and for the tenant", () => {
  it("puts no backup traffic on the VM's NIC in Azure, and the plan's daily incremental on the stack", () => {
    const { contrast, plan } = contrastOf();
    for (const v of contrast.vms) {
      const p = plan.vms.find((x) => x.qualifiedName === v.vm)!;
      expect(v.nicGiBPerDay.azure).toBe(0);
      expect(v.nicGiBPerDay.stack).toBeCloseTo(p.dailyIncrementalGiB.value, 1);
      expect(v.networkRules.azure.join(" ")).toMatch(/TCP 80 and 32526 to 168\.63\.129\.16/);
      expect(v.rpoHours.stack).toBe(p.achievedRpoHours?.value ?? null);
    }
    expect(contrast.networkRules.azure.map((r) => [r.destinationAddressPrefix, r.destinationPortRanges])).toEqual([["168.63.129.16", ["80", "32526"]]]);
    expect(contrast.networkRules.stack).toEqual(plan.networkRules);
  });

  it("maps tiers to Azure policies and consistency to the VM's OS and power state", () => {
    const { contrast } = contrastOf((d) => {
      rgData(d).virtualMachines[1].powerState = "deallocated"; // fs01
    });
    const by = (n: string) => contrast.vms.find((v) => v.vm === n)!;
    expect(by("rg-data/sql01").azurePolicy).toMatch(/^enhanced-hourly every 12 h/);
    expect(by("rg-web/web01").azurePolicy).toMatch(/^standard-daily every 24 h/);
    expect(by("rg-data/sql01").consistency.azure).toMatch(/^application-consistent/);
    expect(by("rg-web/app01").consistency.azure).toMatch(/^file-system-consistent/);
    expect(by("rg-data/fs01").consistency.azure).toMatch(/^crash-consistent/);
    expect(by("rg-data/fs01").loadOnVm.azure).toMatch(/not running/);
  });

  it("reports Azure VM Backup support issues: a hot VM and a VM without the agent", () => {
    const { contrast } = contrastOf((d) => {
      rgData(d).virtualMachines[0].peakCpuPercent = 97;
      rgData(d).virtualMachines[1].vmAgent = false;
    });
    expect(contrast.vms.find((v) => v.vm === "rg-data/sql01")!.azureIssues.map((i) => i.code)).toEqual(["high-load"]);
    expect(contrast.vms.find((v) => v.vm === "rg-data/fs01")!.azureIssues.map((i) => i.code)).toEqual(["no-vm-agent"]);
  });

  it("covers every aspect the issue asks for at tenant level, each with a source", () => {
    const { contrast } = contrastOf();
    expect(contrast.tenant.map((r) => r.aspect)).toEqual([
      "where the data travels",
      "network rules",
      "load on the VM and its NIC",
      "consistency",
      "RPO",
      "how soon a restore is possible",
      "where the copies live and what protects them",
      "what the tenant operates",
    ]);
    for (const r of contrast.tenant) expect(r.sources.length).toBeGreaterThan(0);
    expect(contrast.tenant[0]!.stack).toMatch(/rsv-contoso-backup in japaneast/);
  });

  it("names what protects the copies on the stack side by target kind", () => {
    const share = contrastOf((d) => {
      d.protection.productFamily = "generic";
      d.protection.target = { kind: "smb-share", name: "nas01", location: "osaka", wanBandwidthMbps: 500 };
    }).contrast;
    expect(share.tenant.find((r) => r.aspect.startsWith("where the copies"))!.stack).toMatch(/ransomware/);
  });

  it("is pure, is part of the plan, and carries the Kubernetes side", () => {
    const tenant = tenantFrom((d) => addCluster(d));
    const a = planContrast(tenant, planBackup(tenant));
    expect(JSON.stringify(planContrast(tenant, planBackup(tenant)))).toBe(JSON.stringify(a));
    expect(a.kubernetes.aks.map((x) => x.cluster)).toEqual(["rg-web/aks-shop"]);
    expect(a.kubernetes.velero.clusters.map((x) => x.cluster)).toEqual(["rg-web/aks-shop"]);
    expect(buildPlan(tenant, PLAN_TEMPLATES).contrast).toEqual(a);
  });
});
