/**
 * A small Markdown reader for the texts kept with the data (methodology, boundary views). It knows
 * headings, paragraphs, flat lists, tables, block quotes, rules, emphasis, code and links, and nothing
 * else: HTML in the text stays text, and a link keeps its target only when it is http(s), a path on this
 * site or an anchor on this page. The result is a tree that the page turns into React elements, so no
 * markup from a data file ever reaches the page as HTML.
 */

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong" | "em"; children: Inline[] }
  | { type: "code"; text: string }
  | { type: "link"; href: string; children: Inline[] };

export type Block =
  | { type: "heading"; level: 1 | 2 | 3 | 4 | 5 | 6; id: string; children: Inline[] }
  | { type: "paragraph"; children: Inline[] }
  | { type: "list"; ordered: boolean; items: Inline[][] }
  | { type: "table"; header: Inline[][]; rows: Inline[][][] }
  | { type: "quote"; children: Block[] }
  | { type: "rule" }
  /** A paragraph that is only `{{name}}`: the page puts computed content there (data version, changelog). */
  | { type: "slot"; name: string };

/** The link targets kept: http(s) URLs, paths on this site ("/about", not "//host") and anchors ("#sources"). */
export function safeHref(href: string): string | null {
  const h = href.trim();
  if (/^https?:\/\/[^\s]+$/i.test(h)) return h;
  if (/^\/(?!\/)[^\s]*$/.test(h) || /^#[\w-]+$/.test(h)) return h;
  return null;
}

/** The plain text of inline content, e.g. for heading ids. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => ("children" in n ? inlineText(n.children) : n.text)).join("");
}

/** "How sources are chosen" → "how-sources-are-chosen". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Finds the closing delimiter at or after `from`, skipping backslash escapes; -1 if there is none. */
function findClosing(s: string, delim: string, from: number): number {
  for (let i = from; i <= s.length - delim.length; i++) {
    if (s[i] === "\\") i++;
    else if (s.startsWith(delim, i)) return i;
  }
  return -1;
}

/** The `)` that closes a link target starting at `from`, allowing balanced parentheses inside it. */
function closingParen(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    if (s[i] === "(") depth++;
    else if (s[i] === ")" && depth-- === 0) return i;
  }
  return -1;
}

/** Emphasis, strong, code and links; anything unmatched is kept as the literal text. */
export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ type: "text", text });
    text = "";
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length && /[\\`*_[\]()#|{}>+-.!]/.test(s[i + 1]!)) {
      text += s[++i];
      continue;
    }
    if (c === "`") {
      const end = s.indexOf("`", i + 1);
      if (end > i) {
        flush();
        out.push({ type: "code", text: s.slice(i + 1, end) });
        i = end;
        continue;
      }
    }
    const strong = s.startsWith("**", i) || s.startsWith("__", i);
    if (strong || c === "*" || (c === "_" && !/\w/.test(s[i - 1] ?? ""))) {
      const delim = strong ? s.slice(i, i + 2) : c;
      const end = findClosing(s, delim, i + delim.length + 1);
      if (end > 0 && s[i + delim.length] !== " ") {
        flush();
        out.push({ type: strong ? "strong" : "em", children: parseInline(s.slice(i + delim.length, end)) });
        i = end + delim.length - 1;
        continue;
      }
    }
    if (c === "[") {
      const close = findClosing(s, "](", i + 1);
      const end = close > 0 ? closingParen(s, close + 2) : -1;
      if (end > 0) {
        flush();
        const children = parseInline(s.slice(i + 1, close));
        const href = safeHref(s.slice(close + 2, end));
        if (href) out.push({ type: "link", href, children });
        else out.push(...children);
        i = end;
        continue;
      }
    }
    text += c;
  }
  flush();
  return out;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^(?:([-*+])|(\d+)[.)])\s+(.*)$/;
const TABLE_ROW = /^\|.*\|\s*$/;
const TABLE_RULE = /^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const RULE = /^(-{3,}|\*{3,}|_{3,})\s*$/;
const SLOT = /^\{\{([a-z][a-z0-9-]*)\}\}$/;

const cells = (row: string) =>
  row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => parseInline(c.trim()));

/** Splits a Markdown text into blocks; heading ids are unique within the text. */
export function parseMarkdown(source: string, usedIds: Set<string> = new Set()): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  const uniqueId = (text: string) => {
    const base = slugify(text) || "section";
    let id = base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    if (!trimmed) {
      i++;
      continue;
    }
    const heading = HEADING.exec(trimmed);
    if (heading) {
      const children = parseInline(heading[2]!);
      blocks.push({ type: "heading", level: heading[1]!.length as 1, id: uniqueId(inlineText(children)), children });
      i++;
    } else if (RULE.test(trimmed)) {
      blocks.push({ type: "rule" });
      i++;
    } else if (trimmed.startsWith(">")) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.trim().startsWith(">")) quoted.push(lines[i++]!.trim().replace(/^>\s?/, ""));
      blocks.push({ type: "quote", children: parseMarkdown(quoted.join("\n"), usedIds) });
    } else if (TABLE_ROW.test(trimmed) && TABLE_RULE.test(lines[i + 1]?.trim() ?? "")) {
      const header = cells(trimmed);
      const rows: Inline[][][] = [];
      i += 2;
      while (i < lines.length && TABLE_ROW.test(lines[i]!.trim())) rows.push(cells(lines[i++]!));
      blocks.push({ type: "table", header, rows });
    } else if (LIST_ITEM.test(trimmed)) {
      const ordered = Boolean(LIST_ITEM.exec(trimmed)![2]);
      const items: string[] = [];
      while (i < lines.length) {
        const l = lines[i]!;
        const item = LIST_ITEM.exec(l.trim());
        if (item && Boolean(item[2]) === ordered && !/^\s{2,}/.test(l)) items.push(item[3]!);
        else if (l.trim() && /^\s+/.test(l) && items.length > 0) items[items.length - 1] += ` ${l.trim()}`;
        else break;
        i++;
      }
      blocks.push({ type: "list", ordered, items: items.map(parseInline) });
    } else {
      const para: string[] = [];
      while (i < lines.length) {
        const l = lines[i]!.trim();
        if (!l || HEADING.test(l) || RULE.test(l) || l.startsWith(">") || LIST_ITEM.test(l) || (TABLE_ROW.test(l) && para.length > 0)) break;
        para.push(l);
        i++;
      }
      if (para.length === 0) para.push(lines[i++]!.trim()); // never stall on a line no rule above took
      const text = para.join(" ");
      const slot = SLOT.exec(text);
      blocks.push(slot ? { type: "slot", name: slot[1]! } : { type: "paragraph", children: parseInline(text) });
    }
  }
  return blocks;
}

/** Shifts every heading so the text's highest heading has level `top` (a text embedded under a page's h1). */
export function shiftHeadings(blocks: Block[], top: number): Block[] {
  const levels = blocks.flatMap((b) => (b.type === "heading" ? [b.level] : []));
  if (levels.length === 0) return blocks;
  const by = top - Math.min(...levels);
  return blocks.map((b) => {
    if (b.type === "heading") return { ...b, level: Math.min(6, Math.max(1, b.level + by)) as 1 };
    if (b.type === "quote") return { ...b, children: shiftHeadings(b.children, top) };
    return b;
  });
}
