/**
 * One wizard session: start from nothing or from a file, walk the questions, review, revisit, save.
 * All terminal access goes through the Prompter seam and the two print callbacks; all file access
 * through files.ts. The CLI command (src/cli/commands/wizard.ts) maps what this throws to exit codes.
 */
import { existsSync } from "node:fs";
import { UserError } from "../base/errors.js";
import type { Tenant } from "../inventory/schema.js";
import { Asker } from "./asker.js";
import { loadBaseTenant, type BaseTenant } from "./base.js";
import { backupExisting, draftPathFor, readDraft, removeDraftSync, saveAnswersFile, writeDraftSync, writeFileAtomic } from "./files.js";
import { groupKeys, vmKeys, walkTenant } from "./flow.js";
import type { Prompter } from "./prompter.js";
import { itemKey, KIND_INFO, menuKinds, presentKinds, VM_DETAILS, type MenuKind } from "./resources.js";
import { checkCandidate, reviewLines, type CheckedCandidate, type PlannerCheck } from "./review.js";

export interface WizardOptions {
  /** The tenant file: read when it exists, and written unless `output` says otherwise. */
  file: string;
  output?: string;
  /** Answers given up front (the --answers file). */
  answers?: Record<string, unknown>;
  yes?: boolean;
  force?: boolean;
  /** Absent: never prompt. */
  prompter?: Prompter;
  /** Write the answers used to this file after saving (replay them with --answers). */
  saveAnswers?: string;
  /** Runs every planner on the candidate, as `plan` does, for the review's findings (src/plan/check.ts). */
  plannerCheck: PlannerCheck;
  print: (line: string) => void;
  warn: (line: string) => void;
}

export interface WizardResult {
  saved: string;
  backup?: string;
  tenant: Tenant;
  /** The user asked for the plan (or the answers file said plan.generate: true). */
  generatePlan: boolean;
  answers: ReadonlyMap<string, unknown>;
}

/** The user left the review without saving. */
export class WizardQuit extends UserError {
  constructor(draft: string) {
    super(`wizard left without saving; the answers are kept in ${draft} (run the wizard again to resume)`, "cancelled");
    this.name = "WizardQuit";
  }
}

type ReviewAction = "save" | "identity" | "groups" | "networks" | "resources" | "vms" | "vm" | "bulk" | "tiers" | "target" | "quit";

