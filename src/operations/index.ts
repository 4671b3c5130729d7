/**
 * The operational layer: from the plan to running protection. A pure function of the tenant, the backup plan
 * and the Velero plan (and the prices and start date the caller read at the edge) that returns every file of
 * the plan folder's deploy/ part, the runbook steps that use them, and the monthly cost.
 */
import type { BackupPlan } from "../backup/types.js";
import type { Tenant } from "../inventory/schema.js";
import type { VeleroPlan } from "../azure-backup/velero.js";
import { renderText } from "../base/text.js";
import { calendarFiles, DEFAULT_START_DATE, restoreTests } from "./calendar.js";
import { estimateCost, DEFAULT_PRICES, type PriceBook } from "./cost.js";
import { escrowFiles, escrowItems } from "./escrow.js";
import { monitoringFiles, thresholds } from "./monitoring.js";
import { protectionFiles, protectionGroups } from "./protection.js";
import { drRebuild, runbook } from "./runbook.js";
import { mabsPlacement, serverFiles, veeamPlacement, type ServerPlacement } from "./servers.js";
import { targetChecklist, targetFiles } from "./target.js";
import { registerFiles } from "./register.js";
import type { OperationsPlan, Product } from "./types.js";

export type { OperationsPlan } from "./types.js";

const vmNameOf = (v: BackupPlan["vms"][number]): string => v.qualifiedName.split("/").pop() ?? v.qualifiedName;
export { DEFAULT_PRICES, PRICE_IDS, type PriceBook, type PriceId } from "./cost.js";
export { DEFAULT_START_DATE } from "./calendar.js";

export interface OperationsOptions {
  /** Prices read from `plan --prices FILE`; the bundled dated list prices otherwise. */
  prices?: PriceBook;
  /** First day of the restore-test calendar, YYYY-MM-DD (`plan --start-date`). */
  startDate?: string;
}

export function planOperations(tenant: Tenant, backup: BackupPlan, velero: VeleroPlan, options: OperationsOptions = {}): OperationsPlan {
  const startDate = options.startDate ?? DEFAULT_START_DATE;
  const groups = protectionGroups(tenant, backup);
  const clusters = velero.clusters;
  const servers: ServerPlacement[] = backup.backupServers.map((s) => mabsPlacement(tenant, s));
  const veeam = veeamPlacement(tenant, backup);
  if (veeam) servers.push(veeam);
  const products: Product[] = (["mabs", "mars", "veeam"] as const).filter((p) => groups.some((g) => g.product === p));
  if (clusters.length > 0) products.push("velero");
  const tests = restoreTests(tenant, backup, startDate);
  const monitoring = thresholds(tenant, backup, groups, clusters);
  const escrow = escrowItems(products);
  // One set, not a scan of every VM per job member: the lookup runs once per protected VM.
  const linuxAgents = new Set(backup.vms.filter((v) => v.method === "veeam-agent-linux").map(vmNameOf));
  const files = [
    ...targetFiles(tenant.protection.target),
    ...serverFiles(servers, backup.networkRules),
    ...(tenant.protection.target.kind === "azure-recovery-services-vault"
      ? registerFiles(
          backup.backupServers
            .filter((s) => groups.some((g) => g.product === "mabs" && g.server === s.name))
            .map((s) => ({ name: s.name, scratchGiB: s.scratchGiB.value })),
          groups.some((g) => g.product === "mars"),
        )
      : []),
    ...protectionFiles(groups, clusters, tenant.protection.target.name, (member) => (linuxAgents.has(member) ? "Linux" : "Windows")),
    ...escrowFiles(escrow),
    ...calendarFiles(tests, startDate, (test) => ({
      summary: `${test.kind} restore test, tier ${test.tier}`,
      description: `${renderText(test.procedure, "en")}. Every ${test.intervalMonths} month(s).`,
    })),
    ...monitoringFiles(monitoring),
  ];
  return {
    products,
    files,
    protectionGroups: groups,
    restoreTests: tests,
    monitoring,
    escrow,
    targetChecklist: targetChecklist(tenant.protection.target),
    steps: runbook(tenant, backup, files, servers, products),
    drRebuild: drRebuild(tenant, servers, files),
    cost: estimateCost(tenant, backup, servers, options.prices ?? DEFAULT_PRICES, options.prices ? "file" : "default"),
    servers,
  };
}
