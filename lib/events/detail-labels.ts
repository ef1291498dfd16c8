import type { ContestedFact, Evidence, Precision, Target } from "../schemas/event";
import type { Administrator, Attribution } from "../schemas/parties";
import type { SourceOrigin, SourceType } from "../schemas/source";

// Words for what only an event's details show (labels.ts holds those the map's first screen needs), so
// they load with the details, not with the page.

export const ADMINISTRATOR_LABEL: Record<Administrator, string> = {
  india: "Indian-administered",
  pakistan: "Pakistan-administered",
  china: "China-administered",
  other: "Elsewhere",
};

export const TARGET_LABEL: Record<Target, string> = {
  civilians: "Civilians",
  militant_site: "Militant site",
  air_base: "Air base",
  military_site: "Military site",
  air_defence: "Air defence / radar",
  aircraft: "Aircraft",
  military_post: "Military post",
  civilian_area: "Civilian area",
  religious_site: "Religious site",
  infrastructure: "Infrastructure",
};

export const EVIDENCE_LABEL: Record<Evidence["type"], string> = {
  satellite_imagery: "Satellite imagery",
  geolocated_media: "Geolocated photo or video",
  wreckage: "Wreckage or debris",
  site_visit: "Site visit",
  investigation: "Investigation",
};

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  official: "official statement",
  wire: "news agency",
  newspaper: "newspaper",
  broadcaster: "broadcaster",
  research: "research",
  imagery_analysis: "imagery analysis",
  aggregator: "aggregator",
  blog: "blog / small site",
  social: "social media",
};

/** Where a source's publisher is based. */
export const SOURCE_ORIGIN_LABEL: Record<SourceOrigin, string> = {
  india: "India",
  pakistan: "Pakistan",
  other: "neither side",
};

export const PRECISION_LABEL: Record<Precision, string> = {
  site: "exact site",
  town: "town (exact spot unknown)",
  district: "district only (or near a town)",
  region: "region or province only",
};

export const ATTRIBUTION_MEANING: Record<Attribution, string> = {
  established: "independent evidence, both sides agree, or the acting side acknowledges it",
  claimed: "one side names the actor; the other has not answered",
  disputed: "the sides blame each other, or the accused side denies it",
  unknown: "no credible source names who carried it out",
};

export const CONTESTED_LABEL: Record<ContestedFact, string> = {
  actor: "who carried it out",
  target: "what was hit",
  damage: "the damage",
  casualties: "the casualties",
  location: "the exact location",
  date: "the date or time",
};
