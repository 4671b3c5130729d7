/**
 * The churn CSV (format version 1) that the in-guest collectors write, parsed without dropping anything:
 * every line that is not a row comes back as a problem with its file and line. docs/churn.md defines the format.
 */

/** The header every version-1 file starts with (after an optional byte-order mark). */
export const CHURN_CSV_HEADER = "format,host,device,lun,hour_utc,write_bytes,samples,resets";
export const CHURN_CSV_FORMAT = "azs-churn-1";
/**
 * Largest file read. A collector caps its own file at 32 MiB (docs/churn.md); a year of hourly rows for 64
 * disks is about 560,000 rows of ~80 bytes, 45 MB. Anything above 64 MiB is not a collector's file.
 */
export const MAX_CHURN_FILE_BYTES = 64 * 1024 * 1024;
/** Minute samples in an hour: the collectors sample once a minute. */
export const SAMPLES_PER_HOUR = 60;

export interface ChurnRow {
  file: string;
  line: number;
  host: string;
  device: string;
  /** "os", "resource", a LUN number as text, or "" when the guest could not tell. */
  lun: string;
  /** Start of the hour, milliseconds since the epoch (UTC). */
  hour: number;
  writeBytes: number;
  samples: number;
  resets: number;
}

export type CsvProblemCode = "too-large" | "empty" | "bad-header" | "bad-format" | "bad-columns" | "bad-value" | "truncated";

export interface CsvProblem {
  file: string;
  line?: number;
  code: CsvProblemCode;
  detail: string;
}

export interface ParsedChurnFile {
  file: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be";
  rows: ChurnRow[];
  problems: CsvProblem[];
}

/** Bytes to text: PowerShell 5.1's Out-File writes UTF-16LE with a byte-order mark, Export-Csv UTF-8 or ASCII. */
export function decodeChurnBytes(bytes: Uint8Array): { text: string; encoding: ParsedChurnFile["encoding"] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return { text: new TextDecoder("utf-8").decode(bytes.subarray(start)), encoding: "utf-8" };
}

const HOUR_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):00:00Z$/;
const LUN_PATTERN = /^(os|resource|[0-9]|[1-5][0-9]|6[0-3]|)$/;
const UNSIGNED = /^\d{1,20}$/;

/** A file over MAX_CHURN_FILE_BYTES, reported from its size alone (the shell never reads it into memory). */
export function tooLargeChurnFile(file: string, size: number): ParsedChurnFile {
  return {
    file,
    encoding: "utf-8",
    rows: [],
    problems: [
      {
        file,
        code: "too-large",
        detail: `${size} bytes, more than the ${MAX_CHURN_FILE_BYTES} a collector's file can reach; split it by host or month`,
      },
    ],
  };
}

export function parseChurnCsv(file: string, bytes: Uint8Array): ParsedChurnFile {
  if (bytes.byteLength > MAX_CHURN_FILE_BYTES) return tooLargeChurnFile(file, bytes.byteLength);
  const { text, encoding } = decodeChurnBytes(bytes);
  const lines = text.split(/\r?\n/);
  const endsWithNewline = text.endsWith("\n");
  if (endsWithNewline) lines.pop();
  const problems: CsvProblem[] = [];
  const rows: ChurnRow[] = [];
  if (lines.length === 0 || lines[0]!.trim() === "") return { file, encoding, rows, problems: [{ file, code: "empty", detail: "no header and no rows" }] };
  if (lines[0]!.trim() !== CHURN_CSV_HEADER) {
    return { file, encoding, rows, problems: [{ file, line: 1, code: "bad-header", detail: `expected the header "${CHURN_CSV_HEADER}"` }] };
  }
  for (let i = 1; i < lines.length; i++) {
    const lineText = lines[i]!;
    if (lineText.trim() === "") continue;
    const last = i === lines.length - 1 && !endsWithNewline;
    const parsed = parseRow(file, i + 1, lineText);
    if ("row" in parsed) rows.push(parsed.row);
    // A last line without its newline that does not parse was cut off while the collector wrote it.
    else problems.push(last ? { ...parsed.problem, code: "truncated", detail: `the last line is cut off (${parsed.problem.detail})` } : parsed.problem);
  }
  return { file, encoding, rows, problems };
}

function parseRow(file: string, line: number, text: string): { row: ChurnRow } | { problem: CsvProblem } {
  const cells = text.split(",");
  const fail = (code: CsvProblemCode, detail: string) => ({ problem: { file, line, code, detail } });
  if (cells.length !== 8) return fail("bad-columns", `${cells.length} columns, expected 8`);
  const [format, host, device, lun, hourText, bytesText, samplesText, resetsText] = cells.map((c) => c.trim()) as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (format !== CHURN_CSV_FORMAT) return fail("bad-format", `format "${format}" is not ${CHURN_CSV_FORMAT}`);
  if (host === "") return fail("bad-value", "host is empty");
  if (device === "") return fail("bad-value", "device is empty");
  if (!LUN_PATTERN.test(lun)) return fail("bad-value", `lun "${lun}" is not os, resource, empty or 0 to 63`);
  const hour = parseHour(hourText);
  if (hour === undefined) return fail("bad-value", `hour_utc "${hourText}" is not YYYY-MM-DDTHH:00:00Z`);
  if (!UNSIGNED.test(bytesText) || !Number.isSafeInteger(Number(bytesText)))
    return fail("bad-value", `write_bytes "${bytesText}" is not a whole number of bytes`);
  const samples = Number(samplesText);
  if (!/^\d+$/.test(samplesText) || samples < 1 || samples > SAMPLES_PER_HOUR)
    return fail("bad-value", `samples "${samplesText}" is not 1 to ${SAMPLES_PER_HOUR}`);
  if (!/^\d+$/.test(resetsText)) return fail("bad-value", `resets "${resetsText}" is not a count`);
  return { row: { file, line, host, device, lun, hour, writeBytes: Number(bytesText), samples, resets: Number(resetsText) } };
}

function parseHour(text: string): number | undefined {
  const m = HOUR_PATTERN.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h] = m.slice(1).map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h);
  const back = new Date(ms);
  // Date.UTC rolls 2026-02-30 over into March: a date that does not round-trip does not exist.
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 ? ms : undefined;
}
