/** Atomic file output: write a temporary file beside the target, then rename it over the target. */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DiscoveryError } from "./errors.js";

export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, text, { encoding: "utf8", mode: 0o644 });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => {});
    const code = (error as NodeJS.ErrnoException).code;
    throw new DiscoveryError(`cannot write ${file}: ${code === "EACCES" ? "permission denied" : code === "ENOSPC" ? "no space left on the device" : (error as Error).message}`, "output");
  }
}
