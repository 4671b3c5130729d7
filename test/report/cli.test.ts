/** `plan -o`: the real CLI writes the plan folder, refuses what it must, and repeats itself byte for byte. */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { readPlanFolder } from "../../src/report/write.js";
import { runCli } from "../helpers/cli.js";

const root = mkdtempSync(join(tmpdir(), "azs-report-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("plan --output", () => {
  it("writes every document, says where to look, and gives identical files on a rerun", async () => {
    const out = join(root, "plan-en");
    const first = runCli(["plan", "examples/small/tenant.yaml", "-o", out]);
    expect(first.status, first.stderr).toBe(ExitCode.ok);
    expect(first.stdout).toContain(`Plan written to ${out}/`);
    expect(first.stdout).toContain(`${out}/README.md`);
    const files = await readPlanFolder(out);
    for (const name of [
      "README.md",
      "backup.md",
      "configuration.md",
      "bcdr.md",
      "contrast.md",
      "gaps.md",
      "report.html",
      "plan.yaml",
      "network/backup-rules.json",
      "network/backup-rules.arm.json",
    ]) {
      expect(files.has(name), name).toBe(true);
    }
    expect([...files.keys()].some((k) => k.startsWith("iac/arm/"))).toBe(true);
    expect(existsSync(join(out, ".azs-plan"))).toBe(true);

    const second = runCli(["plan", "examples/small/tenant.yaml", "-o", out]);
    expect(second.status).toBe(ExitCode.ok);
    expect(await readPlanFolder(out)).toEqual(files);
  });

  it("writes Japanese documents with --lang ja, and a date only with --timestamp", async () => {
    const out = join(root, "plan-ja");
    expect(runCli(["plan", "examples/small/tenant.yaml", "-o", out, "--lang", "ja"]).status).toBe(ExitCode.ok);
    const plain = await readPlanFolder(out);
    expect(plain.get("README.md")).toContain("の保護計画");
    expect(plain.get("report.html")).toContain('<html lang="ja">');
    expect(plain.get("README.md")).not.toMatch(/\d{4}年\d+月\d+日/);
    expect(runCli(["plan", "examples/small/tenant.yaml", "-o", out, "--lang", "ja", "--timestamp"]).status).toBe(ExitCode.ok);
    expect((await readPlanFolder(out)).get("README.md")).toMatch(/\d{4}年\d+月\d+日/);
  });

  it("refuses a folder that holds something else, unless --force", async () => {
    const out = join(root, "not-a-plan");
    mkdirSync(out);
    writeFileSync(join(out, "notes.txt"), "keep me");
    const refused = runCli(["plan", "examples/small/tenant.yaml", "-o", out]);
    expect(refused.status).toBe(ExitCode.outputFailed);
    expect(refused.stderr).toMatch(/does not hold a plan.*--force/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await readPlanFolder(out)).toEqual(new Map([["notes.txt", "keep me"]]));
    expect(runCli(["plan", "examples/small/tenant.yaml", "-o", out, "--force"]).status).toBe(ExitCode.ok);
    expect((await readPlanFolder(out)).has("notes.txt")).toBe(false);
  });

  it("keeps stdout pure JSON with --json, telling where the plan went on stderr", () => {
    const out = join(root, "plan-json");
    const result = runCli(["plan", "examples/small/tenant.yaml", "--json", "-o", out]);
    expect(result.status).toBe(ExitCode.ok);
    expect(JSON.parse(result.stdout).tenant.name).toBe("contoso-tokyo");
    expect(result.stderr).toContain(`Plan written to ${out}/`);
  });

  it("rejects an unknown language as a usage error", () => {
    const result = runCli(["plan", "examples/small/tenant.yaml", "-o", join(root, "x"), "--lang", "fr"]);
    expect(result.status).toBe(ExitCode.usage);
    expect(result.stderr).toMatch(/Allowed choices are en, ja/);
    expect(existsSync(join(root, "x"))).toBe(false);
  });
});
