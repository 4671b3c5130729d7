/**
 * Atomic, safe output: a plan folder is replaced whole or not at all, a folder that is not a plan is
 * never overwritten, files the plan did not write are never removed, and no path leaves the output folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MARKER_FILE, OutputFolderError, readPlanFolder, recoverInterruptedRun, writePlanFolder } from "../../src/report/write.js";
import { UnsafePathError } from "../../src/report/paths.js";

const roots: string[] = [];
function tempRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), "azs-report-write-"));
  roots.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of roots.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const planA = new Map([
  ["README.md", "# A\n"],
  ["iac/arm/main.json", "{}\n"],
]);
const planB = new Map([
  ["README.md", "# B\n"],
  ["gaps.md", "# gaps\n"],
]);

describe("writePlanFolder", () => {
  it("writes every file and the marker into a new folder, with nothing left beside it", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    const result = await writePlanFolder(target, planA, "test 1.0");
    expect(result).toMatchObject({ files: 2, replaced: false });
    expect(await readPlanFolder(target)).toEqual(planA);
    expect(existsSync(join(target, MARKER_FILE))).toBe(true);
    expect(readdirSync(root)).toEqual(["plan"]);
  });

  it("replaces a previous plan whole: files of the old plan that the new one lacks are gone", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    await writePlanFolder(target, planA, "test");
    const result = await writePlanFolder(target, planB, "test");
    expect(result.replaced).toBe(true);
    expect(await readPlanFolder(target)).toEqual(planB);
    expect(readdirSync(root)).toEqual(["plan"]);
  });

  it("refuses a non-empty folder without the marker, --force or not, and leaves it as it was", async () => {
    const root = tempRoot();
    const target = join(root, "docs");
    mkdirSync(target);
    writeFileSync(join(target, "thesis.md"), "precious");
    await expect(writePlanFolder(target, planA, "test")).rejects.toThrow(OutputFolderError);
    await expect(writePlanFolder(target, planA, "test", { force: true })).rejects.toThrow(/does not hold a plan.*--force or not; choose a new or empty folder/);
    expect(await readPlanFolder(target)).toEqual(new Map([["thesis.md", "precious"]]));
  });

  it("refuses a folder that holds the input file, even a previous plan's folder with --force", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    await writePlanFolder(target, planA, "test");
    writeFileSync(join(target, "tenant.yaml"), "tenant: mine\n");
    await expect(writePlanFolder(target, planB, "test", { force: true, inputs: [join(target, "tenant.yaml")] })).rejects.toThrow(
      /holds the input file tenant\.yaml/,
    );
    expect(await readPlanFolder(target)).toEqual(new Map([...planA, ["tenant.yaml", "tenant: mine\n"]]));
  });

  it("keeps a .git folder and a user's file in a previous plan's folder: refused without --force, carried across with it", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    await writePlanFolder(target, planA, "test");
    mkdirSync(join(target, ".git", "objects"), { recursive: true });
    writeFileSync(join(target, ".git", "HEAD"), "ref: refs/heads/main\n");
    writeFileSync(join(target, "iac", "notes.txt"), "mine");
    await expect(writePlanFolder(target, planB, "test")).rejects.toThrow(/files it did not write \(\.git, iac\/notes\.txt\); pass --force/);
    expect((await readPlanFolder(target)).get("README.md")).toBe("# A\n");
    await writePlanFolder(target, planB, "test", { force: true });
    // The old plan's own files (iac/arm/main.json) are gone; the user's are where they were.
    expect(await readPlanFolder(target)).toEqual(new Map([[".git/HEAD", "ref: refs/heads/main\n"], ...planB, ["iac/notes.txt", "mine"]]));
    expect(existsSync(join(target, ".git", "objects"))).toBe(true);
    expect(readdirSync(root)).toEqual(["plan"]);
  });

  it("refuses when a file the previous plan did not write stands where the new plan writes", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    await writePlanFolder(target, planA, "test");
    writeFileSync(join(target, "gaps.md"), "my own gaps");
    await expect(writePlanFolder(target, planB, "test", { force: true })).rejects.toThrow(/holds gaps\.md, which the previous plan did not write/);
    expect((await readPlanFolder(target)).get("gaps.md")).toBe("my own gaps");
  });

  it("finishes carrying the user's files across when a --force run died after its two renames", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    await writePlanFolder(target, planA, "test");
    writeFileSync(join(target, "mine.txt"), "mine");
    // What a run killed between the second rename and the move leaves: the new plan, and the old one aside with the user's file.
    renameSync(target, join(root, ".plan.azs-plan-old-999999999-0badf00d"));
    await writePlanFolder(join(root, "staging"), planB, "test");
    renameSync(join(root, "staging"), target);
    await recoverInterruptedRun(target);
    expect(await readPlanFolder(target)).toEqual(new Map([...planB, ["mine.txt", "mine"]]));
    expect(readdirSync(root)).toEqual(["plan"]);
  });

  it("accepts an empty folder without force, and refuses a file in the way even with force", async () => {
    const root = tempRoot();
    mkdirSync(join(root, "empty"));
    await writePlanFolder(join(root, "empty"), planA, "test");
    expect(await readPlanFolder(join(root, "empty"))).toEqual(planA);
    writeFileSync(join(root, "file"), "x");
    await expect(writePlanFolder(join(root, "file"), planA, "test", { force: true })).rejects.toThrow(/not a folder/);
  });

  it.each(["../escape.md", "/etc/passwd", "a/../../b", "C:/x", "a\\b", "a//b", "./a", "con.md", "a/nul", "x\u0000y", "trailing.", "q?.md", ".azs-plan"])(
    "refuses the path %j before writing anything",
    async (path) => {
      const root = tempRoot();
      const target = join(root, "plan");
      await expect(
        writePlanFolder(
          target,
          new Map([
            ["README.md", "ok"],
            [path, "bad"],
          ]),
          "test",
        ),
      ).rejects.toThrow(/refusing|reserved/);
      expect(readdirSync(root)).toEqual([]);
    },
  );

  it("leaves the previous plan untouched when writing fails midway", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    await writePlanFolder(target, planA, "test");
    await expect(
      writePlanFolder(target, planB, "test", {
        onTempFolder: () => {
          throw new Error("disk full (simulated)");
        },
      }),
    ).rejects.toThrow(/disk full/);
    expect(await readPlanFolder(target)).toEqual(planA);
    expect(readdirSync(root)).toEqual(["plan"]);
  });

  it("puts the previous plan back when a run died between its two renames", async () => {
    const root = tempRoot();
    const target = join(root, "plan");
    await writePlanFolder(target, planA, "test");
    // The state a SIGKILL between "plan → backup" and "temp → plan" leaves: no target, a complete backup,
    // and a complete temporary folder, both named with a pid that no longer runs.
    const { renameSync, cpSync } = await import("node:fs");
    cpSync(target, join(root, ".plan.azs-plan-tmp-999999999-0badc0de"), { recursive: true });
    renameSync(target, join(root, ".plan.azs-plan-old-999999999-0badc0de"));
    await recoverInterruptedRun(target);
    expect(await readPlanFolder(target)).toEqual(planA);
    expect(readdirSync(root)).toEqual(["plan"]);
  });

  it("does not touch other folders beside the target", async () => {
    const root = tempRoot();
    mkdirSync(join(root, ".other.azs-plan-tmp-1-00000000"));
    mkdirSync(join(root, "unrelated"));
    await writePlanFolder(join(root, "plan"), planA, "test");
    expect(readdirSync(root).sort()).toEqual([".other.azs-plan-tmp-1-00000000", "plan", "unrelated"]);
  });

  it("reports unsafe paths as UnsafePathError", async () => {
    await expect(writePlanFolder(join(tempRoot(), "p"), new Map([["../x", ""]]), "t")).rejects.toBeInstanceOf(UnsafePathError);
  });
});

describe("file modes", () => {
  it("writes shell scripts with their execute bit, and nothing else", async () => {
    const target = join(tempRoot(), "plan");
    await writePlanFolder(
      target,
      new Map([
        ["iac/scripts/export-config.sh", "#!/bin/sh\n"],
        ["iac/scripts/export-config.ps1", "x\n"],
        ["README.md", "x\n"],
      ]),
      "test",
    );
    const mode = (path: string) => statSync(join(target, path)).mode & 0o777;
    expect(mode("iac/scripts/export-config.sh") & 0o100).toBe(0o100);
    expect(mode("iac/scripts/export-config.ps1") & 0o111).toBe(0);
    expect(mode("README.md") & 0o111).toBe(0);
  });
});
