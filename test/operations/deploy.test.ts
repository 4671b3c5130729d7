/**
 * deploy/ read back by the tools that will run it: PowerShell through the tree-sitter grammar, bash through
 * shellcheck, ARM templates against their schemas, and each file's content compared with the plan it came
 * from (members, schedules, retention, thresholds).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build.js";
import { parseCapabilities } from "../../src/stamp/capabilities.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";
import { clock } from "../../src/base/units.js";
import { HYBRID_PROFILE, apiVersionFor } from "../../src/stamp/api-profile.js";
import type { VmBackupPlan } from "../../src/backup/types.js";
import { VAULT_API_VERSION, VAULT_TEMPLATE } from "../../src/operations/target.js";
import { armFileErrors, armSchemas, VAULT_RESOURCE_SCHEMA } from "../support/arm-schemas.js";
import { deployTemplate } from "../support/arm-evaluator.js";
import { virtualMachines } from "../../src/inventory/walk.js";
import { checkPowerShell } from "../support/powershell-grammar.js";
import { planCases, type PlanCase } from "./cases.js";
import { parseCsv, psArray, psSingle } from "./parse.js";

const has = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const SHELLCHECK = has("shellcheck");
if (!SHELLCHECK) console.log("skipped: shellcheck is not installed (CI installs it from Debian's packages)");

const work = mkdtempSync(join(tmpdir(), "azs-deploy-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases = planCases();
const CONTEXT = { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg-backup", tenantId: "00000000-0000-0000-0000-000000000002" };
const filesOf = (c: PlanCase, ext: string) => [...c.deploy].filter(([path]) => path.endsWith(ext));
const vmName = (v: VmBackupPlan) => v.qualifiedName.split("/").pop()!;

describe("deploy/ parses with the real grammars", () => {
  it("covers every generator", () => {
    const paths = cases.flatMap((c) => [...c.deploy.keys()]);
    for (const prefix of [
      "target/recovery-services-vault.json",
      "target/second-stamp-storage.json",
      "protection/mabs-",
      "protection/veeam-agent-jobs.csv",
      "protection/veeam-agent-jobs.ps1",
      "protection/velero-",
      "monitoring/check-mabs-",
      "monitoring/check-veeam.ps1",
      "monitoring/check-velero.sh",
      "keys/check-ready.sh",
      "tests/restore-tests-",
      "protection/mars-",
      "monitoring/check-mars.ps1",
      "register/mabs-",
      "register/mars.ps1",
    ]) {
      expect(
        paths.some((p) => p.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
  });

  it("every PowerShell script parses with the tree-sitter PowerShell grammar", async () => {
    let count = 0;
    for (const c of cases) {
      for (const [path, content] of filesOf(c, ".ps1")) {
        expect(await checkPowerShell(content), `${c.label}: ${path}`).toEqual([]);
        count++;
      }
    }
    expect(count).toBeGreaterThan(20);
  });

  it("the grammar check can fail", async () => {
    expect((await checkPowerShell("function f {\n  if ($x { }\n")).length).toBeGreaterThan(0);
  });

  it.skipIf(!SHELLCHECK)("every bash script passes shellcheck", () => {
    const written: string[] = [];
    cases.forEach((c, i) => {
      for (const [path, content] of filesOf(c, ".sh")) {
        const file = join(work, String(i), path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
        written.push(file);
      }
    });
    expect(written.length).toBeGreaterThan(10);
    const result = spawnSync("shellcheck", ["--shell=bash", ...written], { encoding: "utf8" });
    expect(result.stdout + result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("every template on the hybrid profile validates against its schema, at the profile's api-versions", () => {
    for (const c of cases) {
      for (const [path, content] of filesOf(c, ".json").filter(([p]) => p !== VAULT_TEMPLATE)) {
        const json = JSON.parse(content) as { resources: Array<{ type: string; apiVersion: string }> };
        expect(armFileErrors(path, json), `${c.label}: ${path}`).toEqual([]);
        for (const r of json.resources) expect(r.apiVersion, `${path} ${r.type}`).toBe(apiVersionFor(r.type));
      }
    }
  });

  it("the vault template validates against the Microsoft.RecoveryServices resource schema, as written and with its parameters bound", () => {
    const vaults = cases.filter((c) => c.deploy.has(VAULT_TEMPLATE));
    expect(vaults.length).toBeGreaterThan(5);
    expect(vaults.some((c) => c.label.startsWith("generated tenant"))).toBe(true);
    const { definitions, validator } = armSchemas();
    expect(definitions.get(`microsoft.recoveryservices/vaults@${VAULT_API_VERSION}`)).toBe(VAULT_RESOURCE_SCHEMA);
    const resourceSchema = validator(VAULT_RESOURCE_SCHEMA);
    for (const c of vaults) {
      const json = JSON.parse(c.deploy.get(VAULT_TEMPLATE)!);
      // As written: the deployment-template envelope and the vault against its own resourceDefinition.
      expect(armFileErrors(VAULT_TEMPLATE, json), c.label).toEqual([]);
      // As ARM would create it: every parameter bound to its default (the values the tenant chose), so the enums
      // (redundancy, immutability state, soft-delete state) are checked on real values, not on "[parameters(...)]".
      const { resources } = deployTemplate(json, {}, CONTEXT);
      expect(resources).toHaveLength(1);
      const { id: _id, dependsOn: _dependsOn, tags: _tags, kind: _kind, ...body } = resources[0]!;
      expect(resourceSchema(body), `${c.label}: ${JSON.stringify(resourceSchema.errors)}`).toBe(true);
    }
  });

  it("the vault schema check can fail: a misspelt immutability state, redundancy or soft-delete state is caught", () => {
    const json = JSON.parse(cases.find((c) => c.deploy.has(VAULT_TEMPLATE))!.deploy.get(VAULT_TEMPLATE)!);
    const vault = json.resources[0];
    const resourceSchema = armSchemas().validator(VAULT_RESOURCE_SCHEMA);
    const bound = () => {
      const { id: _id, dependsOn: _dependsOn, tags: _tags, kind: _kind, ...body } = deployTemplate(json, {}, CONTEXT).resources[0]!;
      return resourceSchema(body) ? [] : (resourceSchema.errors ?? []).map((e) => e.instancePath);
    };
    expect(bound()).toEqual([]);
    const state = vault.properties.securitySettings.immutabilitySettings.state;
    vault.properties.securitySettings.immutabilitySettings.state = "Unlockd";
    expect(armFileErrors(VAULT_TEMPLATE, json).join()).toMatch(/Microsoft\.RecoveryServices\/vaults/);
    vault.properties.securitySettings.immutabilitySettings.state = state;
    json.parameters.immutability.defaultValue = "Unlockd";
    delete json.parameters.immutability.allowedValues;
    expect(bound()).toContain("/properties/securitySettings/immutabilitySettings/state");
    json.parameters.immutability.defaultValue = "Unlocked";
    json.parameters.storageRedundancy.defaultValue = "GRS";
    delete json.parameters.storageRedundancy.allowedValues;
    expect(bound()).toContain("/properties/redundancySettings/standardTierStorageRedundancy");
    json.parameters.storageRedundancy.defaultValue = "GeoRedundant";
    vault.properties.securitySettings.softDeleteSettings.softDeleteState = "On";
    expect(armFileErrors(VAULT_TEMPLATE, json)).not.toEqual([]);
  });

  it("the vault template uses public-Azure api-versions, never the hybrid profile, with soft delete, immutability and redundancy as chosen", () => {
    for (const c of cases.filter((x) => x.deploy.has(VAULT_TEMPLATE))) {
      const json = JSON.parse(c.deploy.get(VAULT_TEMPLATE)!);
      const vault = json.resources.find((r: { type: string }) => r.type === "Microsoft.RecoveryServices/vaults");
      expect(HYBRID_PROFILE["Microsoft.RecoveryServices"]).toBeUndefined();
      expect(vault.apiVersion).toBe(VAULT_API_VERSION);
      expect(vault.properties.securitySettings.softDeleteSettings.softDeleteState).toBe("Enabled");
      expect(vault.properties.securitySettings.immutabilitySettings.state).toBe("[parameters('immutability')]");
      expect(json.parameters.immutability.defaultValue).toBe(c.tenant.protection.target.immutable ? "Unlocked" : "Disabled");
      expect(vault.properties.redundancySettings.standardTierStorageRedundancy).toBe("[parameters('storageRedundancy')]");
      expect(json.parameters.vaultName.defaultValue).toBe(c.tenant.protection.target.name);
    }
  });
});

describe("plan --capabilities", () => {
  it("checks the backup server templates of deploy/ against the stamp, by path", () => {
    const caps = parseCapabilities(readFileSync("test/stamp/fixtures/AzureStackCloudCapabilities_with_AddOns_20170627.tenant.json"), "stamp.json");
    const plan = buildPlan(cases[0]!.tenant, PLAN_TEMPLATES, [], { capabilities: caps });
    const files = new Set(plan.stampCheck!.findings.map((f) => f.file).filter((f) => f?.startsWith("deploy/")));
    expect([...files].sort()).toEqual(plan.operations.files.filter((f) => f.kind === "arm-hybrid").map((f) => `deploy/${f.path}`));
  });
});

describe("deploy/ matches the plan", () => {
  const tierOf = (c: PlanCase, name: string) => c.tenant.protection.tiers.find((t) => t.name === name)!;
  const expectedTimes = (vms: VmBackupPlan[]) => [...new Set(vms.flatMap((v) => v.runs.map((r) => clock(r.windowStartMinuteOfDay))))].sort();

  it("MABS: one protection group per tier with the plan's members, online times, retention and replica creation", () => {
    let groups = 0;
    for (const c of cases) {
      for (const server of c.plan.backup.backupServers) {
        const script = c.deploy.get(`protection/mabs-${server.name}.ps1`)!;
        const calls = [
          ...script.matchAll(
            /^New-TierGroup -Name ('(?:[^']|'')*') -Members (@\(.*?\)) -ShortTermDays (\d+) -SyncMinutes (\d+) `\n {2}-Times (@\(.*?\)) -Daily (\d+) -Weekly (\d+) -Monthly (\d+) -Yearly (\d+) `\n {2}-ReplicaMinuteOfDay (\d+) -OfflineSeeding \$(true|false)$/gmu,
          ),
        ];
        const tiers = c.tenant.protection.tiers.filter((t) =>
          c.plan.backup.vms.some((v) => v.backupServer === server.name && v.tier === t.name && v.protected && v.runs.length > 0),
        );
        expect(calls.length, `${c.label} ${server.name}`).toBe(tiers.length);
        for (const [i, tier] of tiers.entries()) {
          const call = calls[i]!;
          const vms = c.plan.backup.vms.filter(
            (v) => v.method === "mabs-mars" && v.backupServer === server.name && v.tier === tier.name && v.protected && v.runs.length > 0,
          );
          expect(psSingle(call[1]!)).toContain(tier.name);
          expect(psArray(call[2]!)).toEqual(vms.map(vmName));
          expect(Number(call[3])).toBe(Math.max(1, Math.round(server.localRetentionDays.value)));
          expect(Number(call[4]) <= tier.rpoHours * 60 || Number(call[4]) === 15).toBe(true);
          expect(psArray(call[5]!)).toEqual(expectedTimes(vms));
          expect([call[6], call[7], call[8], call[9]].map(Number)).toEqual([
            tier.retention.daily,
            tier.retention.weekly ?? 0,
            tier.retention.monthly ?? 0,
            tier.retention.yearly ?? 0,
          ]);
          expect(call[11]).toBe(vms.some((v) => v.offlineSeeding) ? "true" : "false");
          groups++;
        }
      }
    }
    expect(groups).toBeGreaterThan(3);
    expect(cases.some((c) => [...c.deploy.values()].some((s) => s.includes("-OfflineSeeding $true")))).toBe(true);
  });

  it("Veeam: the job table holds one job per tier with the plan's computers, times and retention", () => {
    let jobs = 0;
    for (const c of cases.filter((x) => x.deploy.has("protection/veeam-agent-jobs.csv"))) {
      const [header, ...rows] = parseCsv(c.deploy.get("protection/veeam-agent-jobs.csv")!);
      const col = (name: string) => header!.indexOf(name);
      for (const row of rows) {
        const tier = tierOf(c, row[col("tier")]!);
        const vms = c.plan.backup.vms.filter((v) => v.method.startsWith("veeam-agent") && v.tier === tier.name && v.protected && v.runs.length > 0);
        expect(row[col("computers")]!.split(";")).toEqual(vms.map(vmName));
        expect(row[col("daily_times")]!.split(";")).toEqual(expectedTimes(vms));
        expect(Number(row[col("retention_days")])).toBe(tier.retention.daily);
        expect([row[col("gfs_weekly")], row[col("gfs_monthly")], row[col("gfs_yearly")]].map(Number)).toEqual([
          tier.retention.weekly ?? 0,
          tier.retention.monthly ?? 0,
          tier.retention.yearly ?? 0,
        ]);
        jobs++;
      }
    }
    expect(jobs).toBeGreaterThan(3);
  });

  it("Veeam: the PowerShell script creates one protection group and job per tier and platform, with the plan's computers, schedule and retention", () => {
    let jobs = 0;
    let periodic = 0;
    const veeamCases = cases.filter((x) => x.deploy.has("protection/veeam-agent-jobs.csv"));
    expect(veeamCases.length).toBeGreaterThan(5);
    for (const c of veeamCases) {
      const script = c.deploy.get("protection/veeam-agent-jobs.ps1")!;
      expect(script, c.label).toBeDefined();
      const calls = [
        ...script.matchAll(
          /^New-TierJob -Name ('(?:[^']|'')*') -Platform '(Windows|Linux)' -Computers (@\(.*?\)) `\n {2}-DailyTime '(\d\d:\d\d)' -EveryHours (\d+) -RestoreDays (\d+) -Weekly (\d+) -Monthly (\d+) -Yearly (\d+)$/gmu,
        ),
      ];
      const expected = c.tenant.protection.tiers.flatMap((tier) => {
        const vms = c.plan.backup.vms.filter((v) => v.method.startsWith("veeam-agent") && v.tier === tier.name && v.protected && v.runs.length > 0);
        return (["Windows", "Linux"] as const)
          .map((platform) => ({ tier, vms, platform, members: vms.filter((v) => (v.method === "veeam-agent-linux") === (platform === "Linux")) }))
          .filter((j) => j.members.length > 0);
      });
      expect(calls.length, c.label).toBe(expected.length);
      for (const [i, job] of expected.entries()) {
        const call = calls[i]!;
        expect(psSingle(call[1]!)).toBe(`${job.tier.name}-veeam-vbr-01${job.platform === "Linux" ? "-linux" : ""}`);
        expect(call[2]).toBe(job.platform);
        expect(psArray(call[3]!)).toEqual(job.members.map(vmName));
        // Schedule: the tier's run times (all members of the tier share the job's schedule).
        const times = expectedTimes(job.vms);
        const everyHours = Number(call[5]);
        if (times.length === 1) {
          expect([call[4], everyHours]).toEqual([times[0], 0]);
        } else {
          const runs = Array.from({ length: 24 / everyHours }, (_, k) => clock(k * everyHours * 60));
          const minutes = times.map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
          const gaps = minutes.map((m, k) => (k + 1 < minutes.length ? minutes[k + 1]! - m : 1440 - m + minutes[0]!));
          if (new Set(gaps).size === 1 && minutes[0]! % gaps[0]! === 0 && 24 % (gaps[0]! / 60) === 0) expect(runs).toEqual(times);
          else expect(everyHours * 60).toBeLessThanOrEqual(Math.min(...gaps));
          periodic++;
        }
        expect([call[6], call[7], call[8], call[9]].map(Number)).toEqual([
          job.tier.retention.daily,
          job.tier.retention.weekly ?? 0,
          job.tier.retention.monthly ?? 0,
          job.tier.retention.yearly ?? 0,
        ]);
        jobs++;
      }
      // Idempotent: an existing job is left alone, a missing group is created once, and nothing secret is a parameter.
      expect(script).toMatch(/if \(Get-VBRComputerBackupJob -Name \$Name\) \{[^}]*return \}/);
      expect(script).toMatch(/\$group = Get-VBRProtectionGroup -Name \$groupName\n {2}if \(-not \$group\)/);
      expect(script).not.toMatch(/-\w*(Password|Passphrase)\b|Get-Credential|ConvertTo-SecureString/i);
    }
    expect(jobs).toBeGreaterThan(10);
    expect(periodic).toBeGreaterThan(0);
    expect(cases.some((c) => /-Platform 'Linux'/.test(c.deploy.get("protection/veeam-agent-jobs.ps1") ?? ""))).toBe(true);
  });

  it("backup servers: each template deploys the plan's size, storage-pool data disks, subnet and the server's network rules", () => {
    let servers = 0;
    for (const c of cases) {
      for (const placed of c.plan.operations.servers) {
        const json = JSON.parse(c.deploy.get(placed.file)!);
        const { resources } = deployTemplate(json, { adminPassword: "not-a-secret-test-value" }, CONTEXT);
        const vm = resources.find((r) => r.type === "Microsoft.Compute/virtualMachines")!;
        const nic = resources.find((r) => r.type === "Microsoft.Network/networkInterfaces")!;
        const nsg = resources.find((r) => r.type === "Microsoft.Network/networkSecurityGroups")!;
        const hardware = vm.properties.hardwareProfile as { vmSize: string };
        const disks = (vm.properties.storageProfile as { dataDisks: Array<{ diskSizeGB: number; lun: number }> }).dataDisks;
        const subnetId = (nic.properties.ipConfigurations as Array<{ properties: { subnet: { id: string } } }>)[0]!.properties.subnet.id.toLowerCase();
        const rules = nsg.properties.securityRules as Array<{ name: string; properties: { destinationPortRanges: string[]; direction: string } }>;
        const placeholder = placed.product === "mabs" ? "<mabs-server-ip>" : "<veeam-backup-server-ip>";
        const ruleNames = c.plan.backup.networkRules
          .filter((r) => r.sourceAddressPrefix === placeholder || r.destinationAddressPrefix === placeholder)
          .map((r) => r.name);
        for (const name of ruleNames)
          expect(
            rules.map((r) => r.name),
            `${c.label} ${placed.name}`,
          ).toContain(name);
        for (const d of disks) expect(d.diskSizeGB).toBeLessThanOrEqual(1023);
        if (placed.product === "mabs") {
          const planned = c.plan.backup.backupServers.find((b) => b.name === placed.name)!;
          if (planned.vmSize) expect(hardware.vmSize, `${c.label} ${placed.name}`).toBe(planned.vmSize);
          if (planned.vmSize) expect(disks.length).toBe(Math.max(1, planned.dataDisks.value));
          // The pool fits on the disks unless a disk is already at the stack's largest size.
          if (disks[0]!.diskSizeGB < 1023) expect(disks.length * disks[0]!.diskSizeGB).toBeGreaterThanOrEqual(planned.storagePoolGiB.value);
          const servedSubnets = new Set(
            virtualMachines(c.tenant)
              .filter((ref) => planned.vms.includes(ref.qualifiedName))
              // "vnet/subnet" is a network of the VM's own resource group (src/inventory/schema.ts).
              .map((ref) => {
                const subnet = ref.vm.nics[0]?.subnet ?? "";
                return subnet.split("/").length === 2 ? `${ref.resourceGroup.name}/${subnet}` : subnet;
              }),
          );
          const [rg, vnet, subnet] = placed.subnet.split("/");
          expect(subnetId.endsWith(`/resourcegroups/${rg}/providers/microsoft.network/virtualnetworks/${vnet}/subnets/${subnet}`.toLowerCase())).toBe(true);
          if (servedSubnets.size > 0 && !placed.subnet.includes("<")) expect(servedSubnets.has(placed.subnet), `${c.label} ${placed.name}`).toBe(true);
        } else {
          expect(hardware.vmSize).toBe(placed.vmSize);
          expect(disks.length).toBe(1);
        }
        // Every placement names a full "rg/vnet/subnet", so the template's resourceId() points at a real subnet.
        expect(placed.subnet.split("/"), `${c.label} ${placed.name}`).toHaveLength(3);
        servers++;
      }
    }
    expect(servers).toBeGreaterThan(10);
  });

  it("Velero: one schedule command per schedule of the plan, with its cron and TTL", () => {
    let schedules = 0;
    for (const c of cases) {
      for (const cluster of c.plan.contrast.kubernetes.velero.clusters) {
        const script = [...c.deploy].find(
          ([p]) =>
            p.startsWith("protection/velero-") && c.deploy.get(p)!.includes(cluster.bucket) && c.deploy.get(p)!.includes(cluster.cluster.split("/").pop()!),
        )?.[1];
        expect(script, cluster.cluster).toBeDefined();
        for (const s of cluster.schedules) {
          expect(script).toContain(`ensure_schedule '${s.name}' '${s.cron}' '${s.ttl}'`);
          schedules++;
        }
      }
    }
    expect(schedules).toBeGreaterThan(0);
  });

  it("monitoring: every item's threshold equals its tier's RPO, and every protected member is checked", () => {
    let rows = 0;
    for (const c of cases) {
      const rpo = new Map(c.tenant.protection.tiers.map((t) => [t.name, t.rpoHours]));
      for (const [path, content] of filesOf(c, ".ps1").filter(([p]) => p.startsWith("monitoring/"))) {
        const items = [...content.matchAll(/^ {2}@\{ Item = ('(?:[^']|'')*'); Tier = ('(?:[^']|'')*'); MaxAgeHours = ([\d.]+) \}$/gmu)];
        expect(items.length, path).toBeGreaterThan(0);
        for (const m of items) {
          expect(Number(m[3]), `${path} ${m[1]}`).toBe(rpo.get(psSingle(m[2]!)));
          const vm = c.plan.backup.vms.find((v) => vmName(v) === psSingle(m[1]!) && v.tier === psSingle(m[2]!));
          expect(vm, `${path} ${m[1]}`).toBeDefined();
          rows++;
        }
        const product = path.includes("mabs") ? "mabs-mars" : path.includes("mars") ? "mars" : "veeam-agent";
        const expected = c.plan.backup.vms.filter(
          (v) =>
            v.method.startsWith(product) && v.protected && v.runs.length > 0 && (product !== "mabs-mars" || path.endsWith(`check-mabs-${v.backupServer}.ps1`)),
        );
        expect(items.length, path).toBe(expected.length);
      }
      for (const [, content] of filesOf(c, ".sh").filter(([p]) => p.startsWith("monitoring/"))) {
        for (const m of content.matchAll(/^check ('(?:[^']|'\\'')*') (\d+)$/gmu)) {
          const cluster = m[1]!.slice(1, -1);
          const tier = c.plan.backup.resources.find((r) => r.qualifiedName === cluster)?.tier;
          if (tier) expect(Number(m[2])).toBe(rpo.get(tier));
          rows++;
        }
      }
    }
    expect(rows).toBeGreaterThan(50);
  });
});
