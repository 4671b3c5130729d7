import { InvalidArgumentError, type Command } from "commander";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { CHURN_IMPORT_DEFAULTS, importChurn, type ChurnImportResult } from "../../churn/import.js";
import { MAX_CHURN_FILE_BYTES, parseChurnCsv, tooLargeChurnFile, type ParsedChurnFile } from "../../churn/csv.js";
import { writeFileAtomic } from "../../discovery/write.js";
import { loadTenantFile } from "../../inventory/load.js";
import { describeLostComments, updateTenantText } from "../../inventory/edit.js";
import { ExitCode, UserError } from "../exit-codes.js";
import { eprintln, printJson, printText, type Output } from "../output.js";

interface ImportOptions {
  into: string;
  percentile: number;
  minDays: number;
  writeToChange: number;
  dryRun?: boolean;
  json?: boolean;
}

const numberIn =
  (min: number, max: number, integer = false) =>
  (value: string) => {
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n)))
      throw new InvalidArgumentError(`must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}`);
    return n;
  };

export function registerImportChurn(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("import-churn")
    .description("read the churn collectors' CSV files and write each measured disk's daily change rate into tenant.yaml (docs/churn.md)")
    .argument("<csv-or-folder...>", "collector CSV files, or folders whose *.csv files are read")
    .option("--into <tenant.yaml>", "the tenant file to map hosts to and write the rates into", "tenant.yaml")
    .option("--percentile <p>", "percentile of the complete days used", numberIn(1, 100), CHURN_IMPORT_DEFAULTS.percentile)
    .option("--min-days <n>", "complete days a disk needs before its rate is written", numberIn(1, 366, true), CHURN_IMPORT_DEFAULTS.minDays)
    .option(
      "--write-to-change <f>",
      "share of written bytes counted as changed blocks (0 < f <= 1)",
      numberIn(0.01, 1),
      CHURN_IMPORT_DEFAULTS.writeToChangeFactor,
    )
    .option("--dry-run", "report what would be written, write nothing")
    .option("--json", "print the result as JSON")
    .action(async (inputs: string[], options: ImportOptions) => {
      const loaded = await loadTenantFile(options.into);
      if (!loaded.ok) throw new UserError(`${options.into}: not a valid tenant file (${loaded.findings.length} error(s); run validate)`);
      const files = await readInputs(inputs);
      const result = importChurn(loaded.tenant, files, {
        percentile: options.percentile,
        minDays: options.minDays,
        writeToChangeFactor: options.writeToChange,
        now: Date.now(),
      });
      if (!options.dryRun && result.disks.length > 0) await writeRates(output, options.into, result);
      if (options.json)
        printJson(output, {
          into: options.into,
          written: !options.dryRun && result.disks.length > 0,
          disks: result.disks,
          problems: result.problems,
          vmsOnAssumptions: result.vmsOnAssumptions,
        });
      else printReport(output, result, options, files);
      setExit(result.problems.some((p) => p.severity === "error") ? ExitCode.partial : ExitCode.ok);
    });
}

/**
 * The rates go in as edits to the file (src/inventory/edit.ts): its comments, key order and blank lines stay.
 * When a comment cannot be kept, the user is told in one line and the previous file is kept as `<file>.bak`.
 */
async function writeRates(output: Output, into: string, result: ChurnImportResult): Promise<void> {
  const previous = await readFile(into, "utf8");
  const edit = updateTenantText(previous, result.tenant);
  const backup = `${into}.bak`;
  const note = describeLostComments(into, edit, backup);
  if (note) await writeFileAtomic(backup, previous);
  await writeFileAtomic(into, edit.text);
  if (note) eprintln(output, `import-churn: ${note}`);
}

/** Files as given; folders give their *.csv files in name order, so the report is the same on every run. */
async function readInputs(inputs: readonly string[]): Promise<ParsedChurnFile[]> {
  const paths: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => {
      throw new UserError(`${input}: no such file or folder`);
    });
    if (info.isDirectory()) {
      const names = (await readdir(input)).filter((n) => n.toLowerCase().endsWith(".csv")).sort();
      if (names.length === 0) throw new UserError(`${input}: the folder holds no .csv file`);
      paths.push(...names.map((n) => join(input, n)));
    } else paths.push(input);
  }
  const parsed: ParsedChurnFile[] = [];
  for (const path of paths) {
    const size = (await stat(path)).size;
    // A huge file is reported from its size alone, never read into memory.
    parsed.push(size > MAX_CHURN_FILE_BYTES ? tooLargeChurnFile(path, size) : parseChurnCsv(path, await readFile(path)));
  }
  return parsed;
}

function printReport(output: Output, result: ChurnImportResult, options: ImportOptions, files: readonly ParsedChurnFile[]): void {
  const lines: string[] = [];
  lines.push(
    `Read ${files.length} file(s): ${files.reduce((n, f) => n + f.rows.length, 0)} row(s)${files.some((f) => f.encoding !== "utf-8") ? " (UTF-16 files decoded)" : ""}.`,
  );
  lines.push(
    `Rate used = ${options.percentile}th percentile of complete days × write-to-change factor ${options.writeToChange}; the planners add protection.settings.churnGrowthFactor.`,
  );
  for (const d of result.disks) {
    lines.push(
      `  ${d.vm}/${d.disk}: measured ${d.writeGiBPerDay} GiB written a day (peak ${d.peakWriteMiBps} MiB/s) over ${d.days} day(s) ${d.from} to ${d.to} -> ${d.changeRatePercent} % a day used${d.replaced !== undefined ? ` (was ${d.replaced} %)` : ""}`,
    );
  }
  lines.push(`VMs still on assumed rates: ${result.vmsOnAssumptions.length > 0 ? result.vmsOnAssumptions.join(", ") : "none"}`);
  lines.push(
    result.disks.length === 0
      ? `${options.into}: nothing measured, not written.`
      : options.dryRun
        ? `${options.into}: not written (--dry-run).`
        : `${options.into}: ${result.disks.length} disk rate(s) written.`,
  );
  printText(output, `${lines.join("\n")}\n`);
  for (const p of result.problems) eprintln(output, `${p.severity}: ${p.where}: ${p.code}: ${p.detail}`);
}
