import type { EventProperties } from "../schemas/event";
import type { Actor } from "../schemas/parties";
import { ACTOR_LABEL } from "./labels";

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

/** Default side names that read as common nouns, not names, inside a sentence. */
const GENERIC_SIDES: Partial<Record<Actor, { name: string; one: string; many: string }>> = {
  militants: { name: "Militants", one: "militants", many: "militants" },
  other: { name: "Other", one: "a third party", many: "third parties" },
};

/**
 * A side inside a sentence, for `n` events: the manifest's name, or a phrase for the default catch-all
 * sides ("a third party", "militants"); `plural` for the verb that follows.
 */
export function sideInText(actor: Actor, names: Readonly<Record<Actor, string>>, n = 1): { text: string; plural: boolean } {
  const generic = GENERIC_SIDES[actor];
  if (!generic || names[actor] !== generic.name) return { text: names[actor], plural: false };
  const text = n === 1 ? generic.one : generic.many;
  return { text, plural: text === generic.many };
}

/** Events that say the same of who acted share this key: the side established, the side named or accused, or no side. */
export function whoActedKey(p: Pick<EventProperties, "actor" | "attribution">): string {
  if (p.attribution === "unknown" || p.actor === "unknown") return "unknown";
  return `${p.actor}/${p.attribution === "established" ? "established" : "named"}`;
}

/**
 * Who acted, for `n` events counted in a headline or a caption: "by India" only when that is established;
 * "blamed on India (not established)" when a side is named or accused but it is not established; "by an
 * unknown actor" when no side is named with confidence. Never a bare side name for a one-sided claim.
 * `notes` join the parenthesis: "by India (3 contested)", "blamed on India (not established; contested)".
 */
export function countedBy(
  p: Pick<EventProperties, "actor" | "attribution">,
  n = 1,
  names: Readonly<Record<EventProperties["actor"], string>> = ACTOR_LABEL,
  notes: readonly string[] = [],
): string {
  const note = (all: readonly string[]) => (all.length > 0 ? ` (${all.join("; ")})` : "");
  if (whoActedKey(p) === "unknown") return `${n === 1 ? "by an unknown actor" : "by unknown actors"}${note(notes)}`;
  const who = sideInText(p.actor, names, n).text;
  return p.attribution === "established" ? `by ${who}${note(notes)}` : `blamed on ${who}${note(["not established", ...notes])}`;
}

/** A short note for lists, empty when the actor is established: "Attribution disputed (Pakistan accused)". */
export function attributionNote(p: Pick<EventProperties, "actor" | "attribution">): string {
  if (p.attribution === "established") return "";
  if (p.attribution === "unknown") return "Actor unknown";
  const text = describeAttribution(p);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
