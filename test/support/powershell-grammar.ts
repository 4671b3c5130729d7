/**
 * A PowerShell check with a real grammar: tree-sitter-powershell (WebAssembly, run by web-tree-sitter) parses
 * the script; every ERROR or MISSING node is a problem. The grammar follows PowerShell 7, so what Windows
 * PowerShell 5.1 lacks is checked on the tree: pipeline chains (`&&`, `||`) and the 6.x/7.x parameters a
 * script could reach for. The 7.x operators `??`, `??=`, `?.` and `? :` are not in the grammar and parse as
 * errors (about_Operators, "Null-coalescing operator", "Ternary operator": PowerShell 7.0).
 */
import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";
import { parsePowerShellSingleQuoted } from "../iac/powershell-quote.js";

const require = createRequire(import.meta.url);
let parser: Parser | undefined;

async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(require.resolve("tree-sitter-powershell/tree-sitter-powershell.wasm"));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** Parameters added after Windows PowerShell 5.1 (docs of each cmdlet, "This parameter was added in PowerShell 6/7"). */
const NEWER_PARAMETERS: Record<string, string[]> = {
  "convertfrom-json": ["-ashashtable", "-depth", "-noenumerate"],
  "foreach-object": ["-parallel", "-throttlelimit"],
  "get-content": ["-asbytestream"],
  "set-content": ["-asbytestream"],
  "join-path": ["-additionalchildpath"],
  "test-json": [],
};
/** Cmdlets that Windows PowerShell 5.1 does not have at all. */
const NEWER_COMMANDS = new Set(["test-json", "get-error", "remove-alias", "get-uptime"]);

export interface PowerShellProblem {
  line: number;
  column: number;
  message: string;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children) if (child) yield* walk(child);
}

/** Problems of a .ps1 text as Windows PowerShell 5.1 would meet them; [] when it parses and stays within 5.1. */
export async function checkPowerShell(text: string): Promise<PowerShellProblem[]> {
  const problems: PowerShellProblem[] = [];
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (/[^\x00-\x7f]/.test(body) && !text.startsWith("\uFEFF")) {
    problems.push({
      line: 1,
      column: 1,
      message: "non-ASCII text without a UTF-8 BOM: Windows PowerShell 5.1 reads it in the ANSI code page",
    });
  }
  const tree = (await powershellParser()).parse(body);
  if (!tree) throw new Error("tree-sitter returned no tree");
  const at = (node: Node, message: string) => problems.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, message });
  for (const node of walk(tree.rootNode)) {
    if (node.isError) at(node, `syntax error near ${JSON.stringify(node.text.slice(0, 40))}`);
    else if (node.isMissing) at(node, `missing ${node.type}`);
    else if (node.type === "pipeline_chain_tail") at(node, `pipeline chain ${node.text} needs PowerShell 7`);
    else if (node.type === "command") {
      const name = node.childForFieldName("command_name")?.text.toLowerCase() ?? "";
      if (NEWER_COMMANDS.has(name)) at(node, `${name} is not in Windows PowerShell 5.1`);
      const newer = NEWER_PARAMETERS[name] ?? [];
      // Only the command's own parameters: a nested (sub-expression) command is checked on its own.
      for (const part of node.childForFieldName("command_elements")?.children ?? []) {
        if (part?.type === "command_parameter" && newer.includes(part.text.toLowerCase())) at(part, `${name} ${part.text} is not in Windows PowerShell 5.1`);
      }
    }
  }
  tree.delete();
  return problems;
}

/** A single-quoted string literal assigned in the script: the variable, the hashtable key it sits under (if any) and its value. */
export interface AssignedString {
  variable: string;
  key?: string;
  value: string;
}

/**
 * The single-quoted string literals of every top-level assignment, in order, read from the parse tree: what
 * Windows PowerShell will hold in each variable (or hashtable entry), not what the template meant to write.
 */
export async function assignedStrings(text: string): Promise<AssignedString[]> {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const tree = (await powershellParser()).parse(body);
  if (!tree) throw new Error("tree-sitter returned no tree");
  const out: AssignedString[] = [];
  const topLevel = (node: Node) => {
    for (let up = node.parent; up; up = up.parent) if (up.type === "function_statement" || up.type === "script_block_expression") return false;
    return true;
  };
  for (const assignment of walk(tree.rootNode)) {
    if (assignment.type !== "assignment_expression" || !topLevel(assignment)) continue;
    const variable = assignment.firstNamedChild?.text.trim() ?? "";
    const value = assignment.childForFieldName("value");
    if (!value) continue;
    for (const node of walk(value)) {
      if (node.type !== "string_literal" || !node.text.startsWith("'")) continue;
      let key: string | undefined;
      for (let up = node.parent; up; up = up.parent) {
        if (up.type === "hash_entry") {
          key = up.firstNamedChild?.text;
          break;
        }
        if (up.id === value.id) break;
      }
      out.push({ variable, key, value: parsePowerShellSingleQuoted(node.text).value });
    }
  }
  tree.delete();
  return out;
}

export interface PowerShellCommands {
  /** Command names as written in `command` nodes (cmdlets, functions, externals), lower case merged by the caller. */
  commands: Set<string>;
  /** Functions the script defines itself (function_statement names). */
  functions: Set<string>;
}

/** The commands a script runs, read from the parse tree's `command` nodes: what PowerShell will look up by name. */
export async function powershellCommands(text: string): Promise<PowerShellCommands> {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const tree = (await powershellParser()).parse(body);
  if (!tree) throw new Error("tree-sitter returned no tree");
  const out: PowerShellCommands = { commands: new Set(), functions: new Set() };
  for (const node of walk(tree.rootNode)) {
    if (node.type === "command") {
      const name = node.childForFieldName("command_name")?.text;
      if (name) out.commands.add(name);
    } else if (node.type === "function_statement") {
      const name = node.children.find((c) => c?.type === "function_name")?.text;
      if (name) out.functions.add(name);
    }
  }
  tree.delete();
  return out;
}
