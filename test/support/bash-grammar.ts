/**
 * bash read with a real grammar: tree-sitter-bash (WebAssembly, run by web-tree-sitter) parses a script and the
 * command names are read from its `command` nodes, as bash will look them up. Used to check that every command a
 * generated script runs is cited in docs/operations.md.
 */
import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";

const require = createRequire(import.meta.url);
let parser: Parser | undefined;

async function bashParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children) if (child) yield* walk(child);
}

export interface BashCommands {
  /** Names of the commands the script runs (first word of each simple command), functions it defines included. */
  commands: Set<string>;
  /** Functions the script defines itself. */
  functions: Set<string>;
  /** Syntax errors found by the grammar, "line:column". */
  errors: string[];
}

export async function bashCommands(text: string): Promise<BashCommands> {
  const tree = (await bashParser()).parse(text);
  if (!tree) throw new Error("tree-sitter returned no tree");
  const out: BashCommands = { commands: new Set(), functions: new Set(), errors: [] };
  for (const node of walk(tree.rootNode)) {
    if (node.isError || node.isMissing) out.errors.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1}`);
    else if (node.type === "command") {
      const name = node.childForFieldName("name")?.text;
      if (name) out.commands.add(name);
    } else if (node.type === "function_definition") {
      const name = node.childForFieldName("name")?.text;
      if (name) out.functions.add(name);
    }
  }
  tree.delete();
  return out;
}
