import type { EventKind, VerificationStatus } from "../schemas/event";
import type { Actor, Attribution } from "../schemas/parties";
import type { BoundaryKind } from "../schemas/boundary";
import { DEFAULT_SIDES, sideNames } from "../schemas/sides";

/** Words a reader sees for each code in the data. */
export const KIND_LABEL: Record<EventKind, string> = {
  terror_attack: "Terror attack",
  airstrike: "Air strike",
  missile_strike: "Missile strike",
  drone_strike: "Drone strike",
  shelling: "Shelling / cross-border fire",
  air_combat: "Air combat",
  air_defence: "Air defence",
  diplomatic: "Diplomatic",
  ceasefire: "Ceasefire",
  battle: "Battle / armed clash",
  air_or_drone_strike: "Air or drone strike",
  artillery_or_missile: "Shelling, artillery or missile attack",
  remote_explosive: "Remote explosive / IED / landmine",
  suicide_bombing: "Suicide bombing",
  grenade_attack: "Grenade attack",
  chemical_attack: "Chemical weapon attack",
  violence_against_civilians: "Violence against civilians",
  protest: "Protest",
  riot: "Riot / mob violence",
  strategic_development: "Strategic development",
};

/** Nouns for counting events of a kind: [one, many]. */
export const KIND_NOUN: Record<EventKind, [string, string]> = {
  terror_attack: ["terror attack", "terror attacks"],
  airstrike: ["air strike", "air strikes"],
  missile_strike: ["missile strike", "missile strikes"],
  drone_strike: ["drone strike", "drone strikes"],
  shelling: ["shelling incident", "shelling incidents"],
  air_combat: ["air combat report", "air combat reports"],
  air_defence: ["air defence report", "air defence reports"],
  diplomatic: ["diplomatic step", "diplomatic steps"],
  ceasefire: ["ceasefire step", "ceasefire steps"],
  battle: ["battle", "battles"],
  air_or_drone_strike: ["air or drone strike", "air or drone strikes"],
  artillery_or_missile: ["shelling or missile attack", "shelling or missile attacks"],
  remote_explosive: ["remote explosive attack", "remote explosive attacks"],
  suicide_bombing: ["suicide bombing", "suicide bombings"],
  grenade_attack: ["grenade attack", "grenade attacks"],
  chemical_attack: ["chemical weapon attack", "chemical weapon attacks"],
  violence_against_civilians: ["attack on civilians", "attacks on civilians"],
  protest: ["protest", "protests"],
  riot: ["riot", "riots"],
  strategic_development: ["strategic development", "strategic developments"],
};

/** The default sides' names (a dataset's manifest may rename them: see sideNames in lib/schemas/dataset.ts). */
export const ACTOR_LABEL: Readonly<Record<Actor, string>> = sideNames(DEFAULT_SIDES);

export const STATUS_LABEL: Record<VerificationStatus, string> = {
  confirmed: "Confirmed",
  reported: "Reported",
  claimed: "Claimed",
  disputed: "Disputed",
  denied: "Denied",
};

/** Statuses under which the map states that something happened; the rest are one side's word or contested. */
export const UNCONTESTED_STATUSES: readonly VerificationStatus[] = ["confirmed", "reported"];

export const STATUS_MEANING: Record<VerificationStatus, string> = {
  confirmed: "independent evidence, or both sides agree",
  reported: "credible reports, not independently verified",
  claimed: "one side says so; nothing independent",
  disputed: "the sides give conflicting accounts",
  denied: "one side's claim that the other denies",
};

export const ATTRIBUTION_LABEL: Record<Attribution, string> = {
  established: "Established",
  claimed: "Claimed by one side",
  disputed: "Disputed",
  unknown: "Unknown",
};

/** How the map symbol shows each attribution (see lib/map/icons/draw-event-icon.ts); legends use these words. */
export const ATTRIBUTION_SYMBOL: Record<Attribution, string> = {
  established: "the colour is the side that acted",
  claimed: "grey; the dot's colour is the side named by one side",
  disputed: "grey; the ring's colour is the side accused, which denies it or blames the other",
  unknown: "grey with ?: no side is named with any confidence",
};

export const BOUNDARY_LABEL: Record<BoundaryKind, string> = {
  agpl: "Actual Ground Position Line",
  loc: "Line of Control",
  working_boundary: "Working Boundary",
  international_border: "International border",
};