export async function runWizard(options: WizardOptions): Promise<WizardResult> {
  const output = options.output ?? options.file;
  const draftPath = draftPathFor(output);
  const prompter = options.prompter;
  const base: BaseTenant | undefined = existsSync(options.file) ? await loadBaseTenant(options.file) : undefined;
  if (prompter) prompter.note(base ? `Completing ${options.file}: only what is missing is asked.` : `Recording a new tenant into ${output}.`);

  let answers = options.answers ?? {};
  if (prompter) {
    const draft = await readDraft(draftPath);
    if (draft && Object.keys(draft.answers).length > 0) {
      const resume = await prompter.confirm({
        key: "draft.resume",
        message: `A draft with ${Object.keys(draft.answers).length} answer(s) from an earlier run was found (${draftPath}). Resume from it?`,
        default: true,
      });
      if (resume) answers = { ...draft.answers, ...answers };
    }
  }

  let saved = false;
  const ask = new Asker({
    prompter,
    answers,
    yes: options.yes,
    // Only a person's answers need a draft: a scripted run can simply be run again.
    onAnswer: prompter ? () => saved || writeDraftSync(draftPath, { input: base ? options.file : null, answers: Object.fromEntries(ask.answers) }) : undefined,
  });

  let reask: (key: string) => boolean = () => false;
  let candidate: Tenant;
  let checked: CheckedCandidate;
  for (;;) {
    ask.beginPass(reask);
    candidate = await walkTenant(base, ask);
    ask.endPass();
    checked = checkCandidate(candidate, output, options.plannerCheck);
    if (!prompter) {
      if (!checked.ok) throw new UserError(`the answers give an invalid tenant:\n${reviewLines(candidate, checked).join("\n")}`);
      for (const line of reviewLines(candidate, checked)) options.print(line);
      break;
    }
    for (const line of reviewLines(candidate, checked)) options.print(line);
    const action = await reviewMenu(prompter, checked);
    if (action === "save" && !checked.ok) {
      prompter.note("Not saved: fix the errors listed above first (the menu below leads to each section).");
      reask = () => false;
      continue;
    }
    if (action === "save") {
      if (await confirmOverwrite(ask, prompter, output, options.force)) break;
      reask = () => false;
      continue;
    }
    if (action === "quit") throw new WizardQuit(draftPath);
    reask = await reaskFor(action, prompter, ask, candidate);
  }

  for (const key of ask.unusedAnswerKeys()) options.warn(`warning: answer "${key}" was not asked for (a typo, or a question this tenant does not need)`);
  if (!prompter && existsSync(output) && !options.force && !(await confirmOverwrite(ask, undefined, output, false))) {
    throw new UserError(`${output} exists; answer save.overwrite: true or pass --force to replace it (the old file is kept as ${output}.bak)`, "output");
  }
  const backup = existsSync(output) ? await backupExisting(output) : undefined;
  await writeFileAtomic(output, checked.text!);
  saved = true;
  removeDraftSync(draftPath);
  if (options.saveAnswers) await saveAnswersFile(options.saveAnswers, ask.answers);
  const generatePlan =
    prompter || ask.has("plan.generate") ? await ask.confirm({ key: "plan.generate", message: "Saved. Generate the plan now?", default: true }) : false;
  return { saved: output, backup, tenant: checked.tenant!, generatePlan, answers: ask.answers };
}

async function confirmOverwrite(ask: Asker, prompter: Prompter | undefined, output: string, force: boolean | undefined): Promise<boolean> {
  if (!existsSync(output) || force) return true;
  const message = `${output} exists. Replace it (the old one is kept as ${output}.bak)?`;
  // A person is asked each time (answering no returns to the review); a script must say so in its answers.
  if (prompter) return prompter.confirm({ key: "save.overwrite", message, default: false });
  return ask.has("save.overwrite") ? ask.confirm({ key: "save.overwrite", message }) : false;
}

async function reviewMenu(prompter: Prompter, checked: CheckedCandidate): Promise<ReviewAction> {
  const errors = checked.findings.filter((f) => f.severity === "error").length;
  return prompter.select<ReviewAction>({
    key: "review.action",
    message: "What next?",
    default: checked.ok ? "save" : "identity",
    choices: [
      checked.ok ? { value: "save", name: "Save tenant.yaml" } : { value: "save", name: `Save (not possible yet: ${errors} error(s) above)` },
      { value: "identity", name: "Edit tenant and stamp" },
      { value: "groups", name: "Edit subscriptions and resource groups" },
      { value: "networks", name: "Edit virtual networks and subnets" },
      { value: "resources", name: "Networks and other resources of a resource group (NSGs, public IPs, load balancers, ...)" },
      { value: "vms", name: "Add or remove VMs in a resource group" },
      { value: "vm", name: "Edit one VM (size, OS, disks, roles, tier, change rate, dependencies)" },
      { value: "bulk", name: "Assign a tier, roles or a change rate to many VMs" },
      { value: "tiers", name: "Edit tiers, product family and time zone" },
      { value: "target", name: "Edit the backup target and the DR site" },
      { value: "quit", name: "Quit without saving (answers stay in the draft)" },
    ],
  });
}

const prefixes =
  (...ps: string[]) =>
  (key: string) =>
    ps.some((p) => key === p || key.startsWith(p));

