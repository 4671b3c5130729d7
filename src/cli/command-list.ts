/**
 * What the top-level `--help` lists for each command: its term (name, options, arguments) and description. With
 * these, `--help`, `--version` and an unknown command load no command module (and so neither the Azure SDK, nor
 * Handlebars, nor the planners); only the command that runs is imported. test/cli/startup.test.ts checks that
 * each entry is what the command's own registration gives, so the two cannot drift apart.
 */
import { Help, type Command } from "commander";
import type { Output } from "./output.js";

type Register = (program: Command, output: Output, setExit: (code: number) => void) => void;

/** Every subcommand, in the order --help lists them, each imported only when it runs. */
export const commands: Readonly<Record<string, () => Promise<Register>>> = {
  validate: async () => (await import("./commands/validate.js")).registerValidate,
  wizard: async () => (await import("./commands/wizard.js")).registerWizard,
  discover: async () => (await import("./commands/discover.js")).registerDiscover,
  "export-config": async () => (await import("./commands/export-config.js")).registerExportConfig,
  plan: async () => (await import("./commands/plan.js")).registerPlan,
  simulate: async () => (await import("./commands/simulate.js")).registerSimulate,
  "import-churn": async () => (await import("./commands/import-churn.js")).registerImportChurn,
  collectors: async () => (await import("./commands/collectors.js")).registerCollectors,
};

export interface CommandSummary {
  /** As commander's help prints the command: `plan [options] <tenant.yaml>`. */
  term: string;
  description: string;
}

/** Every subcommand, in the order --help lists them (the same order as `commands`). */
export const commandSummaries: Readonly<Record<string, CommandSummary>> = {
  validate: {
    term: "validate [options] <tenant.yaml>",
    description: "check a tenant.yaml with the same rules and planners as plan, and print an inventory summary",
  },
  wizard: {
    term: "wizard [options] [tenant.yaml]",
    description: "record a tenant interactively, or complete a discovered tenant.yaml with what only a person knows",
  },
  discover: {
    term: "discover [options]",
    description: "read a tenant's resources from its Azure Stack Hub ARM endpoint into tenant.yaml (Reader rights are enough)",
  },
  "export-config": {
    term: "export-config [options]",
    description: "save every resource's full JSON and each resource group's exported template, secrets redacted, into a new dated folder",
  },
  plan: { term: "plan [options] <tenant.yaml>", description: "build the protection plan for a tenant.yaml and print it" },
  simulate: {
    term: "simulate [options] <tenant.yaml>",
    description: "simulate Azure VM Backup and the agent-based plan side by side over N days (deterministic for a seed)",
  },
  "import-churn": {
    term: "import-churn [options] <csv-or-folder...>",
    description: "read the churn collectors' CSV files and write each measured disk's daily change rate into tenant.yaml (docs/churn.md)",
  },
  collectors: {
    term: "collectors [options] <tenant.yaml>",
    description: "write the in-guest churn collectors (PowerShell 5.1 and POSIX sh) and their install steps for a tenant (docs/churn.md)",
  },
};

/**
 * Loads only the command that runs (`plan ...`, `help plan`): discovery pulls in the Azure SDK, planning pulls in
 * Handlebars and every planner. Without one (`--help`, `--version`, an unknown command) each command is listed from
 * its summary (command-list.ts) and no command module is loaded.
 */
export async function registerCommands(program: Command, argv: readonly string[], output: Output, setExit: (code: number) => void): Promise<void> {
  const first = argv.findIndex((arg) => !arg.startsWith("-"));
  const requested = first < 0 ? undefined : argv[first] === "help" ? argv[first + 1] : argv[first];
  if (requested !== undefined && requested in commands) {
    (await commands[requested]!())(program, output, setExit);
    return;
  }
  const standard = new Help();
  program.configureHelp({ subcommandTerm: (command) => commandSummaries[command.name()]?.term ?? standard.subcommandTerm(command) });
  for (const [name, summary] of Object.entries(commandSummaries)) program.command(name).description(summary.description);
}
