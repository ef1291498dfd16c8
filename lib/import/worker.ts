// The import Web Worker: parses an opened file off the page's main thread. Create it with
// `new Worker(new URL("./worker.ts", import.meta.url), { type: "module" })` (see import-client.ts).
import { handleImportMessage } from "./worker-handler";
import type { ImportResponse } from "./worker-protocol";

/** The parts of the worker's global scope it uses; typed here because the project's lib is the DOM's. */
interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
  postMessage(message: ImportResponse): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener("message", (event) => {
  void handleImportMessage(event.data, (message) => scope.postMessage(message));
});
