/**
 * Writes a rendered plan atomically. Everything is rendered first into a Map (pure); this module then
 * writes the files into a temporary folder beside the target and renames it into place, so a run that
 * is interrupted (Ctrl+C, SIGKILL, full disk) leaves either the previous plan or the new one, never a
 * mix. A folder is replaced only when it carries our marker file (it holds a previous plan), and only the
 * files that plan wrote (listed in the marker) are removed: anything else in it (a user's notes, a .git
 * folder) stops the run, or with --force is moved across into the new plan. A non-empty folder without the
 * marker is never replaced, --force or not, and neither is a folder that holds the input file.
 *
 * Replacing takes two renames (target → backup, temporary → target): POSIX rename(2) cannot swap two
 * non-empty directories. A run killed between them leaves the previous plan in the backup folder,
 * and the next run puts it back before doing anything else (`recoverInterruptedRun`).
 */
import { randomBytes } from "node:crypto";
import { existsSync, lstatSync } from "node:fs";
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { safeRelativePath } from "./paths.js";

/** The marker file that says "this folder holds a plan written by azs-backup-planner". */
export const MARKER_FILE = ".azs-plan";
const TEMP_INFIX = ".azs-plan-tmp-";
const BACKUP_INFIX = ".azs-plan-old-";
/** Files in flight at once while writing (a bound on open file handles, and on rendered text held at once). */
const WRITE_CONCURRENCY = 16;
/** A long text is written in slices of this many characters, never converted to bytes whole. */
const SLICE_CHARS = 1024 * 1024;

/**
 * One file of a plan, rendered only when the writer gets to it (src/report/render.ts `planFiles`): the text
 * whole, or its pieces in order. Files are rendered one at a time and written as soon as they are rendered.
 */
export interface PlanFile {
  path: string;
  render(): string | Iterable<string>;
}

/** An error thrown while rendering a file: it is the renderer's own, not the folder's, and is passed on as it is. */
class RenderFailure {
  constructor(readonly cause: unknown) {}
}

export class OutputFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputFolderError";
  }
}

/**
 * The calls that create, fill and move the plan: the ones a full disk or a read-only folder makes fail. Node's
 * own by default; tests pass wrappers that fail the Nth call with ENOSPC, EROFS or EACCES (test/hardening).
 */
export interface PlanFileSystem {
  mkdir(path: string, options?: { recursive?: boolean }): Promise<unknown>;
  open(path: string, flags: string, mode?: number): Promise<FileHandle>;
  rename(from: string, to: string): Promise<void>;
}

const nodeFileSystem: PlanFileSystem = { mkdir, open, rename };

export interface WriteOptions {
  /** Write into a previous plan's folder that also holds files the plan did not write, keeping those files. */
  force?: boolean;
  /** Files the run reads (the input tenant.yaml): a folder holding one of them is never replaced. */
  inputs?: readonly string[];
  /** Called once the temporary folder exists (tests use it; the CLI does not). */
  onTempFolder?: (path: string) => void;
  /** Replaces Node's file-system calls (fault-injection tests only). */
  fileSystem?: Partial<PlanFileSystem>;
}

export interface WriteResult {
  folder: string;
  files: number;
  replaced: boolean;
}

/** The marker's content: what wrote the folder and which files belong to the plan. */
export function markerContent(paths: readonly string[], generator: string): string {
  return `${JSON.stringify({ generator, files: [...paths].sort() }, null, 2)}\n`;
}

