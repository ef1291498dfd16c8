import { ServerResponse } from "node:http";

/**
 * Next.js 16 drops `Content-Encoding` (and `Content-Length`) from every Route Handler response
 * (`FORBIDDEN_HEADERS` in next/dist/server/send-response.js: it assumes the body may have been
 * decoded by fetch). A body we compressed ourselves would then go out unlabelled, or be gzipped a
 * second time by Next's own per-request compression. So a handler names its coding in this header
 * instead, which Next passes on, and the server turns it back into `Content-Encoding` as Next sets it.
 */
export const CODING_HEADER = "x-precompressed-content-encoding";

const INSTALLED = Symbol.for("strike-map.precompressed-bodies");
const state = globalThis as { [INSTALLED]?: boolean };

/**
 * Installs the translation in this Node.js process (called once from instrumentation.ts). Only the
 * private header is touched; every other header passes as before. Next's compression sees the
 * coding when the headers are written and leaves the body alone ("already encoded").
 */
export function allowPrecompressedBodies(): void {
  if (state[INSTALLED]) return;
  const setHeader = ServerResponse.prototype.setHeader;
  ServerResponse.prototype.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
    if (name.toLowerCase() === CODING_HEADER) return setHeader.call(this, "content-encoding", value);
    return setHeader.call(this, name, value);
  };
  state[INSTALLED] = true;
}

/** Whether a compressed body can reach the client labelled; without it handlers send the plain body. */
export function precompressedBodiesAllowed(): boolean {
  return state[INSTALLED] === true;
}
