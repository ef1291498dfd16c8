import { z } from "zod";
import { IsoDateSchema } from "./dates";
import { ActorSchema } from "./parties";
import { EventKindSchema } from "./event";
import { ImportFormatSchema } from "./imported-event";

/**
 * One problem with one row of an imported file. `row` is the row as a spreadsheet numbers it (the
 * header is row 1) or, for GeoJSON, the feature's number from 1; `column` is the file's own column
 * (or field path) at fault, `-` when the whole row is.
 */
export const RowIssueSchema = z.object({
  row: z.int().positive(),
  column: z.string(),
  /** The offending value as the file has it, shortened; absent when there is none. */
  value: z.string().optional(),
  reason: z.string().min(3),
  /** `row rejected`: the event is not loaded; `value dropped`: it is loaded without this value. */
  outcome: z.enum(["row rejected", "value dropped"]),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;

/** What an import produced, for the reader to see before the map changes. */
export const ImportSummarySchema = z.object({
  format: ImportFormatSchema,
  file: z.string(),
  /** Data rows (or features) read, blank lines not counted. */
  rows: z.int().nonnegative(),
  accepted: z.int().nonnegative(),
  rejected: z.int().nonnegative(),
  /** First and last event date; absent when nothing was accepted. */
  period: z.object({ first: IsoDateSchema, last: IsoDateSchema }).optional(),
  /** West, south, east, north of the accepted events; absent when nothing was accepted. */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  kinds: z.array(EventKindSchema),
  sides: z.array(ActorSchema),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
