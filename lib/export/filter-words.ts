import type { EventKind, VerificationStatus } from "../schemas/event";
import type { Actor, Attribution } from "../schemas/parties";
import { ACTOR_LABEL, ATTRIBUTION_LABEL, KIND_NOUN, STATUS_LABEL } from "../events/labels";
import { ACTORS, ATTRIBUTIONS, EVENT_KINDS, VERIFICATION_STATUSES } from "../schemas/values";

/** The reader's filters; an absent list means "all". */
export interface ExportFilters {
  actor?: readonly Actor[];
  kind?: readonly EventKind[];
  verification?: readonly VerificationStatus[];
  attribution?: readonly Attribution[];
}

/** "India", "India and Pakistan", "India, Pakistan and militants". */
function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Actors inside a sentence: countries keep their capital, the rest read as common nouns. */
const ACTOR_WORDS: Record<Actor, string> = {
  india: ACTOR_LABEL.india,
  pakistan: ACTOR_LABEL.pakistan,
  militants: "militants",
  other: "other actors",
  unknown: "unknown actors",
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A list that leaves something out, in the data model's order; null when it selects everything. */
function narrowed<T extends string>(selected: readonly T[] | undefined, all: readonly T[]): T[] | null {
  if (!selected) return null;
  const kept = all.filter((o) => selected.includes(o));
  return kept.length === all.length ? null : kept;
}

/**
 * Each filter in force as a phrase a reader understands: "India only", "Confirmed and disputed only",
 * "Air strikes and drone strikes only". Empty when nothing is filtered.
 */
export function filterPhrases(f: ExportFilters): string[] {
  const out: string[] = [];
  const actors = narrowed(f.actor, ACTORS);
  if (actors) out.push(actors.length ? `${capitalise(joinWords(actors.map((a) => ACTOR_WORDS[a])))} only` : "No actor selected");
  const statuses = narrowed(f.verification, VERIFICATION_STATUSES);
  if (statuses) out.push(statuses.length ? `${capitalise(joinWords(statuses.map((s) => STATUS_LABEL[s].toLowerCase())))} only` : "No verification status selected");
  const kinds = narrowed(f.kind, EVENT_KINDS);
  if (kinds) out.push(kinds.length ? `${capitalise(joinWords(kinds.map((k) => KIND_NOUN[k][1])))} only` : "No kind of event selected");
  const attributions = narrowed(f.attribution, ATTRIBUTIONS);
  if (attributions)
    out.push(attributions.length ? `Attribution ${joinWords(attributions.map((a) => ATTRIBUTION_LABEL[a].toLowerCase()))} only` : "No attribution selected");
  return out;
}

/** One line for a frame: the filters in force, or that every event of the day is shown. */
export function filtersLine(f: ExportFilters): string {
  const phrases = filterPhrases(f);
  return phrases.length ? `Filters: ${phrases.join(" · ")}` : "No filters: every actor, kind, verification status and attribution";
}
