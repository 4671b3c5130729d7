/** `plan --prices FILE` and `plan --start-date`: read and checked at the edge; the operations planner stays pure. */
import { readFile } from "node:fs/promises";
import { UserError } from "../../base/errors.js";
import { parsePrices } from "../../operations/prices.js";
import type { PriceBook } from "../../operations/index.js";

/** A prices file is a few dozen lines; anything above 1 MiB is not one. */
const MAX_PRICES_BYTES = 1024 * 1024;

export async function readPrices(file: string): Promise<PriceBook> {
  let text: string;
  try {
    const bytes = await readFile(file);
    if (bytes.length > MAX_PRICES_BYTES) throw new UserError(`${file}: larger than the 1 MiB limit for a prices file`);
    text = bytes.toString("utf8");
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError(
      `${file}: cannot read the prices file: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : (error as Error).message}`,
    );
  }
  return parsePrices(text, file);
}

/** A real calendar date, YYYY-MM-DD. */
export function startDateOption(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UserError(`--start-date ${value}: not a date as YYYY-MM-DD`);
  }
  return value;
}
