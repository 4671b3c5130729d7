#!/usr/bin/env node
/**
 * azs-backup-planner: the command line. It parses arguments and calls the capabilities; every
 * error a user can cause ends here as one clear message and a documented exit code (exit-codes.ts).
 */
import { Command, CommanderError } from "commander";
import { InputFileError } from "../inventory/load.js";
import { debug, enableDebug } from "./debug.js";
import { ExitCode, exitCodeOfKind, UserError } from "./exit-codes.js";
import { eprintln, terminalOutput, type Output } from "./output.js";
import { VERSION } from "../base/version.js";

type Register = (program: Command, output: Output, setExit: (code: number) => void) => void;

/** Every subcommand, in the order --help lists them. */
const commands: Record<string, () => Promise<Register>> = {
  validate: async () => (await import("./commands/validate.js")).registerValidate,
  wizard: async () => (await import("./commands/wizard.js")).registerWizard,
  discover: async () => (await import("./commands/discover.js")).registerDiscover,
  "export-config": async () => (await import("./commands/export-config.js")).registerExportConfig,
  plan: async () => (await import("./commands/plan.js")).registerPlan,
  simulate: async () => (await import("./commands/simulate.js")).registerSimulate,
  "import-churn": async () => (await import("./commands/import-churn.js")).registerImportChurn,
  collectors: async () => (await import("./commands/collectors.js")).registerCollectors,
};

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

  // Load only the command that runs: discovery pulls in the Azure SDK, which costs a second at start-up.
  if (argv.length === 1 && argv[0] === "-v") argv = ["--version"];
  const requested = argv.find((arg) => !arg.startsWith("-"));
  const names = requested !== undefined && requested in commands ? [requested] : Object.keys(commands);
  for (const name of names) (await commands[name]!())(program, output, setExit);

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
    return exitCodeOfKind[error.kind];
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
