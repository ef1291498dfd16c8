import type { AnyEventProperties as EventProperties } from "../schemas/imported-event";
import type { Actor } from "../schemas/parties";

/** One field that asserts what the event itself says is not established. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** How a title names a side as the one that acted; "Pakistan-administered" names a place, not an actor. */
const SIDE_IN_TITLE: Partial<Record<Actor, RegExp>> = {
  india: /\bIndia(n|ns|'s|’s)?\b(?!-administered)/i,
  pakistan: /\bPakistan(i|is|'s|’s)?\b(?!-administered)/i,
  militants: /\b(militants?|terrorists?)\b/i,
};

/** Words that put a statement in someone's mouth: "India says…", "…, Pakistan claims", "according to ISPR". */
const ATTRIBUTING_VERB =
  /\b(say|says|said|claim|claims|claimed|accuse|accuses|accused|report|reports|reported|blame|blames|blamed|allege|alleges|alleged|deny|denies|denied|call|calls|called|list|lists|listed|according to)\b/i;

/** "ISPR: …", "Indian Army: …": a speaker before a colon. "Night of 24–25 April: …" names no speaker. */
const SPEAKER_BEFORE_COLON =
  /^[^:]{0,60}\b(India|Indian|Pakistan|Pakistani|ISPR|PIB|army|military|ministry|government|officials?|police|spokes(man|person|woman))\b[^:]{0,30}:\s/i;

/** True when the title puts its account in someone's mouth. */
export function titleAttributes(title: string): boolean {
  return ATTRIBUTING_VERB.test(title) || SPEAKER_BEFORE_COLON.test(title);
}

const OTHER_SIDE: Partial<Record<Actor, "india" | "pakistan">> = { india: "pakistan", pakistan: "india" };

/**
 * The checkable part of "no top-level field asserts what the event says is not established":
 * - a claimed or disputed attribution: a title that names the accused side must attribute it;
 * - a contested target: the stated target cannot rest on a source from the other side;
 * - an unknown actor cannot have stated a target;
 * - a contested date: no exact time.
 * (A contested actor forcing a disputed attribution, and a contested location forbidding `site`, are
 * rules of the event schema itself.)
 */
export function contestedFieldProblems(p: EventProperties): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const side = SIDE_IN_TITLE[p.actor];
  if ((p.attribution === "claimed" || p.attribution === "disputed") && side?.test(p.title) && !titleAttributes(p.title))
    problems.push({
      field: "properties.title",
      message: `names the accused side as fact while attribution is ${p.attribution}: attribute it ("India says…", "ISPR: …") or leave the actor out`,
    });
  const other = OTHER_SIDE[p.actor];
  const statedFrom = p.statedTarget && p.sources.find((s) => s.url === p.statedTarget!.source);
  if (p.contested.includes("target") && other && statedFrom?.origin === other)
    problems.push({
      field: "properties.statedTarget.source",
      message: `the target is contested, so the acting side's stated aim cannot rest on a source from ${other === "india" ? "India" : "Pakistan"}`,
    });
  if (p.actor === "unknown" && p.statedTarget)
    problems.push({ field: "properties.statedTarget", message: "an unknown actor has stated no target" });
  if (p.contested.includes("date") && p.time)
    problems.push({ field: "properties.time", message: "the date is contested, so no exact time can be given" });
  return problems;
}
