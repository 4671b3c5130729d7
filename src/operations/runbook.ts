/**
 * The ordered runbook: day 0 (target, servers, agents, registration, passphrase escrow, network rules), day 1
 * (seeding, online or offline as the plan recommends), day 2 (schedules, restore tests, monitoring), each step
 * with the generated file it uses and how to verify it; and the DR runbook's rebuild of the backup
 * infrastructure at the DR site.
 */
import type { BackupPlan } from "../backup/types.js";
import type { Tenant } from "../inventory/schema.js";
import { t } from "../base/text.js";
import { DOCS } from "./sources.js";
import type { DeployFile, Product, RunbookStep } from "./types.js";
import type { ServerPlacement } from "./servers.js";
import { ESCROW_REGISTER, READY_CHECK } from "./escrow.js";
import { REGISTER_MARS } from "./register.js";
import { STAMP_STORAGE_TEMPLATE, TARGET_CHECKLIST, VAULT_TEMPLATE } from "./target.js";

/** The plan folder's network rules template, relative to deploy/ (src/report/render.ts writes it and the target checklist). */
export const NETWORK_RULES_FROM_DEPLOY = "../network/backup-rules.arm.json";

export function runbook(
  tenant: Tenant,
  backup: BackupPlan,
  files: readonly DeployFile[],
  servers: readonly ServerPlacement[],
  products: readonly Product[],
): RunbookStep[] {
  const steps: RunbookStep[] = [];
  const has = (path: string) => files.some((f) => f.path === path);
  const step = (day: 0 | 1 | 2, id: string, title: RunbookStep["title"], file: string, verify: RunbookStep["verify"], source: string, blocksReady = false) =>
    steps.push({ id, day, title, file, verify, source, blocksReady });
  const target = tenant.protection.target;
  if (has(VAULT_TEMPLATE)) step(0, "target", t("ops.step.vault", { name: target.name }), VAULT_TEMPLATE, t("ops.verify.vault"), DOCS.vaultArm);
  if (has(STAMP_STORAGE_TEMPLATE))
    step(0, "target", t("ops.step.stampStorage", { name: target.name }), STAMP_STORAGE_TEMPLATE, t("ops.verify.stampStorage"), DOCS.ashStorage);
  step(
    0,
    "target-checklist",
    t("ops.step.targetChecklist"),
    TARGET_CHECKLIST,
    t("ops.verify.targetChecklist"),
    target.kind === "s3-compatible" ? DOCS.s3ObjectLock : DOCS.vaultSecurity,
  );
  for (const s of servers) {
    step(0, `server-${s.name}`, t("ops.step.server", { name: s.name, size: s.vmSize, disks: s.dataDisks }), s.file, t("ops.verify.server"), DOCS.ashVmTemplate);
  }
  if (backup.networkRules.length > 0) step(0, "network", t("ops.step.network"), NETWORK_RULES_FROM_DEPLOY, t("ops.verify.network"), DOCS.mabsInstall);
  for (const s of servers.filter((x) => x.product === "mabs")) {
    step(0, `install-${s.name}`, t("ops.step.installMabs", { name: s.name }), s.file, t("ops.verify.installMabs"), DOCS.mabsInstall);
  }
  for (const s of servers.filter((x) => x.product === "veeam")) {
    step(0, `install-${s.name}`, t("ops.step.installVeeam", { name: s.name }), s.file, t("ops.verify.installVeeam"), DOCS.veeamSystemRequirements);
  }
  // The passphrase is chosen and escrowed before anything asks for it; registration then types it at the prompt.
  if (has(ESCROW_REGISTER)) {
    for (const p of products) step(0, `escrow-${p}`, t(`ops.step.escrow.${p}`), ESCROW_REGISTER, t("ops.verify.escrow"), escrowSource(p), true);
  }
  for (const f of files.filter((x) => x.path.startsWith("register/"))) {
    const mars = f.path === REGISTER_MARS;
    step(
      0,
      `register-${f.path}`,
      t(mars ? "ops.step.registerMars" : "ops.step.registerMabs", { file: f.path }),
      f.path,
      t("ops.verify.register"),
      mars ? DOCS.marsPowerShell : DOCS.dpmPowerShell,
    );
  }
  // The Veeam job table (CSV) is the record to review; the script next to it is what is applied.
  const protection = files.filter((f) => f.path.startsWith("protection/") && f.kind !== "csv");
  const offline = backup.transfer.offlineSeedingRecommended;
  for (const f of protection) {
    step(
      1,
      `protect-${f.path}`,
      t(offline ? "ops.step.protectOffline" : "ops.step.protectOnline", { file: f.path }),
      f.path,
      t("ops.verify.protect"),
      protectionSource(f.path),
    );
  }
  for (const f of files.filter((x) => x.path.startsWith("tests/")))
    step(2, `tests-${f.path}`, t("ops.step.calendar"), f.path, t("ops.verify.calendar"), DOCS.icalendar);
  for (const f of files.filter((x) => x.path.startsWith("monitoring/")))
    step(2, `monitor-${f.path}`, t("ops.step.monitor"), f.path, t("ops.verify.monitor"), monitorSource(f.path));
  // Last: "ready" needs a restore with each escrowed copy, so it closes day 2.
  if (has(READY_CHECK)) step(2, "ready", t("ops.step.ready"), READY_CHECK, t("ops.verify.ready"), DOCS.vaultSecurity, true);
  return steps;
}

