import { importBytes } from "./import-file";
import { verifyImported } from "./finish-event";
import { ImportFileError, checkImportSize } from "./read-file";
import { ImportRequestSchema, VerifyRequestSchema, type ImportPhase, type ImportResponse } from "./worker-protocol";
import type { ImportedEventFeature } from "../schemas/imported-event";

export type Post = (message: ImportResponse) => void;

/** Progress is posted when it moves by this much within a phase, so 100,000 rows send ~100 messages, not 100,000. */
const STEP = 0.01;

/** Events sent before the profile's check, by import id, until the page asks for the check. */
const awaitingCheck = new Map<string, ImportedEventFeature[]>();

/** The profile's check of events kept for it: one `verified` with the rows that failed, or an error. */
function verifyKept(id: string, post: Post) {
  const events = awaitingCheck.get(id);
  if (!events) return post({ type: "error", id, message: `No opened file is waiting for its check (${id}).` });
  awaitingCheck.delete(id);
  post({ type: "progress", id, phase: "verifying", fraction: 0 });
  const { issues } = verifyImported(events);
  post({ type: "progress", id, phase: "verifying", fraction: 1 });
  post({ type: "verified", id, issues });
}

/**
 * Handles one message to the import worker: checks it, reads the file, imports it with progress, and
 * posts exactly one `done` or `error` (never throws). A large ACLED file's events go out before the
 * profile's per-event check; they are kept until a `verify` message asks for it, whose outcome follows
 * as `verified`. Pure apart from `post` and the kept events, so tests drive it directly.
 */
export async function handleImportMessage(data: unknown, post: Post): Promise<void> {
  const verify = VerifyRequestSchema.safeParse(data);
  if (verify.success) return verifyKept(verify.data.id, post);
  const request = ImportRequestSchema.safeParse(data);
  const id = typeof (data as { id?: unknown } | null)?.id === "string" ? (data as { id: string }).id : "";
  if (!request.success) {
    post({ type: "error", id, message: `The import request is invalid: ${request.error.issues.map((i) => i.message).join("; ")}` });
    return;
  }
  const { name, file, bytes, format, actorMapping, citation } = request.data;
  let last: { phase: ImportPhase; fraction: number } | undefined;
  const progress = (phase: ImportPhase, fraction: number) => {
    if (last && last.phase === phase && fraction - last.fraction < STEP && fraction < 1) return;
    last = { phase, fraction };
    post({ type: "progress", id, phase, fraction });
  };
  try {
    // Refused before reading: a file over the limit would only exhaust the tab's memory.
    if (file) checkImportSize(file.size, name);
    progress("reading", 0);
    const buffer = bytes ?? (await file!.arrayBuffer());
    progress("reading", 1);
    const result = importBytes(new Uint8Array(buffer), {
      fileName: name,
      ...(format && { format }),
      ...(actorMapping && { actorMapping }),
      ...(citation && { citation }),
      verify: false,
      onProgress: (p) => progress(p.phase, p.fraction),
      onEvents: (batch) => post({ type: "events", id, json: JSON.stringify(batch) }),
    });
    const { events: _sent, ...rest } = result;
    post({ type: "done", id, json: JSON.stringify(rest) });
    if (!result.verified) awaitingCheck.set(id, result.events);
  } catch (e) {
    const message = e instanceof ImportFileError ? e.message : `${name} could not be opened: ${(e as Error).message}`;
    post({ type: "error", id, message });
  }
}
