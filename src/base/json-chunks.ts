/**
 * `JSON.stringify(value, null, 2)` in pieces: the same text, yielded in chunks of about CHUNK_CHARS characters, so
 * that a plan model too large for one string (V8 caps a string at 2^29 - 24 characters: "Invalid string length"
 * at about 19,000 VMs) can be written to stdout as it is serialised, holding one chunk at a time.
 * It follows JSON.stringify's rules (ECMA-262 SerializeJSONProperty): toJSON is called, undefined, functions
 * and symbols are left out of objects and become null in arrays, non-finite numbers become null, and
 * strings are quoted by JSON.stringify itself. test/base/json-chunks.test.ts compares the two.
 */

/** About 64 KiB per chunk: large enough that writes are few, small enough to hold nothing of note. */
export const CHUNK_CHARS = 64 * 1024;

interface Buffer {
  text: string;
}

export function* jsonChunks(value: unknown, chunkChars = CHUNK_CHARS): Generator<string> {
  const buffer: Buffer = { text: "" };
  const top = prepared(value, "");
  if (top === undefined) return;
  yield* emit(top, "", buffer, chunkChars);
  buffer.text += "\n";
  yield buffer.text;
}

/** The value as JSON.stringify sees it: after toJSON and unboxing; undefined when it is left out. */
function prepared(value: unknown, key: string): unknown {
  let v = value;
  if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON === "function") v = (v as { toJSON(k: string): unknown }).toJSON(key);
  if (v instanceof Number || v instanceof String || v instanceof Boolean) v = v.valueOf();
  if (v === undefined || typeof v === "function" || typeof v === "symbol") return undefined;
  return v;
}

function* emit(value: unknown, indent: string, buffer: Buffer, chunkChars: number): Generator<string> {
  if (value === null || typeof value !== "object") {
    buffer.text += scalar(value);
  } else if (Array.isArray(value)) {
    if (value.length === 0) {
      buffer.text += "[]";
    } else {
      const inner = `${indent}  `;
      buffer.text += "[\n";
      for (let i = 0; i < value.length; i++) {
        buffer.text += i === 0 ? inner : `,\n${inner}`;
        const item = prepared(value[i], String(i));
        if (item === undefined) buffer.text += "null";
        else yield* emit(item, inner, buffer, chunkChars);
      }
      buffer.text += `\n${indent}]`;
    }
  } else {
    const inner = `${indent}  `;
    let first = true;
    for (const key of Object.keys(value)) {
      const child = prepared((value as Record<string, unknown>)[key], key);
      if (child === undefined) continue;
      buffer.text += `${first ? "{\n" : ",\n"}${inner}${JSON.stringify(key)}: `;
      first = false;
      yield* emit(child, inner, buffer, chunkChars);
    }
    buffer.text += first ? "{}" : `\n${indent}}`;
  }
  if (buffer.text.length >= chunkChars) {
    yield buffer.text;
    buffer.text = "";
  }
}

function scalar(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "null";
  if (typeof value === "bigint") throw new TypeError("Do not know how to serialize a BigInt");
  return JSON.stringify(value) ?? "null";
}
