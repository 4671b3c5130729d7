/**
 * Debug logging, switched on by `--debug` or AZS_DEBUG=1: one `[debug]` line per step on stderr, and the
 * Azure SDK's own request log. No secret reaches it: our lines carry names, counts and timings only, and
 * the SDK's logging policy redacts every header and query parameter outside its allow-lists
 * (@azure/core-rest-pipeline logPolicy; Authorization is never allowed).
 */
import { performance } from "node:perf_hooks";
import { neutralise } from "../base/display.js";

let enabled = false;

export async function enableDebug(): Promise<void> {
  if (enabled) return;
  enabled = true;
  const { setLogLevel } = await import("@azure/logger");
  setLogLevel("verbose");
}

export const debugEnabled = (): boolean => enabled;

export function debug(message: string): void {
  if (enabled) process.stderr.write(`[debug] ${neutralise(message)}\n`);
}

/** Runs `step` and logs how long it took. */
export async function timed<T>(label: string, step: () => Promise<T> | T): Promise<T> {
  if (!enabled) return step();
  const start = performance.now();
  try {
    return await step();
  } finally {
    debug(`${label}: ${(performance.now() - start).toFixed(1)} ms`);
  }
}
