import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Issue 13 item 5: no function in src/ spans more than this many lines, so that a reader can hold one in view and
// adding a resource kind touches one small builder rather than one long switch.
const MAX_LINES = 120;

// None today. The list may only shrink: an entry that no longer exceeds the limit fails the test below.
const KNOWN_EXCEPTIONS: readonly string[] = [];

const root = join(import.meta.dirname, "..", "..");

export interface LongFunction {
  file: string;
  line: number;
  name: string;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) return node.name.text;
  if (ts.isConstructorDeclaration(node)) return "constructor";
  // An arrow or function expression takes the name of what it is assigned to.
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) && ts.isIdentifier(parent.name)) {
    return parent.name.text;
  }
  return "(anonymous)";
}

/** Every function-like node with a body in `text` that spans more than `max` lines, first line to last inclusive. */
export function longFunctions(file: string, text: string, max: number): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const fn = node as ts.FunctionLikeDeclaration;
      const first = source.getLineAndCharacterOfPosition(fn.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(fn.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ file, line: first + 1, name: functionName(fn), lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("function length", () => {
  it("measures a function that is one line too long, and passes one at the limit", () => {
    const body = (n: number): string => Array.from({ length: n }, (_, i) => `  const v${i} = ${i};`).join("\n");
    // A function of n lines has a header, n - 2 body lines and a closing brace.
    const atLimit = `function fits() {\n${body(MAX_LINES - 2)}\n}\n`;
    const over = `const tooLong = (): void => {\n${body(MAX_LINES - 1)}\n};\n`;
    expect(longFunctions("a.ts", atLimit, MAX_LINES)).toEqual([]);
    expect(longFunctions("b.ts", `\n${over}`, MAX_LINES)).toEqual([{ file: "b.ts", line: 2, name: "tooLong", lines: MAX_LINES + 1 }]);
  });

  it(`no function in src/ spans more than ${MAX_LINES} lines, apart from the known exceptions`, () => {
    const long = sourceFiles(join(root, "src")).flatMap((path) =>
      longFunctions(relative(root, path).split("\\").join("/"), readFileSync(path, "utf8"), MAX_LINES),
    );
    const unexpected = long.filter((f) => !KNOWN_EXCEPTIONS.includes(`${f.file} ${f.name}`)).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines} lines)`);
    expect(unexpected, "split these functions by step or by resource kind").toEqual([]);
    const stillLong = new Set(long.map((f) => `${f.file} ${f.name}`));
    const stale = KNOWN_EXCEPTIONS.filter((entry) => !stillLong.has(entry));
    expect(stale, "these are short now: remove them from KNOWN_EXCEPTIONS").toEqual([]);
  });
});
