/**
 * Runs once when the server starts. Validates the geodata, so a broken file stops the server with the
 * file, feature and field at fault instead of surfacing later as failed requests; and lets API
 * handlers send bodies they compressed once (see lib/http/precompressed.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  (await import("./lib/http/precompressed")).allowPrecompressedBodies();
  await import("./lib/data/startup-check");
}
