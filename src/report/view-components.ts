/**
 * The Site Recovery components of the BC/DR plan (configuration and process servers for ASR to Azure, the
 * stack-to-stack appliances, target storage, re-protect batches and quota) as labelled rows, formatted once
 * here so that bcdr.md, report.html and the terminal show the same text. Figures come from the model;
 * factors and minimums come from the sourced limits in src/bcdr/limits.ts, never from literals.
 */
import type { BcdrPlan } from "../bcdr/index.js";
import { ASR_STACK_TO_STACK, MIN_PROCESS_SERVER_CACHE_GIB, type ServerSizeRow } from "../bcdr/limits.js";
import type { Formatter } from "./format.js";

export interface FactRow {
  label: string;
  value: string;
}

export interface ComponentView {
  title: string;
  rows: FactRow[];
  notes: string[];
}

/**
 * A server size as the capacity table gives it. `minCacheGiB`: the docs ask scale-out process servers for a
 * separate cache disk of at least MIN_PROCESS_SERVER_CACHE_GIB, above the table's own figure for the small size.
 */
function serverSize(size: ServerSizeRow, fmt: Formatter, minCacheGiB = 0): string {
  return fmt.t("bcdr.serverSize", {
    vcpus: fmt.count(size.vCpus),
    memory: fmt.gib(size.memoryGiB),
    cache: fmt.gib(Math.max(size.cacheDiskGiB, minCacheGiB)),
  });
}

const versionOrUnknown = (version: string | null, fmt: Formatter): string => version ?? fmt.t("common.unknown");

function asrToAzure(plan: BcdrPlan, fmt: Formatter): ComponentView[] {
  const c = plan.components;
  const servers = c.asrToAzure.map((a) => ({
    title: fmt.t("bcdr.asr.title", { subscription: a.subscription }),
    rows: [
      { label: fmt.t("bcdr.asr.machines"), value: fmt.count(a.machines) },
      { label: fmt.t("bcdr.dailyChurn"), value: fmt.size(a.dailyChurnGiB) },
      { label: fmt.t("bcdr.asr.configurationServer"), value: serverSize(a.configurationServer, fmt) },
      ...(a.scaleOutProcessServers
        ? [
            {
              label: fmt.t("bcdr.asr.processServers"),
              value: fmt.t("bcdr.serverCount", {
                count: fmt.count(a.scaleOutProcessServers.count),
                size: serverSize(a.scaleOutProcessServers.size, fmt, MIN_PROCESS_SERVER_CACHE_GIB),
              }),
            },
          ]
        : []),
    ],
    notes: a.notes,
  }));
  const common = c.asrToAzureNotes.length > 0 ? [{ title: fmt.t("bcdr.asr.common"), rows: [], notes: c.asrToAzureNotes }] : [];
  return [...servers, ...common];
}

function stackToStack(plan: BcdrPlan, fmt: Formatter): ComponentView[] {
  const s = plan.components.stackToStack;
  if (!s) return [];
  const L = ASR_STACK_TO_STACK;
  const rows: FactRow[] = [
    {
      label: fmt.t("bcdr.s2s.version"),
      value: fmt.t("bcdr.s2s.versionValue", {
        minimum: s.minimumStampVersion,
        source: versionOrUnknown(s.sourceStampVersion, fmt),
        target: versionOrUnknown(s.targetStampVersion, fmt),
      }),
    },
    ...s.appliances.map((a) => ({
      label: fmt.t("bcdr.s2s.appliances", { subscription: a.subscription }),
      value: fmt.t("bcdr.s2s.appliancesValue", { appliances: fmt.count(a.appliances), vms: fmt.count(a.vms), disks: fmt.count(a.disks) }),
    })),
    {
      label: fmt.t("bcdr.s2s.targetStorage"),
      value: fmt.t("bcdr.s2s.targetStorageValue", {
        low: fmt.size(s.targetStorageGiB.low),
        high: fmt.size(s.targetStorageGiB.high),
        factorLow: fmt.number(L.targetStorageFactorLow.value),
        factorHigh: fmt.number(L.targetStorageFactorHigh.value),
        protected: fmt.size(s.protectedProvisionedGiB),
      }),
    },
    {
      label: fmt.t("bcdr.s2s.quota"),
      value: fmt.t("bcdr.s2s.quotaValue", {
        vcpus: fmt.count(s.failoverQuota.vCpus),
        memory: fmt.gib(s.failoverQuota.memoryGiB),
        vms: fmt.count(s.failoverQuota.vms),
      }),
    },
    // One row per batch, in runbook order.
    ...s.reprotectBatches.map((batch, i) => ({
      label: fmt.t("bcdr.s2s.reprotect", { n: fmt.count(i + 1), max: fmt.count(L.maxDisksReprotectedAtOnce.value) }),
      value: batch.join(fmt.t("list.separator")),
    })),
    { label: fmt.t("bcdr.s2s.cache"), value: fmt.size(s.cacheWorstCaseGiB) },
    {
      label: fmt.t("bcdr.s2s.provider"),
      value: fmt.t("bcdr.s2s.providerValue", {
        vcores: fmt.count(s.providerFootprint.vCores),
        memory: fmt.gib(s.providerFootprint.memoryGiB),
        disk: fmt.gib(s.providerFootprint.diskGiB),
      }),
    },
  ];
  return [{ title: fmt.t("bcdr.s2s.title"), rows, notes: s.notes }];
}

/** Every component the plan sizes, in the order a reader sets them up: ASR to Azure first, then stack-to-stack. */
export function componentViews(plan: BcdrPlan, fmt: Formatter): ComponentView[] {
  return [...asrToAzure(plan, fmt), ...stackToStack(plan, fmt)];
}
