/**
 * Vitest global setup: one built CLI for the whole run. `npm test` builds first (pretest), so this only checks;
 * a bare `npx vitest run …` after a source change builds once here, before any test file starts, instead of
 * each end-to-end file building (or silently skipping) on its own.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = join(root, "dist/src/cli/main.js");

/** Newest modification time of the TypeScript sources the build compiles (tsconfig.json: src/, scripts/). */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const sources = Math.max(...["src", "scripts"].filter((d) => existsSync(join(root, d))).map((d) => newestSource(join(root, d))));
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  console.info("building the CLI once for the end-to-end tests (dist/ is missing or older than src/)");
  // tsc emits even when some file has a type error (the type check reports it): test what was built.
  const build = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: root, stdio: "inherit" });
  if (!existsSync(cli) || statSync(cli).mtimeMs < sources) throw new Error(`the build (exit ${build.status}) produced no fresh ${cli}`);
}
