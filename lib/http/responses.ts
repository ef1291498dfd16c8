import type { z } from "zod";
import type { ApiError } from "../schemas/api";
import { BodyCache } from "./body-cache";
import { etagForCoding, negotiateEncoding, type ContentCoding } from "./encoding";
import { matchesIfNoneMatch } from "./etag";
import { CODING_HEADER, precompressedBodiesAllowed } from "./precompressed";

/** Data changes only with a deployment, so shared caches may keep responses long; ETags revalidate cheaply. */
export const CACHE_CONTROL = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800";

export function badRequest(error: ApiError): Response {
  return Response.json(error, { status: 400, headers: { "cache-control": "no-store" } });
}

/** A JSON error body `{ error }` with the given status, never cached. */
export function jsonError(status: number, error: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error }, { status, headers: { "cache-control": "no-store", ...headers } });
}

export interface JsonOptions<T> {
  etag: string;
  /** The data version the body comes from, sent as X-Data-Version; absent for bodies that do not depend on the data. */
  version?: string;
  schema: z.ZodType<T>;
  build: () => T;
  contentType?: string;
}

const bodies = new BodyCache();

/** A body that fails its schema is our bug: a 500 naming the field, never sent as if it were data. */
function buildChecked<T>(opts: JsonOptions<T>): { body: Buffer } | { error: Response } {
  const checked = opts.schema.safeParse(opts.build());
  if (checked.success) return { body: Buffer.from(JSON.stringify(checked.data)) };
  const issues = checked.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  return { error: Response.json({ error: "Response failed its schema", issues }, { status: 500 }) };
}

/**
 * Answers 304 when the client already holds this representation; otherwise sends the body in the
 * best coding the client accepts (brotli, gzip or none). A body is built, checked against its schema
 * and compressed once per ETag and coding, then served from memory.
 */
export async function cachedJson<T>(request: Request, opts: JsonOptions<T>): Promise<Response> {
  const wanted: ContentCoding = precompressedBodiesAllowed() ? negotiateEncoding(request.headers.get("accept-encoding")) : "identity";
  const headers = (coding: ContentCoding) => ({
    etag: etagForCoding(opts.etag, coding),
    "cache-control": CACHE_CONTROL,
    ...(opts.version === undefined ? {} : { "x-data-version": opts.version }),
    vary: "Accept-Encoding",
  });
  if (matchesIfNoneMatch(request.headers.get("if-none-match"), opts.etag))
    return new Response(null, { status: 304, headers: headers(wanted) });
  // ETags are per URL: the same query on two routes has the same tag, so the route is part of the key.
  const key = `${new URL(request.url).pathname} ${opts.etag}`;
  if (!bodies.has(key)) {
    const built = buildChecked(opts);
    if ("error" in built) return built.error;
    bodies.set(key, built.body);
  }
  const { body, coding } = (await bodies.get(key, wanted))!;
  return new Response(body, {
    headers: {
      ...headers(coding),
      "content-type": opts.contentType ?? "application/json",
      // Both: the standard header for whoever reads this Response directly, the private one for Next.js.
      ...(coding === "identity" ? {} : { "content-encoding": coding, [CODING_HEADER]: coding }),
    },
  });
}
