/**
 * What Velero's Azure plugin needs on an Azure Stack Hub stamp: the environment file derived from the ARM endpoint
 * (the rest read from the stamp's metadata endpoint at install time), a credentials template without any value,
 * and install.sh with pinned images. install.sh runs for real under bash with jq; curl, kubectl and velero are
 * stand-ins on PATH (no stamp and no cluster here) that record what they were asked to do.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  AZURE_PLUGIN_IMAGE,
  AZURE_STACK_CLOUD,
  azureStackEnvironment,
  CREDENTIALS_TEMPLATE,
  ENVIRONMENT_FILE_IN_POD,
  STAMP_CREDENTIALS_SECRET,
  VELERO_IMAGE,
} from "../../src/azure-backup/velero-azurestack.js";
import { planVelero } from "../../src/azure-backup/velero.js";
import { tenantFrom } from "../helpers/tenant-fixtures.js";
import { veleroObjectErrors } from "../support/velero-crds.js";
import { addCluster } from "./fixtures.js";
import { generatedTenants, hostileNameTenants } from "../support/tenants-under-test.js";

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const JQ = has("jq");
const SHELLCHECK = has("shellcheck");
if (!JQ) console.log("skipped: jq is not installed, so install.sh does not run (CI installs it)");
if (!SHELLCHECK) console.log("skipped: shellcheck is not installed (CI installs it)");

const work = mkdtempSync(join(tmpdir(), "azs-velero-ash-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ARM = "https://management.tokyo.azurestack.contoso.co.jp";
const tenant = tenantFrom((d) => {
  addCluster(d, { persistentVolumes: [{ name: "pv", namespace: "shop", sizeGiB: 64, storageClass: "managed-premium" }] });
  d.stamp.armEndpoint = ARM;
});
const cluster = planVelero(tenant).clusters[0]!;
const file = (name: string) => cluster.stampFiles.find((f) => f.name === name)!.content;

describe("Velero's Azure plugin on the Azure Stack Hub stamp", () => {
  it("derives the endpoints it can from the ARM endpoint, and leaves identity to the metadata endpoint", () => {
    const fields = azureStackEnvironment(ARM)!;
    expect(Object.fromEntries(fields.filter((f) => f.value).map((f) => [f.field, f.value]))).toEqual({
      name: AZURE_STACK_CLOUD,
      resourceManagerEndpoint: `${ARM}/`,
      storageEndpointSuffix: "tokyo.azurestack.contoso.co.jp",
      keyVaultDNSSuffix: "vault.tokyo.azurestack.contoso.co.jp",
    });
    expect(fields.filter((f) => f.fromMetadata).map((f) => f.field)).toEqual([
      "activeDirectoryEndpoint",
      "tokenAudience",
      "serviceManagementEndpoint",
      "galleryEndpoint",
      "graphEndpoint",
    ]);
    expect(azureStackEnvironment("https://arm.example.com/")).toBeUndefined();
    const other = structuredClone(tenant);
    other.stamp.armEndpoint = "https://arm.example.com";
    const plan = planVelero(other).clusters[0]!;
    expect(plan.stampFiles).toEqual([]);
    expect(plan.warnings.map((w) => w.text).join("\n")).toMatch(/environment file cannot be derived/);
  });

  it("writes a credentials template that holds no value, only placeholders and the cloud name", () => {
    expect(file("credentials-velero.template")).toBe(CREDENTIALS_TEMPLATE);
    const assignments = CREDENTIALS_TEMPLATE.split("\n").filter((l) => /^[A-Z_]+=/.test(l));
    for (const line of assignments) {
      const [key, value] = line.split("=") as [string, string];
      if (key === "AZURE_CLOUD_NAME") expect(value).toBe(AZURE_STACK_CLOUD);
      else if (key === "AZURE_ENVIRONMENT_FILEPATH") expect(value).toBe(ENVIRONMENT_FILE_IN_POD);
      else expect(value).toBe(`\${${key}}`);
    }
  });

  it("pins the images and says the Azure Stack support is not in a released plugin", () => {
    const script = file("install.sh");
    expect(script).toContain(VELERO_IMAGE);
    expect(script).toContain(AZURE_PLUGIN_IMAGE);
    expect(script).toMatch(/NOT IN A RELEASED PLUGIN/);
    expect(script).toMatch(/PR #8738/);
    expect(script).toMatch(/PR #279/);
  });

  it("names the stamp's Secret in the VolumeSnapshotLocation, which still validates against Velero 1.17.2's CRD", () => {
    const vsl = cluster.manifests.find((m) => m.kind === "VolumeSnapshotLocation")!;
    expect((vsl.spec as Record<string, unknown>).credential).toEqual({ name: STAMP_CREDENTIALS_SECRET, key: "cloud" });
    expect(veleroObjectErrors(vsl)).toEqual([]);
  });

  it("install.sh passes bash -n for this tenant, the hostile-names corpus and 100 generated tenants, and patches with valid JSON", () => {
    const scripts = [
      file("install.sh"),
      ...[...hostileNameTenants(), ...generatedTenants(100)].flatMap(([, t]) =>
        planVelero(t).clusters.flatMap((c) => c.stampFiles.filter((f) => f.name === "install.sh").map((f) => f.content)),
      ),
    ];
    expect(scripts.length).toBeGreaterThan(10);
    for (const [i, script] of scripts.entries()) {
      const path = join(work, `syntax-${i}.sh`);
      writeFileSync(path, script);
      const run = spawnSync("bash", ["-n", path], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      const patch = /--patch '([^']*)'/.exec(script)?.[1];
      expect(() => JSON.parse(patch ?? "")).not.toThrow();
    }
  });

  it.skipIf(!SHELLCHECK)("install.sh passes shellcheck", () => {
    const path = join(work, "check.sh");
    writeFileSync(path, file("install.sh"));
    const run = spawnSync("shellcheck", ["--shell=bash", path], { encoding: "utf8" });
    expect(run.stdout, run.stdout).toBe("");
  });

  it.skipIf(!JQ)("install.sh writes the environment file and the credentials, and keeps the secret out of every argument", () => {
    const dir = join(work, "run", "kubernetes", "cluster.azurestack");
    const bin = join(work, "bin");
    const log = join(work, "calls.log");
    const captured = join(work, "captured");
    mkdirSync(dir, { recursive: true });
    mkdirSync(bin, { recursive: true });
    mkdirSync(captured, { recursive: true });
    for (const f of cluster.stampFiles) writeFileSync(join(dir, f.name), f.content);
    writeFileSync(join(work, "run", "kubernetes", "cluster.velero.yaml"), cluster.yaml);
    const stub = (name: string, body: string) => {
      writeFileSync(join(bin, name), `#!/usr/bin/env bash\nprintf '%s\\n' "${name} $*" >>${JSON.stringify(log)}\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    };
    // The metadata endpoint's answer, in the shape Learn documents (and the test ARM emulator serves).
    const metadata = {
      galleryEndpoint: "https://adminportal.tokyo.azurestack.contoso.co.jp:30015/",
      graphEndpoint: "https://graph.local.azurestack.external/",
      portalEndpoint: "https://portal.tokyo.azurestack.contoso.co.jp/",
      authentication: {
        loginEndpoint: "https://adfs.tokyo.azurestack.contoso.co.jp/adfs",
        audiences: ["https://management.adfs.azurestack.contoso.co.jp/0000"],
      },
    };
    stub("curl", `printf '%s' ${JSON.stringify(JSON.stringify(metadata))}`);
    // kubectl copies every --from-file it is given, so the test can read what the Secret would hold. Like the real
    // `kubectl apply --filename -`, it reads its input whole: a reader that left early would kill `create` with
    // SIGPIPE under pipefail, at random on a loaded machine.
    stub(
      "kubectl",
      `for a in "$@"; do case "$a" in --from-file=*) f="\${a#--from-file=}"; cp "\${f#*=}" ${JSON.stringify(captured)}/"\${f%%=*}";; esac; done; [ "$1" = create ] && echo '{}'; case " $* " in *" --filename - "*) cat >/dev/null;; esac; true`,
    );
    stub("velero", "");
    const secret = "s3cr3t-value-of-the-stamp";
    const offstack = join(work, "offstack-credentials");
    writeFileSync(offstack, "AZURE_CLOUD_NAME=AzurePublicCloud\n");
    execFileSync("bash", [join(dir, "install.sh")], {
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        AZURE_SUBSCRIPTION_ID: "sub-1",
        AZURE_TENANT_ID: "adfs",
        AZURE_CLIENT_ID: "client-1",
        AZURE_CLIENT_SECRET: secret,
        AZURE_RESOURCE_GROUP: "rg-aks",
        OFFSTACK_CREDENTIALS_FILE: offstack,
      },
      encoding: "utf8",
    });
    expect(JSON.parse(readFileSync(join(captured, "azurestackcloud.json"), "utf8"))).toEqual({
      name: AZURE_STACK_CLOUD,
      resourceManagerEndpoint: `${ARM}/`,
      storageEndpointSuffix: "tokyo.azurestack.contoso.co.jp",
      keyVaultDNSSuffix: "vault.tokyo.azurestack.contoso.co.jp",
      activeDirectoryEndpoint: metadata.authentication.loginEndpoint,
      tokenAudience: metadata.authentication.audiences[0],
      serviceManagementEndpoint: metadata.authentication.audiences[0],
      galleryEndpoint: metadata.galleryEndpoint,
      graphEndpoint: metadata.graphEndpoint,
    });
    expect(readFileSync(join(captured, "cloud"), "utf8")).toBe(
      [
        "AZURE_SUBSCRIPTION_ID=sub-1",
        "AZURE_TENANT_ID=adfs",
        "AZURE_CLIENT_ID=client-1",
        `AZURE_CLIENT_SECRET=${secret}`,
        "AZURE_RESOURCE_GROUP=rg-aks",
        `AZURE_CLOUD_NAME=${AZURE_STACK_CLOUD}`,
        `AZURE_ENVIRONMENT_FILEPATH=${ENVIRONMENT_FILE_IN_POD}`,
        "",
      ].join("\n"),
    );
    const calls = readFileSync(log, "utf8");
    expect(calls).toContain(`curl --fail --silent --show-error ${ARM}/metadata/endpoints?api-version=2015-01-01`);
    expect(calls).toMatch(
      new RegExp(`velero install --image ${VELERO_IMAGE} --plugins ${AZURE_PLUGIN_IMAGE} --secret-file ${offstack} --no-default-backup-location`),
    );
    expect(calls).toContain(`kubectl --namespace velero set env deployment/velero AZURE_ENVIRONMENT_FILEPATH=${ENVIRONMENT_FILE_IN_POD}`);
    expect(calls).toMatch(/kubectl apply --filename .*cluster\.velero\.yaml/);
    // The secret travels in a file, never on a command line.
    expect(calls).not.toContain(secret);
  });
});
