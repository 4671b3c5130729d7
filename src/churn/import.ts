/**
 * Measured churn → tenant.yaml: maps each collector series to an inventory VM and disk, turns its complete
 * days into a daily change rate (percentile of the days × write-to-change factor ÷ used data) and returns the
 * tenant with the rates and their provenance written in, plus a report naming everything not used.
 */
import { effectiveUsedGiB } from "../inventory/defaults.js";
import type { Disk, Tenant, VirtualMachine } from "../inventory/schema.js";
import type { ParsedChurnFile } from "./csv.js";
import { buildSeries, dailyFigures, percentile, type ChurnProblem, type DeviceSeries } from "./analyse.js";

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

export interface ChurnImportOptions {
  /** The Site Recovery Deployment Planner sizes on the 95th percentile of profiled churn (site-recovery-deployment-planner). */
  percentile: number;
  /** The Deployment Planner recommends profiling for more than 7 days, ideally 31 (site-recovery-vmware-deployment-planner-run). */
  minDays: number;
  /**
   * Share of written bytes that are changed blocks. Default 1: the Deployment Planner itself counts data
   * written as churn; a block rewritten ten times a day changes once, so a user who knows the workload may lower it.
   */
  writeToChangeFactor: number;
  /** Milliseconds since the epoch: rows stamped after this are clock skew. */
  now: number;
}

export const CHURN_IMPORT_DEFAULTS = { percentile: 95, minDays: 7, writeToChangeFactor: 1 } as const;

export interface DiskChurnResult {
  vm: string;
  disk: string;
  days: number;
  from: string;
  to: string;
  /** Measured writes at the percentile, GiB per day. */
  writeGiBPerDay: number;
  /** The rate written into tenant.yaml, percent of used data per day. */
  changeRatePercent: number;
  peakWriteMiBps: number;
  /** The value the disk had before, when a person had set one. */
  replaced?: number;
}

export interface ChurnImportResult {
  tenant: Tenant;
  disks: DiskChurnResult[];
  problems: ChurnProblem[];
  /** Names of the VMs no measured disk reached: still on assumed rates. */
  vmsOnAssumptions: string[];
}

interface VmRef {
  vm: VirtualMachine;
  path: string;
}

/** Host names match VM names case-insensitively; an FQDN matches by its first label (the computer name). */
const hostKey = (host: string) => host.toLowerCase().split(".")[0]!;

export function importChurn(tenant: Tenant, files: readonly ParsedChurnFile[], options: ChurnImportOptions): ChurnImportResult {
  const next = structuredClone(tenant);
  const problems: ChurnProblem[] = files.flatMap((f) =>
    f.problems.map((p) => ({ severity: "error" as const, code: p.code, where: p.line ? `${p.file}:${p.line}` : p.file, detail: p.detail })),
  );
  const { series, problems: seriesProblems } = buildSeries(
    files.flatMap((f) => f.rows),
    options.now,
  );
  problems.push(...seriesProblems);
  const vms = vmIndex(next);
  const claimed = new Map<Disk, DeviceSeries>();
  const seenVms = new Set<VirtualMachine>();
  const results: DiskChurnResult[] = [];
  for (const s of series) {
    const target = resolve(s, vms, problems);
    if (!target) continue;
    seenVms.add(target.vm);
    const other = claimed.get(target.disk);
    if (other) {
      problems.push({
        severity: "error",
        code: "ambiguous-disk",
        where: `${s.host}/${s.device}`,
        detail: `maps to ${target.vm.name}/${target.disk.name}, which ${other.host}/${other.device} already measures; the later one is not used`,
      });
      continue;
    }
    claimed.set(target.disk, s);
    const result = applySeries(s, target.vm, target.disk, options, problems);
    if (result) results.push(result);
  }
  for (const vm of seenVms) {
    for (const disk of vm.disks) {
      if (!claimed.has(disk) && !disk.excludeFromBackup)
        problems.push({
          severity: "warning",
          code: "disk-not-seen",
          where: `${vm.name}/${disk.name}`,
          detail: `no collector row names this disk (${disk.role === "os" ? "os" : `LUN ${disk.lun ?? "unknown"}`}); it keeps its assumed rate`,
        });
    }
  }
  const measured = new Set(results.map((r) => r.vm));
  const vmsOnAssumptions = [...vms.values()]
    .flat()
    .map((r) => r.vm.name)
    .filter((name) => !measured.has(name))
    .sort();
  return { tenant: next, disks: results, problems, vmsOnAssumptions };
}

