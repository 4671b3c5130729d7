/**
 * The "discover" stage of `npm run bench`: discovery of a generated tenant (100 to 10,000 VMs) through the real
 * SDK client against the HTTPS ARM emulator with a fixed latency per call, compared with the lower bound that the
 * request count, the concurrency limit and the latency set: (requests ÷ concurrency) × latency.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEFAULT_CONCURRENCY } from "../src/discovery/connection.js";
import { discover } from "../src/discovery/discover.js";
import { emulatorTenantFromModel } from "../test/support/arm-emulator/from-model.js";
import { startArmEmulator, STATIC_TOKEN, type ArmEmulator } from "../test/support/arm-emulator/server.js";
import { allResources } from "../test/support/arm-emulator/tenant-data.js";
import type { BenchInput, BenchStage } from "./bench.js";

/** Round trip per ARM call: issue 10 suggests 30 ms, a plausible WAN round trip to a stamp's ARM endpoint. */
export const DISCOVER_LATENCY_MS = 30;
/** Items per list page: a choice (ARM's resource lists page at the service's discretion; 100 keeps paging in play). */
export const DISCOVER_PAGE_SIZE = 100;

interface Prepared {
  emulator: ArmEmulator;
  dir: string;
  resources: number;
}

const notes: string[] = [];

export const discoverStage: BenchStage = {
  name: `discover (emulator, ${DISCOVER_LATENCY_MS} ms a call)`,
  // Minutes at 10,000 VMs: no unmeasured warm-up run.
  noWarmUp: true,
  notes,
  async prepare(input: BenchInput): Promise<Prepared> {
    const tenant = emulatorTenantFromModel(input.tenant);
    const emulator = await startArmEmulator({
      tenant,
      faults: () => undefined,
      latencyMs: DISCOVER_LATENCY_MS,
      pageSize: DISCOVER_PAGE_SIZE,
    });
    return { emulator, dir: mkdtempSync(join(tmpdir(), "bench-discover-")), resources: allResources(tenant).length };
  },
  async run(input: BenchInput, prepared: unknown) {
    const { emulator, dir, resources } = prepared as Prepared;
    emulator.resetCounters();
    const start = performance.now();
    const result = await discover({
      armEndpoint: emulator.url,
      auth: "token-env",
      env: { AZS_ACCESS_TOKEN: STATIC_TOKEN },
      ca: emulator.ca,
      concurrency: DEFAULT_CONCURRENCY,
      output: join(dir, `tenant-${input.vms}.yaml`),
    });
    const ms = performance.now() - start;
    if (result.failures.length > 0 || result.totals.listed !== resources)
      throw new Error(`discover bench: ${result.failures.length} failure(s), listed ${result.totals.listed} of ${resources}`);
    const requests = emulator.requests.length;
    const bound = (requests / DEFAULT_CONCURRENCY) * DISCOVER_LATENCY_MS;
    notes.push(
      `discover ${input.vms.toLocaleString("en-US")} VMs: ${resources.toLocaleString("en-US")} resources, ${requests.toLocaleString("en-US")} requests; ` +
        `bound (${requests} ÷ ${DEFAULT_CONCURRENCY}) × ${DISCOVER_LATENCY_MS} ms = ${(bound / 1000).toFixed(2)} s; achieved ${(ms / 1000).toFixed(2)} s = ${(ms / bound).toFixed(2)} × the bound`,
    );
    return result.totals;
  },
  async dispose(prepared: unknown) {
    const { emulator, dir } = prepared as Prepared;
    await emulator.close();
    rmSync(dir, { recursive: true, force: true });
  },
};
