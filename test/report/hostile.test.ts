/**
 * Hostile names end to end: a tenant whose names carry HTML, Markdown syntax, path tricks and Japanese
 * renders into documents where each name is shown as text, never as markup, and into paths inside the folder.
 */
import { lint } from "markdownlint/promise";
import { describe, expect, it } from "vitest";
import { buildPlan } from "../../src/plan/build.js";
import { renderPlan } from "../../src/report/render.js";
import { safeRelativePath } from "../../src/report/paths.js";
import { rgData, tenantFrom } from "../helpers/tenant-fixtures.js";
import { PLAN_TEMPLATES } from "../helpers/templates.js";

const script = "<script>alert(1)</script>";

describe("hostile names", () => {
  const tenant = tenantFrom((d) => {
    d.tenant.name = `${script} | *bold* [x](http://evil) 本番`;
    d.subscriptions[0].name = "../../etc <prod>";
    rgData(d).virtualMachines[1].tags = { "<b>": "`tick` | pipe" };
    // Azure refuses backticks, pipes and underscores in VM names (invalid-name); the tenant name and tags carry them.
    rgData(d).virtualMachines[1].name = "fs01-本番";
    d.subscriptions[0].resourceGroups.find((g: { name: string }) => g.name === "rg-web").virtualMachines[2].dependsOn = ["sql01"];
  });
  const plan = buildPlan(tenant, PLAN_TEMPLATES, []);

  it.each(["en", "ja"] as const)("stay text in every document (%s)", async (lang) => {
    const files = renderPlan(plan, { lang });
    for (const path of files.keys()) expect(() => safeRelativePath(path)).not.toThrow();
    const html = files.get("report.html") ?? "";
    expect(html).not.toContain(script);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html.match(/<script/g)).toBeNull();
    for (const [path, content] of files) {
      if (!path.endsWith(".md")) continue;
      expect(content, path).not.toContain(script);
      expect(content, path).not.toContain("[x](http://evil)");
    }
    const strings = Object.fromEntries([...files].filter(([p]) => p.endsWith(".md")));
    const results = await lint({ strings, config: { default: true, MD013: false, MD024: { siblings_only: true } } });
    expect(
      Object.values(results)
        .flat()
        .map((e) => `${e.ruleNames.join("/")} line ${e.lineNumber}: ${e.errorContext}`),
    ).toEqual([]);
  });
});