function escrowSource(p: Product): string {
  return { mabs: DOCS.dpmPowerShell, mars: DOCS.marsPowerShell, veeam: DOCS.veeamEncryption, velero: DOCS.veleroRepository }[p];
}

function protectionSource(path: string): string {
  if (path.includes("/mabs-")) return DOCS.dpmPowerShell;
  if (path.includes("/mars-")) return DOCS.marsPowerShell;
  if (path.includes("/veeam-")) return DOCS.veeamAgentJobCmdlet;
  return DOCS.veleroSchedule;
}

function monitorSource(path: string): string {
  if (path.includes("-mabs")) return DOCS.dpmRecoveryPoint;
  if (path.includes("-mars")) return DOCS.marsCmdlets;
  if (path.includes("-veeam")) return DOCS.veeamPowerShell;
  return DOCS.veleroMonitoring;
}

/** The DR runbook's part: the backup infrastructure rebuilt at the DR site from the same files. */
export function drRebuild(tenant: Tenant, servers: readonly ServerPlacement[], files: readonly DeployFile[]): RunbookStep[] {
  const site = tenant.protection.drSite;
  if (!site || site.kind === "none") return [];
  const steps: RunbookStep[] = [];
  for (const s of servers) {
    steps.push({
      id: `dr-server-${s.name}`,
      day: 0,
      title: t("ops.dr.server", { name: s.name, site: site.name ?? site.kind }),
      file: s.file,
      verify: t("ops.verify.server"),
      source: DOCS.ashDrRebuild,
      blocksReady: false,
    });
  }
  if (files.some((f) => f.path === ESCROW_REGISTER)) {
    steps.push({
      id: "dr-register",
      day: 0,
      title: t("ops.dr.register"),
      file: ESCROW_REGISTER,
      verify: t("ops.verify.escrow"),
      source: DOCS.dpmPowerShell,
      blocksReady: false,
    });
  }
  // Protection as configuration again: the rebuilt servers start empty, the same scripts give them the same groups and jobs.
  for (const f of files.filter((x) => x.path.startsWith("protection/") && x.kind !== "csv")) {
    steps.push({
      id: `dr-${f.path}`,
      day: 1,
      title: t("ops.dr.protect", { file: f.path }),
      file: f.path,
      verify: t("ops.verify.protect"),
      source: protectionSource(f.path),
      blocksReady: false,
    });
  }
  for (const f of files.filter((x) => x.path.startsWith("monitoring/"))) {
    steps.push({
      id: `dr-${f.path}`,
      day: 2,
      title: t("ops.dr.monitor"),
      file: f.path,
      verify: t("ops.verify.monitor"),
      source: monitorSource(f.path),
      blocksReady: false,
    });
  }
  return steps;
}
