import type { Command } from "commander";
import { formatFinding, type Finding } from "../../base/findings.js";
import { loadTenantFile } from "../../inventory/load.js";
import { summarizeInventory, type InventorySummary } from "../../inventory/summary.js";
import { loadTemplates } from "../../base/template-files.js";
import { tenantFindings } from "../../plan/check.js";
import { countFindings } from "../../plan/findings.js";
import { ExitCode } from "../exit-codes.js";
import { eprintln, formatNumber, paint, printJson, println, type Output } from "../output.js";

export function registerValidate(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("validate")
    .description("check a tenant.yaml with the same rules and planners as plan, and print an inventory summary")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { json?: boolean }) => {
      const result = await loadTenantFile(file);
      const summary = result.ok ? summarizeInventory(result.tenant) : undefined;
      // A readable tenant is checked by every planner too, as plan would: the same findings, the same counts.
      const findings = result.ok ? tenantFindings(result.tenant, { iac: loadTemplates("iac") }, result.findings) : result.findings;
      const errors = countFindings(findings).error;
      if (options.json) {
        printJson(output, { file, valid: errors === 0, findings: findings.map(jsonFinding), summary: summary ?? null });
      } else {
        for (const f of findings) printFinding(output, f);
        if (summary) printSummary(output, summary);
        if (errors > 0) eprintln(output, paint(output, "red", `${file}: ${result.ok ? "the plan would not be valid" : "invalid"} (${errors} error(s))`));
      }
      setExit(!result.ok ? ExitCode.invalidInput : errors > 0 ? ExitCode.planInvalid : ExitCode.ok);
    });
}

export function jsonFinding(f: Finding) {
  return { severity: f.severity, code: f.code, path: f.path, message: f.message, file: f.file, line: f.position?.line, column: f.position?.column };
}

export function printFinding(output: Output, f: Finding): void {
  const line = formatFinding(f);
  const style = f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "dim";
  eprintln({ ...output, color: output.color && !!output.err.isTTY }, paint(output, style, line));
}

function printSummary(output: Output, s: InventorySummary): void {
  const gib = (n: number) => `${formatNumber(n)} GiB`;
  println(output, paint(output, "bold", `Tenant ${s.tenant} on stamp ${s.stamp}`));
  println(output, `  subscriptions ${s.subscriptions}, resource groups ${s.resourceGroups}`);
  const c = s.counts;
  println(output, `  VMs ${c.virtualMachines} (Windows ${s.byOs.windows}, Linux ${s.byOs.linux}), disks ${s.disks}, availability sets ${c.availabilitySets}`);
  println(output, `  virtual networks ${c.virtualNetworks}, NSGs ${c.networkSecurityGroups}, public IPs ${c.publicIpAddresses}, load balancers ${c.loadBalancers}, route tables ${c.routeTables}`);
  println(output, `  VPN gateways ${c.vpnGateways}, VPN connections ${c.vpnConnections}`);
  println(output, `  storage accounts ${c.storageAccounts} (${gib(s.storageAccountGiB)} used), key vaults ${c.keyVaults}, Kubernetes clusters ${c.kubernetesClusters} (${gib(s.persistentVolumeGiB)} in persistent volumes)`);
  if (c.otherResources > 0) println(output, `  other resources (kept, not modelled) ${c.otherResources}`);
  println(output, `  capacity: ${gib(s.provisionedGiB)} provisioned, ${gib(s.usedGiB)} used${s.disksWithEstimatedUse > 0 ? ` (${s.disksWithEstimatedUse} disk(s) without usedGiB counted at half their size)` : ""}`);
  println(output, "  per tier:");
  for (const t of s.byTier) println(output, `    ${t.tier.padEnd(12)} ${String(t.virtualMachines).padStart(5)} VMs  ${gib(t.provisionedGiB).padStart(14)} provisioned  ${gib(t.usedGiB).padStart(14)} used`);
  if (s.unprotectedVirtualMachines > 0) println(output, paint(output, "yellow", `    (no tier)    ${String(s.unprotectedVirtualMachines).padStart(5)} VMs`));
}
