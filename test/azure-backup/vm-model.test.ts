import { describe, expect, it } from "vitest";
import { SOURCES } from "../../src/azure-backup/sources.js";
import {
  InvalidTransitionError,
  JOB_TRANSITIONS,
  jobEvents,
  jobPhases,
  jobStatus,
  policyForTier,
  snapshotConsistency,
  VM_BACKUP_RULES,
  VmBackupMachine,
} from "../../src/azure-backup/vm-model.js";

const running = { powerState: "running" } as const;
const windowsVm = () => new VmBackupMachine({ osType: "windows", vmAgent: true });

describe("the transition table", () => {
  it("names a rule with a known source on every row, and every rule has a summary", () => {
    for (const t of JOB_TRANSITIONS) expect(VM_BACKUP_RULES[t.rule], t.rule).toBeDefined();
    for (const r of Object.values(VM_BACKUP_RULES)) {
      expect(Object.keys(SOURCES)).toContain(r.source);
      expect(r.summary.length).toBeGreaterThan(20);
    }
  });

  it("ends every (phase, event) pair it handles with an unguarded row, so no allowed event is a dead end", () => {
    for (const phase of jobPhases) {
      for (const event of jobEvents) {
        const rows = JOB_TRANSITIONS.filter((t) => t.from === phase && t.event === event);
        if (rows.length > 0) expect(rows.at(-1)!.guard, `${phase}/${event}`).toBe("always");
      }
    }
    expect(JOB_TRANSITIONS.some((t) => t.from === "done")).toBe(false);
  });
});

describe("job status from the two sub-tasks (the table in 'Verify Backup job status')", () => {
  it.each([
    ["completed", "in-progress", "in-progress"],
    ["completed", "skipped", "completed"],
    ["completed", "completed", "completed"],
    ["completed", "failed", "completed-with-warning"],
    ["failed", "failed", "failed"],
    ["in-progress", "not-started", "in-progress"],
    ["completed", "not-applicable", "completed"],
  ] as const)("snapshot %s + transfer %s → %s", (snapshot, transfer, status) => {
    expect(jobStatus(snapshot, transfer)).toBe(status);
  });
});

describe("hand-made timelines", () => {
  it("a long transfer makes the next job's transfer skip, and it is not retried", () => {
    const m = windowsVm();
    const day1 = m.schedule(0);
    m.apply(day1, "start", 10, running);
    m.apply(day1, "snapshot-complete", 20, running);
    expect(day1.phase).toBe("transfer");
    expect(m.status(day1)).toBe("in-progress");
    // Day 2: the day-1 transfer is still running.
    const day2 = m.schedule(1440);
    m.apply(day2, "start", 1450, running);
    const t = m.apply(day2, "snapshot-complete", 1460, running);
    expect(t.rule).toBe("overlapTransferSkipped");
    expect(day2.phase).toBe("done");
    expect(day2.snapshot).toBe("completed");
    expect(day2.transfer).toBe("skipped");
    expect(m.status(day2)).toBe("completed");
    expect(day2.outcomeRule).toBe("overlapTransferSkipped");
    // The day-2 snapshot is still an instant-restore point.
    expect(m.points.map((p) => p.jobId)).toEqual([0, 1]);
    // The day-1 transfer ends; day 2 never goes to the vault; day 3 transfers again.
    m.apply(day1, "transfer-complete", 2000, running);
    expect(m.points[0]!.vaultAt).toBe(2000);
    expect(m.points[1]!.vaultAt).toBeUndefined();
    const day3 = m.schedule(2880);
    m.apply(day3, "start", 2890, running);
    m.apply(day3, "snapshot-complete", 2900, running);
    expect(day3.phase).toBe("transfer");
    expect(() => m.apply(day2, "transfer-complete", 2950, running)).toThrow(InvalidTransitionError);
  });

  it("a snapshot that overruns into the next job's start fails the next job", () => {
    const m = windowsVm();
    const first = m.schedule(0);
    m.apply(first, "start", 5, running);
    m.apply(first, "load-high", 5, running); // delayed by CPU > 90 %
    const second = m.schedule(240);
    const t = m.apply(second, "start", 250, running);
    expect(t.rule).toBe("overlapSnapshotFails");
    expect(m.status(second)).toBe("failed");
    expect(second.outcomeRule).toBe("overlapSnapshotFails");
    // The first job is unaffected and completes later.
    m.apply(first, "retry", 260, running);
    m.apply(first, "snapshot-complete", 270, running);
    expect(first.phase).toBe("transfer");
    expect(m.points).toHaveLength(1);
  });

  it("a job started while the previous one is transferring is not failed", () => {
    const m = windowsVm();
    const a = m.schedule(0);
    m.apply(a, "start", 1, running);
    m.apply(a, "snapshot-complete", 9, running);
    const b = m.schedule(240);
    expect(m.apply(b, "start", 241, running).to).toBe("snapshot");
  });

  it("a hot VM's snapshot is delayed and then times out: the job fails and creates no point", () => {
    const m = windowsVm();
    const job = m.schedule(0);
    m.apply(job, "start", 10, running);
    expect(m.apply(job, "load-high", 10, running).rule).toBe("highLoadDelay");
    expect(job.phase).toBe("snapshot-delayed");
    m.apply(job, "retry", 40, running);
    m.apply(job, "load-high", 40, running);
    const t = m.apply(job, "snapshot-timeout", 70, running);
    expect(t.rule).toBe("highLoadTimeout");
    expect(m.status(job)).toBe("failed");
    expect(job.outcomeRule).toBe("highLoadTimeout");
    expect(m.points).toHaveLength(0);
    // A timeout can only come from the delayed state.
    const other = m.schedule(1440);
    m.apply(other, "start", 1450, running);
    expect(() => m.apply(other, "snapshot-timeout", 1460, running)).toThrow(/no transition from "snapshot" on "snapshot-timeout"/);
  });

  it("a deallocated VM is backed up crash-consistent, without installing the extension", () => {
    const m = new VmBackupMachine({ osType: "windows", vmAgent: false });
    const job = m.schedule(0);
    const ctx = { powerState: "deallocated" } as const;
    m.apply(job, "start", 10, ctx);
    m.apply(job, "snapshot-complete", 15, ctx);
    expect(job.consistency).toBe("crash-consistent");
    expect(job.rules).toContain("crashWhenStopped");
    expect(job.rules).not.toContain("extensionOnFirstBackup");
    expect(m.points[0]!.consistency).toBe("crash-consistent");
  });

  it("installs the extension on the first backup of a running VM only", () => {
    const m = windowsVm();
    const a = m.schedule(0);
    m.apply(a, "start", 1, running);
    const b = m.schedule(1440);
    m.apply(b, "start", 1441, running);
    expect(a.rules).toContain("extensionOnFirstBackup");
    expect(b.rules).not.toContain("extensionOnFirstBackup");
  });

  it("a running VM without the VM agent fails at start", () => {
    const m = new VmBackupMachine({ osType: "linux", vmAgent: false });
    const job = m.schedule(0);
    expect(m.apply(job, "start", 10, running).rule).toBe("agentRequired");
    expect(m.status(job)).toBe("failed");
  });

  it("snapshot completed + transfer failed is completed with warning, and the point stays snapshot-only", () => {
    const m = windowsVm();
    const job = m.schedule(0);
    m.apply(job, "start", 1, running);
    m.apply(job, "snapshot-complete", 9, running);
    m.apply(job, "transfer-failed", 100, running);
    expect(m.status(job)).toBe("completed-with-warning");
    expect(job.outcomeRule).toBe("transferFailedWarning");
    expect(m.points[0]!.vaultAt).toBeUndefined();
  });

  it("an Enhanced-policy snapshot that is not the day's vault copy completes without a transfer", () => {
    const m = windowsVm();
    const job = m.schedule(0, false);
    m.apply(job, "start", 1, running);
    const t = m.apply(job, "snapshot-complete", 9, running);
    expect(t.rule).toBe("enhancedLastOfDay");
    expect(job.transfer).toBe("not-applicable");
    expect(m.status(job)).toBe("completed");
  });
});

