// CommonJS with a .d.cts beside it: the standalone server (scripts/standalone-server.cjs) requires this file
// with plain Node, before and outside the app's bundles.
"use strict";

/**
 * A revalidation of an unchanged API answer (a GET with If-None-Match, answered 304) costs the framework as
 * much as any request: routing, the Route Handler's machinery, its headers. It can be answered from memory
 * instead, and this does so, only for what the app itself has answered:
 * - it learns from the app's own 304s: the URL, the ETag the app reported as current, and the 304's headers;
 * - it answers a later GET for the same URL whose If-None-Match holds that ETag, with the same headers, when
 *   every request header the answer's Vary names has the same value as then.
 * Everything else goes to the app unchanged. This holds because the app loads its data once per process
 * (lib/data/load-geodata.ts): a tag current once stays current until the server restarts.
 */

/** Headers of one connection or one moment, which Node writes itself. */
const PER_MESSAGE = new Set(["connection", "keep-alive", "date", "transfer-encoding", "content-length"]);

/** RFC 9110 weak comparison of If-None-Match's list with one tag (`*` matches any current answer). */
function matchesTag(ifNoneMatch, etag) {
  const bare = (t) => t.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => bare(t) === "*" || bare(t) === bare(etag));
}

/** The request header names a Vary value lists, lower case; ["*"] when the answer varies on anything. */
function varyNames(vary) {
  const values = Array.isArray(vary) ? vary : vary === undefined ? [] : [String(vary)];
  return [...new Set(values.flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()).filter(Boolean))].sort();
}

const variantOf = (req, names) => names.map((name) => `${name}:${req.headers[name] ?? ""}`).join("\n");

/**
 * @param {{ paths: RegExp, max?: number, maxVariants?: number }} options `paths` tests a request's URL (path and
 *   query); `max` bounds the URLs remembered, the least recently used going first; `maxVariants` the values of
 *   the Vary'd headers remembered per URL, the oldest going first (a client may send any Accept-Encoding).
 */
function createRevalidationCache({ paths, max = 1000, maxVariants = 16 }) {
  /** URL → the Vary names of its answer and, per value of those headers, the ETag and the 304's headers. */
  const entries = new Map();
  const eligible = (req) => req.method === "GET" && typeof req.headers["if-none-match"] === "string" && paths.test(req.url ?? "");

  /** Answers `req` with a 304 from memory when it can; true when it did. */
  function answer(req, res) {
    if (!eligible(req)) return false;
    const entry = entries.get(req.url);
    const hit = entry?.variants.get(variantOf(req, entry.vary));
    if (!hit || !matchesTag(req.headers["if-none-match"], hit.etag)) return false;
    entries.delete(req.url);
    entries.set(req.url, entry);
    res.writeHead(304, hit.headers);
    res.end();
    return true;
  }

  /** Watches the app's answer to `req` and remembers it if it is a 304 that can be given again. */
  function learn(req, res) {
    if (!eligible(req)) return;
    res.once("finish", () => {
      if (res.statusCode !== 304) return;
      const sent = res.getHeaders();
      const etag = sent.etag;
      const vary = varyNames(sent.vary);
      if (typeof etag !== "string" || vary.includes("*") || /\bno-store\b/i.test(String(sent["cache-control"] ?? ""))) return;
      const headers = Object.fromEntries(Object.entries(sent).filter(([name]) => !PER_MESSAGE.has(name)));
      const entry = entries.get(req.url);
      const same = entry && entry.vary.join() === vary.join();
      const variants = same ? entry.variants : new Map();
      variants.set(variantOf(req, vary), { etag, headers });
      if (variants.size > maxVariants) variants.delete(variants.keys().next().value);
      entries.delete(req.url);
      entries.set(req.url, { vary, variants });
      if (entries.size > max) entries.delete(entries.keys().next().value);
    });
  }

  return { answer, learn, get size() { return entries.size; } };
}

module.exports = { createRevalidationCache, matchesTag, varyNames };
