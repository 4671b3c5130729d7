import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { formatFinding } from "../../src/base/findings.js";
import { parseTenant } from "../../src/inventory/load.js";
import { TENANT_JSON_SCHEMA_PATH, tenantJsonSchemaText } from "../../scripts/json-schema.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const committed = readFileSync(resolve(repoRoot, TENANT_JSON_SCHEMA_PATH), "utf8");
const generated = tenantJsonSchemaText();
const schema = JSON.parse(committed) as Record<string, unknown>;

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const validate = ajv.compile(schema);

const readExample = (name: string): Record<string, unknown> =>
  yaml.load(readFileSync(resolve(repoRoot, "examples", name, "tenant.yaml"), "utf8")) as Record<string, unknown>;

describe("docs/tenant.schema.json", () => {
  it("is what `npm run schema` generates from src/inventory/schema.ts (run it after changing the schema)", () => {
    expect(committed, "docs/tenant.schema.json is out of date: run `npm run schema`").toBe(generated);
  });

  it.each(["small", "midsize"])("accepts examples/%s/tenant.yaml", (name) => {
    const ok = validate(readExample(name));
    expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it("rejects an unknown field, a wrong enum value and a missing required field", () => {
    const tenant = readExample("small");
    const stamp = tenant.stamp as Record<string, unknown>;
    const broken = { ...tenant, stamp: { ...stamp, identitySystem: "kerberos", colour: "blue" } };
    delete (broken as Record<string, unknown>).protection;
    expect(validate(broken)).toBe(false);
    const messages = (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
    expect(messages.some((m) => m.startsWith("/stamp/identitySystem enum"))).toBe(true);
    expect(messages.some((m) => m.includes("additionalProperties") && m.includes("colour"))).toBe(true);
    expect(messages.some((m) => m.includes("required") && m.includes("protection"))).toBe(true);
  });
});

/** Every property name anywhere in the JSON Schema, with the object path where it was found. */
function propertyNames(node: unknown, at: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(node)) node.forEach((item) => propertyNames(item, at, out));
  else if (node !== null && typeof node === "object") {
    const record = node as Record<string, unknown>;
    if (record.properties && typeof record.properties === "object") {
      for (const [key, value] of Object.entries(record.properties as Record<string, unknown>)) {
        if (!out.has(key)) out.set(key, `${at}.${key}`);
        propertyNames(value, `${at}.${key}`, out);
      }
    }
    for (const [key, value] of Object.entries(record)) if (key !== "properties") propertyNames(value, at, out);
  }
  return out;
}

describe("docs/tenant-yaml.md", () => {
  const readPage = () => readFileSync(resolve(repoRoot, "docs/tenant-yaml.md"), "utf8");

  it("documents every field of the format", () => {
    const page = readPage();
    const names = propertyNames(schema, "$", new Map());
    expect(names.size).toBeGreaterThan(100);
    const missing = [...names].filter(([name]) => !page.includes(`\`${name}\``)).map(([, path]) => path);
    expect(missing, `fields without a \`name\` entry in docs/tenant-yaml.md: ${missing.join(", ")}`).toEqual([]);
  });

  it("holds a short example that validates with no errors and no warnings", () => {
    const page = readPage();
    const section = page.slice(page.indexOf("## A short example"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example, 'a yaml code block under "## A short example"').toBeDefined();
    const result = parseTenant(example!, "docs/tenant-yaml.md#example");
    const problems = result.findings.filter((f) => f.severity !== "info").map(formatFinding);
    expect(problems, problems.join("\n")).toEqual([]);
    expect(result.ok).toBe(true);
    expect(validate(yaml.load(example!)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("documents every finding code the loader and the validator emit", () => {
    const page = readPage();
    const sources = ["load.ts", "validate.ts"].map((f) => readFileSync(resolve(repoRoot, "src/inventory", f), "utf8")).join("\n");
    const codes = new Set([...sources.matchAll(/finding\(\s*"(?:error|warning|info)",\s*"([a-z-]+)"/g)].map((m) => m[1]!));
    expect(codes.size).toBeGreaterThan(20);
    const missing = [...codes].filter((code) => !page.includes(`\`${code}\``));
    expect(missing, `finding codes missing from docs/tenant-yaml.md: ${missing.join(", ")}`).toEqual([]);
  });
});
