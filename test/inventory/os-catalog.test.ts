import { describe, expect, it } from "vitest";
import { findOsVersion, osCatalog } from "../../src/inventory/os-catalog.js";
import { osTypes } from "../../src/inventory/schema.js";

const normalize = (s: string): string => s.trim().replace(/\s+/g, " ").toLowerCase();

describe("osCatalog", () => {
  it("has unique display names and aliases across all entries", () => {
    const keys = osCatalog.flatMap((v) => [v.displayName, ...(v.aliases ?? [])].map(normalize));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("has a valid osType and consistent flags", () => {
    for (const v of osCatalog) {
      expect(osTypes, v.displayName).toContain(v.osType);
      expect(v.osType === "windows", v.displayName).toBe(v.family === "windows-server");
      if (v.osType === "linux") expect(v.serverCore, v.displayName).toBe(false);
      expect(v.serverCore, v.displayName).toBe(v.displayName.endsWith("Server Core"));
      expect(v.displayName).toBe(v.displayName.trim().replace(/\s+/g, " "));
      if (v.imageReference) {
        for (const part of [v.imageReference.publisher, v.imageReference.offer, v.imageReference.sku]) {
          expect(part.length, v.displayName).toBeGreaterThan(0);
        }
      }
    }
  });

  it("covers the versions tenants run", () => {
    for (const name of [
      "Windows Server 2012 R2 Datacenter",
      "Windows Server 2016 Datacenter",
      "Windows Server 2016 Datacenter Server Core",
      "Windows Server 2019 Datacenter",
      "Windows Server 2019 Datacenter Server Core",
      "Windows Server 2022 Datacenter",
      "Windows Server 2022 Datacenter Server Core",
      "Ubuntu 18.04 LTS",
      "Ubuntu 20.04 LTS",
      "Ubuntu 22.04 LTS",
      "Red Hat Enterprise Linux 7",
      "Red Hat Enterprise Linux 8",
      "SUSE Linux Enterprise Server 12",
      "SUSE Linux Enterprise Server 15",
      "CentOS 7",
      "Debian 10",
      "Debian 11",
    ]) {
      expect(
        osCatalog.map((v) => v.displayName),
        name,
      ).toContain(name);
    }
  });

  it("carries the common marketplace image references", () => {
    expect(findOsVersion("Windows Server 2019 Datacenter")?.imageReference).toEqual({
      publisher: "MicrosoftWindowsServer",
      offer: "WindowsServer",
      sku: "2019-Datacenter",
    });
    // azure-stack-download-azure-marketplace-item.md shows "sku": "2016-Datacenter-Server-Core".
    expect(findOsVersion("Windows Server 2016 Datacenter Server Core")?.imageReference?.sku).toBe("2016-Datacenter-Server-Core");
    expect(findOsVersion("Ubuntu 18.04 LTS")?.imageReference).toEqual({
      publisher: "Canonical",
      offer: "UbuntuServer",
      sku: "18.04-LTS",
    });
    expect(findOsVersion("Ubuntu 20.04 LTS")?.imageReference).toEqual({
      publisher: "Canonical",
      offer: "0001-com-ubuntu-server-focal",
      sku: "20_04-lts",
    });
    // RHEL is a custom image on Azure Stack Hub, not a marketplace item.
    expect(findOsVersion("Red Hat Enterprise Linux 8")?.imageReference).toBeUndefined();
  });

  it("uses generation 1 SKUs only (Azure Stack Hub runs generation 1 VMs)", () => {
    for (const v of osCatalog) {
      expect(v.imageReference?.sku ?? "", v.displayName).not.toMatch(/g2|gen2/i);
    }
  });
});

describe("findOsVersion", () => {
  it("is case-insensitive and tolerant of extra spaces", () => {
    expect(findOsVersion("windows server 2019 datacenter")?.displayName).toBe("Windows Server 2019 Datacenter");
    expect(findOsVersion("  Windows   Server 2019  Datacenter   Server Core ")?.displayName).toBe("Windows Server 2019 Datacenter Server Core");
    expect(findOsVersion("UBUNTU 20.04 LTS")?.displayName).toBe("Ubuntu 20.04 LTS");
    expect(findOsVersion("ubuntu\t22.04\u00a0lts")?.displayName).toBe("Ubuntu 22.04 LTS");
  });

  it("tells Server Core from the desktop experience", () => {
    expect(findOsVersion("Windows Server 2022 Datacenter")?.serverCore).toBe(false);
    expect(findOsVersion("Windows Server 2022 Datacenter Server Core")?.serverCore).toBe(true);
  });

  it("accepts aliases and minor versions", () => {
    expect(findOsVersion("RHEL 7")?.displayName).toBe("Red Hat Enterprise Linux 7");
    expect(findOsVersion("rhel 8.6")?.displayName).toBe("Red Hat Enterprise Linux 8");
    expect(findOsVersion("CentOS 7.9")?.displayName).toBe("CentOS 7");
    expect(findOsVersion("SLES 15 SP4")?.displayName).toBe("SUSE Linux Enterprise Server 15");
    expect(findOsVersion("Debian GNU/Linux 11")?.displayName).toBe("Debian 11");
  });

  it("returns undefined for unknown or empty text", () => {
    expect(findOsVersion("")).toBeUndefined();
    expect(findOsVersion("   ")).toBeUndefined();
    expect(findOsVersion("Windows Server 2008 R2 Datacenter")).toBeUndefined();
    expect(findOsVersion("Ubuntu 20.10")).toBeUndefined();
  });
});
