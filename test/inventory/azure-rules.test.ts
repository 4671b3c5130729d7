/**
 * Azure's naming, address-space, region and disk rules as validator findings. Every expectation is worked
 * out by hand from the rule's source (src/inventory/azure-names.ts names them), not read back from the code.
 */
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/base/path.js";
import { validateTenant } from "../../src/inventory/validate.js";
import { parseChanged, rgData, tenantFrom } from "../helpers/tenant-fixtures.js";

function findingsOf(code: string, change: (d: any) => void) {
  const result = parseChanged(change);
  return result.findings.filter((f) => f.code === code).map((f) => ({ severity: f.severity, at: formatPath(f.path), message: f.message }));
}

const network = (d: any) => d.subscriptions[0].resourceGroups[3];
const vnet = (d: any) => network(d).virtualNetworks[0];

describe("names per resource type", () => {
  it("a resource group with a space is refused, one with parentheses, a period inside and Japanese letters is not", () => {
    expect(findingsOf("invalid-name", (d) => (rgData(d).name = "rg app"))).toEqual([
      expect.objectContaining({
        severity: "error",
        at: "subscriptions[0].resourceGroups[1].name",
        message: expect.stringContaining('resource group name "rg app" (6 characters)'),
      }),
    ]);
    expect(findingsOf("invalid-name", (d) => (rgData(d).name = "rg(データ).v2"))).toEqual([]);
    // "Can't end with period."
    expect(findingsOf("invalid-name", (d) => (rgData(d).name = "rg-data."))).toHaveLength(1);
    // 91 characters: one over the 1-90 limit; 90 is allowed.
    expect(findingsOf("invalid-name", (d) => (rgData(d).name = "r".repeat(91)))).toHaveLength(1);
    expect(findingsOf("invalid-name", (d) => (rgData(d).name = "r".repeat(90)))).toEqual([]);
  });

  it("VM names: a space, an underscore and 300 characters are refused; 64 is the resource-name limit", () => {
    const at = "subscriptions[0].resourceGroups[1].virtualMachines[0].name";
    expect(findingsOf("invalid-name", (d) => (rgData(d).virtualMachines[0].name = "my vm"))).toEqual([expect.objectContaining({ severity: "error", at })]);
    expect(findingsOf("invalid-name", (d) => (rgData(d).virtualMachines[0].name = "sql_01"))).toHaveLength(1);
    expect(findingsOf("invalid-name", (d) => (rgData(d).virtualMachines[0].name = "x".repeat(300)))).toEqual([
      expect.objectContaining({ message: expect.stringContaining("(300 characters)") }),
    ]);
    expect(findingsOf("invalid-name", (d) => (rgData(d).virtualMachines[0].name = "sql01-"))).toHaveLength(1);
    // A Linux VM (app01) may have a 64-character name and no computer-name warning.
    const linux = (d: any) => d.subscriptions[0].resourceGroups[2].virtualMachines[2];
    expect(findingsOf("invalid-name", (d) => (linux(d).name = "a".repeat(64)))).toEqual([]);
    expect(findingsOf("windows-computer-name", (d) => (linux(d).name = "a".repeat(64)))).toEqual([]);
  });

  it("a Windows VM name over 15 characters gets the computer-name warning, 15 does not", () => {
    const sixteen = "sql01-production"; // 16 characters
    expect(sixteen).toHaveLength(16);
    expect(findingsOf("windows-computer-name", (d) => (rgData(d).virtualMachines[0].name = sixteen))).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: expect.stringContaining("16-character name; a Windows computer name holds at most 15"),
      }),
    ]);
    expect(findingsOf("windows-computer-name", (d) => (rgData(d).virtualMachines[0].name = "sql01-productio"))).toEqual([]);
  });

  it("network names: a virtual network of one character, a subnet ending with a hyphen, a key vault with two hyphens in a row", () => {
    expect(findingsOf("invalid-name", (d) => (vnet(d).name = "v"))).toEqual([
      expect.objectContaining({ at: "subscriptions[0].resourceGroups[3].virtualNetworks[0].name" }),
    ]);
    expect(findingsOf("invalid-name", (d) => (vnet(d).subnets[0].name = "snet-identity-"))).toHaveLength(1);
    expect(findingsOf("invalid-name", (d) => (vnet(d).subnets[0].name = "snet_identity_"))).toEqual([]);
    expect(findingsOf("invalid-name", (d) => (rgData(d).keyVaults = [{ name: "kv--contoso" }]))).toHaveLength(1);
  });
});

