/**
 * Help under the prompts: one line for the questions whose answer decides a plan, and, for the Azure Stack Hub
 * facts behind them, more text behind the `?` key. The texts live in the catalogue (`wizard.help.*`); their
 * sources are listed in docs/wizard.md ("Help and its sources").
 */
import type { MessageKey } from "../base/messages/index.js";
import { w } from "./text.js";

interface HelpEntry {
  line: MessageKey;
  more?: MessageKey;
}

/** By the question's key with every bracketed name emptied: `vm[web01].disk[1].sizeGiB` is `vm[].disk[].sizeGiB`. */
const HELP: Readonly<Record<string, HelpEntry>> = {
  "tenant.name": { line: "wizard.help.tenantName" },
  "stamp.armEndpoint": { line: "wizard.help.armEndpoint" },
  "stamp.identitySystem": { line: "wizard.help.identitySystem" },
  "vm[].preset": { line: "wizard.help.preset" },
  "vm[].osVersion": { line: "wizard.help.osVersion", more: "wizard.help.osVersion.more" },
  "vm[].size": { line: "wizard.help.size" },
  "vm[].disk[].sizeGiB": { line: "wizard.help.diskSize", more: "wizard.help.diskSize.more" },
  "vm[].disk[].usedGiB": { line: "wizard.help.diskUsed" },
  "vm[].roles": { line: "wizard.help.roles" },
  "vm[].changeRatePercent": { line: "wizard.help.changeRate" },
  "protection.productFamily": { line: "wizard.help.productFamily", more: "wizard.help.productFamily.more" },
  "protection.timeZone": { line: "wizard.help.timeZone" },
  tiers: { line: "wizard.help.tiers" },
  "tiers.presets": { line: "wizard.help.tierPresets", more: "wizard.help.tierPresets.more" },
  "tiers[].rpoHours": { line: "wizard.help.rpo", more: "wizard.help.tierPresets.more" },
  "tiers[].requiresDr": { line: "wizard.help.requiresDr", more: "wizard.help.drSite.more" },
  "target.kind": { line: "wizard.help.targetKind", more: "wizard.help.targetKind.more" },
  "target.wanBandwidthMbps": { line: "wizard.help.wan" },
  "drSite.kind": { line: "wizard.help.drSite", more: "wizard.help.drSite.more" },
};

export const genericKey = (key: string): string => key.replace(/\[[^\]]*\]/g, "[]");

/** The help of a question in the run's language: a line under the prompt, and more behind `?` when there is more. */
export function helpFor(key: string): { line: string; more?: string } | undefined {
  const entry = HELP[genericKey(key)];
  if (!entry) return undefined;
  return { line: w(entry.line), more: entry.more ? w(entry.more) : undefined };
}

/** Every help entry's keys, for the catalogue and docs tests. */
export const helpKeys = (): ReadonlyArray<[string, HelpEntry]> => Object.entries(HELP);
