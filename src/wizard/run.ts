/**
 * One wizard session: start from nothing or from a file, walk the questions, review, revisit, save.
 * All terminal access goes through the Prompter seam and the two print callbacks; all file access
 * through files.ts. The CLI command (src/cli/commands/wizard.ts) maps what this throws to exit codes.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { UserError } from "../base/errors.js";
import { describeLostComments, updateTenantText } from "../inventory/edit.js";
import type { Tenant } from "../inventory/schema.js";
import { Asker, GoBackTo, type AnswerValue } from "./asker.js";
import { isEmptyYaml, loadBaseTenant, type BaseTenant } from "./base.js";
import { backupExisting, draftPathFor, readDraft, removeDraftSync, saveAnswersFile, writeDraftSync, writeFileAtomic } from "./files.js";
import { groupKeys, vmKeys, walkTenant } from "./flow.js";
import { formatFinding } from "../base/findings.js";
import { formatPath } from "../base/path.js";
import { GoBack, type Prompter } from "./prompter.js";
import { keyForPath, keysMatching } from "./review-items.js";
import { w } from "./text.js";
import { itemKey, KIND_INFO, menuKinds, presentKinds, VM_DETAILS, type MenuKind } from "./resources.js";
import { checkCandidate, reviewLines, type CheckedCandidate, type PlannerCheck } from "./review.js";

export interface WizardOptions {
  /** The tenant file: read when it exists, and written unless `output` says otherwise. */
  file: string;
  output?: string;
  /** Answers given up front (the --answers file). */
  answers?: Record<string, unknown>;
  /** The --answers file's name and where each key is in it, for error messages. */
  answersFile?: string;
  locateAnswer?: (key: string) => string | undefined;
  yes?: boolean;
  force?: boolean;
  /** Absent: never prompt. */
  prompter?: Prompter;
  /** Write the answers used to this file after saving (replay them with --answers). */
  saveAnswers?: string;
  /** The machine's IANA time zone, offered as the default of protection.timeZone (UTC when absent). */
  timeZone?: string;
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
  /** `draft`: the draft file that holds the answers, when one was written (none when nothing was answered). */
  constructor(draft: string | undefined) {
    super(draft ? w("wizard.quit.draft", { draft }) : w("wizard.quit.nothing"), "cancelled");
    this.name = "WizardQuit";
  }
}

type ReviewAction = "save" | "finding" | "field" | "identity" | "groups" | "networks" | "resources" | "vms" | "vm" | "bulk" | "tiers" | "target" | "quit";

