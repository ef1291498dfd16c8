import { z } from "zod";
import "./zod-config";
import { ACTORS, ATTRIBUTIONS } from "./values";

/**
 * Who carried out an event by the best evidence, or the side accused of it when attribution is only
 * claimed or disputed; `unknown` when no side is named with any confidence.
 */
export const ActorSchema = z.enum(ACTORS);
export type Actor = z.infer<typeof ActorSchema>;

/**
 * Whether who carried out an event is known. `established`: independent evidence, both sides agree, or
 * the acting side acknowledges it; `claimed`: one side names the actor and the other has not answered;
 * `disputed`: the sides blame each other or the accused denies it; `unknown`: nobody credible names an actor.
 * Separate from verification, which says whether the event happened as described.
 */
export const AttributionSchema = z.enum(ATTRIBUTIONS);
export type Attribution = z.infer<typeof AttributionSchema>;

/** Who makes a claim: the two governments, militant groups, third states, or independent analysts and media. */
export const ClaimantSideSchema = z.enum(["india", "pakistan", "militants", "third_party", "independent"]);
export type ClaimantSide = z.infer<typeof ClaimantSideSchema>;

/** Which state administers the ground where an event took place. */
export const AdministratorSchema = z.enum(["india", "pakistan", "china", "other"]);
export type Administrator = z.infer<typeof AdministratorSchema>;
