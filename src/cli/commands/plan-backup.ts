/** Text printer of the plan's backup section. It only reads the model (src/backup/types.ts); no arithmetic beyond formatting. */
import type { Plan } from "../../plan/build.js";
import { formatFinding } from "../../base/findings.js";
import type { BackupPlan } from "../../backup/types.js";
import { clock } from "../../base/units.js";
import { formatNumber, paint, println, type Output } from "../output.js";
import { formatHours } from "./plan-bcdr.js";

export { clock } from "../../base/units.js";

const hours = (h: number | null | undefined): string => formatHours(h ?? null);
const gib = (n: number): string => `${formatNumber(n)} GiB`;

export function printBackupSection(output: Output, plan: Plan): void {
  const b: BackupPlan = plan.backup;
  const t = b.totals;
  println(output);
  println(output, paint(output, "bold", `Backup (product family ${b.productFamily}, target ${b.target.kind} ${b.target.name} in ${b.target.location})`));
  println(output, `  ${t.backedUpVirtualMachines.value} of ${t.virtualMachines.value} VMs backed up off the stack (${t.protectedVirtualMachines.value} with a method); methods: ${b.methods.map((m) => `${m.method} ${m.virtualMachines + m.resources}`).join(", ") || "none"}`);
  println(output, `  used ${gib(t.usedGiB.value)}, fulls ${gib(t.fullGiB.value)}, daily incrementals ${gib(t.dailyIncrementalGiB.value)}, at the target over retention ${gib(t.targetStorageGiB.value)}`);
  if (t.resourceFullGiB.value > 0 || b.resources.length > 0) {
    println(output, `  resources: ${b.resources.length} (${b.resources.filter((r) => r.protected).length} protected), fulls ${gib(t.resourceFullGiB.value)}, daily ${gib(t.resourceDailyIncrementalGiB.value)}`);
  }

  if (b.vms.length > 0) {
    const w = Math.max(2, ...b.vms.map((v) => v.qualifiedName.length));
    println(output, paint(output, "dim", `  ${"VM".padEnd(w)}  ${"tier".padEnd(8)} ${"method".padEnd(20)} ${"full GiB".padStart(9)} ${"daily GiB".padStart(9)} ${"runs".padStart(4)} ${"start".padStart(5)} ${"dur".padStart(7)} ${"RPO".padStart(6)} ${"RTO est".padStart(8)}  reason`));
    for (const v of b.vms) {
      const s = v.schedule;
      const line = `  ${v.qualifiedName.padEnd(w)}  ${(v.tier ?? "-").padEnd(8)} ${v.method.padEnd(20)} ${formatNumber(v.fullGiB.value).padStart(9)} ${formatNumber(v.dailyIncrementalGiB.value, 2).padStart(9)} ${String(v.runsPerDay.value).padStart(4)} ${(s ? clock(s.startMinuteOfDay) : "-").padStart(5)} ${(s ? `${formatNumber(s.durationMinutes)}m` : "-").padStart(7)} ${hours(v.achievedRpoHours?.value).padStart(6)} ${hours(v.restore?.totalHours).padStart(8)}  ${v.reason}`;
      println(output, !v.protected && v.method === "none" ? paint(output, "yellow", line) : s && !s.withinWindow ? paint(output, "red", line) : line);
    }
  }
  for (const r of b.resources) {
    println(output, `  ${r.kind} ${r.qualifiedName}: ${r.method}${r.protected ? "" : " (not protected)"}, full ${gib(r.fullGiB.value)}, daily ${gib(r.dailyIncrementalGiB.value)}`);
  }
  for (const s of b.backupServers) {
    println(
      output,
      `  ${s.name} (${s.network}): ${s.vms.length} VMs, pool ${gib(s.storagePoolGiB.value)} (1.5× rule ${gib(s.storagePoolShortcutGiB.value)}), ${s.dataDisks.value} data disks → ${s.vmSize ?? "too large for one server"}, scratch ${gib(s.scratchGiB.value)}`,
    );
  }

  const x = b.transfer;
  println(output, paint(output, "bold", "  WAN transfer and schedule"));
  println(output, `    link ${formatNumber(x.wanBandwidthMbps)} Mbit/s × ${x.wanEfficiency} = ${formatNumber(x.linkMBps.value)} MB/s, ${x.concurrentStreams} streams; ${gib(x.dailyTransferGiB.value)} a day`);
  println(output, `    initial seeding ${hours(x.totalSeedingHours.value)}${x.offlineSeedingRecommended ? paint(output, "yellow", ` > ${x.offlineSeedingThresholdDays} days: seed offline`) : ""}`);
  println(output, `    makespan ${formatNumber(x.makespanMinutes.value)} min vs lower bound ${formatNumber(x.lowerBoundMinutes.value)} min (ratio ${x.makespanRatio}; the day's bytes alone need ${formatNumber(x.totalTransferMinutes.value)} min), timeline from ${clock(x.timelineStartMinuteOfDay)}`);
  for (const win of x.windows) {
    const line = `    ${win.tier} run ${win.run + 1}: ${clock(win.startMinuteOfDay)} for ${formatNumber(win.durationMinutes / 60)} h, ${win.jobs} jobs, ${gib(win.runGiB.value)}, needs ${formatNumber(win.demandMinutes.value)} min, done after ${formatNumber(win.lastFinishMinutes.value)} min${win.feasible ? (win.allWithinWindow ? "" : " (overruns)") : " (INFEASIBLE)"}`;
    println(output, win.feasible && win.allWithinWindow ? line : paint(output, "red", line));
  }
  println(output, `    network rules to open: ${b.networkRules.length} (Azure VM Backup would need ${b.azureVmBackupNetworkRules.map((r) => `${r.destinationAddressPrefix}:${r.destinationPortRanges.join("/")}`).join(", ")} only)`);
  for (const r of b.networkRules) {
    println(output, paint(output, "dim", `      ${r.direction.padEnd(8)} ${r.protocol.padEnd(3)} ${r.sourceAddressPrefix} → ${r.destinationAddressPrefix}:${r.destinationPortRanges.join(",")}  ${r.purpose}`));
  }
  if (b.findings.length > 0) {
    println(output, paint(output, "bold", `  Findings (${b.findings.length})`));
    for (const f of b.findings) {
      const style = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "dim";
      println(output, `    ${paint(output, style, formatFinding(f))}`);
    }
  }
}
