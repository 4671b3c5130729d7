/** Atomic file output: write a temporary file beside the target, then rename it over the target. */
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DiscoveryError } from "./errors.js";

const tempPath = (file: string) => join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);

/** Why a write failed, in words; the path is named by the caller. */
function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "disk quota exceeded";
    case "ENOTDIR":
      return "a part of the path is a file, not a folder";
    case "EISDIR":
      return "the path is a folder, not a file";
    case "EEXIST":
      return "a part of the path exists and is not a folder";
    default:
      return (e.message ?? String(error)).split(/\r?\n/)[0]!;
  }
}

function outputError(file: string, error: unknown): DiscoveryError {
  return new DiscoveryError(`cannot write ${file}: ${reason(error)}; the previous file, if any, is unchanged`, "output");
}

/**
 * Before minutes of reading: can a file be created beside the target, and is the target not a folder? Writes
 * and removes the same temporary file the real write uses. Throws the error writeFileAtomic would throw.
 */
export async function checkWritable(file: string): Promise<void> {
  const temp = tempPath(file);
  try {
    const existing = await stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (existing?.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, "", { encoding: "utf8", mode: 0o644 });
    await rm(temp, { force: true });
  } catch (error) {
    // rm without `recursive` never removes a folder that happens to sit at the temporary path.
    await rm(temp, { force: true }).catch(() => {});
    throw outputError(file, error);
  }
}

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const temp = tempPath(file);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, text, { encoding: "utf8", mode: 0o644 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    throw outputError(file, error);
  }
}
