import { Option, type Command } from "commander";
import { languages, type Lang } from "../../base/messages/index.js";
import { formatFinding, type Finding } from "../../base/findings.js";
import { loadTenantFile } from "../../inventory/load.js";
import { summarizeInventory } from "../../inventory/summary.js";
import { inventoryText } from "../../report/terminal-inventory.js";
import { ExitCode } from "../exit-codes.js";
import { eprintln, paint, printJson, type Output } from "../output.js";

export function registerValidate(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description("check a tenant.yaml and print an inventory summary")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--json", "print the result as JSON")
    .addOption(new Option("--lang <lang>", "language of the summary printed here").choices(languages).default("en"))
    .action(async (file: string, options: { json?: boolean; lang: Lang }) => {
      const result = await loadTenantFile(file);
      const summary = result.ok ? summarizeInventory(result.tenant) : undefined;
      if (options.json) {
        printJson(output, { file, valid: result.ok, findings: result.findings.map(jsonFinding), summary: summary ?? null });
      } else {
        for (const f of result.findings) printFinding(output, f);
        if (summary) output.out.write(inventoryText(summary, { lang: options.lang, paint: (style, text) => paint(output, style, text) }));
        if (!result.ok) eprintln(output, paint(output, "red", `${file}: invalid (${result.findings.filter((f) => f.severity === "error").length} error(s))`));
      }
      setExit(result.ok ? ExitCode.ok : ExitCode.invalidInput);
    });
}

export function jsonFinding(f: Finding) {
  return { severity: f.severity, code: f.code, path: f.path, message: f.message, file: f.file, line: f.position?.line, column: f.position?.column };
}

export function printFinding(output: Output, f: Finding): void {
  const line = formatFinding(f);
  const style = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "dim";
  eprintln({ ...output, color: output.color && !!output.err.isTTY }, paint(output, style, line));
}