/** The files in path order, each with its renderer (a Map's texts are already rendered). */
function planFileList(files: ReadonlyMap<string, string> | readonly PlanFile[]): PlanFile[] {
  const list = files instanceof Map ? [...files].map(([path, text]) => ({ path, render: () => text })) : [...(files as readonly PlanFile[])];
  return list.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function writePlanFolder(
  target: string,
  files: ReadonlyMap<string, string> | readonly PlanFile[],
  generator: string,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const folder = resolve(target);
  const list = planFileList(files);
  const paths = list.map((file) => file.path);
  const parent = dirname(folder);
  const name = basename(folder);
  const fs: PlanFileSystem = { ...nodeFileSystem, ...options.fileSystem };
  for (const path of paths) {
    safeRelativePath(path);
    if (path === MARKER_FILE) throw new OutputFolderError(`${MARKER_FILE} is reserved for the marker file`);
  }
  await fs.mkdir(parent, { recursive: true }).catch((error: unknown) => {
    throw new OutputFolderError(`cannot create ${parent}: ${describe(error)}`);
  });
  await recoverInterruptedRun(folder).catch((error: unknown) => {
    throw new OutputFolderError(`cannot tidy up an earlier interrupted run beside ${folder}: ${describe(error)}`);
  });

  const existing = existsSync(folder) ? lstatSync(folder) : undefined;
  const foreign = existing ? await checkExistingFolder(folder, paths, options) : [];

  const temp = join(parent, `.${name}${TEMP_INFIX}${process.pid}-${randomBytes(4).toString("hex")}`);
  try {
    await fs.mkdir(temp);
    options.onTempFolder?.(temp);
    for (const folder of new Set(paths.map((path) => dirname(join(temp, ...path.split("/")))))) await fs.mkdir(folder, { recursive: true });
    await writeFiles(fs, temp, list);
    // The marker is written last: a temporary folder without it was never complete.
    await writeDurably(fs, join(temp, MARKER_FILE), markerContent(paths, generator));
    await syncFolder(fs, temp);
  } catch (error) {
    // A temporary folder that cannot be removed now is removed by the next run (recoverInterruptedRun).
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof RenderFailure) throw error.cause;
    throw new OutputFolderError(
      `cannot write the plan into ${folder}: ${describe(error)}; ${existing ? "the previous plan is unchanged" : "nothing was written"}`,
    );
  }

  try {
    if (existing) {
      const backup = join(parent, `.${name}${BACKUP_INFIX}${process.pid}-${randomBytes(4).toString("hex")}`);
      await fs.rename(folder, backup);
      await fs.rename(temp, folder);
      // The user's files go across before the old plan is removed; a run killed here is finished by recoverInterruptedRun.
      await moveForeignEntries(backup, folder, foreign);
      await syncFolder(fs, parent);
      await rm(backup, { recursive: true, force: true });
    } else {
      await fs.rename(temp, folder);
      await syncFolder(fs, parent);
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    // Puts the previous plan back when it was moved aside; what cannot be tidied now, the next run tidies.
    await recoverInterruptedRun(folder).catch(() => undefined);
    const previous = !existing
      ? "nothing was written"
      : existsSync(join(folder, MARKER_FILE))
        ? "the previous plan is unchanged"
        : `the previous plan is kept in a .${name}${BACKUP_INFIX}* folder beside it, and the next run puts it back`;
    throw new OutputFolderError(`cannot move the plan into ${folder}: ${describe(error)}; ${previous}`);
  }
  return { folder, files: list.length, replaced: existing !== undefined };
}

/**
 * Renders each file and writes it (and syncs it: fsync waits on the disk, not the CPU) while the next ones are
 * rendered, at most WRITE_CONCURRENCY in flight. Every write has ended (and closed its file) before this returns
 * or throws, so the folder can then be removed.
 */
async function writeFiles(fs: PlanFileSystem, temp: string, list: readonly PlanFile[]): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  for (const file of list) {
    if (failure) break;
    let content: string | Iterable<string>;
    try {
      content = file.render();
    } catch (error) {
      failure = { error: new RenderFailure(error) };
      break;
    }
    const write: Promise<void> = writeDurably(fs, join(temp, ...file.path.split("/")), content)
      .catch((error: unknown) => {
        failure ??= { error };
      })
      .finally(() => inFlight.delete(write));
    inFlight.add(write);
    if (inFlight.size >= WRITE_CONCURRENCY) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  if (failure) throw failure.error;
}

/**
 * Tidies up after a run that was killed: a complete backup of the previous plan is put back when the
 * target is missing, and leftover temporary and backup folders of this target are removed. Only
 * folders whose names carry our infixes are touched.
 */
export async function recoverInterruptedRun(folder: string): Promise<void> {
  const parent = dirname(folder);
  const name = basename(folder);
  let entries: string[];
  try {
    entries = await readdir(parent);
  } catch {
    return;
  }
  const backups = entries.filter((e) => e.startsWith(`.${name}${BACKUP_INFIX}`)).sort();
  const temps = entries.filter((e) => e.startsWith(`.${name}${TEMP_INFIX}`));
  if (!existsSync(folder)) {
    for (const backup of backups) {
      if (existsSync(join(parent, backup, MARKER_FILE))) {
        await rename(join(parent, backup), folder);
        break;
      }
    }
  }
  // A backup left beside a new plan may still hold files the old plan did not write (moved with --force): they go across first.
  for (const backup of backups) {
    const path = join(parent, backup);
    if (!existsSync(path) || isOtherLiveRun(backup) || !existsSync(folder)) continue;
    await moveForeignEntries(path, folder, await foreignEntries(path, await plannedFiles(path)));
  }
  for (const leftover of [...backups, ...temps]) {
    const path = join(parent, leftover);
    if (existsSync(path) && !isOtherLiveRun(leftover)) await rm(path, { recursive: true, force: true });
  }
}

/**
 * Decides whether an existing folder may be replaced, and returns the entries in it that the previous plan
 * did not write (kept with --force). Throws, naming what is in the way and what to do, otherwise.
 */
async function checkExistingFolder(folder: string, paths: readonly string[], options: WriteOptions): Promise<string[]> {
  if (!lstatSync(folder).isDirectory()) throw new OutputFolderError(`${folder} exists and is not a folder; choose another --output`);
  const input = (options.inputs ?? []).map((file) => resolve(file)).find((file) => isInside(folder, file));
  if (input !== undefined) {
    throw new OutputFolderError(
      `${folder} holds the input file ${relative(folder, input)}, which a plan folder never replaces; choose an --output folder that does not contain the input`,
    );
  }
  if (!existsSync(join(folder, MARKER_FILE))) {
    if ((await readdir(folder)).length === 0) return [];
    throw new OutputFolderError(
      `${folder} exists and does not hold a plan (no ${MARKER_FILE} file), so nothing in it is replaced, --force or not; choose a new or empty folder for --output`,
    );
  }
  const foreign = await foreignEntries(folder, await plannedFiles(folder));
  if (foreign.length === 0) return [];
  const shown = foreign.slice(0, 5).join(", ") + (foreign.length > 5 ? ` and ${foreign.length - 5} more` : "");
  const clash = foreign.find((entry) => paths.some((path) => path === entry || path.startsWith(`${entry}/`) || entry.startsWith(`${path}/`)));
  if (clash !== undefined)
    throw new OutputFolderError(
      `${folder} holds ${clash}, which the previous plan did not write and the new plan would overwrite; move it out of the folder first`,
    );
  if (!options.force) {
    throw new OutputFolderError(
      `${folder} holds a previous plan and files it did not write (${shown}); pass --force to replace the plan and keep them, or move them out of the folder`,
    );
  }
  return foreign;
}

/** The files a plan folder's marker lists; an unreadable marker lists none (everything in the folder is then kept). */
async function plannedFiles(folder: string): Promise<Set<string>> {
  try {
    const marker = JSON.parse(await readFile(join(folder, MARKER_FILE), "utf8")) as { files?: unknown };
    return new Set(Array.isArray(marker.files) ? marker.files.filter((f): f is string => typeof f === "string") : []);
  } catch {
    return new Set();
  }
}

/** Entries (files, or whole folders holding no planned file) under `folder` that the plan did not write, as relative paths. */
async function foreignEntries(folder: string, planned: ReadonlySet<string>): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (rel === MARKER_FILE || planned.has(rel)) continue;
      const holdsPlanned = entry.isDirectory() && [...planned].some((path) => path.startsWith(`${rel}/`));
      if (holdsPlanned) await walk(join(dir, entry.name), rel);
      else out.push(rel);
    }
  };
  await walk(folder, "");
  return out;
}

