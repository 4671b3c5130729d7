import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Command } from "commander";
import { loadTemplates } from "../../base/template-files.js";
import { loadTenantFile } from "../../inventory/load.js";
import { buildPlan } from "../../plan/build.js";
import { tenantFindings } from "../../plan/check.js";
import { draftPathFor, loadAnswersFile } from "../../wizard/files.js";
import { inquirerPrompter, isPromptExit } from "../../wizard/prompter.js";
import { runWizard } from "../../wizard/run.js";
import { ExitCode, UserError } from "../exit-codes.js";
import { eprintln, println, type Output } from "../output.js";
import { printPlanText } from "./plan.js";
import { printFinding } from "./validate.js";

interface WizardFlags {
  output?: string;
  answers?: string;
  yes?: boolean;
  force?: boolean;
  nonInteractive?: boolean;
  saveAnswers?: string;
}

/**
 * Prompts only when a person can answer: stdin is a terminal, CI is not set, and --non-interactive
 * was not given. Everywhere else a missing answer is an error naming its key.
 */
export function canPrompt(flags: { nonInteractive?: boolean }, env: NodeJS.ProcessEnv = process.env, stdinIsTty = !!process.stdin.isTTY): boolean {
  return !flags.nonInteractive && stdinIsTty && !(env.CI !== undefined && env.CI !== "" && env.CI !== "0" && env.CI.toLowerCase() !== "false");
}

/** The draft and the result are written beside the output: its folder must exist before the first question. */
function assertOutputFolder(target: string): void {
  const folder = dirname(resolve(target));
  let isFolder = false;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder) throw new UserError(`cannot write ${target}: the folder ${folder} does not exist`, "output");
}

export function registerWizard(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("wizard")
    .description("record a tenant interactively, or complete a discovered tenant.yaml with what only a person knows")
    .argument("[tenant.yaml]", "the tenant file: completed when it exists, created when it does not", "tenant.yaml")
    .option("-o, --output <file>", "write the result here instead of back to the tenant file")
    .option("--answers <answers.yaml>", "take answers from this file (keys: docs/wizard.md); questions it answers are not asked")
    .option("-y, --yes", "accept every default without asking; only questions without a default are asked (or are errors without a terminal)")
    .option("--force", "replace an existing output file without asking (the old one is kept as <file>.bak)")
    .option("--non-interactive", "never prompt, even in a terminal (also when stdin is not a terminal or CI is set)")
    .option("--save-answers <file>", "after saving, write every answer used to this file, for replay with --answers")
    .action(async (file: string, flags: WizardFlags) => {
      const interactive = canPrompt(flags);
      const answers = flags.answers ? await loadAnswersFile(flags.answers) : undefined;
      const target = flags.output ?? file;
      assertOutputFolder(target);
      const cancelled = `wizard cancelled; the answers so far are kept in ${draftPathFor(target)} (run the wizard again to resume)`;
      // Between prompts the terminal is not in raw mode, so Ctrl+C arrives as SIGINT rather than as a
      // keypress: same message and exit code. The draft is written synchronously, so nothing is half-done.
      const onSigint = () => {
        eprintln(output, `azs-backup-planner: ${cancelled}`);
        process.exit(ExitCode.cancelled);
      };
      process.once("SIGINT", onSigint);
      try {
        const result = await runWizard({
          file,
          output: flags.output,
          answers,
          yes: flags.yes,
          force: flags.force,
          prompter: interactive ? inquirerPrompter((t) => output.out.write(t)) : undefined,
          saveAnswers: flags.saveAnswers,
          plannerCheck: (tenant, inputFindings) => tenantFindings(tenant, { iac: loadTemplates("iac") }, inputFindings),
          print: (line) => println(output, line),
          warn: (line) => eprintln(output, line),
        });
        println(output, `Saved ${result.saved}${result.backup ? ` (previous version kept as ${result.backup})` : ""}.`);
        if (result.generatePlan) {
          const loaded = await loadTenantFile(result.saved);
          for (const f of loaded.findings) printFinding(output, f);
          if (loaded.ok) printPlanText(output, buildPlan(loaded.tenant, { iac: loadTemplates("iac") }, loaded.findings));
        } else {
          println(output, `Next: azs-backup-planner plan ${result.saved}`);
        }
        setExit(ExitCode.ok);
      } catch (error) {
        if (isPromptExit(error)) {
          // Ctrl+C: one line, no stack trace; the draft already holds every answer given.
          throw new UserError(cancelled, "cancelled");
        }
        throw error;
      } finally {
        process.off("SIGINT", onSigint);
      }
    });
}
