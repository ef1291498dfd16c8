import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdown, safeHref, shiftHeadings, slugify } from "./parse-markdown";

const text = (t: string) => ({ type: "text", text: t });

describe("parseInline", () => {
  it("reads strong, emphasis, code and links", () => {
    expect(parseInline("**Confirmed**: *both* sides, see `actor` and [the map](/)")).toEqual([
      { type: "strong", children: [text("Confirmed")] },
      text(": "),
      { type: "em", children: [text("both")] },
      text(" sides, see "),
      { type: "code", text: "actor" },
      text(" and "),
      { type: "link", href: "/", children: [text("the map")] },
    ]);
  });

  it("keeps HTML as text", () => {
    expect(parseInline('<img src=x onerror="alert(1)"> <b>bold</b>')).toEqual([text('<img src=x onerror="alert(1)"> <b>bold</b>')]);
  });

  it("drops a link target that is not http(s), a site path or an anchor, keeping its text", () => {
    expect(parseInline("[click](javascript:alert(1))")).toEqual([text("click")]);
    expect(parseInline("[x](data:text/html,hi) [y](//evil.example/)")).toEqual([text("x"), text(" "), text("y")]);
    expect(parseInline("[Reuters](https://www.reuters.com/)")).toEqual([{ type: "link", href: "https://www.reuters.com/", children: [text("Reuters")] }]);
  });

  it("leaves underscores inside words and unmatched markers alone, and honours escapes", () => {
    expect(parseInline("coordinate_source and a * star")).toEqual([text("coordinate_source and a * star")]);
    expect(parseInline("\\*not emphasis\\*")).toEqual([text("*not emphasis*")]);
  });
});

describe("safeHref and slugify", () => {
  it("accepts only http(s), site paths and anchors", () => {
    expect(["https://a.example/x", "http://a.example", "/about", "#sources"].map(safeHref)).toEqual([
      "https://a.example/x", "http://a.example", "/about", "#sources",
    ]);
    expect(["javascript:alert(1)", "JaVaScRiPt:x", "vbscript:x", "mailto:a@b.c", "//host/x", "ftp://x", "/about page"].map(safeHref)).toEqual(
      Array(7).fill(null),
    );
  });

  it("makes heading ids from text", () => {
    expect(slugify("Dates & time zones (IST +05:30)")).toBe("dates-time-zones-ist-05-30");
  });
});

describe("parseMarkdown", () => {
  it("reads headings with unique ids, paragraphs joined across lines, and rules", () => {
    expect(parseMarkdown("# Method\n\nFirst line\nsecond line.\n\n---\n\n## Sources\n## Sources")).toEqual([
      { type: "heading", level: 1, id: "method", children: [text("Method")] },
      { type: "paragraph", children: [text("First line second line.")] },
      { type: "rule" },
      { type: "heading", level: 2, id: "sources", children: [text("Sources")] },
      { type: "heading", level: 2, id: "sources-2", children: [text("Sources")] },
    ]);
  });

  it("reads bulleted and numbered lists with continuation lines", () => {
    expect(parseMarkdown("- one\n  more\n- two\n\n1. first\n2. second")).toEqual([
      { type: "list", ordered: false, items: [[text("one more")], [text("two")]] },
      { type: "list", ordered: true, items: [[text("first")], [text("second")]] },
    ]);
  });

  it("reads a table with a header row", () => {
    expect(parseMarkdown("| type | meaning |\n|---|:---|\n| `wire` | a news agency |")).toEqual([
      {
        type: "table",
        header: [[text("type")], [text("meaning")]],
        rows: [[[{ type: "code", text: "wire" }], [text("a news agency")]]],
      },
    ]);
  });

  it("reads block quotes and slots for computed content", () => {
    expect(parseMarkdown("> India calls it the *IB*.\n\n{{changelog}}")).toEqual([
      { type: "quote", children: [{ type: "paragraph", children: [text("India calls it the "), { type: "em", children: [text("IB")] }, text(".")] }] },
      { type: "slot", name: "changelog" },
    ]);
  });

  it("treats a lone table row and raw HTML blocks as paragraphs of text", () => {
    expect(parseMarkdown("| not a table |\n\n<script>alert(1)</script>")).toEqual([
      { type: "paragraph", children: [text("| not a table |")] },
      { type: "paragraph", children: [text("<script>alert(1)</script>")] },
    ]);
  });
});

describe("shiftHeadings", () => {
  it("moves a text's highest heading to the given level and keeps the steps below it", () => {
    const shifted = shiftHeadings(parseMarkdown("# Views\n\n## India\n\ntext\n\n### Detail"), 2);
    expect(shifted.flatMap((b) => (b.type === "heading" ? [b.level] : []))).toEqual([2, 3, 4]);
  });
});
