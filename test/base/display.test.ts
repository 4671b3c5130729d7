import { describe, expect, it } from "vitest";
import { neutralise } from "../../src/base/display.js";
import { escapeMarkdown, escapeXml, markdownCode } from "../../src/report/escape.js";
import { terminalSafe, paint } from "../../src/cli/output.js";
import { TenantSchema } from "../../src/inventory/schema.js";
import { renderBlock } from "../../src/iac/hcl.js";

const RLO = "\u202E";

describe("names shown to a person", () => {
  it("turns ESC and BEL into control pictures and a right-to-left override into its code point", () => {
    expect(neutralise("a\u001b[2Jb\u0007")).toBe("a\u241B[2Jb\u2407");
    expect(neutralise(`abc${RLO}txt.exe`)).toBe("abc<U+202E>txt.exe");
    // An isolate, a mark and a C1 control are just as invisible.
    expect(neutralise("x\u2067y\u200Fz\u009B")).toBe("x<U+2067>y<U+200F>z<U+009B>");
    expect(neutralise("日本語 tenant-1")).toBe("日本語 tenant-1");
  });

  it("keeps the override out of Markdown, HTML and code spans", () => {
    expect(escapeMarkdown(`abc${RLO}txt.exe`)).toBe("abc\\<U+202E\\>txt.exe");
    expect(escapeXml(`abc${RLO}txt.exe\u001b`)).toBe("abc&lt;U+202E&gt;txt.exe\u241B");
    expect(markdownCode(`a${RLO}b`)).toBe("`a<U+202E>b`");
  });

  it("keeps the terminal's own colour codes and neutralises every other escape sequence", () => {
    const coloured = paint({ out: process.stdout, err: process.stderr, color: true }, "red", `vm \u001b]0;title\u0007${RLO}`);
    expect(terminalSafe(coloured)).toBe("\u001b[31mvm \u241B]0;title\u2407<U+202E>\u001b[39m");
  });

  it("keeps an HCL comment on one line", () => {
    const text = renderBlock({ type: "locals", labels: [], body: [{ comment: `line one\nresource "x" {}${RLO}` }] }).join("\n");
    expect(text.split("\n").filter((l) => l.trim().startsWith("#"))).toEqual([`  # line one resource "x" {}<U+202E>`]);
  });
});

describe("names with control characters are refused", () => {
  const minimal = (tenantName: string) => ({
    schemaVersion: 1,
    tenant: { name: tenantName },
    stamp: { name: "s1", region: "local", armEndpoint: "https://management.local.azurestack.external", identitySystem: "azure-ad" },
    subscriptions: [{ id: "00000000-0000-0000-0000-000000000001", name: "sub" }],
    protection: {
      tiers: [{ name: "gold", rpoHours: 24, rtoHours: 8, retention: { daily: 7 }, backupWindow: { start: "22:00", durationHours: 8 } }],
      target: { kind: "smb-share", name: "t", location: "site-b", wanBandwidthMbps: 100 },
    },
  });
  it.each([
    ["ESC", "ten\u001bant"],
    ["BEL", "ten\u0007ant"],
    ["right-to-left override", `abc${RLO}txt.exe`],
    ["first strong isolate", "a\u2068b"],
  ])("%s in the tenant name is a schema error naming the field", (_, value) => {
    const result = TenantSchema.safeParse(minimal(value));
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(["tenant", "name"]);
    expect(issue.message).toMatch(/control characters/);
  });
  it("accepts a Japanese name", () => {
    expect(TenantSchema.safeParse(minimal("本社テナント")).success).toBe(true);
  });
});
