import type { DatePrecision, EventKind, Precision } from "../schemas/event";
import type { Administrator } from "../schemas/parties";

/**
 * How ACLED's columns become this map's fields, following ACLED's codebook. This file is the one table
 * (docs/import.md prints it for readers); the actor → side rules are in acled-actors.ts.
 */

/** event_type → sub_event_type → kind. Spelling is compared without case or repeated spaces. */
export const ACLED_KINDS: Readonly<Record<string, Readonly<Record<string, EventKind>>>> = {
  "Battles": {
    "Armed clash": "battle",
    "Government regains territory": "battle",
    "Non-state actor overtakes territory": "battle",
  },
  "Explosions/Remote violence": {
    "Air/drone strike": "air_or_drone_strike",
    "Shelling/artillery/missile attack": "artillery_or_missile",
    "Remote explosive/landmine/IED": "remote_explosive",
    "Suicide bomb": "suicide_bombing",
    "Grenade": "grenade_attack",
    "Chemical weapon": "chemical_attack",
  },
  "Violence against civilians": {
    "Attack": "violence_against_civilians",
    "Abduction/forced disappearance": "violence_against_civilians",
    "Sexual violence": "violence_against_civilians",
  },
  "Protests": {
    "Peaceful protest": "protest",
    "Protest with intervention": "protest",
    "Excessive force against protesters": "protest",
  },
  "Riots": {
    "Violent demonstration": "riot",
    "Mob violence": "riot",
  },
  "Strategic developments": {
    "Agreement": "strategic_development",
    "Arrests": "strategic_development",
    "Change to group/activity": "strategic_development",
    "Disrupted weapons use": "strategic_development",
    "Headquarters or base established": "strategic_development",
    "Looting/property destruction": "strategic_development",
    "Non-violent transfer of territory": "strategic_development",
    "Other": "strategic_development",
  },
};

/**
 * geo_precision → precision. 1: the named town itself (never `site`: ACLED codes places, not buildings);
 * 2: a part of a region or "near" a town, coded to a nearby town: the next coarser level, `district`;
 * 3: only a larger region is known, coded to its centre or capital: `region`.
 */
export const ACLED_GEO_PRECISION: Readonly<Record<string, Precision>> = { "1": "town", "2": "district", "3": "region" };

/**
 * time_precision → date precision. 1: the day is known; 2: only the week (or weekend); 3: only the
 * month. For 2 and 3 ACLED's event_date is a day inside that period, kept as the event's date.
 */
export const ACLED_TIME_PRECISION: Readonly<Record<string, DatePrecision>> = { "1": "day", "2": "week", "3": "month" };

/** country → who administers the ground (the event sits where ACLED places it; Kashmir follows the LoC). */
export const ACLED_ADMINISTRATORS: Readonly<Record<string, Administrator>> = {
  india: "india",
  pakistan: "pakistan",
  china: "china",
};

/** Verification of every ACLED event: ACLED codes what credible reports say; nobody verified it here. */
export const ACLED_VERIFICATION = "reported" as const;

/** The citation ACLED's terms ask for, used unless the importer is given another. */
export const ACLED_CITATION = {
  title: "Armed Conflict Location & Event Data (ACLED) export",
  url: "https://acleddata.com",
} as const;

/** Columns an ACLED export must have for its rows to become events. */
export const ACLED_REQUIRED_COLUMNS = [
  "event_id_cnty",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "country",
  "location",
  "latitude",
  "longitude",
  "geo_precision",
] as const;

/** Columns read into fields; every other non-empty column is kept verbatim on the event (`imported.extra`). */
export const ACLED_MAPPED = [...ACLED_REQUIRED_COLUMNS, "admin1", "admin2", "source", "notes", "fatalities"] as const;
export const ACLED_MAPPED_COLUMNS: ReadonlySet<string> = new Set(ACLED_MAPPED);

const norm = (s: string) => s.trim().replace(/\s+/g, " ").toLowerCase().replace("protestors", "protesters");

// Maps, not objects: a cell such as "constructor" must find nothing.
const KIND_INDEX = new Map(
  Object.entries(ACLED_KINDS).flatMap(([type, subs]) =>
    Object.entries(subs).map(([sub, kind]) => [`${norm(type)}|${norm(sub)}`, kind] as const),
  ),
);
const TYPES = new Set(Object.keys(ACLED_KINDS).map(norm));

/** The kind for an event and sub-event type, or why there is none. */
export function acledKind(eventType: string, subEventType: string): { kind: EventKind } | { column: string; reason: string } {
  if (!TYPES.has(norm(eventType)))
    return { column: "event_type", reason: `"${eventType}" is not an event type in ACLED's codebook (see docs/import.md)` };
  const kind = KIND_INDEX.get(`${norm(eventType)}|${norm(subEventType)}`);
  if (!kind)
    return { column: "sub_event_type", reason: `"${subEventType}" is not a sub-event type of ${eventType} in ACLED's codebook` };
  return { kind };
}
