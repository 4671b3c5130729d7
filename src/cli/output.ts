/** Terminal output: colour only for a TTY without NO_COLOR (no-color.org), JSON for machines. */
import type { Writable } from "node:stream";
import { neutralise } from "../base/display.js";
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
const codes: Record<Style, [number, number]> = {
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  dim: [2, 22],
  bold: [1, 22],
  cyan: [36, 39],
};

export function paint(output: Output, style: Style, text: string): string {
  if (!output.color) return text;
  const [open, close] = codes[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

export function printJson(output: Output, value: unknown): void {
  output.out.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** The colour codes `paint` writes ("ESC [ 31 m"), the only escape sequences a printed line may keep. */
const OWN_SGR = new RegExp(`(\u001b\\[(?:${[...new Set(Object.values(codes).flat())].join("|")})m)`);

/**
 * A line for the terminal: names and messages from the inventory could carry ESC, BEL or bidirectional
 * controls; every such character is made visible (src/base/display.ts) except the colour codes of `paint`.
 */
export function terminalSafe(line: string): string {
  return line
    .split(OWN_SGR)
    .map((part, i) => (i % 2 === 1 ? part : neutralise(part)))
    .join("");
}

/** A rendered block of text (the report's terminal renderers), made safe line by line as println does. */
export function printText(output: Output, text: string): void {
  output.out.write(text.split("\n").map(terminalSafe).join("\n"));
}

export function println(output: Output, line = ""): void {
  output.out.write(`${terminalSafe(line)}\n`);
}

export function eprintln(output: Output, line = ""): void {
  output.err.write(`${terminalSafe(line)}\n`);
}
