/**
 * The review's error and warning counts are `plan`'s, for every bundled example: the review checks the tenant it
 * would save (serialised, parsed and validated as `validate` does, then every planner through plannerCheck, as the
 * CLI composes it) and `plan` checks the file. The review's line is compared with what the real CLI prints.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadTenantFile } from "../../src/inventory/load.js";
import { checkCandidate, reviewLines } from "../../src/wizard/review.js";
import { PLANNER_CHECK } from "../helpers/templates.js";
import { CLI_RUN_MS, E2E_TEST_MS } from "../helpers/timeouts.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const CLI = join(root, "dist/src/cli/main.js");
const examples = readdirSync(join(root, "examples")).map((name) => join(root, "examples", name, "tenant.yaml"));

const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: CLI_RUN_MS });

describe("the review counts what plan counts", () => {
  it.each(examples)("%s", { timeout: E2E_TEST_MS }, async (example) => {
    const loaded = await loadTenantFile(example);
    if (!loaded.ok) throw new Error(`${example} does not load`);
    const lines = reviewLines(loaded.tenant, checkCandidate(loaded.tenant, example, PLANNER_CHECK));
    const review = /validation: (\d+) error\(s\), (\d+) warning\(s\)/.exec(lines.join("\n"));
    const plan = run(["plan", example]);
    const planned = /The plan found (\d+) errors?, (\d+) warnings?/.exec(plan.stdout);
    expect(review, lines.join("\n")).not.toBeNull();
    expect(planned, plan.stdout).not.toBeNull();
    expect([Number(review![1]), Number(review![2])]).toEqual([Number(planned![1]), Number(planned![2])]);
  });
});
