import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BodyCache } from "./body-cache";
import { etagForCoding, negotiateEncoding } from "./encoding";
import { matchesIfNoneMatch } from "./etag";

describe("negotiateEncoding", () => {
  it.each([
    [null, "identity"],
    ["", "identity"],
    ["gzip, deflate, br, zstd", "br"],
    ["br, gzip", "br"],
    ["gzip", "gzip"],
    ["deflate", "identity"],
    ["gzip;q=1, br;q=0.5", "gzip"],
    ["br;q=0, gzip", "gzip"],
    ["br;q=0, gzip;q=0", "identity"],
    ["*", "br"],
    ["*;q=0.1, gzip", "gzip"],
    ["BR", "br"],
    ["identity", "identity"],
  ])("Accept-Encoding %j → %s", (header, coding) => {
    expect(negotiateEncoding(header)).toBe(coding);
  });
});

describe("ETags per coding", () => {
  it("give each coding its own strong tag, and any of them revalidates the body", () => {
    const tag = '"abc-123"';
    expect(etagForCoding(tag, "br")).toBe('"abc-123-br"');
    expect(etagForCoding(tag, "gzip")).toBe('"abc-123-gzip"');
    expect(etagForCoding(tag, "identity")).toBe(tag);
    for (const sent of ['"abc-123-br"', 'W/"abc-123-gzip"', '"x", "abc-123"']) expect(matchesIfNoneMatch(sent, tag)).toBe(true);
    expect(matchesIfNoneMatch('"abc-12-br"', tag)).toBe(false);
  });
});

describe("BodyCache", () => {
  const text = JSON.stringify({ features: Array.from({ length: 200 }, (_, i) => ({ id: `event-${i}`, kind: "shelling" })) });

  it("compresses a body once per coding and hands out the same bytes afterwards", async () => {
    const cache = new BodyCache();
    cache.set("k", Buffer.from(text));
    const first = await cache.get("k", "br");
    const second = await cache.get("k", "br");
    expect(second!.body).toBe(first!.body);
    expect(brotliDecompressSync(first!.body).toString()).toBe(text);
    const gz = await cache.get("k", "gzip");
    expect(gunzipSync(gz!.body).toString()).toBe(text);
    expect(gz!.body.length).toBeLessThan(text.length / 4);
  });

  it("shares one compression between concurrent first requests", async () => {
    const cache = new BodyCache();
    cache.set("k", Buffer.from(text));
    const [a, b] = await Promise.all([cache.get("k", "gzip"), cache.get("k", "gzip")]);
    expect(a!.body).toBe(b!.body);
  });

  it("compresses even a tiny body when asked, so the coding (and the ETag of a 304) follows from the request alone", async () => {
    const cache = new BodyCache();
    cache.set("small", Buffer.from('{"days":[]}'));
    const small = await cache.get("small", "br");
    expect(small!.coding).toBe("br");
    expect(brotliDecompressSync(small!.body).toString()).toBe('{"days":[]}');
  });

  it("keeps at most its limit, dropping the oldest", async () => {
    const cache = new BodyCache(2);
    for (const k of ["a", "b", "c"]) cache.set(k, Buffer.from(k));
    expect(["a", "b", "c"].map((k) => cache.has(k))).toEqual([false, true, true]);
  });
});
