// The depth Web Worker: measures an opened file's events against the lines off the page's main thread.
// Create it with createDepthWorker (depth-client.ts).
import { measurePacked } from "./local-depth";
import type { DepthWorkerRequest, DepthWorkerResponse } from "./depth-client";

/** The parts of the worker's global scope it uses; typed here because the project's lib is the DOM's. */
interface WorkerScope {
  addEventListener(type: "message", listener: (event: MessageEvent<DepthWorkerRequest>) => void): void;
  postMessage(message: DepthWorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener("message", ({ data: { positions, lines, countries } }) => {
  try {
    const depths = measurePacked(positions, lines, countries);
    scope.postMessage({ type: "depths", depths }, [depths.km.buffer, depths.line.buffer, depths.side.buffer]);
  } catch (e) {
    scope.postMessage({ type: "error", message: (e as Error).message }, []);
  }
});
