import { describe, expect, it } from "vitest";
import { consistencies, jobEvents, jobPhases, subTaskStatuses, VmBackupMachine, type JobEvent, type JobRecord } from "../../src/azure-backup/vm-model.js";
import { mulberry32 } from "../../src/base/random.js";
import { EVENT, JobSlots, RULE_KEYS, type SlotVm } from "../../src/simulate/job-slots.js";

/** The same random events applied to VmBackupMachine (the model) and to JobSlots (the simulator's form of it). */
function drive(vm: SlotVm, seed: number, steps: number): { applied: number; threw: number } {
  const rng = mulberry32(seed);
  const machine = new VmBackupMachine({ osType: vm.osType, vmAgent: vm.vmAgent }, false);
  const context = { powerState: vm.powerState, linuxScripts: vm.linuxScripts };
  // A second VM beside it, so that slots of two VMs interleave and the per-VM counters are kept apart.
  const slots = new JobSlots([vm, { vmAgent: true, powerState: "running", osType: "windows" }], 2);
  const jobs: Array<{ record: JobRecord; slot: number }> = [];
  let applied = 0;
  let threw = 0;
  for (let step = 0; step < steps; step++) {
    const live = jobs.filter((j) => j.record.phase !== "done");
    if (live.length === 0 || rng.chance(0.2)) {
      const wantsVault = rng.chance(0.7);
      jobs.push({ record: machine.schedule(step, wantsVault), slot: slots.schedule(0, wantsVault) });
      slots.release(slots.schedule(1, true)); // a slot taken and given back by the other VM
      continue;
    }
    const job = rng.pick(live);
    const event: JobEvent = rng.pick(jobEvents);
    const vss = rng.chance(0.8);
    let modelError: unknown;
    let slotError: unknown;
    try {
      machine.apply(job.record, event, step, context, vss);
    } catch (e) {
      modelError = e;
    }
    try {
      slots.apply(0, job.slot, EVENT[event], step, vss);
    } catch (e) {
      slotError = e;
    }
    expect(String(slotError)).toBe(String(modelError));
    if (modelError) threw++;
    else applied++;
    const r = job.record;
    const s = job.slot;
    expect({
      phase: jobPhases[slots.phase[s]!],
      snapshot: subTaskStatuses[slots.snapshot[s]!],
      transfer: subTaskStatuses[slots.transfer[s]!],
      outcomeRule: slots.outcomeRule[s]! < 0 ? undefined : RULE_KEYS[slots.outcomeRule[s]!],
      consistency: slots.consistency[s]! < 0 ? undefined : consistencies[slots.consistency[s]!],
      snapshotCompletedAt: Number.isNaN(slots.snapshotCompletedAt[s]!) ? undefined : slots.snapshotCompletedAt[s],
    }).toEqual({
      phase: r.phase,
      snapshot: r.snapshot,
      transfer: r.transfer,
      outcomeRule: r.outcomeRule,
      consistency: r.consistency,
      snapshotCompletedAt: r.snapshotCompletedAt,
    });
    if (r.phase === "done") slots.release(s);
  }
  expect(slots.scheduled[0]).toBe(machine.jobCount);
  return { applied, threw };
}

describe("JobSlots applies the job table as VmBackupMachine does", () => {
  const vms: SlotVm[] = [
    { vmAgent: true, powerState: "running", osType: "windows" },
    { vmAgent: false, powerState: "running", osType: "windows" },
    { vmAgent: true, powerState: "running", osType: "linux", linuxScripts: "succeeded" },
    { vmAgent: true, powerState: "running", osType: "linux", linuxScripts: "failed" },
    { vmAgent: false, powerState: "running", osType: "linux" },
    { vmAgent: true, powerState: "stopped", osType: "windows" },
    { vmAgent: false, powerState: "deallocated", osType: "linux" },
  ];
  it.each(vms.map((vm, i) => [i, vm] as const))("VM %i %j: 20 runs of 400 random events", (i, vm) => {
    for (let seed = 0; seed < 20; seed++) {
      const r = drive(vm, 1000 * i + seed, 400);
      // Both kinds of step happen: events the table allows and events it refuses.
      expect(r.applied).toBeGreaterThan(20);
      expect(r.threw).toBeGreaterThan(20);
    }
  });
});
