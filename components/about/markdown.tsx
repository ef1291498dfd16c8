import type { ReactNode } from "react";
import type { Block, Inline } from "@/lib/markdown/parse-markdown";

const HEADING_CLASS: Record<number, string> = {
  1: "text-2xl font-bold mb-3",
  2: "text-xl font-bold mt-8 mb-2 scroll-mt-4",
  3: "text-base font-bold mt-5 mb-1 scroll-mt-4",
  4: "font-semibold mt-4 mb-1",
  5: "font-semibold mt-3",
  6: "font-semibold mt-3",
};

/** Inline Markdown only (emphasis, code, links), for one-line texts such as changelog summaries. */
export function InlineMarkdown({ nodes }: { nodes: readonly Inline[] }): ReactNode {
  return <InlineNodes nodes={nodes} />;
}

function InlineNodes({ nodes }: { nodes: readonly Inline[] }): ReactNode {
  return nodes.map((n, i) => {
    switch (n.type) {
      case "text":
        return n.text;
      case "strong":
        return <strong key={i}><InlineNodes nodes={n.children} /></strong>;
      case "em":
        return <em key={i}><InlineNodes nodes={n.children} /></em>;
      case "code":
        return <code key={i} className="rounded bg-current/10 px-1 text-[0.9em]">{n.text}</code>;
      case "link": {
        const external = /^https?:/i.test(n.href);
        return (
          <a key={i} href={n.href} className="underline" {...(external ? { target: "_blank", rel: "noopener noreferrer" } : {})}>
            <InlineNodes nodes={n.children} />
          </a>
        );
      }
    }
  });
}

/**
 * A Markdown tree (lib/markdown/parse-markdown.ts) as React elements. Text is always rendered as text,
 * never as HTML; `{{slot}}` paragraphs are filled from `slots` (unknown slots render nothing).
 */
export function Markdown({ blocks, slots = {} }: { blocks: readonly Block[]; slots?: Record<string, ReactNode> }): ReactNode {
  return blocks.map((b, i) => {
    switch (b.type) {
      case "heading": {
        const Tag = `h${b.level}` as const;
        return <Tag key={i} id={b.id} className={HEADING_CLASS[b.level]}><InlineNodes nodes={b.children} /></Tag>;
      }
      case "paragraph":
        return <p key={i} className="my-2 leading-relaxed"><InlineNodes nodes={b.children} /></p>;
      case "list": {
        const List = b.ordered ? "ol" : "ul";
        return (
          <List key={i} className={`my-2 space-y-1 pl-6 ${b.ordered ? "list-decimal" : "list-disc"}`}>
            {b.items.map((item, j) => <li key={j} className="leading-relaxed"><InlineNodes nodes={item} /></li>)}
          </List>
        );
      }
      case "table":
        return (
          <div key={i} className="my-3 overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr>{b.header.map((h, j) => <th key={j} scope="col" className="border-b border-current/30 px-2 py-1 text-left align-bottom"><InlineNodes nodes={h} /></th>)}</tr>
              </thead>
              <tbody>
                {b.rows.map((row, j) => (
                  <tr key={j}>{row.map((c, k) => <td key={k} className="border-b border-current/10 px-2 py-1 align-top"><InlineNodes nodes={c} /></td>)}</tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case "quote":
        return <blockquote key={i} className="my-3 border-l-4 border-current/20 pl-3"><Markdown blocks={b.children} slots={slots} /></blockquote>;
      case "rule":
        return <hr key={i} className="my-6 border-current/20" />;
      case "slot":
        return <div key={i} data-slot={b.name}>{slots[b.name] ?? null}</div>;
    }
  });
}
