import { describe, expect, it } from "vitest";
import { aksFrequency, assessAksClusters, parseMinor, volumeDriver } from "../../src/azure-backup/aks-model.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";
import { addCluster } from "./fixtures.js";

describe("Azure Backup for AKS, applied to the tenant's clusters", () => {
  it("protects CSI disks, skips what the support matrix skips and keeps disks over 1 TB out of the vault tier", () => {
    const [a] = assessAksClusters(tenantFrom((d) => addCluster(d)));
    expect(a!.cluster).toBe("rg-web/aks-shop");
    const byName = Object.fromEntries(a!.volumes.map((v) => [v.name, v]));
    expect(byName["pv-orders"]).toMatchObject({ driver: "azure-disk-csi", operational: "protected", vault: "tiered" });
    expect(byName["pv-archive"]).toMatchObject({ operational: "protected", vault: "skipped" });
    expect(byName["pv-archive"]!.reasons[0]!.text).toMatch(/1 TB/);
    expect(byName["pv-nfs"]).toMatchObject({ driver: "unknown", operational: "skipped", vault: "skipped" });
    expect(byName["pv-system"]).toMatchObject({ operational: "skipped" });
    expect(a!.skippedNamespaces).toEqual(["kube-system", "kube-public"]);
    expect(a!.extensionPools).toEqual(["linuxpool"]);
    expect(a!.issues).toEqual([]);
    expect(a!.tiers.vault).toMatchObject({ rpoHours: 24, crossRegionRpoHours: 36, tieringDelayHoursMax: 4, eligible: true });
    expect(a!.requirements.map((r) => r.text).join(" ")).toMatch(/velero\.io/);
  });

  it("skips in-tree volumes of clusters before Kubernetes 1.21", () => {
    const [a] = assessAksClusters(tenantFrom((d) => addCluster(d, { kubernetesVersion: "1.20.15" })));
    expect(a!.volumes.find((v) => v.name === "pv-orders")).toMatchObject({ driver: "azure-disk-in-tree", operational: "skipped" });
  });

  it("takes the vault tier away from an instance with more than 100 disks, and flags a cluster without a Linux pool", () => {
    const pvs = Array.from({ length: 101 }, (_, i) => ({ name: `pv-${i}`, namespace: "app", sizeGiB: 8, storageClass: "default" }));
    const [a] = assessAksClusters(
      tenantFrom((d) =>
        addCluster(d, {
          persistentVolumes: pvs,
          nodePools: [{ name: "win", role: "agent", vmSize: "Standard_DS3_v2", count: 2, osType: "windows" }],
        }),
      ),
    );
    expect(a!.tiers.vault.eligible).toBe(false);
    expect(a!.volumes.every((v) => v.vault === "skipped")).toBe(true);
    expect(a!.issues.map((i) => i.text).join("\n")).toMatch(/at most 100 disks[\s\S]*no Linux agent pool/);
    expect(a!.poolsWithoutExtension).toEqual([{ pool: "win", reason: expect.stringMatching(/Windows/) }]);
  });

  it("picks the longest AKS backup frequency within the RPO", () => {
    expect(aksFrequency(24).hours).toBe(24);
    expect(aksFrequency(12).hours).toBe(12);
    expect(aksFrequency(7).hours).toBe(6);
    expect(aksFrequency(2)).toMatchObject({ hours: 4, reason: expect.stringMatching(/cannot be met/) });
    // The cluster's nodes are not named, so it takes the default tier (silver, RPO 24 h).
    expect(assessAksClusters(tenantFrom((d) => addCluster(d)))[0]!.frequencyHours).toBe(24);
  });

  it("takes the tightest tier of the cluster's node VMs when discovery named them", () => {
    // dc01 is gold (RPO 12 h).
    const [a] = assessAksClusters(
      tenantFrom((d) =>
        addCluster(d, {
          nodePools: [{ name: "linuxpool", role: "agent", vmSize: "Standard_DS3_v2", count: 1, osType: "linux", vmNames: ["dc01"] }],
        }),
      ),
    );
    expect(a!.frequencyHours).toBe(12);
  });

  it("classifies storage classes", () => {
    expect(volumeDriver("managed-premium", "1.21.0")).toBe("azure-disk-csi");
    expect(volumeDriver("managed-premium", undefined)).toBe("azure-disk-csi");
    expect(volumeDriver("default", "v1.19.3")).toBe("azure-disk-in-tree");
    expect(volumeDriver("azurefile-csi", "1.30")).toBe("azure-files");
    expect(volumeDriver("local-path", "1.30")).toBe("unknown");
    expect(parseMinor("v1.30.14")).toEqual([1, 30]);
    expect(parseMinor("latest")).toBeUndefined();
  });
});
