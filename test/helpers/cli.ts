/** Runs the built CLI (dist/) as a user would, without a TTY. `npm test` builds it first (pretest). */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { repoRoot } from "./tenant-fixtures.js";
import { CLI_RUN_MS } from "./timeouts.js";

export const cliPath = `${repoRoot}dist/src/cli/main.js`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; input?: string } = {}): CliRun {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first (npm test does it)`);
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    input: options.input ?? "",
    encoding: "utf8",
    timeout: CLI_RUN_MS,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface TerminalRun {
  code: number;
  /** Everything the CLI wrote to the terminal (stdout and stderr share it), escape codes kept. */
  screen: string;
}

/**
 * Runs the built CLI in a pseudo-terminal, so stdout and stderr are a TTY, with `env` laid over a copy of the
 * test's environment from which NO_COLOR and FORCE_COLOR are removed: the caller decides them.
 */
export async function inTerminal(args: string[], env: Record<string, string>, cwd = repoRoot): Promise<TerminalRun> {
  if (!existsSync(cliPath)) throw new Error(`${cliPath} is missing: run "npm run build" first (npm test does it)`);
  const pty = (await import("@lydell/node-pty")).default;
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "NO_COLOR" && k !== "FORCE_COLOR" && k !== "CI") base[k] = v;
  const term = pty.spawn(process.execPath, [cliPath, ...args], {
    name: "xterm-256color",
    cols: 200,
    rows: 50,
    cwd,
    env: { ...base, TERM: "xterm-256color", ...env },
  });
  let screen = "";
  term.onData((d) => {
    screen += d;
  });
  const code = await new Promise<number>((resolve) => term.onExit((e) => resolve(e.exitCode)));
  return { code, screen };
}
