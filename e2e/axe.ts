import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

// axe-core is injected by evaluation (not a <script> tag), so the page's nonce-only CSP is not loosened for it.
const axeSource = readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

/** The WCAG 2.2 AA rule sets the project commits to. */
export const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/** Best-practice rules held to as well: headings in order, one h1 per page (the embed too), named landmarks. */
const ALSO = ["heading-order", "page-has-heading-one", "landmark-one-main", "landmark-unique", "landmark-no-duplicate-main"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page as it is now and returns each violated rule with the elements at fault. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async ([tags, also]) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const wcag = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
    const more = await axe.run(document, { runOnly: { type: "rule", values: also }, resultTypes: ["violations"] });
    return [...wcag.violations, ...more.violations].map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary ?? ""}`.slice(0, 300)),
    }));
  }, [WCAG_AA, ALSO] as const);
}
