import type { z } from "zod";
import { checkLater } from "./contract-check";
import { firstDraw } from "./first-draw";

/** How long a request may take before the reader is told and offered a retry. */
export const FETCH_TIMEOUT_MS = 15_000;

/** Loads a response schema on demand, so zod is not part of the page's first load. */
export type SchemaLoader<T> = () => Promise<z.ZodType<T>>;

async function fetchBody(url: string): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).catch((e: unknown) => {
    const name = (e as Error).name;
    throw new Error(name === "TimeoutError" ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : "the server could not be reached");
  });
  const body: unknown = await res.json().catch(() => null);
  if (res.ok && (body === null || typeof body !== "object")) throw new Error("the answer was not a JSON object");
  if (!res.ok) {
    const { ApiErrorSchema } = await import("../schemas/api");
    const err = ApiErrorSchema.safeParse(body);
    throw new Error(err.success ? `${err.data.error}: ${err.data.issues.map((i) => i.message).join("; ")}` : `HTTP ${res.status}`);
  }
  return body;
}

/** An SWR fetcher that parses the body with the same zod schema the server checked it against. */
export function jsonFetcher<T>(loadSchema: SchemaLoader<T>) {
  return async (url: string): Promise<T> => {
    const [body, schema] = await Promise.all([fetchBody(url), loadSchema()]);
    return schema.parse(body);
  };
}

/**
 * An SWR fetcher for what the map draws first: the body as the server sent it (the server checked it
 * against the schema before sending), checked again on the page after the map's first draw. A failure
 * shows as a notice (contract-check.ts), not as a blank map.
 */
export function firstDrawFetcher<T>(loadSchema: () => Promise<z.ZodType>) {
  return async (url: string): Promise<T> => {
    const body = await fetchBody(url);
    void checkLater(url, body, loadSchema, firstDraw);
    return body as T;
  };
}
