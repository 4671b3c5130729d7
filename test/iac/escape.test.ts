import { describe, expect, it } from "vitest";
import { armExpressionString, armLiteral, bashString, hclString, identifier, powershellString, safeFileName, uniqueNamer } from "../../src/iac/escape.js";
import { renderTemplate } from "../../src/iac/handlebars.js";
import { attrs, map, num, ref, renderFile, str } from "../../src/iac/hcl.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";

describe("escaping helpers", () => {
  it("write the documented escapes", () => {
    expect(hclString('a"b\\c\n${x}%{y}$z%w')).toBe('"a\\"b\\\\c\\n$${x}%%{y}$z%w"');
    expect(powershellString("it's ‘q’ ‚r‛")).toBe("'it''s ‘‘q’’ ‚‚r‛‛'");
    expect(bashString("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(armExpressionString("o'neil")).toBe("'o''neil'");
    expect(armLiteral("[x]")).toBe("[[x]");
    expect(armLiteral("[x")).toBe("[x");
    expect(armLiteral("x]")).toBe("x]");
  });

  it("make safe, unique file names and identifiers", () => {
    expect(safeFileName("..")).toBe("__");
    expect(safeFileName("a/b\\c:d")).toBe("a_b_c_d");
    expect(safeFileName("本番 環境")).toBe("本番_環境");
    expect(safeFileName("NUL.txt")).toBe("_NUL.txt");
    expect(safeFileName("")).toBe("_");
    expect(safeFileName("x".repeat(200))).toHaveLength(80);
    const unique = uniqueNamer();
    expect([unique("a"), unique("A"), unique("a")]).toEqual(["a", "A-2", "a-3"]);
    expect(identifier("rg-web/01")).toBe("rg_web_01");
    expect(identifier("1st")).toBe("x1st");
    expect(identifier("環境")).toBe("x");
  });
});

describe("Handlebars instance", () => {
  it("runs strict: a missing field is an error, not an empty string", () => {
    // Passed to a helper: the helper refuses a non-string.
    expect(() => renderTemplate(IAC_TEMPLATES, "terraform/variables.tf.hbs", { variables: [{ name: "v", sensitive: false, hasDefault: false }] })).toThrow(
      /needs a string/,
    );
    // A bare mustache: Handlebars' strict mode refuses the missing field.
    const context = {
      tenantName: "t",
      environmentName: "e",
      armEndpoint: "https://a",
      apiProfile: "p",
      outputRoot: "o",
      generations: 3,
      storageSuffix: "",
      keyVaultSuffix: "",
      subscriptions: [],
      profile: [],
      redactJq: ".",
    };
    expect(() => renderTemplate(IAC_TEMPLATES, "scripts/export-config.sh.hbs", context)).toThrow(/maxGenerations/);
    expect(renderTemplate(IAC_TEMPLATES, "scripts/export-config.sh.hbs", { ...context, maxGenerations: 9 })).toContain("-gt 9 ]");
  });

  it("never HTML-escapes", () => {
    const out = renderTemplate(IAC_TEMPLATES, "terraform/variables.tf.hbs", {
      variables: [{ name: "v", description: "<a & 'b'>", sensitive: false, hasDefault: false }],
    });
    expect(out).toContain(`description = "<a & 'b'>"`);
  });
});

describe("HCL writer", () => {
  it("aligns consecutive attributes, leaves multi-line maps unpadded and quotes non-identifier keys", () => {
    const text = renderFile([
      {
        type: "resource",
        labels: ["t", "n"],
        body: [
          ...attrs({
            name: str("x"),
            resource_group_name: ref("a.b.name"),
            skipped: undefined,
            tags: map({ app: "web", 環境: "本番" }),
            n: num(1),
          }),
          { block: { type: "inner", labels: [], body: attrs({ a: num(1), bbb: num(2) }) } },
        ],
      },
    ]);
    expect(text).toBe(
      [
        'resource "t" "n" {',
        '  name                = "x"',
        "  resource_group_name = a.b.name",
        "  tags = {",
        '    app  = "web"',
        '    "環境" = "本番"',
        "  }",
        "  n = 1",
        "",
        "  inner {",
        "    a   = 1",
        "    bbb = 2",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });
});
