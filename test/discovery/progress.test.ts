import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { progressPrinter } from "../../src/cli/commands/discover.js";
import type { Output } from "../../src/cli/output.js";

function capture(tty: boolean): { output: Output; text: () => string } {
  let text = "";
  const err = Object.assign(
    new Writable({
      write: (chunk: Buffer, _enc, done) => {
        text += chunk.toString("utf8");
        done();
      },
    }),
    { isTTY: tty },
  );
  return { output: { out: err, err, color: false }, text: () => text };
}

const events = [
  { phase: "subscriptions", count: 2 },
  { phase: "reading", done: 0, total: 3 },
  { phase: "reading", done: 1, total: 3 },
  { phase: "reading", done: 3, total: 3 },
  { phase: "read", total: 3, failed: 0 },
] as const;

describe("progress", () => {
  it("updates one line in place on a terminal", () => {
    const { output, text } = capture(true);
    const p = progressPrinter(output, "discover");
    for (const e of events) p.onProgress(e);
    p.finish();
    expect(text()).toBe(
      "discover: 2 subscription(s)\n\r\u001b[Kdiscover: reading resources 0/3\r\u001b[Kdiscover: reading resources 1/3\r\u001b[Kdiscover: reading resources 3/3\r\u001b[Kdiscover: read 3 resource(s), 0 could not be read\n",
    );
  });

  it("prints plain lines, one per phase, elsewhere", () => {
    const { output, text } = capture(false);
    const p = progressPrinter(output, "discover");
    for (const e of events) p.onProgress(e);
    p.finish();
    expect(text()).toBe("discover: 2 subscription(s)\ndiscover: read 3 resource(s), 0 could not be read\n");
  });
});
