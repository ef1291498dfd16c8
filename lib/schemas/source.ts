import { z } from "zod";
import { IsoDateSchema } from "./dates";

/**
 * What kind of publisher a source is. `official`: a government or military statement on its own site;
 * `wire`: a news agency's copy (on its own site or carried verbatim by a licensed client); `aggregator`,
 * `blog` and `social` are weak: they may stand beside a stronger source, never alone.
 */
export const SourceTypeSchema = z.enum([
  "official",
  "wire",
  "newspaper",
  "broadcaster",
  "research",
  "imagery_analysis",
  "aggregator",
  "blog",
  "social",
]);
export type SourceType = z.infer<typeof SourceTypeSchema>;

export const WEAK_SOURCE_TYPES: readonly SourceType[] = ["aggregator", "blog", "social"];

/** Where the publisher is based: one of the two sides, or neither. */
export const SourceOriginSchema = z.enum(["india", "pakistan", "other"]);
export type SourceOrigin = z.infer<typeof SourceOriginSchema>;

/** A published source that an event's text and claims rest on. Only https links are accepted. */
export const SourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  type: SourceTypeSchema,
  origin: SourceOriginSchema,
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
  published: IsoDateSchema,
});
export type Source = z.infer<typeof SourceSchema>;
