/**
 * Writes a seeded synthetic tenant.yaml: `npm run gen -- --vms 1000 --seed 7 [-o tenant.yaml]` (stdout by default).
 * The same arguments always give the same file (src/synthetic/generate.ts).
 */
import { writeFileSync } from "node:fs";
import { serializeTenant } from "../src/inventory/save.js";
import { generateTenant } from "../src/synthetic/generate.js";

const USAGE = "usage: npm run gen -- --vms <count> --seed <integer> [-o <file>]";

export function parseGenArgs(argv: readonly string[]): { vms: number; seed: number; output?: string } {
  let vms: number | undefined;
  let seed = 1;
  let output: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    const need = (): string => {
      if (value === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      i++;
      return value;
    };
    const integer = (text: string, what: string, min: number): number => {
      if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text)))
        throw new Error(`${what} must be a whole number ≥ ${min}, got "${text}"\n${USAGE}`);
      return Number(text);
    };
    if (arg === "--vms") vms = integer(need(), "--vms", 0);
    else if (arg === "--seed") seed = integer(need(), "--seed", 0);
    else if (arg === "-o" || arg === "--output") output = need();
    else if (arg === "-h" || arg === "--help") throw new Error(USAGE);
    else throw new Error(`unknown argument "${arg}"\n${USAGE}`);
  }
  if (vms === undefined) throw new Error(`--vms is required\n${USAGE}`);
  if (vms > 100_000) throw new Error(`--vms ${vms} is more than the 100,000 this generator is meant for`);
  return output === undefined ? { vms, seed } : { vms, seed, output };
}

function main(): void {
  let options: ReturnType<typeof parseGenArgs>;
  try {
    options = parseGenArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  const text = serializeTenant(generateTenant({ vms: options.vms, seed: options.seed }));
  if (options.output === undefined) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileSync(options.output, text);
  } catch (error) {
    process.stderr.write(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stderr.write(`wrote ${options.output}: ${options.vms} VMs, seed ${options.seed}, ${text.length} bytes\n`);
}

main();
