import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Option, type Command } from "commander";
import { languages, type Lang } from "../../base/messages/index.js";
import { loadTemplates } from "../../base/template-files.js";
import { loadTenantFile } from "../../inventory/load.js";
import { buildPlan } from "../../plan/build.js";
import { tenantFindings } from "../../plan/check.js";
import { draftPathFor, loadAnswersSource } from "../../wizard/files.js";
import { inquirerPrompter, isPromptExit } from "../../wizard/prompter.js";
import { dumpAnswers, runWizard } from "../../wizard/run.js";
import { localeLang, setWizardLang, w } from "../../wizard/text.js";
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
  lang?: Lang;
  dumpAnswers?: string;
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
    .option("--dump-answers <file>", "write the answers file of the existing tenant file (to replay with --answers, or edit), then stop")
    .addOption(
      new Option("--lang <lang>", "language of the questions, help and messages (default: the system locale, LC_ALL / LC_MESSAGES / LANG)").choices(languages),
    )
    .action(async (file: string, flags: WizardFlags) => {
      const lang = flags.lang ?? localeLang();
      setWizardLang(lang);
      if (flags.dumpAnswers) {
        const count = await dumpAnswers(file, flags.dumpAnswers);
        println(output, w("wizard.dump.done", { file: flags.dumpAnswers, n: count, tenant: file }));
        setExit(ExitCode.ok);
        return;
      }
      const interactive = canPrompt(flags);
      const answersSource = flags.answers ? await loadAnswersSource(flags.answers) : undefined;
      const answers = answersSource?.values;
      const target = flags.output ?? file;
      assertOutputFolder(target);
      const cancelled = w("wizard.cancelled", { draft: draftPathFor(target) });
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
          answersFile: flags.answers,
          locateAnswer: answersSource?.locate,
          yes: flags.yes,
          force: flags.force,
          prompter: interactive ? inquirerPrompter((t) => output.out.write(t)) : undefined,
          saveAnswers: flags.saveAnswers,
          // The runtime's zone: TZ when set, else the system's (Intl reads both).
          timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          plannerCheck: (tenant, inputFindings) => tenantFindings(tenant, { iac: loadTemplates("iac") }, inputFindings),
          print: (line) => println(output, line),
          warn: (line) => eprintln(output, line),
        });
        println(output, result.backup ? w("wizard.saved.backup", { file: result.saved, backup: result.backup }) : w("wizard.saved", { file: result.saved }));
        if (result.generatePlan) {
          const loaded = await loadTenantFile(result.saved, { places: true });
          for (const f of loaded.findings) printFinding(output, f);
          if (loaded.ok) printPlanText(output, buildPlan(loaded.tenant, { iac: loadTemplates("iac") }, loaded.findings), lang, loaded.places);
        } else {
          println(output, w("wizard.next", { command: `azs-backup-planner plan ${result.saved}${lang === "en" ? "" : ` --lang ${lang}`}` }));
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
