import type { z } from "zod";
import { WEAK_SOURCE_TYPES, type Source } from "./source";

/** The parts of an event the cross-field rules read; kept structural so this module needs no import of event.ts. */
interface RuleInput {
  actor: string;
  attribution: string;
  statedTarget?: { source: string } | undefined;
  contested: readonly string[];
  precision: string;
  verification: { status: string };
  claims: readonly { side: string; source: string }[];
  evidence?: readonly { source: string }[] | undefined;
  casualties?: readonly { source: string }[] | undefined;
  disagreements?: readonly string[] | undefined;
  sources: readonly Source[];
}

type Ctx = z.core.$RefinementCtx<RuleInput>;

const TWO_SIDED_STATUSES = ["disputed", "denied"];
/** Facts on which the two sides, not just two reporters, disagree: each side must be heard in its own sources. */
const TWO_SIDED_FACTS = ["actor", "target", "damage"];

/** Every citation inside the event points at one of its sources. */
function checkCitations(p: RuleInput, ctx: Ctx) {
  const urls = new Set(p.sources.map((s) => s.url));
  const cite = (url: string, path: (string | number)[]) => {
    if (!urls.has(url)) ctx.addIssue({ code: "custom", path, message: `cites ${url}, which is not in sources` });
  };
  p.claims.forEach((c, i) => cite(c.source, ["claims", i, "source"]));
  p.casualties?.forEach((c, i) => cite(c.source, ["casualties", i, "source"]));
  p.evidence?.forEach((e, i) => cite(e.source, ["evidence", i, "source"]));
  if (p.statedTarget) cite(p.statedTarget.source, ["statedTarget", "source"]);
}

/** The fields the attribution rules read; imported events share these rules. */
type AttributionInput = Pick<RuleInput, "actor" | "attribution" | "contested" | "precision">;

/** Attribution, actor and the contested list must tell the same story. */
export function checkAttribution(p: AttributionInput, ctx: z.core.$RefinementCtx<AttributionInput>) {
  const issue = (path: string[], message: string) => ctx.addIssue({ code: "custom", path, message });
  const actorContested = p.contested.includes("actor");
  if (actorContested && p.attribution !== "disputed")
    issue(["attribution"], "must be disputed when the actor is contested");
  if (p.attribution === "disputed" && !actorContested)
    issue(["contested"], "must list actor when attribution is disputed");
  if ((p.attribution === "unknown") !== (p.actor === "unknown"))
    issue(["attribution"], "unknown attribution and the unknown actor go together");
  if (p.contested.includes("location") && p.precision === "site")
    issue(["precision"], "cannot be site while the location is contested");
  if (new Set(p.contested).size !== p.contested.length) issue(["contested"], "lists a fact twice");
}

/** A contested fact is explained: the reader is told how the sources disagree. */
function checkExplained(p: RuleInput, ctx: Ctx) {
  if (p.contested.length > 0 && !(p.disagreements && p.disagreements.length > 0))
    ctx.addIssue({ code: "custom", path: ["disagreements"], message: "must say how sources disagree on the contested facts" });
}

/** The fields the sourcing rules read; an imported source may lack its type, origin or link. */
export interface SourcingInput {
  verification: { status: string };
  contested: readonly string[];
  claims: readonly { side: string; source: string }[];
  sources: readonly { type?: string | undefined; origin?: string | undefined; url?: string | undefined }[];
}

/** A sourcing rule an event fails: `source-strength` or `both-sides`, with the field and the message. */
export interface SourcingProblem {
  rule: "source-strength" | "both-sides";
  path: string[];
  message: string;
}

/**
 * No event rests on weak sources alone; a two-sided dispute is heard from both sides. A source whose
 * type or origin is not known counts as neither strong nor from either side.
 */
export function sourcingProblems(p: SourcingInput): SourcingProblem[] {
  const out: SourcingProblem[] = [];
  const strong = (t: string | undefined) => t !== undefined && !(WEAK_SOURCE_TYPES as readonly string[]).includes(t);
  if (p.sources.length > 0 && !p.sources.some((s) => strong(s.type)))
    out.push({ rule: "source-strength", path: ["sources"], message: "needs at least one source that is not an aggregator, blog or social post" });
  const twoSided =
    TWO_SIDED_STATUSES.includes(p.verification.status) || p.contested.some((f) => TWO_SIDED_FACTS.includes(f));
  if (!twoSided) return out;
  const bothSides = (path: string[], message: string) => out.push({ rule: "both-sides", path, message });
  if (p.sources.length < 2) bothSides(["sources"], "a contested event needs at least two sources");
  const claimSides = new Set(p.claims.map((c) => c.side).filter((s) => s === "india" || s === "pakistan"));
  if (claimSides.size < 2) bothSides(["claims"], "a contested event needs both India's and Pakistan's claims");
  const origins = new Set(p.sources.map((s) => s.origin));
  if (origins.has("india") && origins.has("pakistan")) return out;
  // A neutral publisher can carry both sides: it counts when claims from both sides cite it.
  const neutral = p.sources.filter((s) => s.origin === "other" && s.url !== undefined).map((s) => s.url);
  const bothFromOne = neutral.some((url) =>
    ["india", "pakistan"].every((side) => p.claims.some((c) => c.side === side && c.source === url)),
  );
  if (!bothFromOne)
    bothSides(["sources"], "a contested event needs a source from India and one from Pakistan, or a neutral one cited for both sides' claims");
  return out;
}

/** Cross-field rules of an event; each problem names the field to fix. */
export function checkEventRules(p: RuleInput, ctx: Ctx) {
  checkCitations(p, ctx);
  checkAttribution(p, ctx);
  checkExplained(p, ctx);
  for (const { path, message } of sourcingProblems(p)) ctx.addIssue({ code: "custom", path, message });
  if (p.verification.status === "claimed" && p.claims.length === 0)
    ctx.addIssue({ code: "custom", path: ["claims"], message: "a claimed event needs the claim" });
}
