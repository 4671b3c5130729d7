/**
 * Property-based tests: arbitrary text (quotes, backslashes, $, ${, %{, backticks, brackets, newlines,
 * typographic quotes, Japanese, any Unicode) goes through every generator and must come back as the same
 * literal when read by the target language: JSON.parse plus the ARM evaluator, a real HCL parser, a
 * PowerShell single-quote reader, and bash itself.
 */
import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildArmTemplates } from "../../src/iac/arm.js";
import { bashString, hclString, jsonString, powershellString } from "../../src/iac/escape.js";
import { generateExportScripts } from "../../src/iac/scripts.js";
import { generateTerraform } from "../../src/iac/terraform.js";
import { hclLiteral, parseHcl, resourcesOf } from "./hcl-read.js";
import { parsePowerShellSingleQuoted } from "./powershell-quote.js";
import { deployPlan, loadTenant } from "./round-trip.js";
import { IAC_TEMPLATES } from "../helpers/templates.js";

const fragments = fc.constantFrom(
  '"',
  "'",
  "\\",
  "$",
  "${",
  "%{",
  "$${",
  "%%{",
  "`",
  "\n",
  "\r\n",
  "\t",
  "[",
  "]",
  "{",
  "}",
  "本番環境",
  "‘",
  "’",
  "‚",
  "‛",
  "“",
  "#",
  "--",
  "*/",
  "<#",
  "#>",
  " ",
);
/** Hostile text without NUL (no process argument or script line can hold a NUL byte; see docs/assumptions.md). */
const text = fc
  .array(fc.oneof(fragments, fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })), { maxLength: 8 })
  .map((parts) => parts.join("").replaceAll("\0", ""));
const nonEmpty = text.filter((s) => s.length > 0);

const bash = (quoted: string): string => execFileSync("bash", ["-c", `printf %s ${quoted}`], { encoding: "utf8" });

describe("literal encoders", () => {
  it("JSON strings parse back to the input", () => {
    fc.assert(fc.property(text, (s) => JSON.parse(jsonString(s)) === s));
  });

  it("PowerShell single-quoted strings read back to the input, quotes of every kind doubled", () => {
    fc.assert(
      fc.property(text, (s) => {
        const { value, rest } = parsePowerShellSingleQuoted(powershellString(s));
        return value === s && rest === "";
      }),
    );
  });

  it("bash single-quoted strings come back from bash unchanged", () => {
    fc.assert(
      fc.property(text, (s) => bash(bashString(s)) === s),
      { numRuns: 60 },
    );
  });

  // HCL normalises every string to Unicode NFC, escapes included (checked: "\U0001D15E" reads back as
  // U+1D157 U+1D165), so HCL carries text literally up to NFC; terraform.ts reports non-NFC text as a gap.
  it("HCL strings parse back with hcl2json to the same literal (in NFC), with no live template sequence", async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const parsed = await parseHcl("t.tf", `locals {\n  v = ${hclString(s)}\n}\n`);
        return hclLiteral(parsed.locals[0].v) === s.normalize("NFC");
      }),
      { numRuns: 80 },
    );
  });
});

const small = loadTenant("examples/small/tenant.yaml");

describe("generators carry arbitrary names, tags and descriptions literally", () => {
  it("ARM (JSON.parse + evaluator), Terraform (hcl2json), PowerShell and bash", async () => {
    await fc.assert(
      fc.asyncProperty(nonEmpty, text, text, nonEmpty, async (tagKey, tagValue, description, name) => {
        const t = structuredClone(small);
        const groups = t.subscriptions[0]!.resourceGroups;
        const web = groups.find((g) => g.name === "rg-web")!;
        const network = groups.find((g) => g.name === "rg-network")!;
        web.name = name;
        web.virtualMachines[0]!.tags = { [tagKey]: tagValue };
        network.networkSecurityGroups[0]!.rules[0]!.description = description;
        t.tenant.name = name;

        // ARM: serialised, parsed and evaluated.
        const plans = buildArmTemplates(t);
        const webPlan = plans.find((p) => p.resourceGroup === web)!;
        const deployedWeb = deployPlan(webPlan).resources;
        expect(deployedWeb.find((r) => r.type === "Microsoft.Compute/virtualMachines" && r.name === "web01")!.tags).toEqual({
          [tagKey]: tagValue,
        });
        const deployedNetwork = deployPlan(plans.find((p) => p.resourceGroup === network)!).resources;
        const nsg = deployedNetwork.find((r) => r.type === "Microsoft.Network/networkSecurityGroups")!;
        expect((nsg.properties as any).securityRules[0].properties.description).toBe(description === "" ? "" : description);

        // Terraform: parsed with a real HCL parser.
        const main = generateTerraform(t, IAC_TEMPLATES).find((f) => f.path.endsWith("main.tf"))!;
        const resources = resourcesOf(await parseHcl("main.tf", main.content));
        const vm = resources.find((r) => r.type === "azurestack_windows_virtual_machine" && r.body.name === "web01")!;
        const tags = Object.fromEntries(Object.entries(vm.body.tags as Record<string, string>).map(([k, v]) => [hclLiteral(k), hclLiteral(v)]));
        const nfc = (x: string) => x.normalize("NFC");
        expect(tags).toEqual({ [nfc(tagKey)]: nfc(tagValue) });
        expect(resources.some((r) => r.type === "azurestack_resource_group" && hclLiteral(r.body.name) === nfc(name))).toBe(true);
        const rule = resources.find((r) => r.type === "azurestack_network_security_group" && r.body.name === "nsg-identity")!.body.security_rule[0];
        expect(hclLiteral(rule.description)).toBe(nfc(description));

        // Scripts: the tenant name read back by a PowerShell reader and by bash.
        const [ps, sh] = generateExportScripts(t, IAC_TEMPLATES).map((f) => f.content) as [string, string];
        const psRead = parsePowerShellSingleQuoted(ps.slice(ps.indexOf("\n$TenantName = ") + "\n$TenantName = ".length));
        expect(psRead.value).toBe(name);
        expect(psRead.rest.startsWith("\n$EnvironmentName = ")).toBe(true);
        const shStart = sh.indexOf("TENANT_NAME=");
        const shEnd = sh.indexOf("\nCLOUD_NAME=");
        expect(execFileSync("bash", ["-c", `${sh.slice(shStart, shEnd)}\nprintf %s "$TENANT_NAME"`], { encoding: "utf8" })).toBe(name);
        expect(sh.slice(shEnd + 1).startsWith("CLOUD_NAME=")).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});
