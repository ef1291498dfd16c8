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
 * The curated rules an imported event does not meet, in RELAXED_RULES order (pushed in that order).
 * One definition: the importer marks events with it and the profile checks the mark against it.
 */
export function relaxationsOf(p: Omit<ImportedRuleInput, "imported">): RelaxedRuleName[] {
  // Written as plain loops: an import runs this once per row, 100,000 times for a large file.
  const out: RelaxedRuleName[] = [];
  const http = (url: string | undefined) => url !== undefined && url.startsWith("http:");
  let unlinked = false;
  let undetailed = false;
  for (const s of p.sources) {
    if (s.url === undefined || http(s.url)) unlinked = true;
    if (!s.title || !s.type || !s.origin || !s.published) undetailed = true;
  }
  if (!unlinked) {
    unlinked =
      p.claims.some((c) => http(c.source)) ||
      (p.evidence ?? []).some((e) => http(e.source)) ||
      (p.casualties ?? []).some((c) => http(c.source)) ||
      http(p.statedTarget?.source);
  }
  if (unlinked) out.push("source-links");
  if (undetailed) out.push("source-details");
  if (p.sources.length === 0) out.push("no-sources");
  const sourcing = sourcingProblems(p);
  if (sourcing.some((x) => x.rule === "source-strength")) out.push("source-strength");
  if (sourcing.some((x) => x.rule === "both-sides")) out.push("both-sides");
  if (p.verification.status === "claimed" && p.claims.length === 0) out.push("claim");
  if (p.contested.length > 0 && !(p.disagreements && p.disagreements.length > 0)) out.push("disagreements");
  if (p.statedTarget && p.statedTarget.source === undefined) out.push("stated-target-source");
  if ((p.casualties ?? []).some((c) => c.source === undefined)) out.push("casualty-source");
  if (p.summary.length < SUMMARY_MIN) out.push("summary");
  if (p.place.province === undefined) out.push("place-detail");
  return out;
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
