import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { API_PROFILE, apiVersionFor, HYBRID_PROFILE, profileEntries } from "../../src/stamp/api-profile.js";

const SHARED = new URL("../../../shared/reference/data/api-profile-2020-09-01-hybrid.json", import.meta.url).pathname;

describe("the 2020-09-01-hybrid API version table", () => {
  it("answers per resource type, case-insensitively, with child types taking their parent's version", () => {
    expect(apiVersionFor("Microsoft.Compute/virtualMachines")).toBe("2020-06-01");
    expect(apiVersionFor("microsoft.compute/VIRTUALMACHINES")).toBe("2020-06-01");
    expect(apiVersionFor("Microsoft.Compute/disks")).toBe("2019-07-01");
    expect(apiVersionFor("Microsoft.Network/publicIPAddresses")).toBe("2018-11-01");
    expect(apiVersionFor("Microsoft.Network/virtualNetworks/subnets")).toBe("2018-11-01");
    expect(apiVersionFor("Microsoft.Network/dnsZones")).toBe("2016-04-01");
    expect(apiVersionFor("Microsoft.Storage/storageAccounts")).toBe("2019-06-01");
    expect(apiVersionFor("Microsoft.KeyVault/vaults")).toBe("2019-09-01");
    expect(apiVersionFor("Microsoft.Resources/resourceGroups")).toBe("2019-10-01");
    expect(apiVersionFor("Microsoft.Resources/subscriptions")).toBe("2016-06-01");
    expect(apiVersionFor("Microsoft.Sql/servers")).toBeUndefined();
    expect(apiVersionFor("Microsoft.Compute")).toBeUndefined();
  });

  it("lists each type once", () => {
    const types = profileEntries().map((e) => e.type.toLowerCase());
    expect(new Set(types).size).toBe(types.length);
    expect(API_PROFILE).toBe("2020-09-01-hybrid");
  });

  it.skipIf(!existsSync(SHARED))("matches every pair of the profile file in ../shared/reference (skipped when absent)", () => {
    const shared = JSON.parse(readFileSync(SHARED, "utf8")) as {
      name: string;
      "resource-manager": Record<string, Record<string, string[]>>;
    };
    expect(shared.name).toBe(API_PROFILE);
    const expected = Object.entries(shared["resource-manager"])
      .flatMap(([ns, versions]) => Object.entries(versions).flatMap(([version, types]) => types.map((t) => `${`${ns}/${t}`.toLowerCase()}=${version}`)))
      .sort();
    const actual = Object.entries(HYBRID_PROFILE)
      .flatMap(([ns, versions]) => Object.entries(versions).flatMap(([version, types]) => types.map((t) => `${`${ns}/${t}`.toLowerCase()}=${version}`)))
      .sort();
    expect(actual).toEqual(expected);
  });
  if (!existsSync(SHARED)) console.log(`skipped: ${SHARED} is not present (optional reference data)`);
});
