import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { cronHours, planVelero, slug, utcOffsetMinutes, veleroIntervalHours } from "../../src/azure-backup/velero.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";
import { addCluster } from "./fixtures.js";

type Doc = Record<string, any>;
const docs = (text: string): Doc[] => yaml.loadAll(text) as Doc[];

/** The fields Velero requires of each kind (velero.io API types and the Azure/AWS plugin docs). */
function expectVeleroValid(d: Doc): void {
  expect(d.metadata?.name).toMatch(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);
  switch (d.kind) {
    case "BackupStorageLocation":
      expect(d.apiVersion).toBe("velero.io/v1");
      expect(d.metadata.namespace).toBe("velero");
      expect(typeof d.spec.provider).toBe("string");
      expect(d.spec.objectStorage.bucket).toMatch(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/);
      break;
    case "VolumeSnapshotLocation":
      expect(d.apiVersion).toBe("velero.io/v1");
      expect(d.metadata.namespace).toBe("velero");
      expect(d.spec.provider).toBe("velero.io/azure");
      break;
    case "Schedule":
      expect(d.apiVersion).toBe("velero.io/v1");
      expect(d.metadata.namespace).toBe("velero");
      expect(d.spec.schedule.split(" ")).toHaveLength(5);
      expect(typeof d.spec.template).toBe("object");
      expect(d.spec.template.ttl).toMatch(/^\d+h0m0s$/);
      expect(d.spec.template.storageLocation).toBe("offstack");
      break;
    case "VolumeSnapshotClass":
      expect(d.apiVersion).toBe("snapshot.storage.k8s.io/v1");
      expect(d.driver).toBe("disk.csi.azure.com");
      expect(d.metadata.labels["velero.io/csi-volumesnapshot-class"]).toBe("true");
      expect(["Delete", "Retain"]).toContain(d.deletionPolicy);
      break;
    default:
      throw new Error(`unexpected kind ${d.kind}`);
  }
}

