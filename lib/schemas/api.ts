import { z } from "zod";
import { IsoDateSchema } from "./dates";
import { ActorSchema } from "./parties";
import { EventKindSchema } from "./event";

export const TimelineDaySchema = z.object({
  date: IsoDateSchema,
  count: z.int().nonnegative(),
  byActor: z.partialRecord(ActorSchema, z.int().positive()),
  byKind: z.partialRecord(EventKindSchema, z.int().positive()),
});
export type TimelineDay = z.infer<typeof TimelineDaySchema>;

export const TimelineSchema = z.object({ days: z.array(TimelineDaySchema) });
export type Timeline = z.infer<typeof TimelineSchema>;

export const ApiIssueSchema = z.object({ path: z.string(), message: z.string() });
export const ApiErrorSchema = z.object({ error: z.string(), issues: z.array(ApiIssueSchema) });
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** Body of a 404 (no such endpoint) or 405 (method not allowed): what went wrong, in a sentence. */
export const ApiMessageSchema = z.object({ error: z.string() });
export type ApiMessage = z.infer<typeof ApiMessageSchema>;
