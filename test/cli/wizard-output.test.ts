import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

describe("wizard output folder", () => {
  it("refuses an output in a folder that does not exist before asking anything, with exit 3 and one line", () => {
    const run = runCli(["wizard", "examples/small/tenant.yaml", "-o", "no-such-folder/tenant.yaml", "--yes", "--non-interactive"]);
    expect(run.status).toBe(3);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot write no-such-folder\/tenant\.yaml: the folder .*no-such-folder does not exist/);
    expect(existsSync("no-such-folder")).toBe(false);
  });
});
