/**
 * What the plan needs from the stamp, gathered for `plan --capabilities` (src/stamp/capabilities.ts checks it):
 * the ARM files the plan folder will hold, and the VM extensions the plan itself relies on. The composition root
 * gathers them because they span iac (templates), backup (agent installation) and the inventory.
 */
import { method } from "../backup/catalogue.js";
import type { BackupPlan } from "../backup/types.js";
import { t } from "../base/text.js";
import type { IacPlan } from "../iac/index.js";
import type { Tenant } from "../inventory/schema.js";
import { virtualMachines } from "../inventory/walk.js";
import { apiVersionFor } from "../stamp/api-profile.js";
import type { ArmFile, ExtensionNeed } from "../stamp/capabilities.js";

/**
 * The Custom Script Extension by OS: Microsoft.Compute/CustomScriptExtension on Windows (Microsoft Learn,
 * virtual-machines/extensions/custom-script-windows); on Linux Microsoft.Azure.Extensions/CustomScript (v2,
 * custom-script-linux) or the older Microsoft.OSTCExtensions/CustomScriptForLinux (v1) that stamps still list.
 */
const CUSTOM_SCRIPT: Record<"windows" | "linux", ExtensionNeed["choices"]> = {
  windows: [{ publisher: "Microsoft.Compute", type: "CustomScriptExtension" }],
  linux: [
    { publisher: "Microsoft.Azure.Extensions", type: "CustomScript" },
    { publisher: "Microsoft.OSTCExtensions", type: "CustomScriptForLinux" },
  ],
};

/** The folder path of network/backup-rules.arm.json (src/report/render.ts writes it there). */
export const NETWORK_RULES_TEMPLATE = "network/backup-rules.arm.json";

/**
 * The ARM files of the plan folder: iac/arm/ from the IaC plan as written, and the network rules template,
 * whose only resource type is the NSG rule at the profile's Microsoft.Network version (src/report/network.ts;
 * a test compares this with the rendered file).
 */
export function armFilesOfPlan(iac: IacPlan, backup: BackupPlan): ArmFile[] {
  const contents = new Map(iac.files.map((f) => [f.path, f.content]));
  const files: ArmFile[] = iac.files
    .filter((f) => f.path.startsWith("arm/") && !f.path.endsWith(".parameters.json"))
    .map((f) => {
      const parameters = contents.get(f.path.replace(/\.json$/, ".parameters.json"));
      const values = parameters
        ? Object.fromEntries(
            Object.entries((JSON.parse(parameters) as { parameters: Record<string, { value?: unknown }> }).parameters).map(([k, v]) => [k, v.value]),
          )
        : {};
      return { path: `iac/${f.path}`, json: JSON.parse(f.content) as unknown, parameterValues: values };
    });
  if (backup.networkRules.length > 0) {
    const apiVersion = apiVersionFor("Microsoft.Network/networkSecurityGroups");
    files.push({
      path: NETWORK_RULES_TEMPLATE,
      json: { resources: [{ type: "Microsoft.Network/networkSecurityGroups/securityRules", apiVersion }] },
    });
  }
  return files;
}

/** Extensions the plan relies on outside the templates: the agent installer, and those recorded on each VM. */
export function extensionNeedsOfPlan(tenant: Tenant, backup: BackupPlan): ExtensionNeed[] {
  const needs: ExtensionNeed[] = [];
  for (const vm of backup.vms) {
    const m = method(vm.method);
    if (!vm.protected || !m.needsVmAgent) continue;
    needs.push({
      vm: vm.qualifiedName,
      path: vm.path,
      choices: CUSTOM_SCRIPT[vm.osType],
      reason: t("stamp.reason.agent", { method: vm.methodNameLocal ?? m.name }),
    });
  }
  for (const ref of virtualMachines(tenant)) {
    for (const [i, name] of (ref.vm.extensions ?? []).entries()) {
      needs.push({
        vm: ref.qualifiedName,
        path: [...ref.path, "extensions", i],
        choices: [],
        typeOnly: name,
        reason: t("stamp.reason.recorded"),
      });
    }
  }
  return needs;
}
