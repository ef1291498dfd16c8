import type { BoundaryFeature } from "../schemas/boundary";
import type { CountryFeature } from "../basemap/schemas";
import type { PackedDepths } from "./local-depth";

export interface DepthWorkerRequest {
  positions: Float64Array;
  lines: readonly BoundaryFeature[];
  countries: readonly CountryFeature[];
}
export type DepthWorkerResponse = { type: "depths"; depths: PackedDepths } | { type: "error"; message: string };

/** The depth worker, bundled by Next.js from lib/import/depth-worker.ts. Browser only. */
export function createDepthWorker(): Worker {
  return new Worker(new URL("./depth-worker.ts", import.meta.url), { type: "module" });
}

/**
 * Measures the positions in `worker` (the positions' buffer is transferred, so it is empty afterwards);
 * resolves with the packed depths, rejects with the worker's error.
 */
export function measureInWorker(worker: Worker, request: DepthWorkerRequest): Promise<PackedDepths> {
  return new Promise((resolve, reject) => {
    worker.addEventListener("message", ({ data }: MessageEvent<DepthWorkerResponse>) =>
      data.type === "depths" ? resolve(data.depths) : reject(new Error(data.message)),
    );
    worker.addEventListener("error", (e) => reject(new Error(e.message || "the depth worker failed")));
    worker.postMessage(request, [request.positions.buffer]);
  });
}
