import type { ContestedFact, EventProperties } from "../schemas/event";
import { ACTOR_LABEL, CONTESTED_LABEL } from "./labels";

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

/** "who carried it out and the damage": the contested facts as a reader would say them. */
export function describeContested(facts: readonly ContestedFact[]): string {
  const words = facts.map((f) => CONTESTED_LABEL[f]);
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
