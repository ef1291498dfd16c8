import { z } from "zod";
import { IsoDateSchema } from "./dates";

/** A published source that an event's text and claims rest on. Only https links are accepted. */
export const SourceSchema = z.object({
  title: z.string().min(3),
  publisher: z.string().min(2),
  url: z.url({ protocol: /^https$/, error: "must be an https URL" }),
  published: IsoDateSchema,
});
export type Source = z.infer<typeof SourceSchema>;
