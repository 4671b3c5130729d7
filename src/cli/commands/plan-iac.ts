/** Text printer of the plan's configuration-as-code section. It only reads the model (src/iac/index.ts). */
import type { Plan } from "../../plan/build.js";
import { paint, println, type Output } from "../output.js";

export function printIacSection(output: Output, plan: Plan): void {
  const iac = plan.iac;
  println(output);
  println(output, paint(output, "bold", `Configuration as code (API profile ${iac.apiProfile})`));
  println(output, `  ARM templates: ${iac.armTemplates} (one per resource group), ${iac.armResources} resources`);
  const types = Object.entries(iac.resourcesByType).map(([type, n]) => `${type.split("/").slice(1).join("/")} ${n}`);
  if (types.length > 0) println(output, paint(output, "dim", `    ${types.join(", ")}`));
  println(output, `  parameters: ${iac.parameters.total}, of which ${iac.parameters.secure} secure (no value in any file) and ${iac.parameters.placeholders} placeholders to fill in`);
  println(output, `  Terraform (${iac.terraformProvider.source} ${iac.terraformProvider.version}): ${iac.terraformResources} resources`);
  println(output, `  export scripts: ${iac.files.filter((f) => f.path.startsWith("scripts/")).map((f) => f.path).join(", ")}`);
  for (const order of iac.deploymentOrder) {
    if (order.resourceGroups.length > 1) println(output, `  deploy order in ${order.subscription}: ${order.resourceGroups.join(" → ")}`);
  }
  const warnings = iac.gaps.filter((g) => g.severity !== "info");
  const infos = iac.gaps.length - warnings.length;
  println(output, `  gaps: ${warnings.length} to act on, ${infos} notes`);
  for (const gap of warnings) println(output, paint(output, "yellow", `    ${gap.code}: ${gap.message}`));
}
