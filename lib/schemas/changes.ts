import { z } from "zod";
import { IsoDateSchema } from "./dates";

/** One logical change to the published data: when, which events it touched, and what changed and why. */
export const ChangeEntrySchema = z.object({
  date: IsoDateSchema,
  /** Ids of the events the change touched; each must exist in the data. Empty for a dataset-wide change. */
  events: z.array(z.string().min(1)),
  summary: z.string().min(10),
});
export type ChangeEntry = z.infer<typeof ChangeEntrySchema>;

/** `geodata/changes.json`: the data's changelog, shown on the methodology page. */
export const ChangeLogSchema = z.strictObject({
  $schema: z.string().optional(),
  changes: z.array(ChangeEntrySchema),
});
export type ChangeLog = z.infer<typeof ChangeLogSchema>;
