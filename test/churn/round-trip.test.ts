/**
 * Round trip through the built CLI: simulated collector CSVs for the small example's file server → import-churn
 * into a copy of tenant.yaml → plan. The storage, WAN and Site Recovery figures move as computed by hand here.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { smallExamplePath } from "../helpers/tenant-fixtures.js";
import { expandPlanDocument } from "../../src/report/plan-document.js";

const GIB = 1024 ** 3;
const dir = mkdtempSync(join(tmpdir(), "churn-round-trip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * fs01-shares (LUN 0, usedGiB 690, role file-server: assumed 2 %) writes 34.5 GiB a day, all of it in the
 * hour 02:00 to 03:00 UTC, for 14 days: 5 % of its used data, and a peak hour of 34.5 × 1,024 ÷ 3,600 = 9.81 MiB/s.
 * Its OS disk has no collector row and keeps the assumed rate.
 */
function fs01Csv(): string {
  const lines = ["format,host,device,lun,hour_utc,write_bytes,samples,resets"];
  for (let d = 1; d <= 14; d++) {
    for (let h = 0; h < 24; h++) {
      const hour = `2026-11-${String(d).padStart(2, "0")}T${String(h).padStart(2, "0")}:00:00Z`;
      lines.push(`azs-churn-1,FS01,1,${0},${hour},${h === 2 ? 34.5 * GIB : 0},60,0`);
    }
  }
  return `${lines.join("\r\n")}\r\n`;
}

function plan(file: string) {
  const run = runCli(["plan", file, "--json"]);
  expect(run.stderr).toBe("");
  // --json is plan.yaml's document (format 2); expanded, its rows hold every field in full.
  return expandPlanDocument(JSON.parse(run.stdout)) as any;
}

const vmOf = (p: any) => p.backup.vms.find((v: any) => v.qualifiedName === "rg-data/fs01");
const drOf = (p: any) => p.bcdr.vms.find((v: any) => v.vm === "rg-data/fs01");

describe("collect → import-churn → plan", () => {
  const tenantFile = join(dir, "tenant.yaml");
  copyFileSync(smallExamplePath, tenantFile);
  mkdirSync(join(dir, "csv"));
  // UTF-16LE with a byte-order mark, as PowerShell 5.1's Out-File writes it.
  writeFileSync(join(dir, "csv", "fs01.csv"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs01Csv(), "utf16le")]));

  it("writes the measured rate and its provenance, keeping every other field", () => {
    const before = yaml.load(readFileSync(tenantFile, "utf8")) as any;
    const run = runCli(["import-churn", join(dir, "csv"), "--into", tenantFile]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "fs01/fs01-shares: measured 34.5 GiB written a day (peak 9.81 MiB/s) over 14 day(s) 2026-11-01 to 2026-11-14 -> 5 % a day used",
    );
    expect(run.stderr).toContain("disk-not-seen: no collector row names this disk (os)");
    const after = yaml.load(readFileSync(tenantFile, "utf8")) as any;
    const shares = after.subscriptions[0].resourceGroups[1].virtualMachines[1].disks[1];
    expect(shares).toEqual({
      name: "fs01-shares",
      role: "data",
      lun: 0,
      sizeGiB: 1023,
      usedGiB: 690,
      sku: "Standard_LRS",
      changeRatePercent: 5,
      measuredChurn: {
        from: "2026-11-01",
        to: "2026-11-14",
        days: 14,
        percentile: 95,
        writeGiBPerDay: 34.5,
        writeToChangeFactor: 1,
        peakWriteMiBps: 9.81,
      },
    });
    // Everything else, person-entered fields included, is as it was.
    delete shares.changeRatePercent;
    delete shares.measuredChurn;
    expect(after).toEqual(before);
  });

  it("moves the plan's storage, WAN and Site Recovery figures as computed by hand", () => {
    const old = plan(smallExamplePath);
    const now = plan(tenantFile);
    const growth = 1.3; // churnGrowthFactor default (the small example sets none)
    const reduction = 0.5; // dataReductionRatio default (the small example sets none)
    // Daily change: fs01-shares goes from 690 × 2 % to 690 × 5 %, times growth: + 20.7 × 1.3 = 26.91 GiB.
    expect(vmOf(now).dailyChangeGiB.value - vmOf(old).dailyChangeGiB.value).toBeCloseTo(20.7 * growth, 3);
    // WAN: the incremental crosses the link after reduction: + 13.455 GiB a day.
    expect(now.backup.transfer.dailyTransferGiB.value - old.backup.transfer.dailyTransferGiB.value).toBeCloseTo(20.7 * growth * reduction, 2);
    expect(now.backup.totals.dailyIncrementalGiB.value - old.backup.totals.dailyIncrementalGiB.value).toBeCloseTo(20.7 * growth * reduction, 2);
    // Storage at the target grows with the change rate.
    expect(now.backup.totals.targetStorageGiB.value).toBeGreaterThan(old.backup.totals.targetStorageGiB.value);
    // Site Recovery: the busy rate was (41 × 2 % + 690 × 2 %) × 1.3 GiB over 8 h = 0.68 MiB/s; now the shares'
    // measured peak hour 9.81 MiB/s × 1.3 plus the OS disk's 0.82 × 1.3 × 1,024 ÷ 28,800 = 12.79 MiB/s.
    expect(drOf(old).churn.busyMiBps).toBe(0.68);
    expect(drOf(now).churn.busyMiBps).toBe(12.79);
    expect(drOf(now).churn.dailyChurnGiB).toBeCloseTo((0.82 + 34.5) * growth, 1);
    // A standard disk's churn limit is 2 MiB/s: the measured peak blocks Site Recovery, the assumed rate did not.
    const asr = (p: any) => drOf(p).evaluations.find((e: any) => e.method === "asr-to-azure");
    expect(asr(old).issues).toEqual([]);
    expect(asr(now).issues.map((i: any) => i.code)).toContain("disk-churn");
  });

  it("names the VMs still on assumed rates with their share of the target storage", () => {
    const now = plan(tenantFile);
    const finding = now.backup.findings.find((f: any) => f.code === "backup.churn-evidence");
    expect(finding.message).toMatch(
      /^change rates measured by import-churn on fs01 \(14\+ days, 2026-11-01 to 2026-11-14\); 7 VM\(s\) still plan on assumed rates/,
    );
    const shares = [...finding.message.matchAll(/\((\d+(?:\.\d+)?) %\)/g)].map((m: RegExpMatchArray) => Number(m[1]));
    expect(shares).toHaveLength(7);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
  });
});
