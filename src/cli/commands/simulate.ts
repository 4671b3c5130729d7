import type { Command } from "commander";
import { VM_BACKUP_RULES } from "../../azure-backup/vm-model.js";
import { loadTenantFile } from "../../inventory/load.js";
import { AGENT_RULES, MAX_DAYS, simulateTenant, type SimulationResult } from "../../simulate/index.js";
import { ExitCode, UserError } from "../exit-codes.js";
import { formatNumber, paint, printJson, println, type Output } from "../output.js";
import { printFinding } from "./validate.js";

/** Default seed: any fixed number works; 1 keeps examples short. */
const DEFAULT_SEED = 1;
const DEFAULT_DAYS = 30;

function parseWhole(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim())) throw new UserError(`${name} must be a whole number, got "${text}"`, "usage");
  const n = Number(text);
  if (n < min || n > max) throw new UserError(`${name} must be between ${min} and ${max}, got ${n}`, "usage");
  return n;
}

export function registerSimulate(program: Command, output: Output, setExit: (code: number) => void): void {
  program
    .command("simulate")
    .description("simulate Azure VM Backup and the agent-based plan side by side over N days (deterministic for a seed)")
    .argument("<tenant.yaml>", "the tenant inventory file")
    .option("--days <n>", `days to simulate (1 to ${MAX_DAYS})`, String(DEFAULT_DAYS))
    .option("--seed <s>", "seed of the random variation (0 to 4294967295); the same seed gives the same output", String(DEFAULT_SEED))
    .option("--offline-seed", "assume the first full copy of each VM reaches the target by disk before day 1")
    .option("--json", "print the whole result as JSON")
    .action(async (file: string, options: { days: string; seed: string; json?: boolean; offlineSeed?: boolean }) => {
      const days = parseWhole("--days", options.days, 1, MAX_DAYS);
      const seed = parseWhole("--seed", options.seed, 0, 0xffffffff);
      const result = await loadTenantFile(file);
      for (const f of result.findings) if (f.severity === "error" || !options.json) printFinding(output, f);
      if (!result.ok) {
        setExit(ExitCode.invalidInput);
        return;
      }
      const sim = simulateTenant(result.tenant, { days, seed, offlineSeed: options.offlineSeed ?? false });
      if (options.json) printJson(output, { tenant: result.tenant.tenant.name, offlineSeed: options.offlineSeed ?? false, ...sim });
      else printSimulation(output, result.tenant.tenant.name, sim);
      setExit(ExitCode.ok);
    });
}

const hours = (h: number | null): string => (h === null ? "-" : h.toFixed(1));
const countText = (c: Record<string, number>): string => String(Object.values(c).reduce((s, v) => s + v, 0));

function table(output: Output, header: string[], rows: string[][], rightAligned: ReadonlySet<number>): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  println(output, `  ${paint(output, "dim", line(header))}`);
  for (const r of rows) println(output, `  ${line(r)}`);
}

const ruleSummary = (id: string): string => {
  const vm = Object.values(VM_BACKUP_RULES).find((r) => r.id === id);
  if (vm) return `${vm.summary} [${vm.source}]`;
  if (id === AGENT_RULES.previousJobRunning.id) return `${AGENT_RULES.previousJobRunning.summary} [assumption]`;
  return id;
};

export function printSimulation(output: Output, tenant: string, sim: SimulationResult): void {
  println(output, paint(output, "bold", `Simulation of ${tenant} over ${sim.days} days (seed ${sim.seed})`));
  println(output, "  RPO = data at risk just before each new restorable point (worst / typical = median), hours; first = hours until the first restorable point");
  println(output);
  println(output, paint(output, "bold", "Azure VM Backup, as if the VMs ran in public Azure"));
  const a = sim.azure;
  table(
    output,
    ["VM", "policy", "jobs", "points", "vault", "failed", "transfer skipped", "RPO worst", "typical", "vault RPO worst", "first"],
    [
      ...a.vms.map((v) => [
        v.name,
        `${v.policy === "enhanced-hourly" ? "enhanced" : v.policy === "standard-weekly" ? "weekly" : "standard"} ${v.intervalHours}h`,
        String(v.jobs),
        String(v.recoveryPoints),
        String(v.vaultPoints),
        countText(v.failed),
        countText(v.transferSkipped),
        hours(v.worstHours),
        hours(v.typicalHours),
        hours(v.vault.worstHours),
        hours(v.firstRestorableHours),
      ]),
      ["total", "", String(a.totals.jobs), String(a.totals.recoveryPoints), String(a.totals.vaultPoints), countText(a.totals.failed), countText(a.totals.skipped), hours(a.totals.worstRpoHours), hours(a.totals.typicalRpoHours), hours(a.totals.worstVaultRpoHours), hours(a.totals.firstRestorableHoursWorst)],
    ],
    new Set([2, 3, 4, 5, 6, 7, 8, 9, 10]),
  );
  printRules(output, { ...a.totals.failed, ...a.totals.skipped });
  println(output);
  const g = sim.agent;
  if (!g) return;
  println(output, paint(output, "bold", "Agent-based plan on the stack (shared WAN link and backup-server streams)"));
  table(
    output,
    ["job", "method", "jobs", "points", "skipped", "unfinished", "sent GiB", "RPO worst", "typical", "first"],
    [
      ...g.vms.map((v) => [v.name, v.method, String(v.jobs), String(v.recoveryPoints), countText(v.skipped), String(v.unfinished), v.sentGiB.toFixed(1), hours(v.worstHours), hours(v.typicalHours), hours(v.firstRestorableHours)]),
      ["total", "", String(g.totals.jobs), String(g.totals.recoveryPoints), countText(g.totals.skipped), String(g.vms.reduce((s, v) => s + v.unfinished, 0)), g.totals.sentGiB.toFixed(1), hours(g.totals.worstRpoHours), hours(g.totals.typicalRpoHours), hours(g.totals.firstRestorableHoursWorst)],
    ],
    new Set([2, 3, 4, 5, 6, 7, 8, 9]),
  );
  println(output, `  WAN link busy ${formatNumber(g.totals.linkBusyPercent, 1)} % of the time`);
  printRules(output, g.totals.skipped);
  const without = g.totals.vmsWithoutPoint + a.totals.vmsWithoutPoint;
  if (without > 0) println(output, paint(output, "yellow", `  ${without} job(s) created no restorable point in ${sim.days} days`));
}

function printRules(output: Output, counts: Record<string, number>): void {
  const entries = Object.entries(counts).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  if (entries.length === 0) return;
  println(output, "  by rule:");
  for (const [id, n] of entries) println(output, `    ${id} × ${n}: ${ruleSummary(id)}`);
}
