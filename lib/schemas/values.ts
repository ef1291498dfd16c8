/**
 * The closed lists the schemas are built from, as plain values. Code that only lists or counts them
 * (legend, filters, histogram, map expressions) imports them from here, so the page can draw its first
 * map without loading zod. The types stay with the schemas (`z.infer`).
 */

/** What happened; the second group is what imported conflict-event data needs (see lib/import/acled-mapping.ts). */
export const EVENT_KINDS = [
  "terror_attack",
  "airstrike",
  "missile_strike",
  "drone_strike",
  "shelling",
  "air_combat",
  "air_defence",
  "diplomatic",
  "ceasefire",
  "battle",
  "air_or_drone_strike",
  "artillery_or_missile",
  "remote_explosive",
  "suicide_bombing",
  "grenade_attack",
  "chemical_attack",
  "violence_against_civilians",
  "protest",
  "riot",
  "strategic_development",
] as const;

/** How far an event is established (defined with VerificationStatusSchema). */
export const VERIFICATION_STATUSES = ["confirmed", "claimed", "disputed", "denied", "reported"] as const;

/** Who carried out an event, or is accused of it (defined with ActorSchema). */
export const ACTORS = ["india", "pakistan", "militants", "other", "unknown"] as const;

/** Whether who carried out an event is known (defined with AttributionSchema). */
export const ATTRIBUTIONS = ["established", "claimed", "disputed", "unknown"] as const;

/** The fill a territory gets on the basemap (defined with TintSchema). */
export const TINTS = ["india", "pakistan", "other", "contested"] as const;

/** Whether a value is one of a list's entries, typed as it. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
