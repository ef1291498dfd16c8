import { z } from "zod";
import { ActorSchema, type Actor, type Attribution } from "../schemas/parties";
import { own } from "./row-values";

/**
 * ACLED's actor types (inter1, inter2), by code and by the names newer exports write instead of codes.
 * See ACLED's codebook, "Actor types".
 */
export const ACLED_ACTOR_TYPES = {
  "1": "State forces",
  "2": "Rebel group",
  "3": "Political militia",
  "4": "Identity militia",
  "5": "Rioters",
  "6": "Protesters",
  "7": "Civilians",
  "8": "External/Other forces",
} as const;
export type AcledActorType = keyof typeof ACLED_ACTOR_TYPES;

/**
 * How ACLED actors become this map's sides; the reader sees it and may change any part. Rules are
 * tried in order: an exact actor name; "Unidentified …" actors are `unknown` (ACLED names no one);
 * a state force's country ("Military Forces of India (2014-)"); the actor type; the fallback.
 */
export const ActorMappingSchema = z.object({
  /** Exact actor names as the file writes them (actor1) → side. */
  actors: z.record(z.string().min(1), ActorSchema),
  /** Country names in state forces' names → side. */
  countries: z.record(z.string().min(1), ActorSchema),
  /** Actor type code (inter1) → side, when no rule above applies. */
  actorTypes: z.partialRecord(z.enum(["1", "2", "3", "4", "5", "6", "7", "8"]), ActorSchema),
  /** Side when nothing above applies. */
  fallback: ActorSchema,
  /**
   * Attribution of an event whose actor maps to a side: ACLED codes the actor its sources name, which
   * establishes nothing independently, so `claimed` by default; `established` for data the user trusts.
   */
  namedAttribution: z.enum(["claimed", "established"]),
});
export type ActorMapping = z.infer<typeof ActorMappingSchema>;

/** The default rules: this dataset's two states by name, non-state armed groups as militants, the rest other. */
export const DEFAULT_ACTOR_MAPPING: ActorMapping = {
  actors: {},
  countries: { India: "india", Pakistan: "pakistan" },
  actorTypes: { "1": "other", "2": "militants", "3": "militants", "4": "militants", "5": "other", "6": "other", "7": "other", "8": "other" },
  fallback: "unknown",
  namedAttribution: "claimed",
};

/** Which rule decided an actor's side, so the mapping table can show it. */
export type ActorRule = "actor name" | "unidentified" | "state forces' country" | "actor type" | "fallback" | "no actor";

export interface ActorSide {
  side: Actor;
  attribution: Attribution;
  rule: ActorRule;
}

const TYPE_BY_NAME = new Map(Object.entries(ACLED_ACTOR_TYPES).map(([code, name]) => [name.toLowerCase(), code as AcledActorType]));

/** inter1 as a code, whether the file writes "1" or "State forces". */
export function actorTypeCode(inter: string): AcledActorType | undefined {
  const s = inter.trim();
  if (own(ACLED_ACTOR_TYPES, s) !== undefined) return s as AcledActorType;
  return TYPE_BY_NAME.get(s.toLowerCase().replace("rebel groups", "rebel group"));
}

/** "Military Forces of India (2014-)" → "India"; "Police Forces of Pakistan (2018-) Punjab Police" → "Pakistan". */
export function stateForcesCountry(actor: string): string | undefined {
  return /\bForces of ([A-Z][\w .'&-]*?)\s*\(/.exec(actor)?.[1]?.trim();
}

/** The side and attribution an ACLED actor gets under `mapping`, and the rule that decided it. */
export function sideOfActor(actor: string, inter: string, mapping: ActorMapping): ActorSide {
  const name = actor.trim();
  const named = (side: Actor, rule: ActorRule): ActorSide => ({
    side,
    rule,
    attribution: side === "unknown" ? "unknown" : mapping.namedAttribution,
  });
  if (name === "") return { side: "unknown", attribution: "unknown", rule: "no actor" };
  const exact = own(mapping.actors, name);
  if (exact) return named(exact, "actor name");
  if (/^unidentified\b/i.test(name)) return { side: "unknown", attribution: "unknown", rule: "unidentified" };
  const type = actorTypeCode(inter);
  const country = stateForcesCountry(name);
  if (country && (type === "1" || type === "8" || type === undefined)) {
    const side = own(mapping.countries, country);
    if (side) return named(side, "state forces' country");
  }
  const byType = type ? own(mapping.actorTypes, type) : undefined;
  if (byType) return named(byType, "actor type");
  return named(mapping.fallback, "fallback");
}
