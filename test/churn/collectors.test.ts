/**
 * The collectors: the Linux one runs for real (a known amount written with dd, read back from its CSV within a
 * stated tolerance) and passes shellcheck; the PowerShell one, as the collectors command writes it, parses with the
 * tree-sitter PowerShell grammar within Windows PowerShell 5.1; the
 * CSV a collector writes is what import-churn reads.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectorFiles } from "../../src/churn/collectors.js";
import { parseChurnCsv } from "../../src/churn/csv.js";
import { repoRoot } from "../helpers/tenant-fixtures.js";
import { midsizeExamplePath, smallExamplePath, tenantFrom } from "../helpers/tenant-fixtures.js";
import fc from "fast-check";
import { runCli } from "../helpers/cli.js";
import { parseTenant } from "../../src/inventory/load.js";
import { buildCorpus, hostileStrings } from "../hardening/corpus.js";
import { checkPowerShell } from "../support/powershell-grammar.js";

const sh = join(repoRoot, "templates/churn/collect-churn.sh");
const ps1 = join(repoRoot, "templates/churn/collect-churn.ps1");
const work = mkdtempSync(join(tmpdir(), "churn-collector-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const MIB = 1024 ** 2;
const WRITTEN_MIB = 64;

/** Sectors written, summed over whole disks: what the collector reads. */
function sectorsWritten(): number {
  return readFileSync("/proc/diskstats", "utf8")
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => /^(sd[a-z]+|vd[a-z]+|xvd[a-z]+|nvme[0-9]+n[0-9]+)$/.test(f[2] ?? ""))
    .reduce((s, f) => s + Number(f[9]), 0);
}

/** Does a direct write of 4 MiB here move /proc/diskstats? Containers on overlay or tmpfs may not. */
function diskstatsMove(): boolean {
  if (!existsSync("/proc/diskstats")) return false;
  const before = sectorsWritten();
  spawnSync("dd", ["if=/dev/zero", `of=${join(work, "probe")}`, "bs=1M", "count=4", "oflag=direct", "status=none"]);
  return sectorsWritten() - before >= (4 * MIB) / 512;
}

describe("Linux collector", () => {
  it("passes shellcheck as POSIX sh", () => {
    const run = spawnSync("shellcheck", ["-s", "sh", sh], { encoding: "utf8" });
    expect(run.error, "shellcheck is needed (apt-get install shellcheck)").toBeUndefined();
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });

  const moves = diskstatsMove();
  it.skipIf(!moves)(
    `reads back ${WRITTEN_MIB} MiB written with dd (oflag=direct) within -0 % / +90 %${moves ? "" : " (skipped: /proc/diskstats does not move here)"}`,
    () => {
      const env = { ...process.env, AZS_CHURN_DIR: join(work, "state") };
      const run = (action: string) => execFileSync("sh", [sh, action], { env, encoding: "utf8" });
      run("sample");
      execFileSync("dd", ["if=/dev/zero", `of=${join(work, "data")}`, "bs=1M", `count=${WRITTEN_MIB}`, "oflag=direct", "conv=fsync", "status=none"]);
      run("flush");
      const host = execFileSync("hostname", { encoding: "utf8" }).trim().split(".")[0]!;
      const parsed = parseChurnCsv("collector.csv", readFileSync(join(work, "state", `churn-${host}.csv`)));
      expect(parsed.problems).toEqual([]);
      const bytes = parsed.rows.reduce((s, r) => s + r.writeBytes, 0);
      // Lower bound: every byte dd wrote reaches the disk (direct I/O, fsync). Upper bound: file-system metadata
      // and the other processes of a shared machine write too, so it is loose, but below 2×: a collector that
      // counted partitions beside their disk would read every byte twice.
      expect(bytes).toBeGreaterThanOrEqual(WRITTEN_MIB * MIB);
      expect(bytes).toBeLessThan(WRITTEN_MIB * MIB * 1.9);
      expect(parsed.rows.every((r) => r.samples === 1 && r.host === host)).toBe(true);
    },
  );
});

describe("Windows collector", () => {
  const text = readFileSync(ps1, "utf8");
  it("parses with the tree-sitter PowerShell grammar and stays inside Windows PowerShell 5.1", async () => {
    expect(await checkPowerShell(text)).toEqual([]);
  });
  it("reads the raw Disk Write Bytes/sec counter and writes the documented header", () => {
    expect(text).toContain("Win32_PerfRawData_PerfDisk_PhysicalDisk");
    expect(text).toContain("$Header = 'format,host,device,lun,hour_utc,write_bytes,samples,resets'");
    expect(text).toContain("-Encoding ASCII");
  });
});

describe("collectors folder", () => {
  it("lists every VM with the script for its OS and its disks", () => {
    const files = collectorFiles(tenantFrom(), { powershell: "ps", posix: "sh" });
    expect([...files.keys()]).toEqual(["INSTALL.md", "collect-churn.ps1", "collect-churn.sh"]);
    const install = files.get("INSTALL.md")!;
    expect(install).toContain("| rg-web | app01 | `collect-churn.sh` | os, LUN 0 |");
    expect(install).toContain("| rg-data | sql01 | `collect-churn.ps1` | os, LUN 0, LUN 1, LUN 2 |");
  });
});

describe("the .ps1 the collectors command writes", () => {
  const HOSTILE_CLI_CASES = 3;
  it("parses with the tree-sitter PowerShell grammar for both examples and hostile-names tenants (the real CLI)", async () => {
    const hostile = buildCorpus()
      .filter((c) => c.name.startsWith("hostile-") && parseTenant(c.text, c.name).ok)
      .slice(0, HOSTILE_CLI_CASES);
    expect(hostile.length).toBeGreaterThan(0);
    const inputs = [
      smallExamplePath,
      midsizeExamplePath,
      ...hostile.map((c) => {
        const file = join(work, `${c.name}.yaml`);
        writeFileSync(file, c.text);
        return file;
      }),
    ];
    for (const [i, input] of inputs.entries()) {
      const out = join(work, `collectors-${i}`);
      const run = runCli(["collectors", input, "--output", out]);
      expect(run.status, run.stderr).toBe(0);
      const written = readdirSync(out).filter((f) => f.endsWith(".ps1"));
      expect(written).toEqual(["collect-churn.ps1"]);
      for (const f of written) expect(await checkPowerShell(readFileSync(join(out, f), "utf8")), `${input}: ${f}`).toEqual([]);
    }
  });

  it("property: whatever the tenant's names, every .ps1 of the folder parses and is the template byte for byte", async () => {
    const scripts = { powershell: readFileSync(ps1, "utf8"), posix: readFileSync(sh, "utf8") };
    const name = fc.oneof(fc.constantFrom(...hostileStrings), fc.string({ unit: "grapheme", minLength: 1 }));
    await fc.assert(
      fc.asyncProperty(name, name, name, async (tenantName, groupName, vmName) => {
        const tenant = structuredClone(tenantFrom());
        tenant.tenant.name = tenantName;
        tenant.subscriptions[0]!.resourceGroups[0]!.name = groupName;
        tenant.subscriptions[0]!.resourceGroups[0]!.virtualMachines[0]!.name = vmName;
        for (const [file, content] of collectorFiles(tenant, scripts)) {
          if (!file.endsWith(".ps1")) continue;
          expect(content).toBe(scripts.powershell);
          expect(await checkPowerShell(content)).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  });
});
