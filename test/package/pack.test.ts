/**
 * What `npm pack` ships: the built CLI, its templates, docs and examples, and no test code, test support,
 * TypeScript sources or benchmark scripts. The packed CLI, unpacked outside the repository, finds its
 * own templates and writes a plan. Uses the existing build (`npm test` builds first) and skips prepack.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const packageJson = JSON.parse(readFileSync(join(repo, "package.json"), "utf8")) as { bin: Record<string, string> };
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function npmPack(args: string[]): Array<{ filename: string; files: Array<{ path: string }> }> {
  if (!existsSync(join(repo, "dist/src/cli/main.js"))) throw new Error('dist/ is missing: run "npm run build" first (npm test does it)');
  // --ignore-scripts: prepack would rebuild dist/ under the feet of other tests that run the built CLI.
  const out = execFileSync(npm, ["pack", "--json", "--ignore-scripts", ...args], { cwd: repo, encoding: "utf8", timeout: 120_000 });
  return JSON.parse(out) as Array<{ filename: string; files: Array<{ path: string }> }>;
}

/** Every file under a folder of the repository, as a path relative to the repository. */
function filesUnder(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else found.push(relative(repo, path).split("\\").join("/"));
    }
  };
  walk(join(repo, folder));
  return found.sort();
}

describe("npm pack", () => {
  const work = mkdtempSync(join(tmpdir(), "azs-pack-"));
  let listed: string[] = [];
  beforeAll(() => {
    listed = npmPack(["--dry-run"])[0]!.files.map((f) => f.path);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("lists no test code, test support, TypeScript source or benchmark", () => {
    const unwanted = listed.filter(
      (p) =>
        /^(dist\/)?(test|scripts)\//.test(p) || /^src\//.test(p) || /\.ts$/.test(p) || /arm-(emulator|evaluator)/.test(p) || /(^|\/)vitest\.config/.test(p),
    );
    expect(unwanted).toEqual([]);
  });

  it("lists the bin target, every template and the README", () => {
    const bins = Object.values(packageJson.bin);
    expect(bins).toEqual(["dist/src/cli/main.js"]);
    for (const bin of bins) expect(listed).toContain(bin);
    const templates = filesUnder("templates");
    expect(templates.length).toBeGreaterThan(0);
    for (const t of templates) expect(listed).toContain(t);
    expect(listed).toContain("README.md");
    expect(listed).toContain("examples/small/tenant.yaml");
  });

  it("unpacked outside the repository, runs a plan from its own templates", () => {
    const [packed] = npmPack(["--pack-destination", work]);
    execFileSync("tar", ["-xzf", join(work, packed!.filename), "-C", work]);
    const installed = join(work, "package");
    // The production dependencies, as `npm install` of the tarball would provide them (no network here).
    symlinkSync(join(repo, "node_modules"), join(installed, "node_modules"), "dir");
    const output = join(work, "plan");
    const run = spawnSync(process.execPath, [join(installed, "dist/src/cli/main.js"), "plan", join(installed, "examples/small/tenant.yaml"), "-o", output], {
      cwd: work,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
      timeout: 120_000,
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    // Rendered from templates/report and templates/iac of the unpacked package (the repository is not above it).
    expect(readFileSync(join(output, "report.html"), "utf8")).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(output, "README.md"), "utf8").length).toBeGreaterThan(0);
    expect(readFileSync(join(output, "iac/scripts/export-config.sh"), "utf8")).toMatch(/^#!/);
    expect(readdirSync(join(output, "iac/terraform")).length).toBeGreaterThan(0);
  });
});
