/**
 * Discovery against the emulator, for this suite and others (IaC round-trip): starts an emulator (or
 * uses the one given), runs the real discover into a temporary tenant.yaml, and returns the result.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { discover, type DiscoverOptions, type DiscoverResult } from "../../../src/discovery/discover.js";
import { EMULATOR_CLIENT_ID, EMULATOR_CLIENT_SECRET, startArmEmulator, type ArmEmulator, type EmulatorOptions } from "./server.js";

/** Options for discover() that reach the emulator with the AD FS service principal, fast retries. */
export function emulatorDiscoverOptions(emulator: ArmEmulator, output: string, extra: Partial<DiscoverOptions> = {}): DiscoverOptions {
  return {
    armEndpoint: emulator.url,
    auth: "sp-secret",
    env: { AZURE_CLIENT_ID: EMULATOR_CLIENT_ID, AZURE_CLIENT_SECRET: EMULATOR_CLIENT_SECRET },
    ca: emulator.ca,
    // Short base delay for 500 retries, so tests stay fast; 429s still wait what Retry-After says.
    retryDelayMs: 10,
    output,
    ...extra,
  };
}

/** Starts an emulator when none is given, discovers into a temporary file, cleans up. */
export async function discoverFromEmulator(options: { emulator?: ArmEmulator; emulatorOptions?: EmulatorOptions } = {}): Promise<DiscoverResult> {
  const emulator = options.emulator ?? (await startArmEmulator(options.emulatorOptions));
  const dir = mkdtempSync(join(tmpdir(), "discover-"));
  try {
    return await discover(emulatorDiscoverOptions(emulator, join(dir, "tenant.yaml")));
  } finally {
    rmSync(dir, { recursive: true, force: true });
    if (!options.emulator) await emulator.close();
  }
}
