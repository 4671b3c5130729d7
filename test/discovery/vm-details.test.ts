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
import { addVm, buildEmulatorTenant, SUBSCRIPTION_PROD } from "./emulator/tenant-data.js";

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
    subnet: { rg: "rg-network", vnet: "vnet-prod", subnet: "snet-web" },
    customData: Buffer.from(CLOUD_INIT).toString("base64"),
  });
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
