/**
 * The monthly cost estimate: target storage at the end of the growth curve, protected instances, backup-server
 * VMs and their disks on the stack, and WAN egress where the target charges for it. Prices come from a file
 * the user supplies (`plan --prices FILE`) or from the bundled dated list prices below; each has its source.
 */
import type { BackupPlan } from "../backup/types.js";
import type { Tenant } from "../inventory/schema.js";
import type { ServerPlacement } from "./servers.js";
import type { CostLine, CostPlan } from "./types.js";

export interface Price {
  price: number;
  unit: string;
  source: string;
  date: string;
}

export interface PriceBook {
  currency: string;
  prices: Record<PriceId, Price>;
}

export const PRICE_IDS = [
  "vault-storage-gib-month",
  "protected-instance-small",
  "protected-instance-medium",
  "protected-instance-per-500gb",
  "stack-blob-gib-month",
  "stack-vm-windows-vcpu-hour",
  "other-target-gib-month",
  "wan-egress-gib",
] as const;
export type PriceId = (typeof PRICE_IDS)[number];

const AZURE_BACKUP_2016 =
  "Azure Backup pricing change as reported by eWeek, 'Microsoft Introduces Cost-Cutting Azure Backup Billing' (GRS storage, instance tiers)";
const ASH_2017 = "Azure Stack Hub pay-as-you-use meters at release, Directions on Microsoft 'Azure Stack Meters at Release' (updated 2020-07-16)";

/** Dated list prices in USD; replace them with your agreement's prices through `plan --prices`. */
export const DEFAULT_PRICES: PriceBook = {
  currency: "USD",
  prices: {
    "vault-storage-gib-month": { price: 0.048, unit: "GB-month (GRS)", source: AZURE_BACKUP_2016, date: "2016-03" },
    "protected-instance-small": { price: 5, unit: "instance-month (≤ 50 GB)", source: AZURE_BACKUP_2016, date: "2016-03" },
    "protected-instance-medium": { price: 10, unit: "instance-month (50–500 GB)", source: AZURE_BACKUP_2016, date: "2016-03" },
    "protected-instance-per-500gb": { price: 10, unit: "instance-month per started 500 GB (> 500 GB)", source: AZURE_BACKUP_2016, date: "2016-03" },
    "stack-blob-gib-month": { price: 0.006, unit: "GB-month", source: ASH_2017, date: "2017-07" },
    "stack-vm-windows-vcpu-hour": { price: 0.046, unit: "vCPU-hour (Windows Server VM)", source: ASH_2017, date: "2017-07" },
    // No list price for an S3-compatible store, a share, or the tenant's own WAN: 0 until a prices file names one.
    "other-target-gib-month": { price: 0, unit: "GB-month", source: "not priced: supply it with plan --prices", date: "-" },
    // Azure Backup charges no egress for restores (Azure Backup pricing FAQ); a link the tenant rents is priced by its carrier.
    "wan-egress-gib": {
      price: 0,
      unit: "GB",
      source: "Azure Backup: restore egress not charged (azure.microsoft.com knowledge center); other links: supply it",
      date: "-",
    },
  },
};

/** Hours in a month: 730 (8,760 h a year ÷ 12), the figure Azure price lists use. */
export const HOURS_PER_MONTH = 730;
const GB_PER_GIB = 1.073741824;

/** Azure Backup's protected-instance size bands (same source as the prices). */
export function instancePriceId(gb: number): { id: PriceId; count: number } {
  if (gb <= 50) return { id: "protected-instance-small", count: 1 };
  if (gb <= 500) return { id: "protected-instance-medium", count: 1 };
  return { id: "protected-instance-per-500gb", count: Math.ceil(gb / 500) };
}

export function estimateCost(tenant: Tenant, backup: BackupPlan, servers: readonly ServerPlacement[], book: PriceBook, from: CostPlan["pricesFrom"]): CostPlan {
  const p = (id: PriceId) => book.prices[id].price;
  const lines: CostLine[] = [];
  const line = (item: CostLine["item"], tier: string | null, quantity: number, priceId: PriceId) =>
    lines.push({ item, tier, quantity, unit: book.prices[priceId].unit, unitPrice: p(priceId), monthly: quantity * p(priceId), priceId });
  const kind = tenant.protection.target.kind;
  const storagePrice: PriceId =
    kind === "azure-recovery-services-vault" ? "vault-storage-gib-month" : kind === "second-stamp" ? "stack-blob-gib-month" : "other-target-gib-month";
  const last = backup.storageGrowth[backup.storageGrowth.length - 1];
  const totalTarget = backup.totals.targetStorageGiB.value || 1;
  // Growth: the target's size at the end of the longest retention, shared among tiers by their steady-state share.
  const growthFactor = last ? last.gib.value / totalTarget : 1;
  for (const tier of tenant.protection.tiers) {
    const vms = backup.vms.filter((v) => v.protected && v.offStackCopy && v.tier === tier.name);
    if (vms.length === 0) continue;
    const gib = vms.reduce((s, v) => s + v.targetStorageGiB.value, 0) * growthFactor;
    line("target-storage", tier.name, gib * GB_PER_GIB, storagePrice);
    if (kind === "azure-recovery-services-vault") {
      for (const v of vms) {
        const band = instancePriceId(v.usedGiB.value * GB_PER_GIB);
        line("protected-instances", tier.name, band.count, band.id);
      }
    }
  }
  for (const s of servers) {
    line("backup-servers", null, s.vCpus * HOURS_PER_MONTH, "stack-vm-windows-vcpu-hour");
    line("server-disks", null, s.dataDisks * s.dataDiskGiB * GB_PER_GIB, "stack-blob-gib-month");
  }
  // Egress of the daily copies leaving the stack, where a price per GB applies to the link.
  const daily = backup.transfer.dailyTransferGiB.value;
  if (p("wan-egress-gib") > 0) line("wan-egress", null, daily * 30 * GB_PER_GIB, "wan-egress-gib");
  const merged = new Map<string, number>();
  for (const l of lines) if (l.tier) merged.set(l.tier, (merged.get(l.tier) ?? 0) + l.monthly);
  const sharedMonthly = lines.filter((l) => !l.tier).reduce((s, l) => s + l.monthly, 0);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  return {
    currency: book.currency,
    prices: PRICE_IDS.map((id) => ({ id, ...book.prices[id] })),
    lines: lines.map((l) => ({ ...l, quantity: round2(l.quantity), monthly: round2(l.monthly) })),
    perTier: [...merged].map(([tier, monthly]) => ({ tier, monthly: round2(monthly) })),
    sharedMonthly: round2(sharedMonthly),
    totalMonthly: round2(lines.reduce((s, l) => s + l.monthly, 0)),
    storageAtDay: last?.day ?? 0,
    pricesFrom: from,
  };
}
