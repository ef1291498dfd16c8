/**
 * Validates the geodata when the server starts, so a broken file stops the server with the
 * file, feature and field at fault instead of surfacing later as failed requests.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/data/startup-check");
}
