import type { Command } from "commander";
import { loadTenantFile } from "../../inventory/load.js";
import { buildPlan, type Plan } from "../../plan/build.js";
import { ExitCode } from "../exit-codes.js";
import { paint, printJson, println, type Output } from "../output.js";
import { printFinding } from "./validate.js";

/** Text printers, one per plan section, in the order a reader wants them. */
const sectionPrinters: Array<(output: Output, plan: Plan) => void> = [printInventorySection];

export function registerPlan(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("plan")
    .description("build the protection plan for a tenant.yaml and print it")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--json", "print the whole plan model as JSON")
    .action(async (file: string, options: { json?: boolean }) => {
      const result = await loadTenantFile(file);
      for (const f of result.findings) printFinding(output, f);
      if (!result.ok) {
        setExit(ExitCode.invalidInput);
        return;
      }
      const plan = buildPlan(result.tenant, result.findings);
      if (options.json) printJson(output, plan);
      else for (const print of sectionPrinters) print(output, plan);
      setExit(ExitCode.ok);
    });
}

function printInventorySection(output: Output, plan: Plan): void {
  const s = plan.inventory;
  println(output, paint(output, "bold", `Protection plan for ${plan.tenant.name} on stamp ${plan.tenant.stamp}`));
  println(output, `  ${s.counts.virtualMachines} VMs, ${s.disks} disks, ${s.usedGiB} GiB used of ${s.provisionedGiB} GiB provisioned`);
}
