import type { z } from "zod";
import type { ApiError } from "../schemas/api";
import { matchesIfNoneMatch } from "./etag";

/** Data changes only with a deployment, so shared caches may keep responses long; ETags revalidate cheaply. */
export const CACHE_CONTROL = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800";

export function badRequest(error: ApiError): Response {
  return Response.json(error, { status: 400, headers: { "cache-control": "no-store" } });
}

export interface JsonOptions<T> {
  etag: string;
  version: string;
  schema: z.ZodType<T>;
  build: () => T;
  contentType?: string;
}

/** Checked, serialised bodies by route and ETag: the data is fixed for the life of the process, so each is built once. */
const bodies = new Map<string, string>();
const MAX_BODIES = 256;

function remember(key: string, body: string): void {
  if (bodies.size >= MAX_BODIES) bodies.delete(bodies.keys().next().value!);
  bodies.set(key, body);
}

/**
 * Answers 304 when the client already holds this representation; otherwise builds the body,
 * checks it against its schema (a mismatch is our bug, so it becomes a 500 naming the field) and sends it.
 * A body is built and checked once per ETag and then served from memory.
 */
export function cachedJson<T>(request: Request, opts: JsonOptions<T>): Response {
  const headers = {
    etag: opts.etag,
    "cache-control": CACHE_CONTROL,
    "x-data-version": opts.version,
  };
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), opts.etag))
    return new Response(null, { status: 304, headers });
  // ETags are per URL: the same query on two routes has the same tag, so the route is part of the key.
  const key = `${new URL(request.url).pathname} ${opts.etag}`;
  let body = bodies.get(key);
  if (body === undefined) {
    const checked = opts.schema.safeParse(opts.build());
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      return Response.json({ error: "Response failed its schema", issues }, { status: 500 });
    }
    body = JSON.stringify(checked.data);
    remember(key, body);
  }
  return new Response(body, {
    headers: { ...headers, "content-type": opts.contentType ?? "application/json" },
  });
}
