import { Option, type Command } from "commander";
import { loadTemplates } from "../../base/template-files.js";
import { loadTenantFile } from "../../inventory/load.js";
import { buildPlan, type Plan } from "../../plan/build.js";
import { writePlanDocuments } from "../../report/documents.js";
import { languages, type Lang } from "../../base/messages/index.js";
import { UnsafePathError } from "../../report/paths.js";
import { OutputFolderError } from "../../report/write.js";
import { ExitCode, UserError } from "../exit-codes.js";
import { eprintln, paint, printJson, println, type Output } from "../output.js";
import { printFinding } from "./validate.js";
import { printBcdrSection } from "./plan-bcdr.js";
import { printBackupSection } from "./plan-backup.js";
import { printContrastSection } from "./plan-contrast.js";
import { printIacSection } from "./plan-iac.js";
import { printStampSection, readCapabilities } from "./plan-stamp.js";

/** Text printers, one per plan section, in the order a reader wants them. */
const sectionPrinters: Array<(output: Output, plan: Plan) => void> = [printInventorySection, printBackupSection, printBcdrSection, printContrastSection, printIacSection, printStampSection];

/** The plan as `plan` prints it; the wizard calls this to offer the plan right after saving. */
export function printPlanText(output: Output, plan: Plan): void {
  for (const print of sectionPrinters) print(output, plan);
}

export function registerPlan(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("plan")
    .description("build the protection plan for a tenant.yaml and print it")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--json", "print the whole plan model as JSON")
    .option("-o, --output <dir>", "write the plan documents (Markdown, HTML report, IaC, plan.yaml) into this folder")
    .addOption(new Option("--lang <lang>", "language of the documents").choices(languages).default("en"))
    .option("--force", "replace the output folder even if it does not hold a previous plan")
    .option("--timestamp", "print the generation time in the documents (off by default, so reruns give identical files)")
    .option("--capabilities <file>", "check the templates and the plan against the stamp's cloud-capabilities JSON (Get-AzureRMCloudCapability)")
    .action(async (file: string, options: { json?: boolean; output?: string; lang: Lang; force?: boolean; timestamp?: boolean; capabilities?: string }) => {
      const result = await loadTenantFile(file);
      for (const f of result.findings) printFinding(output, f);
      if (!result.ok) {
        setExit(ExitCode.invalidInput);
        return;
      }
      // Read before planning, so a bad capabilities file stops the command before any output.
      const capabilities = options.capabilities !== undefined ? await readCapabilities(options.capabilities) : undefined;
      const plan = buildPlan(result.tenant, { iac: loadTemplates("iac") }, result.findings, capabilities ? { capabilities } : {});
      if (options.json) printJson(output, plan);
      else for (const print of sectionPrinters) print(output, plan);
      if (options.output !== undefined) await writeDocuments(output, plan, options.output, options);
      setExit(ExitCode.ok);
    });
}

function printInventorySection(output: Output, plan: Plan): void {
  const s = plan.inventory;
  println(output, paint(output, "bold", `Protection plan for ${plan.tenant.name} on stamp ${plan.tenant.stamp}`));
  println(output, `  ${s.counts.virtualMachines} VMs, ${s.disks} disks, ${s.usedGiB} GiB used of ${s.provisionedGiB} GiB provisioned`);
}

async function writeDocuments(output: Output, plan: Plan, folder: string, options: { json?: boolean; lang: Lang; force?: boolean; timestamp?: boolean }): Promise<void> {
  try {
    const result = await writePlanDocuments(plan, { output: folder, lang: options.lang, force: options.force ?? false, ...(options.timestamp ? { timestamp: new Date() } : {}) });
    const shown = folder.replace(/[\\/]+$/, "");
    // With --json, stdout holds only the JSON document; where the plan went goes to stderr.
    const say = (line = "") => (options.json ? eprintln(output, line) : println(output, line));
    say();
    say(paint(output, "green", `Plan written to ${shown}/ (${result.files} files${result.replaced ? ", previous plan replaced" : ""}).`));
    say(`  Start with ${shown}/README.md, or open ${shown}/report.html in a browser.`);
  } catch (error) {
    if (error instanceof OutputFolderError || error instanceof UnsafePathError) throw new UserError(error.message, "output");
    throw error;
  }
}