describe("consistency", () => {
  it.each([
    [{ powerState: "running", osType: "windows", vssWritersSucceeded: true, linuxScripts: "none" }, "application-consistent"],
    [{ powerState: "running", osType: "windows", vssWritersSucceeded: false, linuxScripts: "none" }, "file-system-consistent"],
    [{ powerState: "running", osType: "linux", vssWritersSucceeded: true, linuxScripts: "none" }, "file-system-consistent"],
    [{ powerState: "running", osType: "linux", vssWritersSucceeded: true, linuxScripts: "failed" }, "file-system-consistent"],
    [{ powerState: "running", osType: "linux", vssWritersSucceeded: true, linuxScripts: "succeeded" }, "application-consistent"],
    [{ powerState: "stopped", osType: "linux", vssWritersSucceeded: true, linuxScripts: "succeeded" }, "crash-consistent"],
    [{ powerState: "deallocated", osType: "windows", vssWritersSucceeded: true, linuxScripts: "none" }, "crash-consistent"],
  ] as const)("%o → %s", (input, expected) => {
    expect(snapshotConsistency(input).consistency).toBe(expected);
  });
});

describe("policy for a tier", () => {
  it.each([
    [24, "standard-daily", 24],
    [48, "standard-daily", 24],
    [168, "standard-weekly", 168],
    [12, "enhanced-hourly", 12],
    [10, "enhanced-hourly", 8],
    [6, "enhanced-hourly", 6],
    [4, "enhanced-hourly", 4],
    [2, "enhanced-hourly", 4],
  ] as const)("RPO %d h → %s every %d h", (rpo, kind, interval) => {
    const p = policyForTier(rpo, 60);
    expect(p.kind).toBe(kind);
    expect(p.intervalHours).toBe(interval);
    expect(p.startMinute).toBe(60);
  });

  it("says when the RPO cannot be met and uses the documented snapshot retention defaults", () => {
    expect(policyForTier(2, 0).reason).toMatch(/cannot be met/);
    expect(policyForTier(24, 0).snapshotRetentionDays).toBe(2);
    expect(policyForTier(12, 0).snapshotRetentionDays).toBe(7);
    expect(policyForTier(168, 0).snapshotRetentionDays).toBe(5);
  });
});
