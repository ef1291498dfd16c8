import type { z } from "zod";
import { recordBreach, startCheck } from "./contract-breaches";
import { firstDraw, pastFirstDraw } from "./first-draw";

/** The checking code, loaded when the first check runs (after the map's first draw). */
const loadChecks = () => import("./contract-check");

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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** What drawing and indexing read without looking: features that are objects with their properties and geometry. */
function drawable(body: unknown): boolean {
  return isObject(body) && Array.isArray(body.features) && body.features.every((f) => isObject(f) && isObject(f.properties) && isObject(f.geometry));
}

/**
 * An SWR fetcher for what the map draws first. Before the map's first draw it hands over the body as
 * the server sent it (the server checked it against the schema before sending), once its features are
 * drawable, and checks it fully after that draw: a failure shows as a notice (contract-breaches.ts), not
 * as a blank map. Once the map has drawn, a body (a retry, a refetch) is checked before it replaces
 * the data drawn: a failure is an error, with Retry, and the last good data stays.
 *
 * The schema may be wider than `T` (the events are checked as either profile, curated or imported, as
 * the server serves them); the page reads the fields both have.
 */
export function firstDrawFetcher<T>(loadSchema: () => Promise<z.ZodType>) {
  return async (url: string): Promise<T> => {
    const body = await fetchBody(url);
    if (!drawable(body)) throw new Error("the answer is not a collection of features the map can draw");
    const stillLatest = startCheck(url);
    if (!pastFirstDraw()) {
      void firstDraw
        .then(loadChecks)
        .then((checks) => checks.checkBody(url, body, loadSchema, stillLatest))
        .catch(() => {});
      return body as T;
    }
    const { describeIssues, issuesOf } = await loadChecks();
    const error = await issuesOf(await loadSchema(), body);
    // A body that passes replaces the data drawn, and with it any notice about an unchecked one; a body
    // that fails is an error (with Retry) and replaces nothing.
    if (stillLatest() && !error) recordBreach(url, null);
    if (error) throw new Error(`the answer is not what this page expects (${describeIssues(error)})`);
    return body as T;
  };
}