/** Moves each entry from one folder to the same place in another, unless something is already there. */
async function moveForeignEntries(from: string, to: string, entries: readonly string[]): Promise<void> {
  for (const entry of entries) {
    const target = join(to, ...entry.split("/"));
    if (existsSync(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await rename(join(from, ...entry.split("/")), target);
  }
}

function isInside(folder: string, file: string): boolean {
  const rel = relative(folder, file);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** A leftover named with the pid of a process that is still running belongs to a concurrent run. */
function isOtherLiveRun(entry: string): boolean {
  const pid = Number(/-(\d+)-[0-9a-f]{8}$/.exec(entry)?.[1]);
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Shell scripts are written executable (the docs run `./export-config.sh`); the umask still applies. */
const fileMode = (file: string) => (file.endsWith(".sh") ? 0o777 : 0o666);

async function writeDurably(fs: PlanFileSystem, file: string, content: string | Iterable<string>): Promise<void> {
  const handle = await fs.open(file, "wx", fileMode(file));
  try {
    // writeFile on a handle writes from where the last write ended, so the slices follow one another.
    if (typeof content === "string" && content.length <= SLICE_CHARS) await handle.writeFile(content, "utf8");
    else for (const slice of slices(content)) await handle.writeFile(slice, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The text in slices of at most SLICE_CHARS characters, never cutting a surrogate pair (which would encode as U+FFFD). */
function* slices(content: string | Iterable<string>): Generator<string> {
  for (const piece of typeof content === "string" ? [content] : content) {
    for (let start = 0; start < piece.length; ) {
      let end = Math.min(start + SLICE_CHARS, piece.length);
      const last = piece.charCodeAt(end - 1);
      if (end < piece.length && last >= 0xd800 && last <= 0xdbff) end--;
      yield piece.slice(start, end);
      start = end;
    }
  }
}

async function syncFolder(fs: PlanFileSystem, folder: string): Promise<void> {
  // fsync on a directory makes its renames durable on Linux; Windows refuses to open folders, so skip there.
  if (process.platform === "win32") return;
  const handle = await fs.open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Reads a plan folder back into a Map (the marker excluded): tests and `--check` style tools compare it. */
export async function readPlanFolder(folder: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (dir: string, prefix: string) => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(join(dir, entry.name), rel);
      else if (rel !== MARKER_FILE) out.set(rel, await readFile(join(dir, entry.name), "utf8"));
    }
  };
  if ((await stat(folder)).isDirectory()) await walk(folder, "");
  return out;
}

function describe(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === "EACCES" || e?.code === "EPERM") return "permission denied";
  if (e?.code === "ENOSPC") return "no space left on the device";
  if (e?.code === "EROFS") return "the file system is read-only";
  return e instanceof Error ? e.message : String(error);
}
