/**
 * The collector folder for one tenant: the two scripts as shipped (read at the edge and passed in) and an
 * INSTALL.md naming which VM runs which script. Pure and deterministic: VMs in inventory order.
 */
import type { Tenant } from "../inventory/schema.js";

export interface CollectorScripts {
  powershell: string;
  posix: string;
}

export function collectorFiles(tenant: Tenant, scripts: CollectorScripts): Map<string, string> {
  const rows: string[] = [];
  for (const sub of tenant.subscriptions) {
    for (const rg of sub.resourceGroups) {
      for (const vm of rg.virtualMachines) {
        const script = vm.osType === "windows" ? "collect-churn.ps1" : "collect-churn.sh";
        const disks = vm.disks.map((d) => (d.role === "os" ? "os" : `LUN ${d.lun ?? "?"}`)).join(", ");
        rows.push(`| ${mdCell(rg.name)} | ${mdCell(vm.name)} | \`${script}\` | ${disks} |`);
      }
    }
  }
  const install = [
    `# Churn collectors for ${mdCell(tenant.tenant.name)}`,
    "",
    "Each VM samples its disks' written bytes once a minute and keeps hourly totals in a CSV (format `azs-churn-1`,",
    "docs/churn.md). Collect for at least 7 days, ideally 31 and across the month's busiest week, then copy the CSV files",
    "out and run `azs-backup-planner import-churn <folder> --into tenant.yaml`.",
    "",
    "| Resource group | VM | Script | Disks |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "## Windows (PowerShell 5.1, as Administrator)",
    "",
    "```powershell",
    ".\\collect-churn.ps1 -Action Install     # scheduled task as SYSTEM, once a minute",
    ".\\collect-churn.ps1 -Action Uninstall   # removes the task; the CSV stays in %ProgramData%\\azs-churn",
    "```",
    "",
    "## Linux (as root)",
    "",
    "```sh",
    "sh collect-churn.sh install     # systemd timer, else /etc/cron.d, once a minute",
    "sh collect-churn.sh uninstall   # removes the timer; the CSV stays in /var/lib/azs-churn",
    "```",
    "",
    "Overhead: one short process a minute; one row of about 80 bytes per disk per hour; the CSV stops growing at 32 MiB.",
    "The CSV holds host and device names, LUNs, hours and byte counts: no file names, no file content, no secrets.",
    "",
  ].join("\n");
  return new Map([
    ["INSTALL.md", install],
    ["collect-churn.ps1", scripts.powershell],
    ["collect-churn.sh", scripts.posix],
  ]);
}

/** A name in a Markdown table cell: a pipe would end the cell, a backslash escape it. */
const mdCell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");
