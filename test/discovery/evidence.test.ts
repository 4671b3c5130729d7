/**
 * Discovery merges by evidence (issue 15, item 2): an entry leaves tenant.yaml only when ARM proves it absent.
 * Run over an existing file whose VMs carry person-entered fields, against the HTTPS emulator with a NIC that
 * fails every retry, a resource group and a subscription the identity has no rights on (403), and a seeded
 * campaign of such faults: no person-entered field is ever lost, and every run names what it could not read.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discover, type DiscoverResult } from "../../src/discovery/discover.js";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import type { Tenant } from "../../src/inventory/schema.js";
import { emulatorDiscoverOptions } from "./emulator/discover-helper.js";
import { STATIC_TOKEN, startArmEmulator, type ArmEmulator } from "./emulator/server.js";
import { allResources, buildEmulatorTenant, SUBSCRIPTION_DEV, SUBSCRIPTION_PROD } from "./emulator/tenant-data.js";

const dir = mkdtempSync(join(tmpdir(), "azs-evidence-"));
const alwaysFail = new Set<string>();
const forbiddenScopes = new Set<string>();
let emulator: ArmEmulator;
/** The enriched file every run starts from. */
let baseline: string;

/** What a person entered on each VM, by "subscription/group/vm" (lower case). */
function personFields(tenant: Tenant): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of tenant.subscriptions)
    for (const g of sub.resourceGroups)
      for (const vm of g.virtualMachines)
        out.set(
          `${sub.id}/${g.name}/${vm.name}`.toLowerCase(),
          JSON.stringify({ tier: vm.tier, roles: vm.roles, peakCpuPercent: vm.peakCpuPercent, peakMemoryPercent: vm.peakMemoryPercent }),
        );
  return out;
}

function load(file: string): Tenant {
  const result = parseTenant(readFileSync(file, "utf8"), file);
  expect(result.ok, JSON.stringify(result.findings.filter((f) => f.severity === "error"))).toBe(true);
  return result.tenant!;
}

/**
 * A campaign run costs what its requests cost: no retries (every planted fault is final) and a static bearer token
 * (the AD FS token flow is tested in discover.test.ts; here it would add its requests to each of the 200 runs).
 */
const CHEAP_RUN = { maxRetries: 0, retryDelayMs: 0, auth: "token-env" as const, env: { AZS_ACCESS_TOKEN: STATIC_TOKEN } };

async function runOver(name: string): Promise<{ result: DiscoverResult; file: string }> {
  const file = join(dir, `${name}.yaml`);
  copyFileSync(baseline, file);
  const result = await discover(emulatorDiscoverOptions(emulator, file, CHEAP_RUN));
  return { result, file };
}

const vmId = (sub: string, rg: string, vm: string) =>
  `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.Compute/virtualMachines/${vm}`.toLowerCase();