export async function runWizard(options: WizardOptions): Promise<WizardResult> {
  const output = options.output ?? options.file;
  const draftPath = draftPathFor(output);
  const prompter = options.prompter;
  const base: BaseTenant | undefined = existsSync(options.file) ? await loadBaseTenant(options.file) : undefined;
  if (prompter) prompter.note(base ? w("wizard.start.completing", { file: options.file }) : w("wizard.start.new", { file: output }));

  let answers = options.answers ?? {};
  if (prompter) {
    const draft = await readDraft(draftPath);
    if (draft && Object.keys(draft.answers).length > 0) {
      const resume = await prompter.confirm({
        key: "draft.resume",
        message: w("wizard.draft.resume", { n: Object.keys(draft.answers).length, draft: draftPath }),
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
    timeZone: options.timeZone,
    answersFile: options.answersFile,
    locate: options.locateAnswer,
    // Only a person's answers need a draft: a scripted run can simply be run again.
    onAnswer: prompter ? () => saved || writeDraftSync(draftPath, { input: base ? options.file : null, answers: Object.fromEntries(ask.answers) }) : undefined,
  });

  let reask: (key: string) => boolean = () => false;
  let history: readonly string[] = [];
  let candidate: Tenant;
  let checked: CheckedCandidate;
  for (;;) {
    ask.beginPass(reask, history);
    history = [];
    try {
      candidate = await walkTenant(base, ask);
    } catch (error) {
      if (!(error instanceof GoBackTo)) throw error;
      // Esc: walk again; the previous question is asked with its answer kept, the ones before it are settled.
      const before = new Set(error.before);
      const earlier = reask;
      reask = (key) => key === error.key || (earlier(key) && !before.has(key));
      history = error.before;
      continue;
    }
    ask.endPass();
    checked = checkCandidate(candidate, output, options.plannerCheck);
    if (!prompter) {
      if (!checked.ok) throw new UserError(`the answers give an invalid tenant:\n${reviewLines(candidate, checked).join("\n")}`);
      for (const line of reviewLines(candidate, checked)) options.print(line);
      break;
    }
    for (const line of reviewLines(candidate, checked)) options.print(line);
    const next = await review({ prompter, ask, candidate, checked, output, force: options.force, draftPath });
    if (next === "save") break;
    reask = next;
  }

  for (const key of ask.unusedAnswerKeys()) options.warn(`warning: answer "${key}" was not asked for (a typo, or a question this tenant does not need)`);
  if (!prompter && holdsSomething(output) && !options.force && !(await confirmOverwrite(ask, undefined, output, false))) {
    throw new UserError(`${output} exists; answer save.overwrite: true or pass --force to replace it (the old file is kept as ${output}.bak)`, "output");
  }
  const backup = holdsSomething(output) ? await backupExisting(output) : undefined;
  // A file being completed is edited, not replaced: its comments, key order and blank lines stay (src/inventory/edit.ts).
  const edit = base ? updateTenantText(await readFile(options.file, "utf8"), checked.tenant!) : undefined;
  await writeFileAtomic(output, edit?.text ?? checked.text!);
  const lostNote = edit ? describeLostComments(output, edit, backup ?? options.file) : undefined;
  if (lostNote) options.warn(`warning: ${lostNote}`);
  saved = true;
  removeDraftSync(draftPath);
  if (options.saveAnswers) await saveAnswersFile(options.saveAnswers, ask.answers);
  const generatePlan =
    prompter || ask.has("plan.generate") ? await ask.confirm({ key: "plan.generate", message: w("wizard.plan.generate"), default: true }) : false;
  return { saved: output, backup, tenant: checked.tenant!, generatePlan, answers: ask.answers };
}

/** A file that holds something: an empty one (or only comments) is replaced without asking, as a new tenant. */
const holdsSomething = (file: string): boolean => existsSync(file) && !(statSync(file).isFile() && isEmptyYaml(readFileSync(file, "utf8")));

/**
 * `wizard --dump-answers`: the answers file of an existing tenant. Every question is walked (none is asked) and
 * settled from the file; the values are written under their keys, so that `--answers` replays the tenant from
 * nothing, or a person edits one value and replays it. Fields no question records (tags, agents, ...) are not in it.
 */
export async function dumpAnswers(file: string, to: string): Promise<number> {
  const base = await loadBaseTenant(file);
  if (!base) throw new UserError(w("wizard.dump.empty", { file }));
  const ask = new Asker({ exhaustive: true, yes: true });
  ask.beginPass();
  await walkTenant(base, ask);
  ask.endPass();
  const answers = new Map<string, AnswerValue>();
  for (const [key, value] of ask.settled) {
    if (key.includes("#") || key === "bulk.use" || key.startsWith("bulk[")) continue;
    answers.set(key, value === undefined ? "" : (value as AnswerValue));
  }
  // The VMs are answered one by one: no bulk rule on replay.
  answers.set("bulk.use", false);
  await saveAnswersFile(to, answers);
  return answers.size;
}

async function confirmOverwrite(ask: Asker, prompter: Prompter | undefined, output: string, force: boolean | undefined): Promise<boolean> {
  if (!holdsSomething(output) || force) return true;
  const message = `${output} exists. Replace it (the old one is kept as ${output}.bak)?`;
  // A person is asked each time (answering no returns to the review); a script must say so in its answers.
  if (prompter) return prompter.confirm({ key: "save.overwrite", message, default: false });
  return ask.has("save.overwrite") ? ask.confirm({ key: "save.overwrite", message }) : false;
}

interface ReviewState {
  prompter: Prompter;
  ask: Asker;
  candidate: Tenant;
  checked: CheckedCandidate;
  output: string;
  force?: boolean;
  draftPath: string;
}

/** One turn of the review menu: "save" when the file may be written, else the keys to ask again. */
async function review(state: ReviewState): Promise<"save" | ((key: string) => boolean)> {
  const { prompter, ask, candidate, checked, output } = state;
  const none = () => false;
  let action: ReviewAction;
  try {
    action = await reviewMenu(prompter, checked, output, existsSync(state.draftPath));
  } catch (error) {
    if (error instanceof GoBack) return none; // Esc at the review: show it again
    throw error;
  }
  if (action === "save" && !checked.ok) {
    prompter.note(w("wizard.review.notSaved"));
    return none;
  }
  if (action === "save") return (await confirmOverwrite(ask, prompter, output, state.force)) ? "save" : none;
  if (action === "quit") throw new WizardQuit(existsSync(state.draftPath) ? state.draftPath : undefined);
  try {
    if (action === "field") return await oneField(prompter, ask);
    if (action === "finding") return await toFinding(prompter, ask, candidate, checked);
    return await reaskFor(action, prompter, ask, candidate);
  } catch (error) {
    if (error instanceof GoBack) return none; // Esc in a sub-menu: back to the review
    throw error;
  }
}

const shown = (value: unknown): string =>
  value === undefined || value === "" ? "-" : Array.isArray(value) ? (value.length > 0 ? value.join(", ") : "-") : String(value);

/** "Edit one field": any question the walk settled, asked again alone with its value as the default. */
async function oneField(prompter: Prompter, ask: Asker): Promise<(key: string) => boolean> {
  const keys = [...ask.settled.keys()].filter((k) => !k.includes("#") && !k.startsWith("bulk"));
  const key = await prompter.select({
    key: "review.field",
    message: w("wizard.review.whichField"),
    choices: keys.map((value) => ({ value, name: `${value} = ${shown(ask.settled.get(value))}` })),
  });
  return (k) => k === key;
}

/** "Go to a finding": the field (or item) the finding's path names, asked again. */
async function toFinding(prompter: Prompter, ask: Asker, candidate: Tenant, checked: CheckedCandidate): Promise<(key: string) => boolean> {
  const findings = checked.findings.filter((f) => f.severity !== "info");
  const index = await prompter.select({
    key: "review.finding",
    message: w("wizard.review.whichFinding"),
    choices: findings.map((f, i) => ({ value: String(i), name: formatFinding({ ...f, file: undefined, position: undefined }) })),
  });
  const finding = findings[Number(index)]!;
  const target = keyForPath(checked.tenant ?? candidate, finding.path);
  const keys = target === undefined ? [] : keysMatching(target, [...ask.settled.keys()]);
  if (keys.length === 0) {
    prompter.note(w("wizard.review.noQuestion", { path: formatPath(finding.path) }));
    return () => false;
  }
  const chosen = new Set(keys);
  return (k) => chosen.has(k);
}

async function reviewMenu(prompter: Prompter, checked: CheckedCandidate, output: string, draftExists: boolean): Promise<ReviewAction> {
  const errors = checked.findings.filter((f) => f.severity === "error").length;
  const findings = checked.findings.filter((f) => f.severity !== "info").length;
  return prompter.select<ReviewAction>({
    key: "review.action",
    message: w("wizard.review.next"),
    default: checked.ok ? "save" : findings > 0 ? "finding" : "identity",
    choices: [
      checked.ok ? { value: "save", name: w("wizard.review.save", { file: output }) } : { value: "save", name: w("wizard.review.saveBlocked", { errors }) },
      ...(findings > 0 ? [{ value: "finding" as const, name: w("wizard.review.finding", { n: findings }) }] : []),
      { value: "field", name: w("wizard.review.field") },
      { value: "identity", name: w("wizard.review.identity") },
      { value: "groups", name: w("wizard.review.groups") },
      { value: "networks", name: w("wizard.review.networks") },
      { value: "resources", name: w("wizard.review.resources") },
      { value: "vms", name: w("wizard.review.vms") },
      { value: "vm", name: w("wizard.review.vm") },
      { value: "bulk", name: w("wizard.review.bulk") },
      { value: "tiers", name: w("wizard.review.tiers") },
      { value: "target", name: w("wizard.review.target") },
      { value: "quit", name: w(draftExists ? "wizard.review.quitDraft" : "wizard.review.quitNothing") },
    ],
  });
}

const prefixes =
  (...ps: string[]) =>
  (key: string) =>
    ps.some((p) => key === p || key.startsWith(p));

async function reaskFor(
  action: Exclude<ReviewAction, "save" | "quit" | "field" | "finding">,
  prompter: Prompter,
  ask: Asker,
  candidate: Tenant,
): Promise<(key: string) => boolean> {
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
