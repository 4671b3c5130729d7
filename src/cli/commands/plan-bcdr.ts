/** Text printer of the plan's BC/DR section. It only reads the model (src/bcdr/model.ts); no arithmetic. */
import type { Plan } from "../../plan/build.js";
import { methodTitles, type DrMethod, type RunbookStep } from "../../bcdr/model.js";
import { durationIn } from "../../base/units.js";
import { formatNumber, paint, println, type Output } from "../output.js";

const shortMethod: Record<DrMethod, string> = {
  "application-replication": "app replication",
  "asr-to-azure": "ASR to Azure",
  "asr-stack-to-stack": "ASR stack-to-stack",
  "restore-and-redeploy": "restore + redeploy",
  none: "NONE",
};

/** 0.08 → "5 min", 11.4 → "11.4 h", null → the given text. */
export function formatHours(hours: number | null, whenNull = "-"): string {
  if (hours === null) return whenNull;
  const d = durationIn(hours);
  return d.unit === "minutes" ? `${Math.round(d.value)} min` : `${formatNumber(d.value)} h`;
}

function printSteps(output: Output, steps: RunbookStep[], indent: string): void {
  steps.forEach((s, i) => {
    println(output, `${indent}${i + 1}. ${s.text}`);
    if (s.command) println(output, `${indent}   ${paint(output, "cyan", `> ${s.command}`)}`);
  });
}