beforeAll(async () => {
  // A small tenant keeps the campaign fast: the production subscription's network, web and SQL groups, and the dev subscription.
  const tenant = buildEmulatorTenant();
  const prod = tenant.subscriptions.find((s) => s.subscriptionId === SUBSCRIPTION_PROD)!;
  prod.resourceGroups = prod.resourceGroups.filter((g) => ["rg-network", "rg-web", "rg-sql"].includes(g.name));
  // Pages of 100: one page per list, so a run's requests are mostly the reads it is about (paging: discover.test.ts).
  emulator = await startArmEmulator({ tenant, faults: () => undefined, alwaysFail, forbiddenScopes, pageSize: 100 });
  baseline = join(dir, "baseline.yaml");
  await discover(emulatorDiscoverOptions(emulator, baseline, { retryDelayMs: 0 }));
  // A person completes the file: every VM gets a tier, a role, a peak CPU and a peak memory.
  const first = load(baseline);
  first.subscriptions.forEach((sub, s) =>
    sub.resourceGroups.forEach((g, r) =>
      g.virtualMachines.forEach((vm, v) => {
        vm.tier = "unassigned";
        vm.roles = ["file-server"];
        vm.peakCpuPercent = 10 + ((s * 7 + r * 3 + v) % 80);
        vm.peakMemoryPercent = 20 + ((r + v) % 60);
      }),
    ),
  );
  writeFileSync(baseline, serializeTenant(first));
  expect(personFields(load(baseline)).size).toBeGreaterThan(10);
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

function reset(): void {
  alwaysFail.clear();
  forbiddenScopes.clear();
}

describe("merging by evidence", () => {
  it("a VM whose NIC fails every retry keeps its entry and every person-entered field, and is reported stale with the reason", async () => {
    reset();
    const nic = allResources(emulator.tenant).find((r) => r.type === "Microsoft.Network/networkInterfaces" && r.name.startsWith("web-03"))!;
    alwaysFail.add(nic.id.toLowerCase());
    const { result, file } = await runOver("nic");
    expect(personFields(load(file))).toEqual(personFields(load(baseline)));
    const stale = result.stale.find((e) => e.id.toLowerCase() === vmId(SUBSCRIPTION_PROD, "rg-web", "web-03"));
    expect(stale?.reason).toMatch(new RegExp(`network interface ${nic.name} could not be read \\(HTTP 500`));
    expect(result.drift?.entries.filter((e) => e.change === "removed")).toEqual([]);
    expect(result.failures.map((f) => f.id.toLowerCase())).toContain(nic.id.toLowerCase());
  });

  it("a resource group that answers 403 is named, nothing in it is removed, and what readable resources reference there is listed", async () => {
    reset();
    forbiddenScopes.add(`/subscriptions/${SUBSCRIPTION_PROD}/resourcegroups/rg-sql`);
    forbiddenScopes.add(`/subscriptions/${SUBSCRIPTION_PROD}/resourcegroups/rg-network`);
    const { result, file } = await runOver("group");
    expect(personFields(load(file))).toEqual(personFields(load(baseline)));
    const forbidden = result.failures.filter((f) => f.forbidden !== undefined).map((f) => f.id);
    expect(forbidden).toEqual([`/subscriptions/${SUBSCRIPTION_PROD}/resourceGroups/rg-network`, `/subscriptions/${SUBSCRIPTION_PROD}/resourceGroups/rg-sql`]);
    expect(result.failures.find((f) => f.id.endsWith("rg-sql"))!.forbidden).toMatch(/missing rights on scope .*rg-sql \(HTTP 403 AuthorizationFailed\)/);
    // The web NICs are readable, the virtual network their subnets are in (rg-network) is not: it is listed with who references it.
    const hub = result.unreadableReferences.find((e) => /\/resourceGroups\/rg-network\/providers\/Microsoft\.Network\/virtualNetworks\/vnet-hub$/i.test(e.id));
    expect(hub?.referencedBy.some((id) => /\/rg-web\/providers\/Microsoft\.Network\/networkInterfaces\//i.test(id))).toBe(true);
    expect(result.unreadableReferences.every((e) => !/\/rg-web\//i.test(e.id))).toBe(true);
    expect(result.drift?.entries.filter((e) => e.change === "removed")).toEqual([]);
  });

  it("a subscription that answers 403 is named and kept as the file had it", async () => {
    reset();
    forbiddenScopes.add(`/subscriptions/${SUBSCRIPTION_DEV}`);
    const { result, file } = await runOver("subscription");
    expect(personFields(load(file))).toEqual(personFields(load(baseline)));
    expect(result.failures.filter((f) => f.forbidden !== undefined).map((f) => f.id)).toEqual([`/subscriptions/${SUBSCRIPTION_DEV}`]);
    expect(load(file).subscriptions.map((s) => s.id)).toEqual(load(baseline).subscriptions.map((s) => s.id));
  });

  it("a group that is really gone (404) is removed: absence proven by ARM", async () => {
    reset();
    const tenant = load(baseline);
    tenant.subscriptions[0]!.resourceGroups.push({
      ...tenant.subscriptions[0]!.resourceGroups[0]!,
      name: "rg-deleted-long-ago",
      virtualMachines: [],
    });
    const file = join(dir, "gone.yaml");
    writeFileSync(file, serializeTenant(tenant));
    const result = await discover(emulatorDiscoverOptions(emulator, file, { maxRetries: 0, retryDelayMs: 0 }));
    expect(load(file).subscriptions[0]!.resourceGroups.map((g) => g.name)).not.toContain("rg-deleted-long-ago");
    expect(result.failures).toEqual([]);
  });

  it("a seeded campaign of 200 runs: whatever fails, no person-entered field is lost and every run names what it could not read", async () => {
    reset();
    const expected = personFields(load(baseline));
    // Types read by id (a type outside the API profile is only listed, so a fault on it would never be met).
    const ids = allResources(emulator.tenant)
      .filter((r) =>
        /^microsoft\.(compute\/(virtualmachines|disks|availabilitysets)|network\/(networkinterfaces|virtualnetworks|networksecuritygroups|publicipaddresses))$/i.test(
          r.type,
        ),
      )
      .map((r) => r.id.toLowerCase());
    const groups = emulator.tenant.subscriptions.flatMap((s) =>
      s.resourceGroups.map((g) => `/subscriptions/${s.subscriptionId}/resourcegroups/${g.name}`.toLowerCase()),
    );
    let seed = 0x5eed15;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    let failedRuns = 0;
    for (let run = 0; run < 200; run++) {
      reset();
      for (const id of ids) if (next() < 0.06) alwaysFail.add(id);
      if (next() < 0.3) forbiddenScopes.add(groups[Math.floor(next() * groups.length)]!);
      if (next() < 0.1) forbiddenScopes.add(`/subscriptions/${SUBSCRIPTION_DEV}`.toLowerCase());
      const { result, file } = await runOver(`campaign-${run % 4}`);
      expect(personFields(load(file)), `run ${run}`).toEqual(expected);
      // Every fault planted is named: a failed read, a forbidden scope, or a stale entity that depends on one.
      const named = new Set(result.failures.map((f) => f.id.toLowerCase()));
      for (const scope of forbiddenScopes) expect(named.has(scope) || [...named].some((n) => n.startsWith(scope)), `run ${run}: ${scope}`).toBe(true);
      for (const id of alwaysFail) {
        const inForbidden = [...forbiddenScopes].some((scope) => id.startsWith(`${scope}/`));
        if (!inForbidden) expect(named.has(id), `run ${run}: ${id}`).toBe(true);
      }
      if (result.failures.length > 0) failedRuns++;
    }
    // The campaign really injected faults in most runs.
    expect(failedRuns).toBeGreaterThan(150);
  }, 600_000);
});
