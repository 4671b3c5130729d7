import { Option, type Command } from "commander";
import { languages, type Lang } from "../../base/messages/index.js";
import { formatFinding, type Finding } from "../../base/findings.js";
import { loadTenantFile } from "../../inventory/load.js";
import { summarizeInventory } from "../../inventory/summary.js";
import { loadTemplates } from "../../base/template-files.js";
import { tenantFindings } from "../../plan/check.js";
import { countFindings } from "../../plan/findings.js";
import { inventoryText } from "../../report/terminal-inventory.js";
import { ExitCode } from "../exit-codes.js";
import { eprintln, paint, printJson, printText, type Output } from "../output.js";

export function registerValidate(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description("check a tenant.yaml with the same rules and planners as plan, and print an inventory summary")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--json", "print the result as JSON")
    .addOption(new Option("--lang <lang>", "language of the summary printed here").choices(languages).default("en"))
    .action(async (file: string, options: { json?: boolean; lang: Lang }) => {
      const result = await loadTenantFile(file);
      const summary = result.ok ? summarizeInventory(result.tenant) : undefined;
      // A readable tenant is checked by every planner too, as plan would: the same findings, the same counts.
      const findings = result.ok ? tenantFindings(result.tenant, { iac: loadTemplates("iac") }, result.findings) : result.findings;
      const errors = countFindings(findings).error;
      if (options.json) {
        printJson(output, { file, valid: errors === 0, findings: findings.map(jsonFinding), summary: summary ?? null });
      } else {
        for (const f of findings) printFinding(output, f);
        if (summary) printText(output, inventoryText(summary, { lang: options.lang, paint: (style, text) => paint(output, style, text) }));
        if (errors > 0) eprintln(output, paint(output, "red", `${file}: ${result.ok ? "the plan would not be valid" : "invalid"} (${errors} error(s))`));
      }
      setExit(!result.ok ? ExitCode.invalidInput : errors > 0 ? ExitCode.planInvalid : ExitCode.ok);
    });
}

export function jsonFinding(f: Finding) {
  return {
    severity: f.severity,
    code: f.code,
    path: f.path,
    message: f.message,
    file: f.file,
    line: f.position?.line,
    column: f.position?.column,
  };
}

export function printFinding(output: Output, f: Finding): void {
  const line = formatFinding(f);
  const style = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "dim";
  eprintln({ ...output, color: output.color && !!output.err.isTTY }, paint(output, style, line));
}
