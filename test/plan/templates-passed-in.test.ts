/**
 * buildPlan renders IaC from the template sources it is given, not from the disk: a template changed in
 * the argument shows in the plan, a template missing from it is an error naming it, and the shipped
 * sources are read from templates/iac as the files there are.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadTemplates, readTemplateSources, templateFolder } from "../../src/base/template-files.js";
import { buildPlan } from "../../src/plan/build.js";
import { loadTenant } from "../iac/round-trip.js";

const small = loadTenant("examples/small/tenant.yaml");
const shipped = loadTemplates("iac");

describe("templates are passed in", () => {
  it("reads every shipped IaC template, keyed by its path under templates/iac", () => {
    expect([...shipped.keys()]).toEqual([
      "scripts/export-config.ps1.hbs",
      "scripts/export-config.sh.hbs",
      "terraform/providers.tf.hbs",
      "terraform/variables.tf.hbs",
    ]);
    const onDisk = readFileSync(`${templateFolder("iac")}/terraform/providers.tf.hbs`, "utf8");
    expect(shipped.get("terraform/providers.tf.hbs")).toBe(onDisk);
  });

  it("renders the sources given, so a changed template shows in the plan", () => {
    const marker = "# rendered from the argument";
    const changed = new Map(shipped);
    changed.set("terraform/providers.tf.hbs", `${marker}\n${shipped.get("terraform/providers.tf.hbs")}`);
    const files = buildPlan(small, { iac: changed }).iac.files.filter((f) => f.path.endsWith("/providers.tf"));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.content.startsWith(`${marker}\n`)).toBe(true);

    const plain = buildPlan(small, { iac: shipped }).iac.files.filter((f) => f.path.endsWith("/providers.tf"));
    for (const f of plain) expect(f.content).not.toContain(marker);
  });

  it("names a template that the sources lack", () => {
    const missing = new Map(shipped);
    missing.delete("scripts/export-config.sh.hbs");
    expect(() => buildPlan(small, { iac: missing })).toThrow(/templates\/iac\/scripts\/export-config\.sh\.hbs is not among the templates given/);
  });

  it("reads nested folders in sorted order and skips files that are not templates", () => {
    const sources = readTemplateSources(templateFolder("report"));
    const keys = [...sources.keys()];
    expect(keys).toContain("partials/footer.md.hbs");
    expect(keys.every((k) => k.endsWith(".hbs"))).toBe(true);
    expect(keys).toEqual([...keys].sort());
  });
});
