import type { ContestedFact, EventProperties } from "../schemas/event";
import type { Actor } from "../schemas/parties";
import { ACTOR_LABEL, ATTRIBUTION_LABEL, ATTRIBUTION_MEANING, CONTESTED_LABEL } from "./labels";

/**
 * Who carried out an event, in words that never state a claimed or disputed attribution as fact:
 * "by India" only when it is established. `names` are the sides' names in the dataset's manifest.
 */
export function describeAttribution(
  p: Pick<EventProperties, "actor" | "attribution">,
  names: Readonly<Record<EventProperties["actor"], string>> = ACTOR_LABEL,
): string {
  const actor = names[p.actor];
  switch (p.attribution) {
    case "established":
      return `by ${actor}`;
    case "claimed":
      return `attributed to ${actor} by one side`;
    case "disputed":
      return `attribution disputed (${actor} accused)`;
    case "unknown":
      return "by an unknown actor";
  }
}

/** A short note for lists, empty when the actor is established: "Attribution disputed (Pakistan accused)". */
export function attributionNote(p: Pick<EventProperties, "actor" | "attribution">): string {
  if (p.attribution === "established") return "";
  if (p.attribution === "unknown") return "Actor unknown";
  const text = describeAttribution(p);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
