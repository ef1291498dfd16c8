import { z } from "zod";
import { ImportFormatSchema, DatasetCitationSchema } from "../schemas/imported-event";
import { ActorMappingSchema } from "./acled-actors";

/**
 * Messages between the page and the import worker. The page sends one `import` per file; the worker
 * answers with `progress` and `events` messages, then exactly one `done` or `error` carrying the same
 * `id`. The events come in batches, in row order, as they are made, so the page reads one batch while
 * the worker makes the next; `done` carries the rest of the result. After a `done` whose result is not
 * yet `verified` (a large ACLED file reaches the map first), the worker keeps the events until the page
 * sends `verify` with the same `id` (once the map has drawn them, so the check does not compete with the
 * first draw for the machine's cores); one `verified` then lists any row that failed the imported-data
 * profile's check (the page removes those events). To cancel, the page terminates the worker.
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

/** Asks for the profile's check of the events an earlier `import` with this id sent unverified. */
export const VerifyRequestSchema = z.object({ type: z.literal("verify"), id: z.string().min(1) });
export type VerifyRequest = z.infer<typeof VerifyRequestSchema>;

export type WorkerRequest = ImportRequest | VerifyRequest;

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
/**
 * Batches are JSON text: the page reads JSON.parse's objects in less memory than a structured clone's
 * (213 against 279 MB for 100,000 events), and the worker writes JSON faster.
 */
export interface ImportEventsMessage {
  type: "events";
  id: string;
  /** The next events of the file, a JSON array of ImportedEventFeature. */
  json: string;
}
export interface ImportDoneMessage {
  type: "done";
  id: string;
  /** The ImportResult without its events (those came as `events` messages), as JSON text. */
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
export type ImportResponse = ImportProgressMessage | ImportEventsMessage | ImportDoneMessage | ImportErrorMessage | ImportVerifiedMessage;
