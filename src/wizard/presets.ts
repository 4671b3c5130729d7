/**
 * Fewer questions for a new VM: a role preset fills its OS, size, disks, roles and tier in one answer, and
 * "like the previous VM" copies what the VM before it was given. A preset only writes answers a person has
 * not given yet, so an answers file (or an answer typed earlier) always wins; every value can be edited from
 * the review. The presets are assumptions listed in docs/assumptions.md ("## Wizard").
 */
import type { WorkloadRole } from "../inventory/schema.js";
import type { AnswerValue, Asker } from "./asker.js";
import { w } from "./text.js";

export interface VmPreset {
  id: string;
  osVersion: string;
  size: string;
  /** Provisioned GiB of each data disk (the OS disk takes the OS's default). */
  dataDisks: readonly number[];
  roles: readonly WorkloadRole[];
  /** "first": the first (most protected) tier; "default": the default tier (else the last). */
  tier: "first" | "default";
  /** Put the NIC in every load balancer backend pool of its group (a web farm behind one balancer). */
  inLoadBalancer: boolean;
}

/*
 * Sizes: Standard_DS2_v2 (2 vCPUs, 7 GiB), DS3_v2 (4, 14) and DS4_v2 (8, 28) are in the Azure Stack Hub size
 * table (src/inventory/vm-sizes.ts, docs/vm-sizes.md). Disk sizes are the common first data disks of each
 * role (assumption, docs/assumptions.md): the person types the real size from the review.
 */
export const VM_PRESETS: readonly VmPreset[] = [
  {
    id: "domain-controller",
    osVersion: "Windows Server 2019 Datacenter",
    size: "Standard_DS2_v2",
    dataDisks: [],
    roles: ["active-directory", "dns"],
    tier: "first",
    inLoadBalancer: false,
  },
  {
    id: "sql-server",
    osVersion: "Windows Server 2019 Datacenter",
    size: "Standard_DS4_v2",
    dataDisks: [512],
    roles: ["sql-server"],
    tier: "first",
    inLoadBalancer: false,
  },
  {
    id: "web-linux",
    osVersion: "Ubuntu 22.04 LTS",
    size: "Standard_DS2_v2",
    dataDisks: [],
    roles: ["web"],
    tier: "default",
    inLoadBalancer: true,
  },
  {
    id: "web-windows",
    osVersion: "Windows Server 2019 Datacenter",
    size: "Standard_DS2_v2",
    dataDisks: [],
    roles: ["web"],
    tier: "default",
    inLoadBalancer: true,
  },
  { id: "app", osVersion: "Windows Server 2019 Datacenter", size: "Standard_DS3_v2", dataDisks: [128], roles: ["app"], tier: "default", inLoadBalancer: false },
  {
    id: "file-server",
    osVersion: "Windows Server 2019 Datacenter",
    size: "Standard_DS3_v2",
    // 1023 GiB: the largest managed disk Azure Stack Hub offers (the inventory's disk-too-large rule).
    dataDisks: [1023],
    roles: ["file-server"],
    tier: "default",
    inLoadBalancer: false,
  },
];

export const CUSTOM = "custom";
export const LIKE = "like:";

export const findPreset = (id: string | undefined): VmPreset | undefined => VM_PRESETS.find((p) => p.id === id);

/** The preset choices for a VM, with "like <previous>" first when there is a previous VM. */
export function presetChoices(previous: string | undefined): Array<{ value: string; name: string }> {
  return [
    ...(previous ? [{ value: `${LIKE}${previous}`, name: w("wizard.preset.like", { vm: previous }) }] : []),
    ...VM_PRESETS.map((p) => ({
      value: p.id,
      name: w("wizard.preset.describe", {
        id: p.id,
        os: p.osVersion,
        size: p.size,
        disks: p.dataDisks.length === 0 ? w("wizard.preset.noData") : p.dataDisks.map((d) => `${d} GiB`).join(", "),
        roles: p.roles.join(", "),
      }),
    })),
    { value: CUSTOM, name: w("wizard.preset.custom") },
  ];
}

/**
 * "web01", "web02": two names of one series (the same stem, numbers one apart), as bulk entry
 * ("web01-web05") writes them. A VM of a series is recorded like the one before it unless told otherwise.
 */
export function sameSeries(previous: string, name: string): boolean {
  const a = /^(.*?)(\d+)$/.exec(previous);
  const b = /^(.*?)(\d+)$/.exec(name);
  return a !== null && b !== null && a[1]!.toLowerCase() === b[1]!.toLowerCase() && Number(b[2]) === Number(a[2]) + 1;
}

/** Sets answers not given yet: a preset fills in, it never overrides. */
export function fill(ask: Asker, answers: ReadonlyArray<[string, AnswerValue]>, force = false): void {
  for (const [key, value] of answers) if (force || !ask.has(key)) ask.setAnswer(key, value);
}

/** The inventory answers of a VM preset (its protection answers come later, once the tiers are known). */
export function presetInventory(preset: VmPreset, key: string, osDiskGiB: number): Array<[string, AnswerValue]> {
  const out: Array<[string, AnswerValue]> = [
    [`${key}.osVersion`, preset.osVersion],
    [`${key}.size`, preset.size],
    [`${key}.dataDisks`, preset.dataDisks.length],
    [`${key}.disk[0].sizeGiB`, osDiskGiB],
    [`${key}.disk[0].usedGiB`, ""],
  ];
  preset.dataDisks.forEach((size, i) => {
    out.push([`${key}.disk[${i + 1}].sizeGiB`, size], [`${key}.disk[${i + 1}].usedGiB`, ""]);
  });
  return out;
}

/** Every answer of VM `from` re-keyed for VM `to` (but its preset and its own "what differs"). */
export function copiedAnswers(ask: Asker, from: string, to: string, skip: (field: string) => boolean): Array<[string, AnswerValue]> {
  const prefix = `${from}.`;
  return [...ask.answers.entries()]
    .filter(([k]) => k.startsWith(prefix))
    .map(([k, v]): [string, string, AnswerValue] => [k.slice(prefix.length), k, v])
    .filter(([field]) => field !== "preset" && field !== "differs" && !skip(field))
    .map(([field, , v]) => [`${to}.${field}`, v]);
}

/** What "like the previous VM, with one edit" may change. */
export const DIFFERS = ["nothing", "osVersion", "size", "disks", "roles", "tier"] as const;
export type Differs = (typeof DIFFERS)[number];

/** Whether an answer field of a VM belongs to the part that differs. */
export function inPart(part: Differs, field: string): boolean {
  if (part === "nothing") return false;
  if (part === "disks") return field === "dataDisks" || field.startsWith("disk[");
  return field === part;
}
