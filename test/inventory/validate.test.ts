import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/base/path.js";
import { parseChanged, rgData } from "../helpers/tenant-fixtures.js";

/** The findings of one code after `change`, as "path: message" lines. */
function findingsOf(code: string, change: (d: any) => void) {
  const result = parseChanged(change);
  return result.findings
    .filter((f) => f.code === code)
    .map((f) => ({ severity: f.severity, at: formatPath(f.path), message: f.message, line: f.position?.line }));
}

const sql01 = (d: any) => rgData(d).virtualMachines[0];

describe("semantic rules", () => {
  it("the unchanged example has no errors or warnings", () => {
    const result = parseChanged(() => {});
    expect(result.ok).toBe(true);
    expect(result.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("duplicate VM names in a resource group, case-insensitively", () => {
    const found = findingsOf("duplicate-name", (d) => (rgData(d).virtualMachines[1].name = "SQL01"));
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        at: "subscriptions[0].resourceGroups[1].virtualMachines[1].name",
        message: expect.stringContaining('VM "SQL01" is already defined'),
      }),
    ]);
  });

  it("duplicate managed disk names across VMs of one group", () => {
    const found = findingsOf("duplicate-name", (d) => (rgData(d).virtualMachines[1].disks[1].name = "sql01-data"));
    expect(found[0]).toMatchObject({
      at: "subscriptions[0].resourceGroups[1].virtualMachines[1].disks[1].name",
      message: expect.stringContaining('managed disk "sql01-data"'),
    });
  });

  it("duplicate tier names and NSG rule priorities", () => {
    expect(findingsOf("duplicate-name", (d) => (d.protection.tiers[1].name = "gold"))[0]!.at).toBe("protection.tiers[1].name");
    const priority = findingsOf("duplicate-priority", (d) => (d.subscriptions[0].resourceGroups[3].networkSecurityGroups[1].rules[1].priority = 100));
    expect(priority[0]).toMatchObject({ severity: "error", message: expect.stringContaining("priority 100 is already used") });
  });

  it("a VM that references an unknown tier", () => {
    expect(findingsOf("unknown-tier", (d) => (sql01(d).tier = "platinum"))).toEqual([
      expect.objectContaining({
        severity: "error",
        at: "subscriptions[0].resourceGroups[1].virtualMachines[0].tier",
        message: 'tier "platinum" is not defined in protection.tiers (defined: gold, silver, bronze)',
      }),
    ]);
  });

  it("an unknown default tier", () => {
    expect(findingsOf("unknown-tier", (d) => (d.protection.defaultTier = "tin"))[0]!.at).toBe("protection.defaultTier");
  });

  it("a VM without a tier when there is no default tier is a warning", () => {
    const found = findingsOf("no-tier", (d) => {
      delete d.protection.defaultTier;
      delete sql01(d).tier;
    });
    expect(found).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringContaining("unprotected") })]);
  });

  it("dependencies on VMs that do not exist, on itself, or ambiguous names", () => {
    expect(findingsOf("unknown-dependency", (d) => (sql01(d).dependsOn = ["dc09"]))[0]).toMatchObject({
      at: "subscriptions[0].resourceGroups[1].virtualMachines[0].dependsOn[0]",
      message: 'VM "dc09" does not exist in this tenant',
    });
    expect(findingsOf("self-dependency", (d) => (sql01(d).dependsOn = ["rg-data/sql01"]))[0]!.message).toBe('VM "sql01" cannot depend on itself');
    const ambiguous = findingsOf("ambiguous-dependency", (d) => {
      d.subscriptions[0].resourceGroups[2].virtualMachines[2].name = "dc01";
      d.subscriptions[0].resourceGroups[2].virtualMachines[2].disks.forEach((disk: any, i: number) => (disk.name = `x-${i}`));
      sql01(d).dependsOn = ["dc01"];
    });
    expect(ambiguous[0]!.message).toContain("rg-identity/dc01, rg-web/dc01");
  });

  it("used capacity above the provisioned size, negative and impossible sizes", () => {
    expect(findingsOf("used-exceeds-size", (d) => (sql01(d).disks[1].usedGiB = 600))[0]).toMatchObject({
      at: "subscriptions[0].resourceGroups[1].virtualMachines[0].disks[1].usedGiB",
      message: "used 600 GiB is more than the disk's provisioned 512 GiB",
    });
    const negative = parseChanged((d) => (sql01(d).disks[1].sizeGiB = -5));
    expect(negative.findings[0]).toMatchObject({ code: "schema", message: "must be greater than 0, got number -5" });
    expect(findingsOf("disk-too-large", (d) => (sql01(d).disks[1].sizeGiB = 2048))[0]!.message).toContain("1023 GiB");
  });

  it("a VM needs exactly one OS disk and unique LUNs", () => {
    expect(findingsOf("os-disk-count", (d) => (sql01(d).disks[1].role = "os"))[0]!.message).toContain("has 2");
    expect(findingsOf("duplicate-lun", (d) => (sql01(d).disks[2].lun = 0))[0]!.at).toBe("subscriptions[0].resourceGroups[1].virtualMachines[0].disks[2].lun");
  });

  it("VM sizes: unknown size warns, vCPU mismatch warns, too many data disks is an error", () => {
    expect(findingsOf("unknown-vm-size", (d) => (sql01(d).size = "Standard_M128"))[0]!.severity).toBe("warning");
    expect(findingsOf("size-mismatch", (d) => (sql01(d).vCpus = 4))[0]!.message).toContain("Standard_DS4_v2 has 8 vCPUs");
    const many = findingsOf("too-many-data-disks", (d) => {
      const vm = d.subscriptions[0].resourceGroups[0].virtualMachines[0];
      vm.size = "Standard_A1";
      vm.vCpus = 1;
      vm.memoryGiB = 1.75;
      for (let lun = 1; lun <= 4; lun++) vm.disks.push({ name: `dc01-extra${lun}`, role: "data", lun, sizeGiB: 32 });
    });
    expect(many[0]).toMatchObject({ severity: "error", message: expect.stringMatching(/takes at most 2 data disks; "dc01" has 5/) });
  });

  it("references to network resources and availability sets must resolve", () => {
    expect(findingsOf("unknown-reference", (d) => (sql01(d).nics[0].subnet = "rg-network/vnet-prod/snet-nope"))[0]!.at).toBe(
      "subscriptions[0].resourceGroups[1].virtualMachines[0].nics[0].subnet",
    );
    expect(findingsOf("unknown-reference", (d) => (sql01(d).availabilitySet = "as-sql"))[0]!.message).toBe(
      'availability set "as-sql" is not defined in resource group "rg-data"',
    );
    const lb = findingsOf("unknown-reference", (d) => (d.subscriptions[0].resourceGroups[2].loadBalancers[0].rules[0].probe = "probe-x"));
    expect(lb[0]!.message).toBe('probe "probe-x" is not defined on load balancer "lb-web"');
    expect(findingsOf("missing-gateway-subnet", (d) => d.subscriptions[0].resourceGroups[3].virtualNetworks[0].subnets.pop())[0]!.severity).toBe("error");
  });

  it("a backup target on the same stamp is an error, by name, by location or by endpoint", () => {
    const byStamp = findingsOf("target-on-same-stamp", (d) => {
      d.protection.target = { kind: "second-stamp", name: "repo", location: "tokyo-dc", stampName: "ash-tokyo-01", wanBandwidthMbps: 1000 };
    });
    expect(byStamp[0]).toMatchObject({
      severity: "error",
      at: "protection.target.stampName",
      message: expect.stringContaining("lost with the stack"),
    });
    const byEndpoint = findingsOf("target-on-same-stamp", (d) => {
      d.protection.target = {
        kind: "s3-compatible",
        name: "blob",
        location: "osaka",
        endpoint: "https://backupacct.blob.tokyo.azurestack.contoso.co.jp",
        wanBandwidthMbps: 1000,
      };
    });
    expect(byEndpoint[0]!.at).toBe("protection.target.endpoint");
    expect(
      findingsOf("target-stamp-unnamed", (d) => (d.protection.target = { kind: "second-stamp", name: "r", location: "osaka", wanBandwidthMbps: 10 })),
    ).toHaveLength(1);
  });

  it("a DR site on the same stamp is an error; a tier that needs DR without a site warns", () => {
    expect(findingsOf("dr-on-same-stamp", (d) => (d.protection.drSite = { kind: "second-stamp", name: "ASH-TOKYO-01" }))).toHaveLength(1);
    expect(findingsOf("dr-site-missing", (d) => (d.protection.drSite = { kind: "none" }))[0]!.message).toContain('"gold"');
  });

  it("a tier that keeps nothing is an error", () => {
    expect(findingsOf("empty-retention", (d) => (d.protection.tiers[2].retention = { daily: 0 }))[0]!.at).toBe("protection.tiers[2].retention");
  });

  it("unknown resource types are kept and reported, never dropped", () => {
    const result = parseChanged((d) => {
      rgData(d).otherResources = [
        { id: "/subscriptions/x/resourceGroups/rg-data/providers/Microsoft.Web/sites/shop", type: "Microsoft.Web/sites", name: "shop" },
      ];
    });
    expect(result.ok).toBe(true);
    expect(result.tenant!.subscriptions[0]!.resourceGroups[1]!.otherResources).toHaveLength(1);
    expect(result.findings.find((f) => f.code === "other-resource")!.message).toContain('Microsoft.Web/sites "shop" is kept');
  });

  it("rule findings carry a line number from the file", () => {
    expect(findingsOf("unknown-tier", (d) => (sql01(d).tier = "platinum"))[0]!.line).toBeGreaterThan(1);
  });
});
