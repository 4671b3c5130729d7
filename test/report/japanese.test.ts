/**
 * The Japanese documents are Japanese: no English sentence may remain outside code, commands, names and
 * product names. A line "has an English sentence" when it holds six or more plain English words in a row
 * after code blocks, code spans, link targets and HTML tags are removed (identifiers with hyphens, dots,
 * slashes or digits break a run, so rule names, paths and versions do not count).
 */
import { describe, expect, it } from "vitest";
import { exampleExists, examples, renderExample } from "./plans.js";

/** Product names that stay English in Japanese documents, as Microsoft Japan and the vendors write them. */
const PRODUCT_NAMES = [
  "Veeam Agent for Microsoft Windows",
  "Veeam Agent for Linux",
  "Veeam Backup \\& Replication",
  "Veeam Backup & Replication",
  "Microsoft Azure Backup Server",
  "Azure Backup for AKS",
];

const MIN_WORDS = 6;

function proseLines(text: string, kind: "md" | "html"): string[] {
  let body = text;
  if (kind === "html") {
    body = body
      .replace(/<style[\s\S]*?<\/style>/g, " ")
      .replace(/<code>[\s\S]*?<\/code>/g, " ")
      .replace(/<pre>[\s\S]*?<\/pre>/g, " ")
      .replace(/<[^>]+>/g, "\n");
  }
  const lines: string[] = [];
  let fenced = false;
  for (const line of body.split("\n")) {
    if (kind === "md" && line.trimStart().startsWith("```")) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    lines.push(line.replace(/`[^`]*`/g, " ").replace(/\]\([^)]*\)/g, "] "));
  }
  return lines;
}

/** The English runs of MIN_WORDS or more words in a document, with the line they are on. */
export function englishSentences(text: string, kind: "md" | "html"): string[] {
  const found: string[] = [];
  for (const raw of proseLines(text, kind)) {
    let line = raw;
    for (const name of PRODUCT_NAMES) line = line.split(name).join(" ");
    let run: string[] = [];
    const flush = () => {
      if (run.length >= MIN_WORDS) found.push(run.join(" "));
      run = [];
    };
    for (const token of line.split(/\s+/)) {
      const word = token.replace(/^[("'\\*]+|[)"'\\*,.;:!?]+$/g, "");
      if (/^[A-Za-z]+(?:'[a-z]+)?$/.test(word)) run.push(word);
      else flush();
    }
    flush();
  }
  return found;
}

describe("the English-sentence check", () => {
  it("finds an English sentence and ignores code, names and identifiers", () => {
    expect(englishSentences("これは the template uses the latest image version です", "md")).toEqual(["the template uses the latest image version"]);
    expect(englishSentences("```text\nStart the restores at once, in parallel\n```\n`run this now and then later today`", "md")).toEqual([]);
    expect(englishSentences("ルール allow-mabs-data-channel, allow-mabs-smb-netbios-tcp, allow-mabs-netbios-udp, allow-x", "md")).toEqual([]);
    expect(englishSentences("Veeam Agent for Microsoft Windows(Veeam Backup & Replication で管理)", "md")).toEqual([]);
    expect(englishSentences("<p>see <code>the whole text in code stays here</code></p><td>an agent in every protected guest</td>", "html")).toEqual([
      "an agent in every protected guest",
    ]);
  });
});

describe.each(examples)("Japanese documents of the %s example", (example) => {
  it.skipIf(!exampleExists(example))("hold no English sentence", async () => {
    const files = await renderExample(example, "ja");
    const found: string[] = [];
    for (const [path, content] of files) {
      if (path.includes("/")) continue; // iac/, kubernetes/, network/: generated code, not documents
      const kind = path.endsWith(".md") ? "md" : path.endsWith(".html") ? "html" : null;
      if (kind === null) continue;
      for (const sentence of englishSentences(content, kind)) found.push(`${path}: ${sentence}`);
    }
    expect(found).toEqual([]);
  });
});
