/**
 * Drives the built CLI in a pseudo-terminal: waits for each question's key to appear on screen before
 * typing, and for the screen to change after each key press. No fixed sleeps: every wait polls the
 * accumulated output against a condition, with a generous timeout that only fires when something is wrong.
 */
import pty from "@lydell/node-pty";
import { SCREEN_WAIT_MS } from "../helpers/timeouts.js";

const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>78]|\u0007/g;
export const stripAnsi = (text: string): string => text.replace(ANSI, "");

export const KEY = { enter: "\r", down: "\u001b[B", up: "\u001b[A", left: "\u001b[D", escape: "\u001b", space: " ", ctrlC: "\u0003" } as const;

const WAIT_MS = SCREEN_WAIT_MS;
const EXIT_LINE = "[pty-session] exit code ";
const POLL_MS = 5;

export class PtySession {
  private raw = "";
  private exitCode: number | undefined;
  private cursor = 0;
  readonly exited: Promise<{ exitCode: number; signal?: number }>;
  private readonly term: pty.IPty;

  /**
   * `holdAfterExit`: run the CLI under a shell that prints its exit code and waits for Enter before the terminal
   * closes. node-pty destroys the terminal's socket 200 ms after the child exits (DESTROY_SOCKET_TIMEOUT_MS in
   * unixTerminal.js), so on a busy machine the last screenful of a long output could be lost before it is read;
   * with the terminal held open, `exited` reads up to the exit line first. Not for Ctrl+C tests: the signal would
   * reach the shell too.
   */
  constructor(cli: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}, options: { holdAfterExit?: boolean } = {}) {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== "CI" && k !== "FORCE_COLOR") env[k] = v;
    // English unless a test asks otherwise: the wizard follows the system locale.
    Object.assign(env, { NO_COLOR: "1", COLUMNS: "160", LINES: "50", TERM: "xterm-256color", LANG: "C.UTF-8", LC_ALL: "", LC_MESSAGES: "" }, extraEnv);
    const [file, argv] = options.holdAfterExit
      ? ["/bin/sh", ["-c", `code=0; "$0" "$@" || code=$?; printf '\\n${EXIT_LINE}%s\\n' "$code"; IFS= read -r _; exit "$code"`, process.execPath, cli, ...args]]
      : [process.execPath, [cli, ...args]];
    this.term = pty.spawn(file, argv, { name: "xterm-256color", cols: 160, rows: 50, cwd, env });
    this.term.onData((d) => {
      this.raw += d;
    });
    const closed = new Promise<{ exitCode: number; signal?: number }>((resolve) =>
      this.term.onExit((e) => {
        this.exitCode = e.exitCode;
        resolve(e);
      }),
    );
    this.exited = options.holdAfterExit ? this.exitLine().then(() => closed) : closed;
  }

  /** Waits for the holding shell's exit line (everything the CLI wrote is on screen before it), then lets it go. */
  private async exitLine(): Promise<void> {
    await this.until("the CLI's exit", () => (this.screen.includes(EXIT_LINE) ? true : undefined));
    this.term.write(KEY.enter);
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
