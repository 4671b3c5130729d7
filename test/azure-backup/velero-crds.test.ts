import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { planVelero } from "../../src/azure-backup/velero.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";
import { isVeleroObject, veleroObjectErrors, veleroValidators } from "../support/velero-crds.js";
import { exampleTenants, generatedTenants, hostileNameTenants, type TenantCase } from "../support/tenants-under-test.js";
import { addCluster } from "./fixtures.js";

type Doc = Record<string, any>;

/** The small example with a cluster, once per off-stack target kind and volume mode the plan can choose. */
function targetVariants(): TenantCase[] {
  const csiOnly = { persistentVolumes: [{ name: "pv", namespace: "shop", sizeGiB: 64, storageClass: "managed-premium" }] };
  const withTarget = (target: Record<string, unknown>) =>
    tenantFrom((d) => {
      addCluster(d, csiOnly);
      d.protection.target = { wanBandwidthMbps: 500, location: "osaka", ...target };
    });
  return [
    ["cluster, vault target, file-system backup", tenantFrom((d) => addCluster(d))],
    ["cluster, vault target, CSI data mover", tenantFrom((d) => addCluster(d, csiOnly))],
    ["cluster, second stamp", withTarget({ kind: "second-stamp", name: "ash-osaka-01", stampName: "ash-osaka-01" })],
    ["cluster, S3-compatible", withTarget({ kind: "s3-compatible", name: "minio", endpoint: "https://s3.osaka.example.com" })],
    ["cluster, S3-compatible without endpoint", withTarget({ kind: "s3-compatible", name: "minio" })],
    ["cluster, SMB share", withTarget({ kind: "smb-share", name: "nas01" })],
    ["cluster, NFS share", withTarget({ kind: "nfs-share", name: "nas02" })],
  ];
}

/** Every object as the plan's kubernetes/ files hold it (parsed back from the YAML text, not the in-memory model). */
const objectsOf = (tenant: Tenant): Doc[] => planVelero(tenant).clusters.flatMap((c) => yaml.loadAll(c.yaml) as Doc[]);

describe("Velero objects against Velero 1.17.2's CRDs (test/support/velero-crds)", () => {
  it("serves the five kinds the CRDs define", () => {
    expect([...veleroValidators().keys()].sort()).toEqual([
      "velero.io/v1 Backup",
      "velero.io/v1 BackupStorageLocation",
      "velero.io/v1 Restore",
      "velero.io/v1 Schedule",
      "velero.io/v1 VolumeSnapshotLocation",
    ]);
  });

  it("catches objects that break the CRDs (the check can fail)", () => {
    const schedule = {
      apiVersion: "velero.io/v1",
      kind: "Schedule",
      metadata: { name: "s", namespace: "velero" },
      spec: { schedule: "0 1 * * *", template: { ttl: "24h0m0s" } },
    };
    expect(veleroObjectErrors(schedule)).toEqual([]);
    // A field in the wrong place: the CRD has no spec.ttl (it belongs in spec.template).
    expect(veleroObjectErrors({ ...schedule, spec: { ...schedule.spec, ttl: "1h" } }).join()).toMatch(/additional properties/);
    // A wrong type: includeClusterResources is a boolean.
    expect(veleroObjectErrors({ ...schedule, spec: { ...schedule.spec, template: { includeClusterResources: "yes" } } }).join()).toMatch(/boolean/);
    // A missing required field: a BackupStorageLocation needs objectStorage.bucket.
    expect(
      veleroObjectErrors({
        apiVersion: "velero.io/v1",
        kind: "BackupStorageLocation",
        metadata: { name: "b" },
        spec: { provider: "velero.io/azure", objectStorage: {} },
      }).join(),
    ).toMatch(/bucket/);
    // A config value that is not a string (BSL and VSL config is map[string]string).
    expect(
      veleroObjectErrors({
        apiVersion: "velero.io/v1",
        kind: "VolumeSnapshotLocation",
        metadata: { name: "v" },
        spec: { provider: "velero.io/azure", config: { incremental: true } },
      }).join(),
    ).toMatch(/string/);
    expect(veleroObjectErrors({ apiVersion: "velero.io/v2", kind: "Schedule" })).toEqual(["no Velero 1.17.2 CRD serves velero.io/v2 Schedule"]);
  });

  const underTest = [...targetVariants(), ...exampleTenants(), ...hostileNameTenants(), ...generatedTenants(100)];

  it("has Velero objects to check in the examples, the target variants and the generated tenants", () => {
    const withObjects = underTest.filter(([, tenant]) => objectsOf(tenant).some(isVeleroObject));
    expect(withObjects.length).toBeGreaterThan(40);
    const kinds = new Set(underTest.flatMap(([, tenant]) => objectsOf(tenant).map((o) => o.kind)));
    expect([...kinds].sort()).toEqual(["BackupStorageLocation", "Schedule", "VolumeSnapshotClass", "VolumeSnapshotLocation"]);
  });

  it.each(underTest)("every Velero object generated for %s validates against its CRD", (_label, tenant) => {
    for (const object of objectsOf(tenant).filter(isVeleroObject)) expect(veleroObjectErrors(object)).toEqual([]);
  });
});
