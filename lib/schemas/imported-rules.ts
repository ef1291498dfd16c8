import type { z } from "zod";
import { checkAttribution, sourcingProblems } from "./event-rules";

/** The parts of an imported event the rules read; structural, so this module needs no import of the schemas. */
interface ImportedRuleInput {
  actor: string;
  attribution: string;
  contested: readonly string[];
  precision: string;
  summary: string;
  place: { province?: string | undefined };
  verification: { status: string };
  statedTarget?: { source?: string | undefined } | undefined;
  claims: readonly { side: string; source: string }[];
  evidence?: readonly { source: string }[] | undefined;
  casualties?: readonly { source?: string | undefined }[] | undefined;
  disagreements?: readonly string[] | undefined;
  sources: readonly { title?: string | undefined; type?: string | undefined; origin?: string | undefined; url?: string | undefined; published?: string | undefined }[];
  imported: { relaxed: readonly string[] };
}

/** The relaxable rules, in the order a mark lists them (RelaxedRuleSchema is built from this list). */
export const RELAXED_RULES = [
  "source-links",
  "source-details",
  "no-sources",
  "source-strength",
  "both-sides",
  "claim",
  "disagreements",
  "stated-target-source",
  "casualty-source",
  "summary",
  "place-detail",
] as const;
export type RelaxedRuleName = (typeof RELAXED_RULES)[number];

/** Shorter than this, a summary does not meet the curated rule (`summary` min 20). */
const SUMMARY_MIN = 20;

/**
 * The curated rules an imported event does not meet, in RELAXED_RULES order.
 * One definition: the importer marks events with it and the profile checks the mark against it.
 */
export function relaxationsOf(p: Omit<ImportedRuleInput, "imported">): RelaxedRuleName[] {
  const out = new Set<RelaxedRuleName>();
  const http = (url: string | undefined) => url !== undefined && url.startsWith("http:");
  const cited = [
    ...p.claims.map((c) => c.source),
    ...(p.evidence ?? []).map((e) => e.source),
    ...(p.casualties ?? []).map((c) => c.source),
    p.statedTarget?.source,
  ];
  if (p.sources.some((s) => s.url === undefined || http(s.url)) || cited.some(http)) out.add("source-links");
  if (p.sources.some((s) => !s.title || !s.type || !s.origin || !s.published)) out.add("source-details");
  if (p.sources.length === 0) out.add("no-sources");
  for (const problem of sourcingProblems(p)) out.add(problem.rule);
  if (p.verification.status === "claimed" && p.claims.length === 0) out.add("claim");
  if (p.contested.length > 0 && !(p.disagreements && p.disagreements.length > 0)) out.add("disagreements");
  if (p.statedTarget && p.statedTarget.source === undefined) out.add("stated-target-source");
  if ((p.casualties ?? []).some((c) => c.source === undefined)) out.add("casualty-source");
  if (p.summary.length < SUMMARY_MIN) out.add("summary");
  if (p.place.province === undefined) out.add("place-detail");
  return RELAXED_RULES.filter((r) => out.has(r));
}


/**
 * Rules every imported event still meets: what it cites is among its sources, attribution and the
 * contested list agree (as for curated events), and its mark lists exactly the rules it is let off.
 */
export function checkImportedRules(p: ImportedRuleInput, ctx: z.core.$RefinementCtx<ImportedRuleInput>) {
  const urls = new Set(p.sources.flatMap((s) => (s.url ? [s.url] : [])));
  const cite = (url: string | undefined, path: (string | number)[]) => {
    if (url !== undefined && !urls.has(url)) ctx.addIssue({ code: "custom", path, message: `cites ${url}, which is not in sources` });
  };
  p.claims.forEach((c, i) => cite(c.source, ["claims", i, "source"]));
  p.evidence?.forEach((e, i) => cite(e.source, ["evidence", i, "source"]));
  p.casualties?.forEach((c, i) => cite(c.source, ["casualties", i, "source"]));
  cite(p.statedTarget?.source, ["statedTarget", "source"]);
  checkAttribution(p, ctx as unknown as Parameters<typeof checkAttribution>[1]);
  const expected = relaxationsOf(p);
  if (expected.join() !== p.imported.relaxed.join())
    ctx.addIssue({
      code: "custom",
      path: ["imported", "relaxed"],
      message: `must list exactly the rules this event is let off: [${expected.join(", ")}]`,
    });
}
