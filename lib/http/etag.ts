import { createHash } from "node:crypto";
import { etagVariants } from "./encoding";
import { matchesTag } from "./revalidation-cache.cjs";

/**
 * Strong ETag for a response that depends only on the data version and the parsed query.
 * Keyed on the parsed query, so spellings that parse to the same value (repeated list parameters
 * versus a comma list) share one tag.
 */
export function etagFor(version: string, query: unknown): string {
  const key = createHash("sha256").update(JSON.stringify(query ?? {})).digest("hex").slice(0, 12);
  return `"${version}-${key}"`;
}

/**
 * RFC 9110 If-None-Match: weak comparison, a list of tags, or `*`. A tag of any coding of the body
 * matches (see etagForCoding): they all stand for the same data.
 */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  return !!header && etagVariants(etag).some((tag) => matchesTag(header, tag));
}
