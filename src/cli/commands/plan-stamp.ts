/**
 * `plan --capabilities <file>`: reads the stamp's cloud-capabilities JSON at the edge. Parsing and checking are
 * pure (src/stamp/capabilities.ts); the check's findings join the plan's own (src/plan/findings.ts), so the
 * terminal, the documents, validity and the exit code all read them.
 */
import { readFile, stat } from "node:fs/promises";
import { UserError } from "../../base/errors.js";
import { parseCapabilities, type StampCapabilities } from "../../stamp/capabilities.js";

/** A capabilities file of every type on a stamp is well under a megabyte (the 2017 sample is 144 KB in UTF-16); larger is not this file. */
const MAX_CAPABILITIES_BYTES = 32 * 1024 * 1024;

export async function readCapabilities(file: string): Promise<StampCapabilities> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError(`${file}: not a file`);
    if (info.size > MAX_CAPABILITIES_BYTES)
      throw new UserError(`${file}: ${info.size} bytes is larger than the ${MAX_CAPABILITIES_BYTES / 1024 / 1024} MiB limit for a capabilities file`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `${file}: cannot read the capabilities file: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message}`,
    );
  }
  return parseCapabilities(bytes, file);
}
