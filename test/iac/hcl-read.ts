/** Reading generated HCL back with a real HCL parser (@cdktf/hcl2json) for the tests. */
import { parse } from "@cdktf/hcl2json";

/**
 * hcl2json keeps a string that holds template sequences as template source: `$${` and `%%{` stay
 * doubled, an interpolation stays `${...}`. This returns the literal text, and throws when the string
 * contains a live interpolation or directive (which a literal never may).
 */
export function hclLiteral(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ((c === "$" || c === "%") && text[i + 1] === c && text[i + 2] === "{") {
      out += `${c}{`;
      i += 2;
    } else if ((c === "$" || c === "%") && text[i + 1] === "{") {
      throw new Error(`live template sequence in ${JSON.stringify(text)}`);
    } else out += c;
  }
  return out;
}

/** "${azurestack_subnet.x.id}" → "azurestack_subnet.x.id"; undefined when the value is not a bare reference. */
export function hclReference(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}$/.exec(value);
  return m?.[1];
}

export interface TfResource {
  type: string;
  label: string;
  body: Record<string, any>;
}

export async function parseHcl(name: string, content: string): Promise<Record<string, any>> {
  return (await parse(name, content)) as Record<string, any>;
}

export function resourcesOf(parsed: Record<string, any>): TfResource[] {
  const out: TfResource[] = [];
  for (const [type, byLabel] of Object.entries((parsed.resource ?? {}) as Record<string, Record<string, any[]>>)) {
    for (const [label, bodies] of Object.entries(byLabel)) {
      expectOne(bodies, `${type}.${label}`);
      out.push({ type, label, body: bodies[0] });
    }
  }
  return out;
}

function expectOne(bodies: unknown[], what: string): void {
  if (bodies.length !== 1) throw new Error(`${what} is declared ${bodies.length} times`);
}
