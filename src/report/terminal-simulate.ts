/**
 * The terminal text of `simulate`: both simulated flows side by side, in the language asked for. It only
 * reads the simulation result; the rule texts come from the catalogue where it words them, else from the
 * model that cites them (src/azure-backup/vm-model.ts, src/simulate/engine.ts).
 */
import { VM_BACKUP_RULES } from "../azure-backup/vm-model.js";
import type { Lang } from "../base/messages/index.js";
import type { SimulationResult } from "../simulate/index.js";
import { Formatter } from "./format.js";
import { labels } from "./terminal-cells.js";
import { noPaint, TextDocument, type Paint } from "./text-layout.js";

/** Hours with one decimal, as a plain figure under an "h" column heading. */
const hours = (fmt: Formatter, h: number | null): string => (h === null ? fmt.t("common.none") : fmt.number(h, 1));
const total = (counts: Record<string, number>): number => Object.values(counts).reduce((s, v) => s + v, 0);

function ruleText(fmt: Formatter, id: string): string {
  for (const key of [`sim.rule.${id}`, `flow.azure.rule.${id}`]) if (fmt.has(key)) return fmt.message(key);
  const vm = Object.values(VM_BACKUP_RULES).find((r) => r.id === id);
  if (vm) return `${vm.summary} [${vm.source}]`;
  return id;
}

function rulesText(doc: TextDocument, fmt: Formatter, counts: Record<string, number>): void {
  const entries = Object.entries(counts).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  if (entries.length === 0) return;
  doc.line(`  ${fmt.t("sim.byRule")}`);
  for (const [id, n] of entries) doc.line(`    ${id} × ${fmt.count(n)}: ${ruleText(fmt, id)}`);
}

function azureText(doc: TextDocument, fmt: Formatter, sim: SimulationResult): void {
  const a = sim.azure;
  doc.heading(fmt.t("sim.azure"));
  const policy = (p: string, interval: number) => fmt.t("sim.policy", { kind: fmt.message(`sim.policy.${p}`), hours: fmt.count(interval) });
  doc.table(
    {
      header: labels(fmt, [
        "bcdr.col.vm",
        "sim.col.policy",
        "sim.col.jobs",
        "sim.col.points",
        "sim.col.vault",
        "sim.col.failed",
        "sim.col.transferSkipped",
        "sim.col.rpoWorst",
        "sim.col.typical",
        "sim.col.vaultRpoWorst",
        "sim.col.first",
      ]),
      rows: [
        ...a.vms.map((v) => [
          v.name,
          policy(v.policy, v.intervalHours),
          fmt.count(v.jobs),
          fmt.count(v.recoveryPoints),
          fmt.count(v.vaultPoints),
          fmt.count(total(v.failed)),
          fmt.count(total(v.transferSkipped)),
          hours(fmt, v.worstHours),
          hours(fmt, v.typicalHours),
          hours(fmt, v.vault.worstHours),
          hours(fmt, v.firstRestorableHours),
        ]),
        [
          fmt.t("sim.total"),
          "",
          fmt.count(a.totals.jobs),
          fmt.count(a.totals.recoveryPoints),
          fmt.count(a.totals.vaultPoints),
          fmt.count(total(a.totals.failed)),
          fmt.count(total(a.totals.skipped)),
          hours(fmt, a.totals.worstRpoHours),
          hours(fmt, a.totals.typicalRpoHours),
          hours(fmt, a.totals.worstVaultRpoHours),
          hours(fmt, a.totals.firstRestorableHoursWorst),
        ],
      ],
      right: [2, 3, 4, 5, 6, 7, 8, 9, 10],
    },
    2,
  );
  rulesText(doc, fmt, { ...a.totals.failed, ...a.totals.skipped });
}

function agentText(doc: TextDocument, fmt: Formatter, sim: SimulationResult): void {
  const g = sim.agent;
  if (!g) return;
  doc.heading(fmt.t("sim.agent"));
  doc.table(
    {
      header: labels(fmt, [
        "sim.col.job",
        "backup.col.method",
        "sim.col.jobs",
        "sim.col.points",
        "sim.col.skipped",
        "sim.col.unfinished",
        "sim.col.sent",
        "sim.col.rpoWorst",
        "sim.col.typical",
        "sim.col.first",
      ]),
      rows: [
        ...g.vms.map((v) => [
          v.name,
          v.method,
          fmt.count(v.jobs),
          fmt.count(v.recoveryPoints),
          fmt.count(total(v.skipped)),
          fmt.count(v.unfinished),
          fmt.number(v.sentGiB, 1),
          hours(fmt, v.worstHours),
          hours(fmt, v.typicalHours),
          hours(fmt, v.firstRestorableHours),
        ]),
        [
          fmt.t("sim.total"),
          "",
          fmt.count(g.totals.jobs),
          fmt.count(g.totals.recoveryPoints),
          fmt.count(total(g.totals.skipped)),
          fmt.count(g.vms.reduce((s, v) => s + v.unfinished, 0)),
          fmt.number(g.totals.sentGiB, 1),
          hours(fmt, g.totals.worstRpoHours),
          hours(fmt, g.totals.typicalRpoHours),
          hours(fmt, g.totals.firstRestorableHoursWorst),
        ],
      ],
      right: [2, 3, 4, 5, 6, 7, 8, 9],
    },
    2,
  );
  doc.line(`  ${fmt.t("sim.linkBusy", { share: fmt.percent(g.totals.linkBusyPercent) })}`);
  rulesText(doc, fmt, g.totals.skipped);
  const without = g.totals.vmsWithoutPoint + sim.azure.totals.vmsWithoutPoint;
  if (without > 0) doc.line(`  ${fmt.t("sim.withoutPoint", { jobs: fmt.count(without), days: fmt.count(sim.days) })}`, "yellow");
}

/** The text `simulate` prints for a tenant's simulation. */
export function simulationText(tenant: string, sim: SimulationResult, options: { lang: Lang; paint?: Paint }): string {
  const fmt = new Formatter(options.lang);
  const doc = new TextDocument(options.paint ?? noPaint);
  doc.heading(fmt.t("sim.title", { tenant, days: fmt.count(sim.days), seed: String(sim.seed) }));
  doc.line(`  ${fmt.t("sim.legend")}`);
  azureText(doc, fmt, sim);
  agentText(doc, fmt, sim);
  return doc.toString();
}
