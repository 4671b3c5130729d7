import type { Plan } from "../../plan/build.js";
import { formatNumber, paint, println, type Output } from "../output.js";

const h = (x: number | null): string => (x === null ? "-" : `${formatNumber(x, 1)} h`);

/** The contrast section of `plan`: Azure VM Backup / AKS backup against the stack plan. */
export function printContrastSection(output: Output, plan: Plan): void {
  const c = plan.contrast;
  println(output);
  println(output, paint(output, "bold", "Contrast: Azure VM Backup in public Azure vs. this plan on the stack"));
  for (const row of c.tenant) {
    println(output, `  ${row.aspect}`);
    println(output, `    Azure: ${row.azure}`);
    println(output, `    stack: ${row.stack}`);
  }
  println(output, "  support questions (VMs they apply to):");
  for (const q of c.cases) println(output, `    ${q.id} (${q.vms}): ${q.azure} [${q.azureSource}]`);
  if (c.vms.length > 0) {
    println(output, "  per VM (Azure policy, RPO Azure snapshot / vault / stack, backup traffic on the VM's NIC a day):");
    const width = Math.max(...c.vms.map((v) => v.vm.length));
    for (const v of c.vms) {
      const policy = v.azurePolicy.split(" (")[0]!;
      println(
        output,
        `    ${v.vm.padEnd(width)}  ${policy.padEnd(26)} ${h(v.rpoHours.azure)} / ${h(v.azureVaultRpoHours)} / ${h(v.rpoHours.stack)}  NIC 0 vs ${formatNumber(v.nicGiBPerDay.stack, 1)} GiB`,
      );
      for (const issue of v.azureIssues) println(output, paint(output, "yellow", `      Azure VM Backup: ${issue.message} [${issue.source}]`));
    }
  }
  const k = c.kubernetes;
  if (k.aks.length > 0) {
    println(output, "  Kubernetes: Azure Backup for AKS (as if on AKS) vs. Velero on the stack");
    for (const a of k.aks) {
      const protectedCount = a.volumes.filter((v) => v.operational === "protected").length;
      const tiered = a.volumes.filter((v) => v.vault === "tiered").length;
      println(output, `    ${a.cluster}: AKS backup ${a.frequencyReason}; ${protectedCount}/${a.volumes.length} volumes protected, ${tiered} to the vault tier (RPO ≤ ${a.tiers.vault.rpoHours} h)`);
      for (const issue of a.issues) println(output, paint(output, "yellow", `      ${issue.text} [${issue.source}]`));
      const velero = k.velero.clusters.find((v) => v.cluster === a.cluster);
      if (velero) {
        println(output, `      Velero: ${velero.volumeMode} to ${velero.provider} bucket ${velero.bucket}/${velero.prefix}; schedules ${velero.schedules.map((s) => `${s.name} "${s.cron}" UTC`).join(", ")}`);
        for (const w of velero.warnings) println(output, paint(output, "yellow", `      ${w.text} [${w.source}]`));
      }
    }
    println(output, `    Velero on Azure Stack Hub: ${k.velero.versionNote}`);
  }
}