describe("address spaces", () => {
  it("a subnet outside its virtual network is an error; one at the edge of it is not", () => {
    expect(findingsOf("subnet-outside-vnet", (d) => (vnet(d).subnets[2].addressPrefix = "10.11.3.0/24"))).toEqual([
      expect.objectContaining({
        severity: "error",
        at: "subscriptions[0].resourceGroups[3].virtualNetworks[0].subnets[2].addressPrefix",
        message: expect.stringContaining('"snet-web" (10.11.3.0/24) lies outside the address space of virtual network "vnet-prod" (10.10.0.0/16)'),
      }),
    ]);
    // 10.10.255.0/27 is GatewaySubnet; 10.10.255.128/25 ends at 10.10.255.255, the last address of the /16.
    expect(findingsOf("subnet-outside-vnet", (d) => (vnet(d).subnets[2].addressPrefix = "10.10.255.128/25"))).toEqual([]);
    // A /15 starting at 10.10.0.0 reaches 10.11.255.255: larger than the /16.
    expect(findingsOf("subnet-outside-vnet", (d) => (vnet(d).subnets[2].addressPrefix = "10.10.0.0/15"))).toHaveLength(1);
  });

  it("two subnets of one network that overlap", () => {
    expect(findingsOf("subnet-overlap", (d) => (vnet(d).subnets[2].addressPrefix = "10.10.2.128/25"))).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining('overlaps subnet "snet-data" (10.10.2.0/24)') }),
    ]);
  });

  it("two subscriptions whose networks overlap, with a DR runbook that recreates both at japaneast", () => {
    const found = findingsOf("vnet-address-overlap", (d) => {
      d.subscriptions.push({
        id: "22222222-2222-2222-2222-222222222222",
        name: "contoso-dev",
        resourceGroups: [{ name: "rg-dev", virtualNetworks: [{ name: "vnet-dev", addressPrefixes: ["10.10.128.0/17"] }] }],
      });
    });
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        at: "subscriptions[1].resourceGroups[0].virtualNetworks[0].addressPrefixes[0]",
        message: expect.stringMatching(
          /10\.10\.128\.0\/17 of virtual network rg-dev\/vnet-dev overlaps 10\.10\.0\.0\/16 of rg-network\/vnet-prod \(subscriptions .+ and contoso-dev\).*recreates both at japaneast/,
        ),
      }),
    ]);
  });

  it("networks that touch without overlapping are fine", () => {
    expect(findingsOf("vnet-address-overlap", (d) => network(d).virtualNetworks.push({ name: "vnet-mgmt", addressPrefixes: ["10.11.0.0/16"] }))).toEqual([]);
  });
});

describe("public Azure regions", () => {
  it("'Japan East' is the display name of japaneast, for the target and the DR site", () => {
    const change = (d: any) => {
      d.protection.target.location = "Japan East";
      d.protection.drSite.name = "Japan West";
    };
    expect(findingsOf("region-display-name", change)).toEqual([
      {
        severity: "error",
        at: "protection.target.location",
        message: '"Japan East" is a display name; Azure Resource Manager names the region "japaneast"',
      },
      {
        severity: "error",
        at: "protection.drSite.name",
        message: '"Japan West" is a display name; Azure Resource Manager names the region "japanwest"',
      },
    ]);
  });

  it("a name on no list is a warning; a site that is not in Azure is not checked", () => {
    expect(findingsOf("unknown-region", (d) => (d.protection.target.location = "japancentral"))).toEqual([expect.objectContaining({ severity: "warning" })]);
    expect(
      findingsOf("unknown-region", (d) => {
        d.protection.target = { kind: "smb-share", name: "nas", location: "Osaka DC 2", wanBandwidthMbps: 100 };
      }),
    ).toEqual([]);
  });
});

describe("Windows OS disk minimum", () => {
  it("1.5 GiB is refused; 30 GiB (the smallest Windows images) is accepted; a 1.5 GiB Linux OS disk is left alone", () => {
    expect(findingsOf("os-disk-too-small", (d) => (rgData(d).virtualMachines[0].disks[0].sizeGiB = 1.5))).toEqual([
      expect.objectContaining({
        severity: "error",
        at: "subscriptions[0].resourceGroups[1].virtualMachines[0].disks[0].sizeGiB",
        message: expect.stringContaining("at least 29.8 GiB (32 GB)"),
      }),
    ]);
    expect(findingsOf("os-disk-too-small", (d) => (rgData(d).virtualMachines[0].disks[0].sizeGiB = 30))).toEqual([]);
    const linux = (d: any) => d.subscriptions[0].resourceGroups[2].virtualMachines[2];
    expect(
      findingsOf("os-disk-too-small", (d) => {
        linux(d).disks[0].sizeGiB = 1.5;
        if (linux(d).disks[0].usedGiB !== undefined) linux(d).disks[0].usedGiB = 1;
      }),
    ).toEqual([]);
  });
});

describe("the example tenants", () => {
  it("break none of these rules", () => {
    const codes = [
      "invalid-name",
      "windows-computer-name",
      "subnet-outside-vnet",
      "subnet-overlap",
      "vnet-address-overlap",
      "region-display-name",
      "unknown-region",
      "os-disk-too-small",
    ];
    expect(validateTenant(tenantFrom()).filter((f) => codes.includes(f.code))).toEqual([]);
  });
});