export function printBcdrSection(output: Output, plan: Plan): void {
  const b = plan.bcdr;
  println(output);
  println(output, paint(output, "bold", `BC/DR (DR site: ${b.drSite.kind}${b.drSite.name ? ` ${b.drSite.name}` : ""})`));
  const counts = (Object.keys(b.methodCounts) as DrMethod[]).filter((m) => b.methodCounts[m] > 0).map((m) => `${methodTitles[m]} ${b.methodCounts[m]}`);
  println(output, `  methods: ${counts.join(", ") || "no VMs"}`);

  if (b.vms.length > 0) {
    const nameWidth = Math.max(4, ...b.vms.map((v) => v.name.length));
    println(output, paint(output, "dim", `  ${"VM".padEnd(nameWidth)}  ${"tier".padEnd(9)} ${"method".padEnd(19)} ${"RTO est".padStart(8)} ${"ready".padStart(8)} ${"group".padStart(5)}  reason`));
    for (const v of b.vms) {
      const line = `  ${v.name.padEnd(nameWidth)}  ${(v.tier ?? "-").padEnd(9)} ${shortMethod[v.method].padEnd(19)} ${formatHours(v.estimatedRtoHours).padStart(8)} ${formatHours(v.readyAfterHours).padStart(8)} ${String(v.failoverGroup ?? "-").padStart(5)}  ${v.reason}`;
      println(output, v.method === "none" && v.tier !== null ? paint(output, "yellow", line) : line);
    }
  }

  const bw = b.bandwidth;
  println(output, paint(output, "bold", "  Replication bandwidth and RPO"));
  if (bw.linkMbps === null) println(output, "    no link to a DR site is known");
  else {
    println(output, `    link to the DR site ${formatNumber(bw.linkMbps)} Mbit/s (${bw.linkSource === "drSite" ? "protection.drSite" : "the backup target's link"}), usable ${formatNumber(bw.effectiveMbps ?? 0)} Mbit/s at ${Math.round(bw.wanEfficiency * 100)} %`);
  }
  if (bw.perMethod.length === 0) println(output, "    nothing replicates continuously (every VM restores from backup or is not covered)");
  else {
    println(output, `    churn × growth ${bw.growthFactor}, written within ${bw.busyHoursPerDay} busy hours a day`);
    println(output, paint(output, "dim", `    ${"method".padEnd(19)} ${"VMs".padStart(4)} ${"GiB/day".padStart(9)} ${"avg Mbit/s".padStart(11)} ${"busy Mbit/s".padStart(12)} ${"for RPO".padStart(8)} ${"needs Mbit/s".padStart(13)} ${"initial GiB".padStart(12)}`));
    for (const m of [...bw.perMethod, { ...bw.total, method: "total" as const }]) {
      const label = m.method === "total" ? "total" : shortMethod[m.method];
      println(output, `    ${label.padEnd(19)} ${String(m.vms).padStart(4)} ${formatNumber(m.dailyChurnGiB).padStart(9)} ${formatNumber(m.averageMbps).padStart(11)} ${formatNumber(m.busyMbps).padStart(12)} ${formatHours(m.strictestRpoHours).padStart(8)} ${(m.requiredMbpsForRpo === null ? "-" : formatNumber(m.requiredMbpsForRpo)).padStart(13)} ${formatNumber(m.initialGiB).padStart(12)}`);
    }
    println(output, `    achievable RPO on this link: ${formatHours(bw.total.achievableRpoHours, "none: the link cannot carry the daily change")}; initial replication: ${formatHours(bw.total.initialReplicationHours, "never completes")} (Site Recovery's planner aims at ${bw.total.initialReplicationGoalHours} h per batch)`);
    println(output, paint(output, "dim", `    what if:  ${"link".padStart(12)} ${"usable".padStart(10)} ${"RPO".padStart(10)} ${"initial".padStart(10)}  meets every tier RPO`));
    for (const w of bw.whatIf) {
      println(output, `              ${`${formatNumber(w.linkMbps)} Mbit/s`.padStart(12)} ${formatNumber(w.effectiveMbps).padStart(10)} ${formatHours(w.achievableRpoHours, "never").padStart(10)} ${formatHours(w.initialReplicationHours, "never").padStart(10)}  ${w.meetsAllRpos ? "yes" : "no"}${w.current ? "  (current)" : ""}`);
    }
  }

  const c = b.components;
  if (c.asrToAzure.length + c.replicas.length > 0 || c.stackToStack) println(output, paint(output, "bold", "  Components"));
  for (const a of c.asrToAzure) {
    const cs = a.configurationServer;
    println(output, `    ASR to Azure, subscription ${a.subscription}: ${a.machines} VMs, ${formatNumber(a.dailyChurnGiB)} GiB/day → configuration server ${cs.vCpus} vCPU / ${cs.memoryGiB} GB RAM / ${cs.cacheDiskGiB} GB cache disk`);
    if (a.scaleOutProcessServers) {
      const ps = a.scaleOutProcessServers;
      println(output, `      plus ${ps.count} scale-out process server(s) of ${ps.size.vCpus} vCPU / ${ps.size.memoryGiB} GB RAM / ${Math.max(ps.size.cacheDiskGiB, 600)} GB cache disk`);
    }
    for (const n of a.notes) println(output, `      - ${n}`);
  }
  for (const n of c.asrToAzureNotes) println(output, `    - ASR to Azure: ${n}`);
  if (c.stackToStack) {
    const s = c.stackToStack;
    println(output, `    ASR stack-to-stack: needs Azure Stack Hub ${s.minimumStampVersion} or later (source ${s.sourceStampVersion ?? "unknown"}, target ${s.targetStampVersion ?? "unknown"})`);
    for (const a of s.appliances) println(output, `      subscription ${a.subscription}: ${a.vms} VMs, ${a.disks} disks → ${a.appliances} appliance(s)`);
    println(output, `      target stamp storage ${formatNumber(s.targetStorageGiB.low)}–${formatNumber(s.targetStorageGiB.high)} GiB (1.5–2 × ${formatNumber(s.protectedProvisionedGiB)} GiB protected); compute quota at failover ${s.failoverQuota.vCpus} vCPU, ${formatNumber(s.failoverQuota.memoryGiB)} GiB for ${s.failoverQuota.vms} VMs`);
    println(output, `      re-protect batches (≤ 31 disks): ${s.reprotectBatches.map((batch, i) => `${i + 1}: ${batch.join(", ")}`).join("; ")}`);
    println(output, `      cache storage account, worst case (a day of change): ${formatNumber(s.cacheWorstCaseGiB)} GiB`);
    for (const n of s.notes) println(output, `      - ${n}`);
  }
  for (const r of c.replicas) {
    println(output, `    replicas at the DR site: ${r.replicas} × ${r.technology} (${r.vCpus} vCPU, ${formatNumber(r.memoryGiB)} GiB running) for ${r.sources.join(", ")}`);
  }

  const n = b.network;
  println(output, paint(output, "bold", "  Network and IP plan"));
  println(output, `    ${n.strategy === "keep-addresses" ? "keep the addresses: recreate the same ranges at the DR site" : "re-address: the tenant ranges overlap ranges in use at the DR site"}; DR site ranges in use: ${n.drInUse.join(", ") || "none given"}`);
  for (const net of n.sourceNetworks) println(output, `    ${net.vnet} ${net.addressPrefixes.join(", ")}: ${net.subnets.map((s) => `${s.name} ${s.addressPrefix}`).join(", ")}`);
  for (const o of n.overlaps) println(output, paint(output, "yellow", `    overlap: ${o.a} ↔ ${o.b}`));
  if (n.replicaNetwork) println(output, `    replica network for the always-on replicas (suggested, free): ${n.replicaNetwork}`);

  if (b.gaps.length > 0) {
    println(output, paint(output, "bold", "  Gaps"));
    for (const g of b.gaps) println(output, paint(output, "yellow", `    - ${g.message}`));
  }

  const r = b.runbook;
  println(output, paint(output, "bold", "  Failover runbook"));
  println(output, "    Declare");
  printSteps(output, r.declare, "      ");
  println(output, "    Network");
  printSteps(output, r.network, "      ");
  for (const g of r.groups) {
    const names = g.vms.map((v) => v.vm.split("/")[1]).join(", ");
    println(output, `    Group ${g.group}: ${g.title}${g.cycle ? " (dependency cycle: order is a guess)" : ""}, ready after about ${formatHours(g.readyAfterHours)}: ${names}`);
    printSteps(output, g.steps, "      ");
  }
  println(output, "    DNS changes");
  printSteps(output, r.dns, "      ");
  println(output, "    After failover");
  printSteps(output, r.validate, "      ");
  println(output, "    Test failover checklist");
  printSteps(output, r.testFailover, "      ");
  for (const f of r.failback) {
    println(output, `    Failback: ${methodTitles[f.method]} (${f.vms.map((v) => v.split("/")[1]).join(", ")})`);
    printSteps(output, f.steps, "      ");
  }
  if (b.manualChecks.length > 0) {
    println(output, paint(output, "bold", "  Check by hand"));
    for (const m of b.manualChecks) println(output, `    - ${m}`);
  }
  if (b.findings.length > 0) {
    println(output, paint(output, "bold", "  Findings"));
    for (const f of b.findings) {
      const style = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "dim";
      println(output, paint(output, style, `    ${f.severity} [${f.code}] ${f.message}`));
    }
  }
}
