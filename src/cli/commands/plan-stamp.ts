/**
 * `plan --capabilities <file>`: reads the stamp's cloud-capabilities JSON at the edge, and prints the check the
 * plan model carries (src/stamp/capabilities.ts). Reading is the shell's job; parsing and checking are pure.
 */
import { readFile, stat } from "node:fs/promises";
import { UserError } from "../../base/errors.js";
import { t } from "../../base/text.js";
import type { Plan } from "../../plan/build.js";
import { parseCapabilities, type StampCapabilities } from "../../stamp/capabilities.js";
import { paint, println, type Output } from "../output.js";
import { printFinding } from "./validate.js";

/** A capabilities file of every type on a stamp is well under a megabyte (the 2017 sample is 144 KB in UTF-16); larger is not this file. */
const MAX_CAPABILITIES_BYTES = 32 * 1024 * 1024;

export async function readCapabilities(file: string): Promise<StampCapabilities> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError(`${file}: not a file`);
    if (info.size > MAX_CAPABILITIES_BYTES) throw new UserError(`${file}: ${info.size} bytes is larger than the ${MAX_CAPABILITIES_BYTES / 1024 / 1024} MiB limit for a capabilities file`);
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(`${file}: cannot read the capabilities file: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message}`);
  }
  return parseCapabilities(bytes, file);
}

/** The stamp check section: counts, then every finding on stderr as `validate` prints them. */
export function printStampSection(output: Output, plan: Plan): void {
  const check = plan.stampCheck;
  if (!check) return;
  const count = (severity: string) => check.findings.filter((f) => f.severity === severity).length;
  println(output);
  println(output, paint(output, "bold", t("stamp.check.title", { file: check.capabilitiesFile }).en));
  println(output, `  ${t("stamp.check.checked", { ...check.checked }).en}`);
  println(output, `  ${t("stamp.check.result", { errors: count("error"), warnings: count("warning"), notes: count("info") }).en}`);
  for (const finding of check.findings) printFinding(output, finding);
}
