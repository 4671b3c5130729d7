/**
 * The production adapter over @inquirer/prompts, rendered with @inquirer/testing: the key is shown,
 * defaults and validation messages reach the screen, and the answer comes back converted.
 */
import { render } from "@inquirer/testing";
import { describe, expect, it } from "vitest";
import { DiskSchema } from "../../src/inventory/schema.js";
import { fieldCheck } from "../../src/wizard/field-check.js";
import { inquirerPrompter, type NumberQuestion, type SelectQuestion } from "../../src/wizard/prompter.js";

type Ctx = Parameters<typeof inquirerPrompter>[1];
/** The adapter's promises are the prompts' own (they carry `cancel`); render's type wants that spelled out. */
const asPrompt = <P, V>(fn: (props: P, ctx?: Ctx) => Promise<V>) => fn as unknown as Parameters<typeof render<P, V>>[0];

describe("inquirerPrompter", () => {
  it("shows the key, refuses an invalid number with the schema's message, then accepts a valid one", async () => {
    const question: NumberQuestion = {
      key: "vm[sql01].disk[1].sizeGiB",
      message: "sql01: data disk 1 provisioned size, GiB",
      default: 128,
      validate: fieldCheck(DiskSchema.shape.sizeGiB),
    };
    const { answer, events, getScreen } = await render(
      asPrompt((q: NumberQuestion, ctx?: Ctx) => inquirerPrompter(() => undefined, ctx).number(q)),
      question,
    );
    expect(getScreen()).toContain("? sql01: data disk 1 provisioned size, GiB [vm[sql01].disk[1].sizeGiB] (128)");
    events.type("0");
    events.keypress("enter");
    // Validation is asynchronous in @inquirer/core: let the event loop turn until the error is drawn.
    for (let turn = 0; turn < 1000 && !getScreen().includes("> must be greater than 0"); turn += 1) await new Promise((r) => setImmediate(r));
    expect(getScreen()).toContain("> must be greater than 0");
    events.keypress("backspace");
    events.type("512");
    events.keypress("enter");
    await expect(answer).resolves.toBe(512);
  });

  it("a select starts on its default and returns the chosen value", async () => {
    const question: SelectQuestion<"a" | "b" | "c"> = {
      key: "x.kind",
      message: "Kind",
      default: "b",
      choices: [{ value: "a" }, { value: "b", name: "Bee" }, { value: "c" }],
    };
    const { answer, events, getScreen } = await render(
      asPrompt((q: SelectQuestion<"a" | "b" | "c">, ctx?: Ctx) => inquirerPrompter(() => undefined, ctx).select(q)),
      question,
    );
    expect(getScreen()).toContain("❯ Bee");
    events.keypress("down");
    events.keypress("enter");
    await expect(answer).resolves.toBe("c");
  });
});
