/** Escaping per target: what an inventory name turns into must read back as the same text. */
import fc from "fast-check";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdown, escapeXml, markdownCode, markdownCodeBlock } from "../../src/report/escape.js";

const md = new MarkdownIt({ html: true });

/** The text a Markdown renderer shows for an inline fragment (tags stripped, entities decoded). */
function shownText(markdown: string): string {
  const html = md.renderInline(markdown);
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

const printable = fc.string({ unit: fc.constantFrom(..."abc XYZ 01/w_*`[]()<>#|~&!\\-+=.:'\"{}日本語".split("")), maxLength: 30 });

describe("Markdown escaping", () => {
  it.each([
    ["web*01*", "web*01*"],
    ["[click](http://x)", "[click](http://x)"],
    ["<script>alert(1)</script>", "<script>alert(1)</script>"],
    ["a|b", "a|b"],
    ["環境: 本番", "環境: 本番"],
    ["R&D &copy;", "R&D &copy;"],
    ["`tick`", "`tick`"],
    ["see http://evil.example and www.evil.example", "see http://evil.example and www.evil.example"],
  ])("shows %j literally", (input, shown) => {
    expect(shownText(escapeMarkdown(input))).toBe(shown);
  });

  it("shows any text literally (property)", () => {
    fc.assert(
      fc.property(printable, (text) => {
        // Leading and trailing spaces are not significant in Markdown; compare what a reader sees.
        expect(shownText(escapeMarkdown(text)).trim()).toBe(text.trim());
      }),
      { numRuns: 400 },
    );
  });

  it("leaves no bare URL for GFM to turn into a link", async () => {
    const { lint } = await import("markdownlint/promise");
    const text = `# t\n\n${escapeMarkdown("http://evil.example/x www.evil.example https://a.b")}\n`;
    const results = await lint({ strings: { doc: text }, config: { default: true } });
    expect(results.doc).toEqual([]);
  });

  it("never starts a list, heading or ordered list item", () => {
    for (const text of ["- item", "+ item", "# title", "12. twelve", "3) three", "= under"]) {
      const html = md.render(escapeMarkdown(text));
      expect(html).toMatch(/^<p>/);
    }
  });

  it("keeps a table row intact whatever the cell holds (property)", () => {
    fc.assert(
      fc.property(printable, printable, (a, b) => {
        const table = `| x | y |\n| --- | --- |\n| ${escapeMarkdown(a)} | ${markdownCode(b)} |\n`;
        const html = md.render(table);
        expect((html.match(/<td>/g) ?? []).length).toBe(2);
      }),
      { numRuns: 300 },
    );
  });

  it("code spans and blocks hold backticks", () => {
    expect(shownText(markdownCode("a ``b`` c"))).toBe("a ``b`` c");
    expect(shownText(markdownCode("`x`"))).toBe("`x`");
    const block = markdownCodeBlock("echo ```nested```", "text");
    expect(md.render(block)).toContain("echo ```nested```");
  });
});

describe("XML escaping", () => {
  it("escapes markup and shows characters XML forbids as control pictures", () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;\u2401");
  });
});
