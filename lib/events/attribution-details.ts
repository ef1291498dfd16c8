import type { ContestedFact, EventProperties } from "../schemas/event";
import type { Actor } from "../schemas/parties";
import { ACTOR_LABEL, ATTRIBUTION_LABEL } from "./labels";
import { ATTRIBUTION_MEANING, CONTESTED_LABEL } from "./detail-labels";

// What the details panel and the filters say of attribution (attribution-text.ts holds what the map's
// first screen says): loaded with them, not with the page.

/**
 * The attribution status as the details panel states it: the status, what it means, and who is
 * named — "accused" or "named", never "did it", unless established.
 */
export function explainAttribution(p: Pick<EventProperties, "actor" | "attribution">): { status: string; meaning: string; who: string } {
  const actor = ACTOR_LABEL[p.actor];
  const who: Record<EventProperties["attribution"], string> = {
    established: `Carried out by ${actor}.`,
    claimed: `${actor} is the side named; this is not established.`,
    disputed: `${actor} is the side accused; this is not established.`,
    unknown: "No side is named with any confidence.",
  };
  return { status: ATTRIBUTION_LABEL[p.attribution], meaning: ATTRIBUTION_MEANING[p.attribution], who: who[p.attribution] };
}

/** "Pakistan (incl. 5 claimed or disputed)": an actor filter's label when it lets through attributions that are not established. */
export function actorFilterLabel(actor: Actor, notEstablished: number, names: Readonly<Record<Actor, string>> = ACTOR_LABEL): string {
  const label = names[actor];
  if (notEstablished === 0 || actor === "unknown") return label;
  return `${label} (incl. ${notEstablished} claimed or disputed)`;
}

/** "who carried it out and the damage": the contested facts as a reader would say them. */
export function describeContested(facts: readonly ContestedFact[]): string {
  const words = facts.map((f) => CONTESTED_LABEL[f]);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
