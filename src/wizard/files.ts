/**
 * The wizard's files: the answers file it reads, the draft it keeps while a person answers, and the
 * tenant.yaml it writes atomically (temporary file, then rename) after keeping a backup of the old one.
 */
import { copyFile, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { existsSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import yaml from "js-yaml";
import { UserError } from "../base/errors.js";
import type { AnswerValue } from "./asker.js";

export const draftPathFor = (output: string): string => `${output}.wizard-draft.yaml`;
export const backupPathFor = (output: string): string => `${output}.bak`;

const DRAFT_HEADER =
  "# azs-backup-planner wizard draft: the answers given so far. Run the wizard again to resume,\n" +
  "# or pass this file as --answers. It is removed once tenant.yaml is saved.\n";
const ANSWERS_HEADER =
  "# azs-backup-planner wizard answers (keys: docs/wizard.md). Replay with:\n#   azs-backup-planner wizard <tenant.yaml> --answers <this file>\n";

export interface Draft {
  input: string | null;
  answers: Record<string, unknown>;
}

function temporaryPath(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
}

/** Writes `text` so that a reader sees the old file or the new one, never half of either. */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = temporaryPath(file);
  try {
    await writeFile(temp, text, { encoding: "utf8", flag: "w" });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new UserError(`${file}: cannot write: ${(error as Error).message}`, "output");
  }
}

/** Keeps the previous version as `<file>.bak` (replacing an older backup). */
export async function backupExisting(file: string): Promise<string> {
  const backup = backupPathFor(file);
  try {
    await copyFile(file, backup);
  } catch (error) {
    throw new UserError(`${backup}: cannot keep a backup of ${file}: ${(error as Error).message}`, "output");
  }
  return backup;
}

export function answersYaml(answers: ReadonlyMap<string, AnswerValue> | Record<string, unknown>): string {
  const entries = answers instanceof Map ? Object.fromEntries(answers) : answers;
  return yaml.dump(entries, { noRefs: true, lineWidth: -1, quotingType: '"', sortKeys: false, flowLevel: 1 });
}

/** Synchronous on purpose: it runs after every answer, and a Ctrl+C must find it complete. */
export function writeDraftSync(file: string, draft: Draft): void {
  const text = `${DRAFT_HEADER + yaml.dump({ wizardDraft: 1, input: draft.input }, { lineWidth: -1 })}answers:\n${indent(answersYaml(draft.answers))}`;
  const temp = temporaryPath(file);
  writeFileSync(temp, text, "utf8");
  renameSync(temp, file);
}

function indent(text: string): string {
  return text === "{}\n"
    ? "  {}\n"
    : text
        .split("\n")
        .map((l) => (l === "" ? l : `  ${l}`))
        .join("\n");
}

export function removeDraftSync(file: string): void {
  if (existsSync(file)) unlinkSync(file);
}

export async function readDraft(file: string): Promise<Draft | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    const value = yaml.load(await readFile(file, "utf8"), { filename: file }) as { input?: unknown; answers?: unknown } | null;
    if (!value || typeof value !== "object" || !value.answers || typeof value.answers !== "object") return undefined;
    return { input: typeof value.input === "string" ? value.input : null, answers: value.answers as Record<string, unknown> };
  } catch {
    return undefined; // a damaged draft is not worth stopping for; the wizard starts afresh
  }
}

/** An answers file: a mapping of question keys to answers, or a wizard draft (its `answers`). */
export async function loadAnswersFile(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the answers file: ${code === "ENOENT" ? "no such file" : (error as Error).message}`);
  }
  let value: unknown;
  try {
    value = yaml.load(text, { filename: file });
  } catch (error) {
    throw new UserError(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new UserError(`${file}: expected a mapping of question keys to answers (docs/wizard.md)`);
  const record = value as Record<string, unknown>;
  if ("wizardDraft" in record && record.answers && typeof record.answers === "object") return record.answers as Record<string, unknown>;
  return record;
}

export async function saveAnswersFile(file: string, answers: ReadonlyMap<string, AnswerValue>): Promise<void> {
  await writeFileAtomic(file, ANSWERS_HEADER + answersYaml(answers));
}
