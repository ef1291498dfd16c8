import { z } from "zod";
import "./zod-config";

/** Who carried out an event, or is said to have. */
export const ActorSchema = z.enum(["india", "pakistan", "militants", "other"]);
export type Actor = z.infer<typeof ActorSchema>;

/** Who makes a claim: the two governments, militant groups, third states, or independent analysts and media. */
export const ClaimantSideSchema = z.enum(["india", "pakistan", "militants", "third_party", "independent"]);
export type ClaimantSide = z.infer<typeof ClaimantSideSchema>;

/** Which state administers the ground where an event took place. */
export const AdministratorSchema = z.enum(["india", "pakistan", "china", "other"]);
export type Administrator = z.infer<typeof AdministratorSchema>;
