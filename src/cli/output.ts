/** Terminal output: colour only for a TTY without NO_COLOR (no-color.org), JSON for machines. */
import type { Writable } from "node:stream";
import type { TextStyle } from "../report/text-layout.js";

export interface Output {
  out: Writable & { isTTY?: boolean };
  err: Writable & { isTTY?: boolean };
  color: boolean;
}

export function terminalOutput(env: NodeJS.ProcessEnv = process.env): Output {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== "";
  return { out: process.stdout, err: process.stderr, color: !noColor && !!process.stdout.isTTY };
}

type Style = TextStyle;
const codes: Record<Style, [number, number]> = { red: [31, 39], yellow: [33, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], cyan: [36, 39] };

export function paint(output: Output, style: Style, text: string): string {
  if (!output.color) return text;
  const [open, close] = codes[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

export function printJson(output: Output, value: unknown): void {
  output.out.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function println(output: Output, line = ""): void {
  output.out.write(`${line}\n`);
}

export function eprintln(output: Output, line = ""): void {
  output.err.write(`${line}\n`);
}
