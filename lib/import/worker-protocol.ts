import { z } from "zod";
import { ImportFormatSchema, DatasetCitationSchema } from "../schemas/imported-event";
import { ActorMappingSchema } from "./acled-actors";

/**
 * Messages between the page and the import worker. The page sends one `import` per file; the worker
 * answers with `progress` messages, then exactly one `done` or `error` carrying the same `id`. After a
 * `done` whose result is not yet `verified` (a large ACLED file reaches the map first), one `verified`
 * follows once every event has passed the imported-data profile's check, listing any row that did not
 * (the page then removes those events). To cancel, the page terminates the worker.
 */
export const ImportRequestSchema = z.object({
  type: z.literal("import"),
  id: z.string().min(1),
  name: z.string().min(1).max(255),
  /** The file itself (read inside the worker) or its bytes (transferred, not copied). */
  file: z.instanceof(Blob).optional(),
  bytes: z.instanceof(ArrayBuffer).optional(),
  format: ImportFormatSchema.optional(),
  actorMapping: ActorMappingSchema.optional(),
  citation: DatasetCitationSchema.omit({ recordId: true }).optional(),
}).refine((r) => (r.file === undefined) !== (r.bytes === undefined), { error: "send either file or bytes" });
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** `reading` the file into memory, `parsing` rows into events, `verifying` them against the profile. */
export const ImportPhaseSchema = z.enum(["reading", "parsing", "verifying"]);
export type ImportPhase = z.infer<typeof ImportPhaseSchema>;

export interface ImportProgressMessage {
  type: "progress";
  id: string;
  phase: ImportPhase;
  /** 0…1 within the phase. */
  fraction: number;
}
export interface ImportDoneMessage {
  type: "done";
  id: string;
  /**
   * The ImportResult as JSON text. The page reads 100,000 events back from JSON.parse in about half the
   * time it takes to read them back from a structured clone, and the worker writes JSON faster too.
   */
  json: string;
}
export interface ImportErrorMessage {
  type: "error";
  id: string;
  /** One message for the reader: the file was not opened and the map is unchanged. */
  message: string;
}
export interface ImportVerifiedMessage {
  type: "verified";
  id: string;
  /** Rows whose event failed the profile's check (none for a mapper that builds to it); `row` names each. */
  issues: import("../schemas/import").RowIssue[];
}
export type ImportResponse = ImportProgressMessage | ImportDoneMessage | ImportErrorMessage | ImportVerifiedMessage;
