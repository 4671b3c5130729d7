#!/usr/bin/env node
/**
 * azs-backup-planner: the command line. It parses arguments and calls the capabilities; every
 * error a user can cause ends here as one clear message and a documented exit code (exit-codes.ts).
 */
import { Command, CommanderError } from "commander";
import { registerCommands } from "./command-list.js";
import { debug, enableDebug } from "./debug.js";
import { ExitCode, exitCodeOfKind, UserError } from "./exit-codes.js";
import { eprintln, terminalOutput } from "./output.js";
import { VERSION } from "../base/version.js";

/** A reader that goes away (`| head`) is not an error: stop quietly. */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(typeof process.exitCode === "number" ? process.exitCode : 0);
      throw error;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  exitQuietlyOnClosedPipe();
  const output = terminalOutput();
  let exitCode: number = ExitCode.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command()
    .name("azs-backup-planner")
    .description("Plans backup, configuration export and BC/DR for Azure Stack Hub tenants (no Recovery Services vault on the stack).")
    // -v as well as -V: both spellings are common, and neither is taken by a command.
    .version(VERSION, "-V, --version")
    .option("-v", "output the version number (as -V)")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => output.out.write(s), writeErr: (s) => output.err.write(s) })
    .option("--debug", "log each step and every ARM request to stderr (secrets are redacted); also AZS_DEBUG=1")
    .hook("preAction", async (_program, command) => {
      if (program.opts().debug || process.env.AZS_DEBUG) await enableDebug();
      debug(`azs-backup-planner ${VERSION} ${command.name()} on Node ${process.versions.node}`);
    });

  if (argv.length === 1 && argv[0] === "-v") argv = ["--version"];
  await registerCommands(program, argv, output, setExit);
  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    return handleError(error, output);
  }
}

async function handleError(error: unknown, output: ReturnType<typeof terminalOutput>): Promise<number> {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
  }
  if (error instanceof UserError) {
    eprintln(output, `azs-backup-planner: ${error.message}`);
    return exitCodeOfKind[error.kind];
  }
  // Only a command that read a file throws this, so its module is loaded already.
  const { InputFileError } = await import("../inventory/load.js");
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
