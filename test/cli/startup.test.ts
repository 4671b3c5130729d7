import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Command, Help } from "commander";
import { describe, expect, it } from "vitest";
import { commandSummaries, commands, registerCommands } from "../../src/cli/command-list.js";
import type { Output } from "../../src/cli/output.js";
import { cliPath } from "../helpers/cli.js";
import { repoRoot } from "../helpers/tenant-fixtures.js";

const quiet: Output = { out: process.stdout, err: process.stderr, color: false };
const scratch = mkdtempSync(join(tmpdir(), "azs-startup-"));

/** The module files (file: URLs) a run of the built CLI loads, recorded by a module-loading hook. */
function modulesLoaded(args: string[]): string[] {
  const hooks = join(scratch, "hooks.mjs");
  const register = join(scratch, "register.mjs");
  const list = join(scratch, `loaded-${args.join("_").replace(/\W/g, "")}.txt`);
  writeFileSync(
    hooks,
    `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) {\n  appendFileSync(process.env.AZS_LOADED, url + "\\n");\n  return next(url, context);\n}\n`,
  );
  writeFileSync(register, `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
  writeFileSync(list, "");
  const run = spawnSync(process.execPath, ["--import", pathToFileURL(register).href, cliPath, ...args], {
    cwd: repoRoot,
    env: { ...process.env, AZS_LOADED: list, NO_COLOR: "1" },
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return readFileSync(list, "utf8")
    .split("\n")
    .filter((url) => url.startsWith("file:"));
}

describe("start-up loads only what the command uses", () => {
  it("lists each command in --help exactly as the command's own registration does", async () => {
    const real = new Command();
    for (const load of Object.values(commands)) (await load())(real, quiet, () => undefined);
    const help = new Help();
    expect(real.commands.map((c) => [c.name(), help.subcommandTerm(c), c.description()])).toEqual(
      Object.entries(commandSummaries).map(([name, s]) => [name, s.term, s.description]),
    );
    const listed = new Command().name("azs-backup-planner");
    await registerCommands(listed, ["--help"], quiet, () => undefined);
    real.name("azs-backup-planner");
    expect(listed.helpInformation()).toBe(real.helpInformation());
  });

  it("registers only the requested command, also for `help <command>`", async () => {
    for (const argv of [
      ["plan", "x.yaml"],
      ["--debug", "plan"],
      ["help", "plan"],
    ]) {
      const program = new Command();
      await registerCommands(program, argv, quiet, () => undefined);
      expect(program.commands.map((c) => c.name())).toEqual(["plan"]);
    }
  });

  it("--help and --version load no command module, no Azure SDK and no template engine", () => {
    for (const args of [["--help"], ["--version"]]) {
      const loaded = modulesLoaded(args);
      expect(loaded.some((url) => url.endsWith("/cli/main.js"))).toBe(true);
      expect(loaded.filter((url) => /\/cli\/commands\/|@azure|handlebars|js-yaml|zod/.test(url))).toEqual([]);
    }
  });

  it("plan and validate do not load the Azure SDK; discover does", () => {
    expect(modulesLoaded(["validate", "examples/small/tenant.yaml"]).filter((url) => url.includes("@azure"))).toEqual([]);
    expect(modulesLoaded(["plan", "--help"]).filter((url) => url.includes("@azure"))).toEqual([]);
    expect(modulesLoaded(["discover", "--help"]).some((url) => url.includes("@azure"))).toBe(true);
  });
});
