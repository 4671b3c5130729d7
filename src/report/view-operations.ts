/**
 * The view of deploy/operations.md: the runbook's steps by day with owner, checkbox, file and check, the
 * passphrase escrow, the backup servers, the alerts to switch on, the monthly cost, and the DR rebuild. Text is
 * resolved here for one language; the template only lays it out (templates/report/operations.md.hbs).
 */
import type { OperationsPlan } from "../operations/index.js";
import type { RunbookStep } from "../operations/types.js";
import { renderText, type LocalText, type TextParam } from "../base/text.js";
import { interpolate, template } from "../base/messages/index.js";
import { escapeMarkdown, markdownCode } from "./escape.js";
import type { Formatter } from "./format.js";

export interface OperationsStepView {
  n: number;
  title: string;
  owner: string;
  /** Path relative to deploy/ (where operations.md is written). */
  file: string;
  verify: string;
  source: string;
  blocksReady: boolean;
}

export interface OperationsView {
  tenant: string;
  generatedBy: string;
  days: Array<{ heading: string; steps: OperationsStepView[] }>;
  dr: OperationsStepView[];
  escrow: Array<{ product: string; secret: string; usedFor: string; source: string }>;
  servers: Array<{ name: string; product: string; size: string; disks: string; subnet: string; sources: number; file: string }>;
  alerts: Array<{ product: string; text: string }>;
  cost: {
    currency: string;
    perTier: Array<{ tier: string; monthly: string }>;
    shared: string;
    total: string;
    lines: Array<{ item: string; tier: string; quantity: string; unit: string; unitPrice: string; monthly: string }>;
    prices: Array<{ id: string; price: string; unit: string; source: string; date: string }>;
    from: string;
  };
}

const OWNER: Record<string, string> = {
  target: "<cloud architect>",
  server: "<stack operator>",
  network: "<network owner>",
  install: "<backup administrator>",
  register: "<backup administrator>",
  escrow: "<security officer>",
  ready: "<security officer>",
  protect: "<backup administrator>",
  tests: "<application owner>",
  monitor: "<operations on call>",
  dr: "<DR coordinator>",
};

function ownerOf(step: RunbookStep): string {
  const prefix = step.id.split("-")[0] ?? "";
  return OWNER[prefix] ?? "<owner>";
}

/**
 * deploy/target/checklist.md, in English (the runbook in both languages links it): names, endpoints and paths
 * as code spans, so a URL is never a bare link and a name is never read as Markdown.
 */
export function targetChecklistMarkdown(target: string, items: readonly LocalText[]): string {
  const code = (params: Record<string, TextParam>) =>
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === "object" ? renderText(v, "en") : markdownCode(String(v))]));
  const lines = items.map((i) => `- [ ] ${interpolate(template("en", i.key), code(i.params), i.key)}`);
  return `# Off-stack target: ${escapeMarkdown(target)}\n\n${lines.join("\n")}\n`;
}

/** The cost summary README.md and report.html show: per tier, shared, total, and where the prices came from. */
export interface CostSummaryView {
  perTier: Array<{ tier: string; monthly: string }>;
  shared: string;
  total: string;
  from: string;
}

export function costSummaryView(plan: OperationsPlan, fmt: Formatter): CostSummaryView {
  const money = (v: number) => `${fmt.number(v, 2)} ${plan.cost.currency}`;
  return {
    perTier: plan.cost.perTier.map((t) => ({ tier: t.tier, monthly: money(t.monthly) })),
    shared: money(plan.cost.sharedMonthly),
    total: money(plan.cost.totalMonthly),
    from: fmt.t(plan.cost.pricesFrom === "file" ? "ops.doc.cost.fromFile" : "ops.doc.cost.fromDefault"),
  };
}

export function operationsView(plan: OperationsPlan, tenant: string, generatedBy: string, fmt: Formatter): OperationsView {
  let n = 0;
  const step = (s: RunbookStep): OperationsStepView => ({
    n: ++n,
    title: renderText(s.title, fmt.lang),
    owner: s.id.startsWith("dr-") ? OWNER.dr! : ownerOf(s),
    file: s.file,
    verify: renderText(s.verify, fmt.lang),
    source: s.source,
    blocksReady: s.blocksReady,
  });
  const money = (v: number) => `${fmt.number(v, 2)} ${plan.cost.currency}`;
  return {
    tenant,
    generatedBy,
    days: ([0, 1, 2] as const).map((day) => ({ heading: fmt.t(`ops.doc.day${day}`), steps: plan.steps.filter((s) => s.day === day).map(step) })),
    dr: plan.drRebuild.map(step),
    escrow: plan.escrow.map((e) => ({
      product: e.product,
      secret: renderText(e.secret, fmt.lang),
      usedFor: renderText(e.usedFor, fmt.lang),
      source: e.source,
    })),
    servers: plan.servers.map((s) => ({
      name: s.name,
      product: s.product,
      size: `${s.vmSize} (${s.vCpus} vCPU, ${fmt.number(s.memoryGiB, 1)} GiB)`,
      disks: `${s.dataDisks} × ${fmt.gib(s.dataDiskGiB)}`,
      subnet: s.subnet,
      sources: s.sources.length,
      file: s.file,
    })),
    alerts: plan.products.map((p) => ({ product: p, text: fmt.t(`ops.doc.alert.${p}`) })),
    cost: {
      currency: plan.cost.currency,
      perTier: plan.cost.perTier.map((t) => ({ tier: t.tier, monthly: money(t.monthly) })),
      shared: money(plan.cost.sharedMonthly),
      total: money(plan.cost.totalMonthly),
      lines: plan.cost.lines.map((l) => ({
        item: fmt.t(`ops.doc.cost.${l.item}`),
        tier: l.tier ?? fmt.t("ops.doc.cost.shared"),
        quantity: fmt.number(l.quantity, 2),
        unit: l.unit,
        unitPrice: fmt.number(l.unitPrice, 4),
        monthly: money(l.monthly),
      })),
      prices: plan.cost.prices.map((p) => ({ id: p.id, price: fmt.number(p.price, 4), unit: p.unit, source: p.source, date: p.date })),
      from: fmt.t(plan.cost.pricesFrom === "file" ? "ops.doc.cost.fromFile" : "ops.doc.cost.fromDefault"),
    },
  };
}