function vmIndex(tenant: Tenant): Map<string, VmRef[]> {
  const index = new Map<string, VmRef[]>();
  for (const sub of tenant.subscriptions) {
    for (const rg of sub.resourceGroups) {
      for (const vm of rg.virtualMachines) {
        const key = vm.name.toLowerCase();
        index.set(key, [...(index.get(key) ?? []), { vm, path: `${rg.name}/${vm.name}` }]);
      }
    }
  }
  return index;
}

function resolve(s: DeviceSeries, vms: Map<string, VmRef[]>, problems: ChurnProblem[]): { vm: VirtualMachine; disk: Disk } | undefined {
  const label = `${s.host}/${s.device}`;
  const refs = vms.get(hostKey(s.host)) ?? [];
  if (refs.length === 0) {
    problems.push({
      severity: "error",
      code: "unknown-host",
      where: label,
      detail: `host "${s.host}" is no VM of the inventory (${s.hours.size} hour(s) not used)`,
    });
    return undefined;
  }
  if (refs.length > 1) {
    problems.push({
      severity: "error",
      code: "ambiguous-host",
      where: label,
      detail: `host "${s.host}" matches ${refs.map((r) => r.path).join(", ")}; rename the host column or the VMs (${s.hours.size} hour(s) not used)`,
    });
    return undefined;
  }
  const vm = refs[0]!.vm;
  if (s.lun === "resource") {
    problems.push({
      severity: "info",
      code: "resource-disk",
      where: label,
      detail: `the temporary resource disk is not backed up or replicated (${s.hours.size} hour(s) not used)`,
    });
    return undefined;
  }
  const disks =
    s.lun === "os" ? vm.disks.filter((d) => d.role === "os") : s.lun === "" ? [] : vm.disks.filter((d) => d.role !== "os" && d.lun === Number(s.lun));
  if (disks.length !== 1) {
    const why =
      s.lun === ""
        ? "the guest could not tell its LUN"
        : disks.length === 0
          ? `${vm.name} has no disk at ${s.lun === "os" ? "the OS disk slot" : `LUN ${s.lun}`}`
          : `${vm.name} has ${disks.length} disks at LUN ${s.lun}`;
    problems.push({ severity: "error", code: "unknown-disk", where: label, detail: `${why} (${s.hours.size} hour(s) not used)` });
    return undefined;
  }
  return { vm, disk: disks[0]! };
}

function applySeries(s: DeviceSeries, vm: VirtualMachine, disk: Disk, options: ChurnImportOptions, problems: ChurnProblem[]): DiskChurnResult | undefined {
  const figures = dailyFigures(s);
  problems.push(...figures.problems);
  const where = `${vm.name}/${disk.name}`;
  if (figures.days.length < options.minDays) {
    problems.push({
      severity: "warning",
      code: "too-few-days",
      where,
      detail: `${figures.days.length} complete day(s), fewer than the ${options.minDays} required; the disk keeps its assumed rate`,
    });
    return undefined;
  }
  const writeBytes = percentile(figures.dailyBytes, options.percentile);
  const usedGiB = effectiveUsedGiB(disk);
  const writeGiBPerDay = writeBytes / GIB;
  let rate = (writeGiBPerDay * options.writeToChangeFactor * 100) / usedGiB;
  if (rate > 100) {
    problems.push({
      severity: "warning",
      code: "rate-capped",
      where,
      detail: `${round(rate)} % of the used ${round(usedGiB)} GiB a day; written as 100 % (a backup increment cannot exceed the data), the measured writes stay in measuredChurn`,
    });
    rate = 100;
  }
  const replaced = disk.changeRatePercent !== undefined && disk.measuredChurn === undefined ? disk.changeRatePercent : undefined;
  const result: DiskChurnResult = {
    vm: vm.name,
    disk: disk.name,
    days: figures.days.length,
    from: figures.days[0]!,
    to: figures.days.at(-1)!,
    writeGiBPerDay: round(writeGiBPerDay),
    changeRatePercent: round(rate),
    peakWriteMiBps: round(figures.peakBytesPerSecond / MIB),
    ...(replaced !== undefined ? { replaced } : {}),
  };
  disk.changeRatePercent = result.changeRatePercent;
  disk.measuredChurn = {
    from: result.from,
    to: result.to,
    days: result.days,
    percentile: options.percentile,
    writeGiBPerDay: result.writeGiBPerDay,
    writeToChangeFactor: options.writeToChangeFactor,
    peakWriteMiBps: result.peakWriteMiBps,
  };
  return result;
}

/** Two decimals: enough for a rate or GiB figure, and the file stays readable. */
const round = (n: number) => Math.round(n * 100) / 100;
