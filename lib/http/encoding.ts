import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";

export type ContentCoding = "br" | "gzip" | "identity";

/** `Accept-Encoding` as coding → q value; a coding absent from the header is absent from the map. */
function weights(header: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = q === undefined ? 1 : Number(q.slice(2));
    out.set(name, Number.isFinite(value) ? value : 0);
  }
  return out;
}

/**
 * The coding to send for a request's `Accept-Encoding` (RFC 9110 §12.5.3): brotli when the client
 * accepts it at least as much as gzip, then gzip, else the plain body. `*` stands for any coding not
 * named; `q=0` refuses one.
 */
export function negotiateEncoding(header: string | null): ContentCoding {
  if (!header) return "identity";
  const w = weights(header);
  const q = (coding: string) => w.get(coding) ?? w.get("*") ?? 0;
  const br = q("br");
  const gz = Math.max(q("gzip"), w.get("x-gzip") ?? 0);
  if (br > 0 && br >= gz) return "br";
  if (gz > 0) return "gzip";
  return "identity";
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Compresses off the main thread (zlib's thread pool). Brotli quality 6 costs about 5 ms for the
 * 260 kB full event list; quality 11 would save another 10 % of bytes for about 290 ms per distinct
 * query, which anyone can ask for, so it is not worth it.
 */
export function compress(body: Buffer, coding: Exclude<ContentCoding, "identity">): Promise<Buffer> {
  if (coding === "br")
    return brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
  return gzipAsync(body, { level: 9 });
}

/**
 * A strong ETag names exact bytes (RFC 9110 §8.8.3), so each coding of a body gets its own tag:
 * `"v-key"` for the plain body, `"v-key-br"` and `"v-key-gzip"` for the compressed ones.
 */
export function etagForCoding(etag: string, coding: ContentCoding): string {
  return coding === "identity" ? etag : `${etag.slice(0, -1)}-${coding}"`;
}

/** Every tag that names some coding of the same body: any of them revalidates it. */
export function etagVariants(etag: string): string[] {
  return (["identity", "br", "gzip"] as const).map((c) => etagForCoding(etag, c));
}
