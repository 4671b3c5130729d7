/** The contrast part of the view: the ContrastPlan as planned, and the two-flow diagram. */
import type { ContrastPlan } from "../azure-backup/contrast.js";
import { VM_BACKUP_RULES } from "../azure-backup/vm-model.js";
import type { BackupPlan } from "../backup/types.js";
import type { Formatter } from "./format.js";
import { fileNameFor } from "./paths.js";
import { flowsSvg } from "./svg/flows.js";
import type { Svg } from "./svg/svg.js";

/**
 * The rules of the Azure VM Backup model shown beside its flow, by key of VM_BACKUP_RULES: the
 * catalogue words each one (`flow.azure.rule.<id>`) for the reader's language; the model holds its source.
 */
export const FLOW_AZURE_RULES = [
  "startWindow",
  "overlapSnapshotFails",
  "overlapTransferSkipped",
  "highLoadDelay",
  "backboneTransfer",
] as const satisfies ReadonlyArray<keyof typeof VM_BACKUP_RULES>;

export interface ContrastView {
  plan: ContrastPlan;
  vms: Array<ContrastPlan["vms"][number] & { azureRuleList: string; stackRuleList: string }>;
  kubernetes: Array<{
    cluster: string;
    file: string;
    volumeMode: string;
    schedules: ContrastPlan["kubernetes"]["velero"]["clusters"][number]["schedules"];
    warnings: string[];
  }>;
  azureRuleIds: string[];
  diagram: Svg;
  /** What Azure VM Backup would warn about, per VM (high CPU, too small, no agent): the model's text under a localized title. */
  /** The Velero warnings of every cluster, in cluster order (English only, see englishOnly). */
  veleroWarnings: Array<{ cluster: string; text: string }>;
  azureIssues: Array<{ vm: string; code: string; title: string; message: string | null; source: string }>;
  /** Azure Backup for AKS per cluster, with its volumes counted by outcome (skipped volumes keep their reasons). */
  aks: Array<
    ContrastPlan["kubernetes"]["aks"][number] & {
      protectedVolumes: number;
      tieredVolumes: number;
      volumeRows: Array<ContrastPlan["kubernetes"]["aks"][number]["volumes"][number] & { why: string | null }>;
    }
  >;
}

/** File of a cluster's Velero manifests: "rg/cluster" → "kubernetes/rg--cluster.velero.yaml", one safe segment. */
export const veleroFile = (cluster: string): string => `kubernetes/${fileNameFor(cluster.replace(/\//g, "--"))}.velero.yaml`;
/** The folder beside a cluster's Velero YAML with install.sh and the credentials template for the plugin on the stamp. */
export const veleroStampFolder = (cluster: string): string => veleroFile(cluster).replace(/\.velero\.yaml$/, ".azurestack");

/**
 * Text the model holds in English only (no key beside it: Azure VM Backup support issues, Velero warnings, AKS
 * volume reasons): shown where the document is in English, left out of other languages rather than mixed in.
 */
const englishOnly = (text: string, fmt: Formatter): string | null => (fmt.lang === "en" ? text : null);

export function contrastView(plan: ContrastPlan, backup: BackupPlan, fmt: Formatter): ContrastView {
  const diagram = flowsSvg({
    id: "flows",
    title: fmt.t("diagram.flows.title"),
    labels: { rules: fmt.t("diagram.flows.rules") },
    columns: [
      {
        title: fmt.t("diagram.flows.azure"),
        steps: (["trigger", "snapshot", "instant", "transfer", "vault"] as const).map((s) => ({
          title: fmt.t(`flow.azure.${s}`),
          detail: fmt.t(`flow.azure.${s}.detail`),
        })),
        rules: FLOW_AZURE_RULES.map((key) => fmt.message(`flow.azure.rule.${VM_BACKUP_RULES[key].id}`)),
      },
      {
        title: fmt.t("diagram.flows.stack"),
        steps: [
          { title: fmt.t("flow.stack.window"), detail: fmt.t("flow.stack.window.detail") },
          { title: fmt.t("flow.stack.snapshot"), detail: fmt.t("flow.stack.snapshot.detail") },
          {
            title: fmt.t("flow.stack.transfer"),
            detail: fmt.t("flow.stack.transfer.detail", {
              daily: fmt.size(backup.transfer.dailyTransferGiB.value),
              link: fmt.mbps(backup.transfer.wanBandwidthMbps),
            }),
          },
          {
            title: fmt.t("flow.stack.target"),
            detail: fmt.t("flow.stack.target.detail", { target: backup.target.name, location: backup.target.location }),
          },
        ],
        rules: [
          fmt.t("flow.stack.rule.guest"),
          fmt.t("flow.stack.rule.nsg", { rules: fmt.count(backup.networkRules.length) }),
          fmt.t("flow.stack.rule.window"),
          fmt.t("flow.stack.rule.offStack"),
        ],
      },
    ],
  });
  const kubernetes = plan.kubernetes.velero.clusters.map((c) => ({
    cluster: c.cluster,
    file: veleroFile(c.cluster),
    volumeMode: c.volumeMode,
    schedules: c.schedules,
    warnings: c.warnings.flatMap((w) => englishOnly(w.text, fmt) ?? []),
  }));
  return {
    plan,
    vms: plan.vms.map((v) => ({ ...v, azureRuleList: v.networkRules.azure.join("; "), stackRuleList: v.networkRules.stack.join(", ") })),
    kubernetes,
    veleroWarnings: kubernetes.flatMap((k) => k.warnings.map((text) => ({ cluster: k.cluster, text }))),
    azureRuleIds: FLOW_AZURE_RULES.map((key) => VM_BACKUP_RULES[key].id),
    diagram,
    azureIssues: plan.vms.flatMap((v) =>
      v.azureIssues.map((issue) => ({
        vm: v.vm,
        code: issue.code,
        title: fmt.has(`contrast.azureIssue.${issue.code}`) ? fmt.message(`contrast.azureIssue.${issue.code}`) : issue.code,
        message: englishOnly(issue.message, fmt),
        source: issue.source,
      })),
    ),
    aks: plan.kubernetes.aks.map((a) => ({
      ...a,
      protectedVolumes: a.volumes.filter((v) => v.operational === "protected").length,
      tieredVolumes: a.volumes.filter((v) => v.vault === "tiered").length,
      volumeRows: a.volumes.map((v) => ({
        ...v,
        why: v.reasons.length > 0 ? englishOnly(v.reasons.map((r) => `${r.text} (${r.source})`).join("; "), fmt) : null,
      })),
    })),
  };
}
