/** The inventory summary `validate` prints: the rows of the documents' inventory table (inventory.md.hbs), in the language asked for. */
import type { Lang } from "../base/messages/index.js";
import { DEFAULT_USED_SHARE } from "../inventory/defaults.js";
import type { InventorySummary } from "../inventory/summary.js";
import { Formatter } from "./format.js";
import { cells, labels } from "./terminal-cells.js";
import { noPaint, TextDocument, type Paint } from "./text-layout.js";

export function inventoryText(s: InventorySummary, options: { lang: Lang; paint?: Paint }): string {
  const fmt = new Formatter(options.lang);
  const c = cells(fmt);
  const n = s.counts;
  const doc = new TextDocument(options.paint ?? noPaint);
  doc.heading(fmt.t("term.inventory.title", { tenant: s.tenant, stamp: s.stamp }));
  const capacity = fmt.t("inventory.usedOf", { used: c.size(s.usedGiB), provisioned: c.size(s.provisionedGiB) });
  doc.facts([
    { label: fmt.t("inventory.subscriptions"), value: c.count(s.subscriptions) },
    { label: fmt.t("inventory.resourceGroups"), value: c.count(s.resourceGroups) },
    {
      label: fmt.t("inventory.vms"),
      value: fmt.t("inventory.vmsByOs", {
        total: c.count(n.virtualMachines),
        windows: c.count(s.byOs.windows),
        linux: c.count(s.byOs.linux),
      }),
    },
    { label: fmt.t("inventory.disks"), value: c.count(s.disks) },
    {
      label: fmt.t("inventory.capacity"),
      value:
        s.disksWithEstimatedUse > 0
          ? `${capacity} ${fmt.t("term.inventory.estimatedUse", { disks: c.count(s.disksWithEstimatedUse), share: fmt.share(DEFAULT_USED_SHARE) })}`
          : capacity,
    },
    {
      label: fmt.t("inventory.storageAccounts"),
      value: fmt.t("inventory.countWithSize", { count: c.count(n.storageAccounts), size: c.size(s.storageAccountGiB) }),
    },
    { label: fmt.t("inventory.keyVaults"), value: c.count(n.keyVaults) },
    {
      label: fmt.t("inventory.kubernetes"),
      value: fmt.t("inventory.countWithSize", { count: c.count(n.kubernetesClusters), size: c.size(s.persistentVolumeGiB) }),
    },
    {
      label: fmt.t("inventory.network"),
      value: fmt.t("inventory.networkCounts", {
        vnets: c.count(n.virtualNetworks),
        nsgs: c.count(n.networkSecurityGroups),
        lbs: c.count(n.loadBalancers),
        gateways: c.count(n.vpnGateways),
      }),
    },
    ...(n.otherResources > 0 ? [{ label: fmt.t("term.inventory.other"), value: c.count(n.otherResources) }] : []),
    { label: fmt.t("inventory.unprotected"), value: c.count(s.unprotectedVirtualMachines) },
  ]);
  if (s.byTier.length > 0) {
    doc.table({
      header: labels(fmt, ["inventory.col.tier", "inventory.col.vms", "inventory.col.provisioned", "inventory.col.used"]),
      rows: s.byTier.map((t) => [t.tier, c.count(t.virtualMachines), c.size(t.provisionedGiB), c.size(t.usedGiB)]),
      right: [1, 2, 3],
    });
  }
  return doc.toString();
}