describe("Velero plan for the stack's clusters", () => {
  it("generates YAML that parses into the manifests, each with the fields Velero requires", () => {
    const plan = planVelero(tenantFrom((d) => addCluster(d)));
    expect(plan.clusters).toHaveLength(1);
    const c = plan.clusters[0]!;
    const parsed = docs(c.yaml);
    expect(parsed).toEqual(JSON.parse(JSON.stringify(c.manifests)));
    expect(parsed.map((d) => d.kind)).toEqual(["BackupStorageLocation", "VolumeSnapshotLocation", "Schedule", "Schedule", "Schedule"]);
    for (const d of parsed) expectVeleroValid(d);
    // The nfs-client volume is not on the CSI driver: file-system backup.
    expect(c.volumeMode).toBe("file-system-backup");
    expect(parsed.find((d) => d.kind === "Schedule")!.spec.template.defaultVolumesToFsBackup).toBe(true);
  });

  it("points the BackupStorageLocation at the off-stack Recovery Services vault's region and keeps secrets out", () => {
    const c = planVelero(tenantFrom((d) => addCluster(d))).clusters[0]!;
    const bsl = docs(c.yaml)[0]!;
    expect(bsl.spec).toMatchObject({
      provider: "velero.io/azure",
      default: true,
      objectStorage: { bucket: "velero-contoso-tokyo", prefix: "rg-web-aks-shop" },
    });
    // Tenant "contoso-tokyo": rg-velero-<tenant> and st + velero + the tenant without hyphens (≤ 24 characters).
    expect(bsl.spec.config).toEqual({ resourceGroup: "rg-velero-contoso-tokyo", storageAccount: "stvelerocontosotokyo", useAAD: "true" });
    expect(bsl.spec.config.storageAccount).toMatch(/^[a-z0-9]{3,24}$/);
    expect(c.notes.map((n) => n.text).join(" ")).toMatch(/japaneast/);
    // The one key the YAML may hold names a Secret's entry (the VolumeSnapshotLocation's spec.credential), not a value.
    expect(c.yaml).toContain("  credential:\n    name: cloud-credentials-azurestack\n    key: cloud\n");
    expect(c.yaml.replace("  credential:\n    name: cloud-credentials-azurestack\n    key: cloud\n", "")).not.toMatch(/secret|password|key:/i);
  });

  it("uses CSI snapshots with data movement when every volume is on the Azure Disk CSI driver", () => {
    const c = planVelero(
      tenantFrom((d) => addCluster(d, { persistentVolumes: [{ name: "pv", namespace: "shop", sizeGiB: 64, storageClass: "managed-premium" }] })),
    ).clusters[0]!;
    expect(c.volumeMode).toBe("csi-snapshot-data-movement");
    const parsed = docs(c.yaml);
    expect(parsed.map((d) => d.kind)).toContain("VolumeSnapshotClass");
    const schedule = parsed.find((d) => d.kind === "Schedule")!;
    expect(schedule.spec.template.snapshotMoveData).toBe(true);
    expect(schedule.spec.template.excludedNamespaces).toEqual(["kube-system", "kube-node-lease", "kube-public", "velero"]);
    for (const d of parsed) expectVeleroValid(d);
  });

  it("converts the tier's local window to UTC cron and keeps GFS retention as TTLs", () => {
    // Silver: 23:00 Asia/Tokyo (UTC+9) = 14:00 UTC, daily; retention 14 days, 4 weeks, 6 months.
    const c = planVelero(tenantFrom((d) => addCluster(d))).clusters[0]!;
    expect(c.schedules).toEqual([
      expect.objectContaining({ name: "aks-shop-every-24h", cron: "0 14 * * *", ttl: "336h0m0s" }),
      expect.objectContaining({ name: "aks-shop-weekly", cron: "0 14 * * 0", ttl: "672h0m0s" }),
      expect.objectContaining({ name: "aks-shop-monthly", cron: "0 14 1 * *", ttl: `${6 * 31 * 24}h0m0s` }),
    ]);
  });

  it("uses the AWS plugin for an S3-compatible target, and warns for a share or a second stamp", () => {
    const s3 = planVelero(
      tenantFrom((d) => {
        addCluster(d);
        d.protection.target = {
          kind: "s3-compatible",
          name: "minio-osaka",
          location: "osaka",
          endpoint: "https://s3.osaka.example.com",
          wanBandwidthMbps: 500,
        };
      }),
    ).clusters[0]!;
    const bsl = docs(s3.yaml)[0]!;
    expect(bsl.spec.provider).toBe("velero.io/aws");
    expect(bsl.spec.config).toEqual({ region: "osaka", s3ForcePathStyle: "true", s3Url: "https://s3.osaka.example.com" });
    expect(s3.warnings).toEqual([]);

    const share = planVelero(
      tenantFrom((d) => {
        addCluster(d);
        d.protection.target = { kind: "smb-share", name: "nas01", location: "osaka", wanBandwidthMbps: 500 };
      }),
    ).clusters[0]!;
    expect(share.warnings.map((w) => w.text).join(" ")).toMatch(/object storage/);

    const stamp = planVelero(
      tenantFrom((d) => {
        addCluster(d);
        d.protection.target = {
          kind: "second-stamp",
          name: "ash-osaka-01",
          location: "osaka",
          stampName: "ash-osaka-01",
          wanBandwidthMbps: 500,
        };
      }),
    ).clusters[0]!;
    expect(stamp.warnings.map((w) => w.text).join(" ")).toMatch(/#8738/);
  });

  it("gives byte-identical YAML on every run and nothing for a tenant without clusters", () => {
    const t = tenantFrom((d) => addCluster(d));
    expect(planVelero(t).clusters[0]!.yaml).toBe(planVelero(t).clusters[0]!.yaml);
    expect(planVelero(tenantFrom()).clusters).toEqual([]);
    expect(planVelero(t).versionNote).toMatch(/Azure Stack Hub/);
  });
});

describe("Velero helpers", () => {
  it("computes cron hours across midnight", () => {
    // 22:00 local at UTC+9 = 13:00 UTC; every 12 h → 1 and 13.
    expect(cronHours(22 * 60, 12, 540)).toEqual({ minute: 0, hours: [1, 13] });
    // 00:30 local at UTC+9 = 15:30 UTC the day before.
    expect(cronHours(30, 24, 540)).toEqual({ minute: 30, hours: [15] });
    // 01:15 local at UTC−5 = 06:15 UTC.
    expect(cronHours(75, 24, -300)).toEqual({ minute: 15, hours: [6] });
  });

  it("reads time-zone offsets from the platform's zone data", () => {
    expect(utcOffsetMinutes("Asia/Tokyo", "2026-01-15")).toBe(540);
    expect(utcOffsetMinutes("UTC", "2026-07-15")).toBe(0);
    expect(utcOffsetMinutes("Europe/Berlin", "2026-01-15")).toBe(60);
    expect(utcOffsetMinutes("Europe/Berlin", "2026-07-15")).toBe(120);
  });

  it("warns about daylight saving time", () => {
    const c = planVelero(
      tenantFrom((d) => {
        addCluster(d);
        d.protection.timeZone = "Europe/Berlin";
      }),
    ).clusters[0]!;
    expect(c.warnings.map((w) => w.text).join(" ")).toMatch(/daylight saving/);
  });

  it("slugs names and picks whole-hour intervals", () => {
    expect(slug("Contoso Tokyo!!")).toBe("contoso-tokyo");
    expect(slug("---")).toBe("x");
    expect(slug("a".repeat(80))).toHaveLength(63);
    expect(veleroIntervalHours(24)).toBe(24);
    expect(veleroIntervalHours(10)).toBe(8);
    expect(veleroIntervalHours(0.5)).toBe(1);
  });
});
