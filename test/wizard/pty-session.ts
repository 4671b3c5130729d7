/**
 * Drives the built CLI in a pseudo-terminal: waits for each question's key to appear on screen before
 * typing, and for the screen to change after each key press. No fixed sleeps: every wait polls the
 * accumulated output against a condition, with a generous timeout that only fires when something is wrong.
 */
import pty from "@lydell/node-pty";
import { SCREEN_WAIT_MS } from "../helpers/timeouts.js";

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>78]|\u0007/g;
export const stripAnsi = (text: string): string => text.replace(ANSI, "");

export const KEY = { enter: "\r", down: "\u001b[B", up: "\u001b[A", space: " ", ctrlC: "\u0003" } as const;

const WAIT_MS = SCREEN_WAIT_MS;
const POLL_MS = 5;

export class PtySession {
  private raw = "";
  private exitCode: number | undefined;
  private cursor = 0;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  private readonly term: pty.IPty;

  constructor(cli: string, args: string[], cwd: string) {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "CI" && k !== "FORCE_COLOR") env[k] = v;
    Object.assign(env, { NO_COLOR: "1", COLUMNS: "160", LINES: "50", TERM: "xterm-256color" });
    this.term = pty.spawn(process.execPath, [cli, ...args], { name: "xterm-256color", cols: 160, rows: 50, cwd, env });
    this.term.onData((d) => {
      this.raw += d;
    });
    this.exited = new Promise((resolve) =>
      this.term.onExit((e) => {
        this.exitCode = e.exitCode;
        resolve(e);
      }),
    );
  }

  get screen(): string {
    return stripAnsi(this.raw);
  }

  private async until<T>(what: string, test: () => T | undefined): Promise<T> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const result = test();
      if (result !== undefined) return result;
      if (this.exitCode !== undefined)
        throw new Error(`the CLI exited (code ${this.exitCode}) while waiting for ${what}; screen ends with:\n${this.screen.slice(-1500)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen ends with:\n${this.screen.slice(-1500)}`);
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  }

  /** Waits for the prompt whose key is `key` (shown as "[key]") after everything already answered. */
  async prompt(key: string): Promise<void> {
    const marker = `[${key}]`;
    const at = await this.until(`prompt ${marker}`, () => {
      const i = this.screen.indexOf(marker, this.cursor);
      return i >= 0 ? i : undefined;
    });
    this.cursor = at + marker.length;
  }

  /** Sends keys and waits until the terminal has redrawn (the output grew). */
  async press(keys: string): Promise<void> {
    const before = this.raw.length;
    this.term.write(keys);
    await this.until(`a redraw after ${JSON.stringify(keys)}`, () => (this.raw.length > before ? true : undefined));
  }

  /** Types text (redraw), then Enter. */
  async type(text: string): Promise<void> {
    if (text !== "") await this.press(text);
    this.term.write(KEY.enter);
  }

  async enter(): Promise<void> {
    this.term.write(KEY.enter);
  }

  /** Moves a select's cursor by `steps` (negative: up) one redraw at a time, then Enter. */
  async choose(steps: number): Promise<void> {
    for (let i = 0; i < Math.abs(steps); i += 1) await this.press(steps > 0 ? KEY.down : KEY.up);
    this.term.write(KEY.enter);
  }

  /** Ticks checkbox rows by index (the cursor starts on row 0), then Enter. */
  async tick(indices: readonly number[]): Promise<void> {
    let at = 0;
    for (const index of [...indices].sort((a, b) => a - b)) {
      for (; at < index; at += 1) await this.press(KEY.down);
      await this.press(KEY.space);
    }
    this.term.write(KEY.enter);
  }

  async waitForText(text: string): Promise<void> {
    await this.until(JSON.stringify(text), () => (this.screen.includes(text, this.cursor) ? true : undefined));
  }

  write(keys: string): void {
    this.term.write(keys);
  }

  kill(): void {
    try {
      this.term.kill();
    } catch {
      // already gone
    }
  }
}
