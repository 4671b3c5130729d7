/** Readers of the generated files for the tests: they parse what the product would read, independently of the generators. */

/** RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF records. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** The text of a PowerShell single-quoted literal: '' (and its typographic twins) stand for one quote. */
export function psSingle(literal: string): string {
  if (!/^'.*'$/s.test(literal)) throw new Error(`not a single-quoted literal: ${literal}`);
  return literal.slice(1, -1).replace(/(['\u2018\u2019\u201a\u201b])\1/g, "$1");
}

/** The items of `@('a', 'b')`: single-quoted literals separated by ", ". */
export function psArray(text: string): string[] {
  const inner = /^@\((.*)\)$/s.exec(text.trim());
  if (!inner) throw new Error(`not an array literal: ${text}`);
  const items: string[] = [];
  const re = /'(?:[^'\u2018\u2019\u201a\u201b]|(['\u2018\u2019\u201a\u201b])\1)*'/gsy;
  let rest = inner[1]!;
  while (rest.length > 0) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (!m) throw new Error(`cannot read array item at: ${rest}`);
    items.push(psSingle(m[0]));
    rest = rest.slice(m[0].length).replace(/^, /, "");
  }
  return items;
}
