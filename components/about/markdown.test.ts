import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "@/lib/markdown/parse-markdown";
import { Markdown } from "./markdown";

const html = (source: string, slots?: Record<string, string>) => renderToStaticMarkup(createElement(Markdown, { blocks: parseMarkdown(source), slots }));

describe("Markdown", () => {
  it("renders headings with ids, paragraphs, lists and tables as elements", () => {
    const out = html("## Dates\n\nLocal *date*.\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |");
    expect(out).toContain('<h2 id="dates"');
    expect(out).toContain("Local <em>date</em>.");
    expect(out).toMatch(/<ul[^>]*><li[^>]*>one<\/li><li[^>]*>two<\/li><\/ul>/);
    expect(out).toMatch(/<th scope="col"[^>]*>a<\/th>/);
    expect(out).toMatch(/<td[^>]*>2<\/td>/);
  });

  it("never turns text from the file into markup", () => {
    const out = html('<script>alert(1)</script> <img src=x onerror="alert(2)">\n\n[x](javascript:alert(3))');
    expect(out).not.toMatch(/<script|<img|javascript:/i);
    expect(out).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("opens outside links in a new tab without an opener, and keeps site links in place", () => {
    const out = html("[Reuters](https://www.reuters.com/) and [the map](/)");
    expect(out).toContain('<a href="https://www.reuters.com/" class="underline" target="_blank" rel="noopener noreferrer">Reuters</a>');
    expect(out).toContain('<a href="/" class="underline">the map</a>');
  });

  it("fills slots with computed content and leaves unknown slots empty", () => {
    expect(html("{{changelog}}", { changelog: "the log" })).toBe('<div data-slot="changelog">the log</div>');
    expect(html("{{nothing}}")).toBe('<div data-slot="nothing"></div>');
  });
});
