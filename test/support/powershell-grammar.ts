/**
 * PowerShell parsed with a real grammar: tree-sitter-powershell (MIT, its own WebAssembly build) through
 * web-tree-sitter, both devDependencies. `powershellSyntaxErrors` returns where the parse tree holds ERROR or
 * MISSING nodes, so a test can say which line of a generated script does not parse.
 */
import { createRequire } from "node:module";
import { Language, Parser, type Node } from "web-tree-sitter";

let parser: Parser | undefined;

async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const wasm = createRequire(import.meta.url).resolve("tree-sitter-powershell/tree-sitter-powershell.wasm");
  const language = await Language.load(wasm);
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

function collect(node: Node, out: string[]): void {
  if (node.isError || node.isMissing)
    out.push(`line ${node.startPosition.row + 1}, column ${node.startPosition.column + 1}: ${node.isMissing ? "missing" : "unexpected"} ${node.type}`);
  if (!node.hasError && !node.isMissing) return;
  for (const child of node.children) if (child) collect(child, out);
}

export async function powershellSyntaxErrors(source: string): Promise<string[]> {
  const tree = (await powershellParser()).parse(source);
  if (!tree) return ["the parser returned no tree"];
  const errors: string[] = [];
  collect(tree.rootNode, errors);
  tree.delete();
  return errors;
}