async function reaskFor(action: Exclude<ReviewAction, "save" | "quit">, prompter: Prompter, ask: Asker, candidate: Tenant): Promise<(key: string) => boolean> {
  switch (action) {
    case "identity":
      return prefixes("tenant.", "stamp.");
    case "groups": {
      // The group's resource kinds and their lists have their own menu entry ("resources").
      const own = new RegExp(`^rg\\[.*\\]\\.(resources|${menuKinds.join("|")})$`);
      const groups = prefixes("subscriptions", "subscription[", "rg[");
      return (key) => groups(key) && !own.test(key);
    }
    case "resources":
      return resourcesMenu(prompter, ask, candidate);
    case "networks":
      return prefixes("vnet[", "subnet[");
    case "vms": {
      const groups = groupKeys(candidate);
      if (groups.length === 0) return prefixes("subscription[");
      const key = await prompter.select({
        key: "review.group",
        message: "Which resource group?",
        choices: groups.map((g) => ({ value: g.key, name: g.label })),
      });
      return prefixes(`${key}.virtualMachines`);
    }
    case "vm": {
      const vms = vmKeys(candidate);
      if (vms.length === 0) return () => false;
      const key = await prompter.select({
        key: "review.vm",
        message: "Which VM?",
        choices: vms.map((v) => ({ value: v.key, name: v.label })),
      });
      return prefixes(`${key}.`);
    }
    case "bulk": {
      // Open one more rule after those already given; per-VM answers it covers give way to it.
      let rules = 0;
      while (ask.has(`bulk[${rules + 1}].by`)) rules += 1;
      ask.setAnswer("bulk.use", true);
      if (rules > 0) ask.setAnswer(`bulk[${rules}].more`, true);
      return () => false;
    }
    case "tiers":
      return prefixes("tiers", "protection.");
    case "target":
      return prefixes("target.", "drSite.");
  }
}

/**
 * "Networks and other resources": a group, then a kind (or the group's list of kinds), then "add or
 * remove" (the kind's name list) or one item, whose questions are asked again with its answers as defaults.
 */
async function resourcesMenu(prompter: Prompter, ask: Asker, candidate: Tenant): Promise<(key: string) => boolean> {
  const keys = groupKeys(candidate);
  if (keys.length === 0) return prefixes("subscription[");
  const groups = candidate.subscriptions.flatMap((s) => s.resourceGroups);
  const groupKey = await prompter.select({
    key: "review.group",
    message: "Which resource group?",
    choices: keys.map((g) => ({ value: g.key, name: g.label })),
  });
  const group = groups[keys.findIndex((g) => g.key === groupKey)]!;
  const kind = await prompter.select<MenuKind | "kinds">({
    key: "review.kind",
    message: `What in ${group.name}?`,
    choices: [
      ...menuKinds.map((value) => ({ value, name: `${KIND_INFO[value].label}: ${group[value].length}` })),
      { value: "kinds" as const, name: "The kinds this group records (and VM details)" },
    ],
  });
  if (kind === "kinds") return prefixes(`${groupKey}.resources`);
  // Opening a kind ticks it for the group; the kinds already recorded (and VM details) stay ticked.
  const earlier = ask.answers.get(`${groupKey}.resources`);
  const ticked = new Set<string>([...(Array.isArray(earlier) ? earlier : []), ...presentKinds(group), kind]);
  ask.setAnswer(
    `${groupKey}.resources`,
    [...menuKinds, VM_DETAILS].filter((k) => ticked.has(k)),
  );
  const items = group[kind].map((i) => i.name);
  const LIST = "#list";
  const item =
    items.length === 0
      ? LIST
      : await prompter.select({
          key: "review.item",
          message: `Which ${KIND_INFO[kind].item}?`,
          choices: [{ value: LIST, name: `Add or remove ${KIND_INFO[kind].item}s` }, ...items.map((value) => ({ value, name: `Edit ${value}` }))],
        });
  if (item === LIST) return prefixes(`${groupKey}.${kind}`);
  const all = groups.flatMap((g) => g[kind].map((i) => i.name));
  return prefixes(`${itemKey(kind, item, group.name, all)}.`);
}
