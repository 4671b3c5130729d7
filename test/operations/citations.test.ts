/**
 * Every command a generated deploy/ script runs is cited: the names are read from the parse trees (PowerShell with
 * the tree-sitter PowerShell grammar, bash with tree-sitter-bash), for both examples and the generated tenants, and
 * each must have a row in docs/operations.md's "Every command cited" table with a documentation URL.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bashCommands } from "../support/bash-grammar.js";
import { powershellCommands } from "../support/powershell-grammar.js";
import { planCases } from "./cases.js";

const cases = planCases();

/** The table's rows: command (first cell, in backquotes) → the URLs of its documentation cell. */
function citationTable(markdown: string): Map<string, string[]> {
  const start = markdown.indexOf("## Every command cited");
  expect(start).toBeGreaterThan(0);
  const end = markdown.indexOf("\n## ", start + 3);
  const rows = new Map<string, string[]>();
  for (const line of markdown.slice(start, end).split("\n")) {
    const m = /^\| `([^`]+)` \| [^|]+ \| (.+) \|$/.exec(line);
    if (m)
      rows.set(
        m[1]!,
        [...m[2]!.matchAll(/<(https:\/\/[^>\s]+)>/g)].map((u) => u[1]!),
      );
  }
  return rows;
}

async function commandsOfDeploy(): Promise<{ used: Map<string, Set<string>>; scripts: number }> {
  const used = new Map<string, Set<string>>();
  let scripts = 0;
  const add = (name: string, where: string) => used.set(name, (used.get(name) ?? new Set()).add(where));
  for (const c of cases) {
    for (const [path, content] of c.deploy) {
      if (path.endsWith(".ps1")) {
        const { commands, functions } = await powershellCommands(content);
        for (const name of commands) if (![...functions].some((f) => f.toLowerCase() === name.toLowerCase())) add(name, `${c.label}: ${path}`);
        scripts++;
      } else if (path.endsWith(".sh")) {
        const { commands, functions, errors } = await bashCommands(content);
        expect(errors, `${c.label}: ${path}`).toEqual([]);
        for (const name of commands) if (!functions.has(name)) add(name, `${c.label}: ${path}`);
        scripts++;
      }
    }
  }
  return { used, scripts };
}

describe("docs/operations.md cites every command the deploy scripts run", () => {
  it("every command of every generated script has a row with a documentation URL, and every row is a command in use", async () => {
    const table = citationTable(readFileSync("docs/operations.md", "utf8"));
    const { used, scripts } = await commandsOfDeploy();
    expect(scripts).toBeGreaterThan(40);
    expect(cases.some((c) => c.label.startsWith("generated tenant"))).toBe(true);
    const missing = [...used.keys()].filter((name) => !table.has(name)).map((name) => `${name} (${[...used.get(name)!][0]})`);
    expect(missing).toEqual([]);
    for (const [name, urls] of table) expect(urls.length, name).toBeGreaterThan(0);
    expect([...table.keys()].filter((name) => !used.has(name))).toEqual([]);
    // The product cmdlets point at their product's reference, not at a general page.
    for (const [name, urls] of table) {
      if (/-DPM/.test(name)) expect(urls[0], name).toBe(`https://learn.microsoft.com/powershell/module/dataprotectionmanager/${name.toLowerCase()}`);
      if (/-OB/.test(name)) expect(urls[0], name).toBe(`https://learn.microsoft.com/powershell/module/msonlinebackup/${name.toLowerCase()}`);
      if (/-VBR/.test(name)) expect(urls[0], name).toBe(`https://helpcenter.veeam.com/docs/vbr/powershell/${name.toLowerCase()}.html`);
    }
  });

  it("the extraction can fail: a command no row cites is found in both grammars, and the parse trees skip self-defined functions", async () => {
    const table = citationTable(readFileSync("docs/operations.md", "utf8"));
    const ps = await powershellCommands("function Invoke-Mine { Get-Thing -X 1 | Where-Object { $_ } }\nInvoke-Mine\n$y = (Get-Other)\n");
    expect([...ps.commands].sort()).toEqual(["Get-Other", "Get-Thing", "Invoke-Mine", "Where-Object"]);
    expect([...ps.functions]).toEqual(["Invoke-Mine"]);
    expect(table.has("Get-Thing")).toBe(false);
    const sh = await bashCommands("#!/usr/bin/env bash\nf() { curl -s x | jq .; }\nif az account show >/dev/null; then f; fi\nx=$(base64 -d <<<y)\n");
    expect([...sh.commands].sort()).toEqual(["az", "base64", "curl", "f", "jq"]);
    expect([...sh.functions]).toEqual(["f"]);
    expect(table.has("az")).toBe(false);
  });
});
