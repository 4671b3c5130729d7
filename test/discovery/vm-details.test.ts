/**
 * Smaller discovery fixes of issue 15, through the real SDK path against the emulator: a VM made from a custom
 * image keeps the image's id in tenant.yaml, and a VM's customData (decoded, redacted by line) never reaches the
 * written tenant.yaml or its .bak, while the export keeps its non-secret lines.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discover, type DiscoverResult } from "../../src/discovery/discover.js";
import { marker, redactCustomData } from "../../src/discovery/redact.js";
import { emulatorDiscoverOptions } from "./emulator/discover-helper.js";
import { startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { PV_DISK_TAGS } from "../../src/discovery/mapping.js";
import { add, addVm, buildEmulatorTenant, SUBSCRIPTION_DEV, SUBSCRIPTION_PROD } from "./emulator/tenant-data.js";

const IMAGE_ID = `/subscriptions/${SUBSCRIPTION_PROD}/resourceGroups/rg-images/providers/Microsoft.Compute/images/erp-golden-2026`;
const SECRET = "Erp-Db-Pw-7f3a9c";
const CLOUD_INIT = `#cloud-config\npackages:\n  - nginx\nwrite_files:\n  - path: /etc/erp.conf\n    content: db_password=${SECRET}\nruncmd:\n  - systemctl enable erp\n`;

let emulator: ArmEmulator;
let dir: string;
let result: DiscoverResult;

beforeAll(async () => {
  const tenant = buildEmulatorTenant();
  addVm(tenant, {
    sub: SUBSCRIPTION_PROD,
    rg: "rg-web",
    name: "erp-custom01",
    size: "Standard_DS2_v2",
    os: "Linux",
    image: { id: IMAGE_ID },
    subnet: { rg: "rg-network", vnet: "vnet-hub", subnet: "web" },
    customData: Buffer.from(CLOUD_INIT).toString("base64"),
  });
  // Persistent-volume disks as the Azure disk provisioners leave them: in-tree and CSI in the cluster's group,
  // and one in a group without a cluster.
  const pvDisk = (sub: string, rg: string, name: string, pv: string, sizeGiB: number) =>
    add(tenant, sub, rg, "Microsoft.Compute/disks", name, {
      tags: {
        [PV_DISK_TAGS.pvName]: pv,
        [PV_DISK_TAGS.pvcName]: `data-${pv}`,
        [PV_DISK_TAGS.pvcNamespace]: "shop",
        "k8s-azure-created-by": "kubernetes-azure-dd",
      },
      sku: { name: "Premium_LRS" },
      properties: { diskSizeGB: sizeGiB, diskState: "Unattached", provisioningState: "Succeeded", creationData: { createOption: "Empty" } },
    });
  pvDisk(SUBSCRIPTION_PROD, "rg-k8s", "kubernetes-dynamic-pvc-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", "pvc-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", 32);
  pvDisk(SUBSCRIPTION_PROD, "rg-k8s", "pvc-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", "pvc-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", 64);
  pvDisk(SUBSCRIPTION_DEV, "rg-misc", "pvc-orphan-1", "pvc-orphan-1", 8);
  emulator = await startArmEmulator({ tenant, faults: () => undefined });
  dir = mkdtempSync(join(tmpdir(), "vm-details-"));
  result = await discover(emulatorDiscoverOptions(emulator, join(dir, "tenant.yaml")));
});

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

const vm = () =>
  result.tenant.subscriptions
    .find((s) => s.id === SUBSCRIPTION_PROD)!
    .resourceGroups.find((g) => g.name === "rg-web")!
    .virtualMachines.find((v) => v.name === "erp-custom01")!;

describe("a VM made from a custom image", () => {
  it("keeps storageProfile.imageReference.id as imageId, with no marketplace reference", () => {
    expect(vm().imageId).toBe(IMAGE_ID);
    expect(vm().imageReference).toBeUndefined();
    expect(readFileSync(join(dir, "tenant.yaml"), "utf8")).toContain(`imageId: ${IMAGE_ID}\n`);
  });
});

describe("customData", () => {
  it("never reaches tenant.yaml, in clear or in base64", () => {
    const text = readFileSync(join(dir, "tenant.yaml"), "utf8");
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(Buffer.from(CLOUD_INIT).toString("base64"));
    expect(text).not.toContain("customData");
  });

  it("is redacted by line for the export: the secret line replaced by a marker naming it, the others kept", () => {
    const { value, changed } = redactCustomData(Buffer.from(CLOUD_INIT).toString("base64"));
    expect(changed).toBe(true);
    expect(Buffer.from(value, "base64").toString("utf8")).toBe(CLOUD_INIT.replace(`db_password=${SECRET}`, `db_password=${marker("secret value")}`));
  });
});

describe("persistent-volume disks", () => {
  const group = (sub: string, rg: string) => result.tenant.subscriptions.find((s) => s.id === sub)!.resourceGroups.find((g) => g.name === rg)!;

  it("are linked to their Kubernetes cluster: name, namespace, size and the provisioner as the storage class", () => {
    const clusters = group(SUBSCRIPTION_PROD, "rg-k8s").kubernetesClusters;
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.persistentVolumes).toEqual([
      { name: "pvc-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d", namespace: "shop", sizeGiB: 32, storageClass: "kubernetes.io/azure-disk" },
      { name: "pvc-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9", namespace: "shop", sizeGiB: 64, storageClass: "disk.csi.azure.com" },
    ]);
    expect(clusters[0]!.namespaces).toEqual(["shop"]);
    const others = group(SUBSCRIPTION_PROD, "rg-k8s").otherResources.filter((o) => o.type === "Microsoft.Compute/disks");
    expect(others.map((o) => o.note)).toEqual([
      `managed disk of Kubernetes persistent volume pvc-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d (claim shop/data-pvc-0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d); listed under cluster ${clusters[0]!.name}'s persistentVolumes`,
      `managed disk of Kubernetes persistent volume pvc-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9 (claim shop/data-pvc-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9); listed under cluster ${clusters[0]!.name}'s persistentVolumes`,
    ]);
  });

  it("without a cluster in their group are kept as other resources and say so", () => {
    const orphan = group(SUBSCRIPTION_DEV, "rg-misc").otherResources.find((o) => o.name === "pvc-orphan-1")!;
    expect(orphan.note).toBe(
      "managed disk of Kubernetes persistent volume pvc-orphan-1 (claim shop/data-pvc-orphan-1); no AKS engine cluster of this group could be matched to it",
    );
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});
