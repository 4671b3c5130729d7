import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/base/version.js";
import { inTerminal, runCli } from "../helpers/cli.js";
import { repoRoot, smallExamplePath } from "../helpers/tenant-fixtures.js";

const scratch = mkdtempSync(join(tmpdir(), "azs-cli-"));
const stackTrace = /\n\s+at .+\(.+:\d+:\d+\)/;

describe("azs-backup-planner validate", () => {
  it("exits 0 and prints the inventory summary for the small example", () => {
    const run = runCli(["validate", "examples/small/tenant.yaml"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Tenant contoso-tokyo on stamp ash-tokyo-01");
    expect(run.stdout).toMatch(/Virtual machines +7 \(6 Windows, 1 Linux\)\n/);
    expect(run.stdout).toMatch(/Managed disks +16\n/);
    expect(run.stdout).toMatch(/^ +gold +3 +/m);
  });

  it("exits 1 with file, line, column and field path for a type error deep inside, and no stack trace", () => {
    const text = readFileSync(smallExamplePath, "utf8").replace(
      "{ name: sql01-data, role: data, lun: 0, sizeGiB: 512,",
      "{ name: sql01-data, role: data, lun: 0, sizeGiB: [512],",
    );
    const file = join(scratch, "deep.yaml");
    writeFileSync(file, text);
    const run = runCli(["validate", file]);
    expect(run.status).toBe(1);
    const line = text.split("\n").findIndex((l) => l.includes("sizeGiB: [512]")) + 1;
    expect(run.stderr).toContain(`${file}:${line}:`);
    expect(run.stderr).toContain("subscriptions[0].resourceGroups[1].virtualMachines[0].disks[1].sizeGiB: expected number, got a list");
    expect(run.stderr).not.toMatch(stackTrace);
  });

  it("prints machine-readable JSON with --json", () => {
    const run = runCli(["validate", "--json", "examples/small/tenant.yaml"]);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.valid).toBe(true);
    expect(json.summary.counts.virtualMachines).toBe(7);
    expect(json.summary.byTier.map((t: any) => t.tier)).toEqual(["gold", "silver", "bronze"]);
  });

  it("reports invalid input as JSON too, with line and column", () => {
    const file = join(scratch, "bad.yaml");
    writeFileSync(file, "schemaVersion: 2\n");
    const run = runCli(["validate", "--json", file]);
    expect(run.status).toBe(1);
    const json = JSON.parse(run.stdout);
    expect(json.valid).toBe(false);
    const version = json.findings.find((f: any) => f.path.join(".") === "schemaVersion");
    expect(version).toMatchObject({ severity: "error", message: "expected 1, got number 2", line: 1, column: 1 });
    expect(json.findings.map((f: any) => f.path[0])).toEqual(expect.arrayContaining(["tenant", "stamp", "subscriptions", "protection"]));
  });

  it("exits 1 with one line for a missing file", () => {
    const run = runCli(["validate", "no/such/tenant.yaml"]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe("azs-backup-planner: no/such/tenant.yaml: cannot read: no such file");
  });

  it("exits 2 for usage errors", () => {
    expect(runCli(["validate"]).status).toBe(2);
    expect(runCli(["no-such-command"]).status).toBe(2);
    expect(runCli(["validate", "--no-such-flag", "x.yaml"]).status).toBe(2);
  });

  describe("colour: only on a terminal, and never with NO_COLOR (docs/cli.md, no-color.org)", () => {
    // One rule at a time: each case changes a single condition from one that colours (a TTY, NO_COLOR unset).
    const sgr = /\u001b\[\d+m/;
    const bad = () => {
      const file = join(scratch, "colour-bad.yaml");
      writeFileSync(file, "schemaVersion: 2\n");
      return file;
    };

    it("colours on a terminal with NO_COLOR unset: the summary in bold, an invalid file's verdict in red", async () => {
      const good = await inTerminal(["validate", "examples/small/tenant.yaml"], {});
      expect(good.code).toBe(0);
      expect(good.screen).toContain("\u001b[1mTenant contoso-tokyo on stamp ash-tokyo-01\u001b[22m");
      const invalid = await inTerminal(["validate", bad()], {});
      expect(invalid.code).toBe(1);
      expect(invalid.screen).toMatch(/\u001b\[31m.*colour-bad\.yaml: invalid \(\d+ error\(s\)\)\u001b\[39m/);
    });

    it("does not colour on a terminal with NO_COLOR=1", async () => {
      const run = await inTerminal(["validate", "examples/small/tenant.yaml"], { NO_COLOR: "1" });
      expect(run.code).toBe(0);
      expect(run.screen).toContain("Tenant contoso-tokyo on stamp ash-tokyo-01");
      expect(run.screen).not.toMatch(sgr);
      const invalid = await inTerminal(["validate", bad()], { NO_COLOR: "1" });
      expect(invalid.screen).toContain("invalid (");
      expect(invalid.screen).not.toMatch(sgr);
    });

    it("colours on a terminal when NO_COLOR is set but empty (no-color.org: only a non-empty value counts)", async () => {
      const run = await inTerminal(["validate", "examples/small/tenant.yaml"], { NO_COLOR: "" });
      expect(run.screen).toMatch(sgr);
    });

    it("does not colour without a terminal, with NO_COLOR unset", () => {
      const good = runCli(["validate", "examples/small/tenant.yaml"], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
      expect(good.stdout).toContain("Tenant contoso-tokyo on stamp ash-tokyo-01");
      expect(good.stdout + good.stderr).not.toMatch(sgr);
      const invalid = runCli(["validate", bad()], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
      expect(invalid.stderr).toContain("invalid (");
      expect(invalid.stderr).not.toMatch(sgr);
    });
  });

  it("--version matches package.json", () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
    expect(runCli(["--version"]).stdout.trim()).toBe(pkg.version);
  });

  it("every command listed in --help answers its own --help", () => {
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    const commands = [...help.stdout.matchAll(/^ {2}(\S+) /gm)].map((m) => m[1]!).filter((c) => !c.startsWith("-") && c !== "help");
    expect(commands).toContain("validate");
    for (const command of commands) {
      const sub = runCli([command, "--help"]);
      expect(sub.status, `${command} --help`).toBe(0);
      expect(sub.stdout).toContain(`Usage: azs-backup-planner ${command}`);
    }
  });
});
