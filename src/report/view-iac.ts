/** The configuration (IaC) part of the view: the IacPlan's counts and its files grouped for reading. */
import type { IacPlan } from "../iac/index.js";
import type { Formatter } from "./format.js";

export interface IacView {
  plan: IacPlan;
  provider: string;
  resourceTypes: Array<{ type: string; count: number }>;
  /** Files as they are written in the plan folder (under iac/), by kind. */
  groups: Array<{ title: string; files: string[] }>;
}

const KINDS = [
  ["arm/", "config.group.arm"],
  ["terraform/", "config.group.terraform"],
  ["scripts/", "config.group.scripts"],
] as const;

export function iacView(plan: IacPlan, fmt: Formatter): IacView {
  const groups = KINDS.map(([prefix, title]) => ({
    title: fmt.t(title),
    files: plan.files.filter((f) => f.path.startsWith(prefix)).map((f) => `iac/${f.path}`),
  }));
  const other = plan.files.filter((f) => !KINDS.some(([prefix]) => f.path.startsWith(prefix))).map((f) => `iac/${f.path}`);
  return {
    plan,
    provider: `${plan.terraformProvider.source} ${plan.terraformProvider.version}`,
    resourceTypes: Object.entries(plan.resourcesByType).map(([type, count]) => ({ type, count })),
    groups: [...groups, { title: fmt.t("config.group.other"), files: other }].filter((g) => g.files.length > 0),
  };
}
