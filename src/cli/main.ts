#!/usr/bin/env node
/**
 * azs-backup-planner: the command line. It parses arguments and calls the capabilities; every
 * error a user can cause ends here as one clear message and a documented exit code (exit-codes.ts).
 */
import { Command, CommanderError } from "commander";
import { InputFileError } from "../inventory/load.js";
import { registerPlan } from "./commands/plan.js";
import { registerValidate } from "./commands/validate.js";
import { ExitCode, UserError } from "./exit-codes.js";
import { eprintln, terminalOutput } from "./output.js";
import { VERSION } from "./version.js";

export async function main(argv: string[]): Promise<number> {
  const output = terminalOutput();
  let exitCode: number = ExitCode.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command()
    .name("azs-backup-planner")
    .description("Plans backup, configuration export and BC/DR for Azure Stack Hub tenants (no Recovery Services vault on the stack).")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out.write(s), writeErr: (s) => output.err.write(s) });

  registerValidate(program, output, setExit);
  registerPlan(program, output, setExit);

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, output);
  }
}

function handleError(error: unknown, output: ReturnType<typeof terminalOutput>): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UserError) {
    eprintln(output, `azs-backup-planner: ${error.message}`);
    return error.exitCode;
  }
  if (error instanceof InputFileError) {
    eprintln(output, `azs-backup-planner: ${error.message}`);
    return ExitCode.invalidInput;
  }
  const message = error instanceof Error ? error.message : String(error);
  eprintln(output, `azs-backup-planner: internal error: ${message}`);
  eprintln(output, "This is a bug; please report it with the command you ran. Set AZS_DEBUG=1 to see the stack trace.");
  if (process.env.AZS_DEBUG && error instanceof Error && error.stack) eprintln(output, error.stack);
  return ExitCode.internal;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`azs-backup-planner: internal error: ${String(error)}\n`);
    process.exitCode = ExitCode.internal;
  },
);
