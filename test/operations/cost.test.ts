/**
 * The monthly cost: computed from the plan's own figures and a price book, every price with its source and date;
 * `plan --prices FILE` replaces the bundled prices, `plan --start-date` moves the calendar, and bad values of
 * either are clear input errors.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { UserError } from "../../src/base/errors.js";
import { DEFAULT_PRICES, estimateCost, instancePriceId, PRICE_IDS } from "../../src/operations/cost.js";
import { parsePrices } from "../../src/operations/prices.js";
import { startDateOption } from "../../src/cli/commands/plan-operations.js";
import { ExitCode } from "../../src/cli/exit-codes.js";
import { runCli } from "../helpers/cli.js";
import { planCases } from "./cases.js";

const work = mkdtempSync(join(tmpdir(), "azs-cost-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const GB_PER_GIB = 1.073741824;

describe("cost estimate", () => {
  it("every bundled price has a source and a date", () => {
    for (const id of PRICE_IDS) {
      expect(DEFAULT_PRICES.prices[id].source.length, id).toBeGreaterThan(10);
      expect(DEFAULT_PRICES.prices[id].date, id).toMatch(/^(\d{4}-\d{2}|-)$/);
    }
  });

  it("bands protected instances as Azure Backup does: ≤ 50 GB, ≤ 500 GB, then per started 500 GB", () => {
    expect(instancePriceId(50)).toEqual({ id: "protected-instance-small", count: 1 });
    expect(instancePriceId(50.1)).toEqual({ id: "protected-instance-medium", count: 1 });
    expect(instancePriceId(500)).toEqual({ id: "protected-instance-medium", count: 1 });
    expect(instancePriceId(1300)).toEqual({ id: "protected-instance-per-500gb", count: 3 });
  });

  it("per tier: target storage at the end of the growth curve and one instance fee per VM; servers shared", () => {
    const c = planCases()[0]!;
    const cost = c.plan.operations.cost;
    const last = c.plan.backup.storageGrowth.at(-1)!.gib.value;
    const storage = cost.lines.filter((l) => l.item === "target-storage").reduce((s, l) => s + l.quantity, 0);
    expect(storage).toBeCloseTo(last * GB_PER_GIB, 0);
    const vms = c.plan.backup.vms.filter((v) => v.protected && v.offStackCopy);
    expect(cost.lines.filter((l) => l.item === "protected-instances").length).toBe(vms.length);
    expect(cost.perTier.map((t) => t.tier)).toEqual(c.tenant.protection.tiers.filter((t) => vms.some((v) => v.tier === t.name)).map((t) => t.name));
    const servers = c.plan.operations.servers;
    const vcpuHours = cost.lines.filter((l) => l.item === "backup-servers").reduce((s, l) => s + l.quantity, 0);
    expect(vcpuHours).toBe(servers.reduce((s, x) => s + x.vCpus * 730, 0));
    const sum = cost.lines.reduce((s, l) => s + l.monthly, 0);
    expect(cost.totalMonthly).toBeCloseTo(sum, 1);
    expect(cost.totalMonthly).toBeCloseTo(cost.perTier.reduce((s, t) => s + t.monthly, 0) + cost.sharedMonthly, 1);
  });

  it("a prices file replaces the prices it names, keeps the others, and the estimate follows", () => {
    const book = parsePrices("currency: JPY\nprices:\n  vault-storage-gib-month: { price: 7.2, source: contract 2026-001, date: 2026-11 }\n", "p.yaml");
    expect(book.currency).toBe("JPY");
    expect(book.prices["vault-storage-gib-month"]).toEqual({
      price: 7.2,
      unit: DEFAULT_PRICES.prices["vault-storage-gib-month"].unit,
      source: "contract 2026-001",
      date: "2026-11",
    });
    expect(book.prices["stack-blob-gib-month"]).toEqual(DEFAULT_PRICES.prices["stack-blob-gib-month"]);
    const c = planCases()[0]!;
    const servers = c.plan.operations.servers.map((s) => ({ ...s, product: s.product }));
    const cost = estimateCost(c.tenant, c.plan.backup, servers, book, "file");
    const line = cost.lines.find((l) => l.item === "target-storage")!;
    expect(line.unitPrice).toBe(7.2);
    expect(cost.pricesFrom).toBe("file");
  });

  it("refuses a price without its source or date, an unknown price id, and text that is not YAML", () => {
    expect(() => parsePrices("currency: USD\nprices:\n  vault-storage-gib-month: { price: 1, date: 2026-11 }\n", "p.yaml")).toThrow(/source/);
    expect(() => parsePrices("currency: USD\nprices:\n  vault-storage-gib-month: { price: 1, source: x }\n", "p.yaml")).toThrow(/date/);
    expect(() => parsePrices("currency: USD\nprices:\n  gold-bars: { price: 1, source: x, date: y }\n", "p.yaml")).toThrow(UserError);
    expect(() => parsePrices("currency: [", "p.yaml")).toThrow(/not YAML or JSON/);
  });

  it("--start-date accepts real dates only", () => {
    expect(startDateOption("2028-02-29")).toBe("2028-02-29");
    for (const bad of ["2027-02-29", "2027-13-01", "27-01-01", "tomorrow"]) expect(() => startDateOption(bad)).toThrow(UserError);
  });
});

describe("plan --prices and --start-date", () => {
  it("write the cost from the file and the calendar from the date; a bad file is an input error", () => {
    const prices = join(work, "prices.yaml");
    writeFileSync(prices, "currency: EUR\nprices:\n  vault-storage-gib-month: { price: 0.05, source: our agreement, date: 2026-10 }\n");
    const out = join(work, "plan");
    const run = runCli(["plan", "examples/small/tenant.yaml", "-o", out, "--prices", prices, "--start-date", "2027-03-01"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(ExitCode.ok);
    const ops = readFileSync(join(out, "deploy/operations.md"), "utf8");
    expect(ops).toContain("our agreement");
    expect(ops).toContain("EUR");
    expect(readFileSync(join(out, "README.md"), "utf8")).toContain("EUR");
    expect(readFileSync(join(out, "deploy/tests/restore-tests-gold.ics"), "utf8")).toContain("DTSTAMP:20270301T000000Z");
    writeFileSync(prices, "currency: EUR\nprices:\n  vault-storage-gib-month: { price: -1, source: x, date: y }\n");
    const bad = runCli(["plan", "examples/small/tenant.yaml", "--prices", prices]);
    expect(bad.status).toBe(ExitCode.invalidInput);
    expect(bad.stderr).toContain("prices.yaml");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
