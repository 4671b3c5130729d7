import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/base/findings.js";
import { parseTenant } from "../../src/inventory/load.js";
import { serializeTenant } from "../../src/inventory/save.js";
import { YAML_LIMITS } from "../../src/inventory/yaml-source.js";
import { parseChanged, smallExamplePath, toYaml, tenantFrom, smallExampleDocument } from "../helpers/tenant-fixtures.js";

describe("tenant.yaml round trip", () => {
  it("load → save → load gives the same model, and saving again gives the same bytes", () => {
    const first = parseTenant(readFileSync(smallExamplePath, "utf8"), "small.yaml");
    expect(first.ok).toBe(true);
    const text = serializeTenant(first.tenant!);
    const second = parseTenant(text, "saved.yaml");
    expect(second.ok).toBe(true);
    expect(second.tenant).toEqual(first.tenant);
    expect(serializeTenant(second.tenant!)).toBe(text);
  });

  it("keeps Japanese tag values and hostile characters literally", () => {
    const tenant = tenantFrom((d) => {
      d.subscriptions[0].resourceGroups[1].virtualMachines[0].tags = { 環境: "本番", quote: `it's "x" \${y} %{z} \`b\``, nl: "a\nb" };
    });
    const again = parseTenant(serializeTenant(tenant), "again.yaml");
    expect(again.tenant!.subscriptions[0]!.resourceGroups[1]!.virtualMachines[0]!.tags).toEqual({
      環境: "本番",
      quote: `it's "x" \${y} %{z} \`b\``,
      nl: "a\nb",
    });
  });

  it("leaves out empty default lists but keeps an explicit empty roles list", () => {
    const tenant = tenantFrom((d) => {
      d.subscriptions[0].resourceGroups[1].virtualMachines[0].roles = [];
    });
    const text = serializeTenant(tenant);
    expect(text).not.toContain("routeTables: []");
    expect(parseTenant(text).tenant).toEqual(tenant);
  });
});

describe("positions and field paths", () => {
  it("names line, column and the full path of a type error deep inside", () => {
    const text = readFileSync(smallExamplePath, "utf8").replace(
      "{ name: sql01-log, role: data, lun: 1, sizeGiB: 256,",
      '{ name: sql01-log, role: data, lun: 1, sizeGiB: "big",',
    );
    const result = parseTenant(text, "deep.yaml");
    expect(result.ok).toBe(false);
    const lineNumber = text.split("\n").findIndex((l) => l.includes('sizeGiB: "big"')) + 1;
    const column = text.split("\n")[lineNumber - 1]!.indexOf("sizeGiB") + 1;
    expect(result.findings.map(formatFinding)).toEqual([
      `deep.yaml:${lineNumber}:${column}: error [schema] subscriptions[0].resourceGroups[1].virtualMachines[0].disks[2].sizeGiB: expected number, got string "big"`,
    ]);
  });

  it("reports a syntax error with js-yaml's line and column", () => {
    const result = parseTenant("schemaVersion: 1\ntenant:\n  name: [unclosed\n", "bad.yaml");
    expect(result.ok).toBe(false);
    expect(result.findings[0]!.code).toBe("yaml-syntax");
    expect(result.findings[0]!.file).toBe("bad.yaml");
    // The flow sequence opened on line 3 is never closed: js-yaml notices at the end of the input (line 4).
    expect(result.findings[0]!.position!.line).toBeGreaterThanOrEqual(3);
    expect(result.findings[0]!.position!.line).toBeLessThanOrEqual(4);
  });

  it("reports a duplicate key as a syntax error", () => {
    const result = parseTenant("schemaVersion: 1\nschemaVersion: 1\n", "dup.yaml");
    expect(result.findings[0]).toMatchObject({ code: "yaml-syntax", position: { line: 2 } });
    expect(result.findings[0]!.message).toMatch(/duplicated mapping key/);
  });

  it("points an unknown field at its own key", () => {
    const text = readFileSync(smallExamplePath, "utf8").replace("  region: tokyo\n", "  region: tokyo\n  regoin: tokyo\n");
    const result = parseTenant(text, "typo.yaml");
    const f = result.findings.find((x) => x.message === 'unknown field "regoin"')!;
    expect(f.path).toEqual(["stamp", "regoin"]);
    expect(f.position!.line).toBe(text.split("\n").indexOf("  regoin: tokyo") + 1);
    expect(f.position!.column).toBe(3);
  });

  it("reports a missing required field at the object that lacks it", () => {
    const document = smallExampleDocument();
    delete document.subscriptions[0].resourceGroups[1].virtualMachines[0].vCpus;
    const text = toYaml(document);
    const result = parseTenant(text, "changed.yaml");
    const f = result.findings.find((x) => x.path.join(".") === "subscriptions.0.resourceGroups.1.virtualMachines.0.vCpus")!;
    expect(f.message).toBe("required field is missing (expected number)");
    // The VM that lacks it is sql01, the first VM of rg-data: its first key, after the list's "- ".
    const lines = text.split("\n");
    const line = lines.findIndex((l) => /^\s*- name: sql01$/.test(l)) + 1;
    expect(f.position).toEqual({ line, column: lines[line - 1]!.indexOf("name") + 1 });
  });

  it("names the allowed values of an enumeration", () => {
    const result = parseChanged((d) => (d.stamp.identitySystem = "kerberos"));
    expect(result.findings[0]!.message).toBe('expected one of "azure-ad", "adfs", got string "kerberos"');
  });
});

describe("hostile input", () => {
  it("refuses binary data", () => {
    expect(parseTenant("schemaVersion: 1\u0000\u0001", "bin.yaml").findings[0]!.message).toMatch(/binary data/);
  });

  it("refuses aliases that expand exponentially", () => {
    let text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (let i = 1; i <= 9; i++)
      text += `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(", ")}]\n`;
    const result = parseTenant(text, "bomb.yaml");
    expect(result.ok).toBe(false);
    expect(result.findings[0]!.message).toContain(YAML_LIMITS.maxExpandedNodes.toLocaleString("en-US"));
  });

  it("refuses nesting deeper than the limit", () => {
    const depth = YAML_LIMITS.maxDepth + 5;
    const text = `${"[".repeat(depth)}${"]".repeat(depth)}\n`;
    expect(parseTenant(text, "deep.yaml").findings[0]!.code).toBe("yaml-syntax");
  });

  it("refuses a document that is not a mapping", () => {
    expect(parseTenant("- just\n- a list\n", "list.yaml").findings[0]!.message).toMatch(/expected a mapping/);
  });

  it("refuses NaN and infinity where a size is expected", () => {
    const nan = parseChanged((d) => (rgDisk(d).sizeGiB = Number.NaN));
    expect(nan.findings[0]!.message).toMatch(/expected number, got NaN/);
    const text = toYaml(smallExampleDocument()).replace(/sizeGiB: 512/, "sizeGiB: .inf");
    expect(parseTenant(text).findings[0]!.message).toMatch(/Infinity/);
  });
});

const rgDisk = (d: any) => d.subscriptions[0].resourceGroups[1].virtualMachines[0].disks[1];
