import { basename } from "node:path";
import { Option, type Command } from "commander";
import { loadTemplates } from "../../base/template-files.js";
import { loadTenantFile } from "../../inventory/load.js";
import type { SourcePlaces } from "../../inventory/places.js";
import { buildPlan, type Plan } from "../../plan/build.js";
import { countFindings, planFindings } from "../../plan/findings.js";
import { writePlanDocuments } from "../../report/documents.js";
import { documentModel } from "../../report/render.js";
import { languages, type Lang, type MessageKey } from "../../base/messages/index.js";
import { renderText, t } from "../../base/text.js";
import { UnsafePathError } from "../../report/paths.js";
import { OutputFolderError } from "../../report/write.js";
import { ExitCode, UserError } from "../exit-codes.js";
import { eprintln, paint, printText, println, streamJson, type Output } from "../output.js";
import { planText } from "../../report/terminal.js";
import { printFinding } from "./validate.js";

/** `plan`'s exit code once the plan is built: 9 exactly when the plan has an error finding (docs/cli.md). */
export function planExitCode(plan: Pick<Plan, "valid">): number {
  return plan.valid ? ExitCode.ok : ExitCode.planInvalid;
}
import { readCapabilities } from "./plan-stamp.js";
import { readPrices, startDateOption } from "./plan-operations.js";

/** The plan as `plan` prints it (the report's terminal renderer); the wizard calls this to offer the plan right after saving. */
export function printPlanText(output: Output, plan: Plan, lang: Lang = "en", places?: SourcePlaces): void {
  printText(output, planText(plan, { lang, paint: (style, text) => paint(output, style, text), ...(places ? { places } : {}) }));
}

export function registerPlan(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("plan")
    .description("build the protection plan for a tenant.yaml and print it")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--json", "print the whole plan model as JSON")
    .option("-o, --output <dir>", "write the plan documents (Markdown, HTML report, IaC, plan.yaml) into this folder")
    .addOption(new Option("--lang <lang>", "language of the documents and of the text printed here").choices(languages).default("en"))
    .option("--force", "replace a previous plan in the output folder while keeping files the plan did not write")
    .option("--timestamp", "print the generation time in the documents (off by default, so reruns give identical files)")
    .option("--capabilities <file>", "check the templates and the plan against the stamp's cloud-capabilities JSON (Get-AzureRMCloudCapability)")
    .option("--prices <file>", "monthly cost from this prices file (YAML or JSON, each price with its source and date) instead of the bundled list prices")
    .option("--start-date <YYYY-MM-DD>", "first day of the restore-test calendar in deploy/tests (default 2027-01-04)")
    .action(
      async (
        file: string,
        options: {
          json?: boolean;
          output?: string;
          lang: Lang;
          force?: boolean;
          timestamp?: boolean;
          capabilities?: string;
          prices?: string;
          startDate?: string;
        },
      ) => {
        // Where each named item starts, so that every finding names its resource and its line in tenant.yaml.
        const result = await loadTenantFile(file, { places: true });
        for (const f of result.findings) printFinding(output, f);
        if (!result.ok) {
          setExit(ExitCode.invalidInput);
          return;
        }
        // Read before planning, so a bad capabilities file stops the command before any output.
        const capabilities = options.capabilities !== undefined ? await readCapabilities(options.capabilities) : undefined;
        const prices = options.prices !== undefined ? await readPrices(options.prices) : undefined;
        const startDate = options.startDate !== undefined ? startDateOption(options.startDate) : undefined;
        // The plan (plan.yaml, --json) names the input relative to itself: an absolute path tells readers of the plan about the machine it was made on.
        const inputFindings = result.findings.map((f) => (f.file === undefined ? f : { ...f, file: basename(f.file) }));
        const plan = buildPlan(result.tenant, { iac: loadTemplates("iac") }, inputFindings, {
          ...(capabilities ? { capabilities } : {}),
          ...(prices ? { prices } : {}),
          ...(startDate ? { startDate } : {}),
        });
        // --json prints the same document as plan.yaml (src/report/plan-document.ts), as JSON.
        if (options.json) await streamJson(output, documentModel(plan));
        else printPlanText(output, plan, options.lang, result.places);
        if (options.output !== undefined)
          await writeDocuments(output, plan, options.output, { ...options, inputs: [file], ...(result.places ? { places: result.places } : {}) });
        if (!plan.valid)
          eprintln(
            output,
            paint(
              { ...output, color: output.color && !!output.err.isTTY },
              "red",
              t("msg.plan.invalid", { errors: countFindings(planFindings(plan)).error, code: ExitCode.planInvalid }).en,
            ),
          );
        setExit(planExitCode(plan));
      },
    );
}

async function writeDocuments(
  output: Output,
  plan: Plan,
  folder: string,
  options: { json?: boolean; lang: Lang; force?: boolean; timestamp?: boolean; inputs: string[]; places?: SourcePlaces },
): Promise<void> {
  try {
    const result = await writePlanDocuments(plan, {
      output: folder,
      lang: options.lang,
      force: options.force ?? false,
      inputs: options.inputs,
      ...(options.places ? { places: options.places } : {}),
      ...(options.timestamp ? { timestamp: new Date() } : {}),
    });
    const shown = folder.replace(/[\\/]+$/, "");
    // With --json, stdout holds only the JSON document; where the plan went goes to stderr.
    const say = (line = "") => (options.json ? eprintln(output, line) : println(output, line));
    say();
    const message = (key: MessageKey, params: Record<string, string>) => renderText(t(key, params), options.lang);
    say(paint(output, "green", message(result.replaced ? "term.written.replaced" : "term.written", { folder: `${shown}/`, files: String(result.files) })));
    say(`  ${message("term.written.start", { readme: `${shown}/README.md`, report: `${shown}/report.html` })}`);
  } catch (error) {
    if (error instanceof OutputFolderError || error instanceof UnsafePathError) throw new UserError(error.message, "output");
    throw error;
  }
}
