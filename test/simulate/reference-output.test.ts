/**
 * The simulator's output, text and JSON, byte for byte against reference files written by the code before the
 * speed work of issue 18 (5ecbb85), so that a faster engine cannot change a result without this test saying so.
 * The references are gzipped (test/simulate/fixtures/*.gz): the bundled examples and a generated 300-VM tenant
 * (`npm run gen -- --vms 300 --seed 20240601`, stored too, so a change of the generator does not move it), over
 * 30 days with the default seed, and with another seed, `--offline-seed` and a longer run; and the 300-VM tenant
 * with high loads added.
 * If an output must change on purpose, regenerate the reference with the CLI and say why in the commit.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { midsizeExamplePath, repoRoot, smallExamplePath } from "../helpers/tenant-fixtures.js";
import { E2E_TEST_MS } from "../helpers/timeouts.js";

const fixtures = `${repoRoot}test/simulate/fixtures/`;
const unzip = (name: string): string => gunzipSync(readFileSync(fixtures + name)).toString("utf8");

const folder = mkdtempSync(join(tmpdir(), "simulate-reference-"));
const generatedPath = join(folder, "generated-300.yaml");
writeFileSync(generatedPath, unzip("generated-300.yaml.gz"));
// The same tenant with high CPU and memory peaks on every third and fourth VM and a daily busy stretch on every
// fifth: snapshot delays, high-load timeouts and skipped transfers, which the examples barely reach.
const busyPath = join(folder, "generated-300-busy.yaml");
writeFileSync(busyPath, unzip("generated-300-busy.yaml.gz"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cases: Array<[reference: string, tenant: string, args: string[]]> = [
  ["small.txt", smallExamplePath, ["--days", "30"]],
  ["small.json", smallExamplePath, ["--days", "30", "--json"]],
  ["small-s7-off.json", smallExamplePath, ["--days", "45", "--seed", "7", "--offline-seed", "--json"]],
  ["midsize.txt", midsizeExamplePath, ["--days", "30"]],
  ["midsize.json", midsizeExamplePath, ["--days", "30", "--json"]],
  ["midsize-s7-off.json", midsizeExamplePath, ["--days", "45", "--seed", "7", "--offline-seed", "--json"]],
  ["generated-300.txt", generatedPath, ["--days", "30"]],
  ["generated-300.json", generatedPath, ["--days", "30", "--json"]],
  ["generated-300-s99-off-ja.txt", generatedPath, ["--days", "30", "--seed", "99", "--offline-seed", "--lang", "ja"]],
  ["generated-300-busy-s5.txt", busyPath, ["--days", "30", "--seed", "5"]],
  ["generated-300-busy-s5.json", busyPath, ["--days", "30", "--seed", "5", "--json"]],
];

describe("simulate prints exactly what the code before the speed work printed", () => {
  it.each(cases)(
    "%s",
    (reference, tenant, args) => {
      const r = runCli(["simulate", tenant, ...args]);
      expect(r.status).toBe(0);
      const expected = unzip(`${reference}.gz`);
      // Compare lengths first: a failure then names the first differing line rather than printing 300 KB.
      const got = r.stdout.split("\n");
      const want = expected.split("\n");
      const first = want.findIndex((line, i) => got[i] !== line);
      expect(first === -1 ? null : { line: first + 1, got: got[first], want: want[first] }).toBeNull();
      expect(r.stdout).toBe(expected);
    },
    E2E_TEST_MS,
  );
});
