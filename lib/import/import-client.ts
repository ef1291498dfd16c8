import type { ImportFormat, DatasetCitation } from "../schemas/imported-event";
import type { ActorMapping } from "./acled-actors";
import type { ImportResult } from "./import-file";
import type { ImportPhase, ImportResponse, WorkerRequest } from "./worker-protocol";
import type { RowIssue } from "../schemas/import";

/** What the page needs of a Worker; a test can pass an in-process stand-in. */
export interface ImportWorkerLike {
  postMessage(message: WorkerRequest, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<ImportResponse>) => void): void;
  removeEventListener(type: "message", listener: (event: MessageEvent<ImportResponse>) => void): void;
}

export interface OpenFileOptions {
  format?: ImportFormat;
  actorMapping?: ActorMapping;
  citation?: Omit<DatasetCitation, "recordId">;
  onProgress?: (phase: ImportPhase, fraction: number) => void;
  /**
   * When the result came back before the profile's per-event check (`verified: false`), called once
   * the check is done with the rows that failed it; their events must then be removed from the map.
   */
  onVerified?: (issues: RowIssue[]) => void;
  /**
   * For such a result, resolves when the check may start: once the map has drawn the events, so the
   * check does not compete with the first draw. At once when absent.
   */
  whenShown?: (result: ImportResult) => Promise<unknown>;
}

/** The import worker, bundled by Next.js from lib/import/worker.ts. Browser only. */
export function createImportWorker(): Worker {
  return new Worker(new URL("./worker.ts", import.meta.url), { type: "module" });
}

let counter = 0;

/**
 * Opens a file in the worker: resolves with the events, the row report and the summary, or rejects
 * with one Error whose message is for the reader. The file is read inside the worker; nothing leaves
 * the browser.
 */
export function openFileInWorker(worker: ImportWorkerLike, file: Blob & { name: string }, options: OpenFileOptions = {}): Promise<ImportResult> {
  const id = `import-${++counter}`;
  return new Promise((resolve, reject) => {
    const events: ImportResult["events"] = [];
    const listener = (event: MessageEvent<ImportResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === "progress") return options.onProgress?.(message.phase, message.fraction);
      if (message.type === "events") {
        for (const e of JSON.parse(message.json) as ImportResult["events"]) events.push(e);
        return;
      }
      if (message.type === "verified") {
        worker.removeEventListener("message", listener);
        return options.onVerified?.(message.issues);
      }
      if (message.type === "error") {
        worker.removeEventListener("message", listener);
        return reject(new Error(message.message));
      }
      const result = { ...(JSON.parse(message.json) as Omit<ImportResult, "events">), events };
      if (result.verified) worker.removeEventListener("message", listener);
      else void (options.whenShown?.(result) ?? Promise.resolve()).then(() => worker.postMessage({ type: "verify", id }));
      resolve(result);
    };
    worker.addEventListener("message", listener);
    const { onProgress: _progress, onVerified: _verified, whenShown: _shown, ...settings } = options;
    worker.postMessage({ type: "import", id, name: file.name, file, ...settings });
  });
}
