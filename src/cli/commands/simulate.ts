import { Option, type Command } from "commander";
import { languages, type Lang } from "../../base/messages/index.js";
import { loadTenantFile } from "../../inventory/load.js";
import { simulationText } from "../../report/terminal-simulate.js";
import { MAX_DAYS, simulateTenant } from "../../simulate/index.js";
import { ExitCode, UserError } from "../exit-codes.js";
import { paint, printJson, printText, type Output } from "../output.js";
import { printFinding } from "./validate.js";

/** Default seed: any fixed number works; 1 keeps examples short. */
const DEFAULT_SEED = 1;
const DEFAULT_DAYS = 30;

function parseWhole(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim())) throw new UserError(`${name} must be a whole number, got "${text}"`, "usage");
  const n = Number(text);
  if (n < min || n > max) throw new UserError(`${name} must be between ${min} and ${max}, got ${n}`, "usage");
  return n;
}

export function registerSimulate(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("simulate")
    .description("simulate Azure VM Backup and the agent-based plan side by side over N days (deterministic for a seed)")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--days <n>", `days to simulate (1 to ${MAX_DAYS})`, String(DEFAULT_DAYS))
    .option("--seed <s>", "seed of the random variation (0 to 4294967295); the same seed gives the same output", String(DEFAULT_SEED))
    .option("--offline-seed", "assume the first full copy of each VM reaches the target by disk before day 1")
    .option("--json", "print the whole result as JSON")
    .addOption(new Option("--lang <lang>", "language of the text printed here").choices(languages).default("en"))
    .action(async (file: string, options: { days: string; seed: string; json?: boolean; offlineSeed?: boolean; lang: Lang }) => {
      const days = parseWhole("--days", options.days, 1, MAX_DAYS);
      const seed = parseWhole("--seed", options.seed, 0, 0xffffffff);
      const result = await loadTenantFile(file);
      for (const f of result.findings) if (f.severity === "error" || !options.json) printFinding(output, f);
      if (!result.ok) {
        setExit(ExitCode.invalidInput);
        return;
      }
      const sim = simulateTenant(result.tenant, { days, seed, offlineSeed: options.offlineSeed ?? false });
      if (options.json) printJson(output, { tenant: result.tenant.tenant.name, offlineSeed: options.offlineSeed ?? false, ...sim });
      else printText(output, simulationText(result.tenant.tenant.name, sim, { lang: options.lang, paint: (style, text) => paint(output, style, text) }));
      setExit(ExitCode.ok);
    });
}
