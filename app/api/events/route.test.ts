import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { allowPrecompressedBodies } from "@/lib/http/precompressed";
import { GET } from "./route";
import { EventCollectionSchema } from "@/lib/schemas/event";

// As the server does at start-up (instrumentation.ts), so compressed bodies are sent.
allowPrecompressedBodies();

const get = (qs = "", headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/events${qs}`, { headers }));

describe("GET /api/events", () => {
  it("returns every event as a valid FeatureCollection with caching headers", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/geo+json");
    expect(res.headers.get("etag")).toMatch(/^"[0-9a-f]{16}-[0-9a-f]{12}"$/);
    expect(res.headers.get("cache-control")).toContain("public");
    const body = EventCollectionSchema.parse(await res.json());
    expect(body.features.length).toBeGreaterThanOrEqual(40);
  });

  it("filters by day and actor", async () => {
    const body = EventCollectionSchema.parse(await (await get("?date=2025-05-07&actor=india")).json());
    expect(body.features.length).toBeGreaterThanOrEqual(9);
    for (const f of body.features) {
      expect(f.properties.date).toBe("2025-05-07");
      expect(f.properties.actor).toBe("india");
    }
  });

  it("answers 304 to a matching If-None-Match and 200 to a stale one", async () => {
    const etag = (await get("?kind=shelling")).headers.get("etag")!;
    const fresh = await get("?kind=shelling", { "if-none-match": etag });
    expect(fresh.status).toBe(304);
    expect(fresh.headers.get("etag")).toBe(etag);
    expect(await fresh.text()).toBe("");
    expect((await get("?kind=shelling", { "if-none-match": '"stale"' })).status).toBe(200);
  });

  it("gives different ETags to different queries", async () => {
    const a = (await get("?kind=shelling")).headers.get("etag");
    const b = (await get("?kind=airstrike")).headers.get("etag");
    expect(a).not.toBe(b);
  });

  it("answers 400 with the issues for a bad query", async () => {
    const res = await get("?date=yesterday&colour=red");
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "Invalid query",
      issues: [
        { path: "date", message: "must be a date as YYYY-MM-DD" },
        { path: "colour", message: "unknown parameter" },
      ],
    });
  });
});

describe("GET /api/events compression", () => {
  it("sends a browser the same events brotli-compressed, with Vary and its own ETag", async () => {
    const plain = await get("?date=2025-05-07");
    const br = await get("?date=2025-05-07", { "accept-encoding": "gzip, deflate, br, zstd" });
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toBe("Accept-Encoding");
    expect(br.headers.get("etag")).toBe(`${plain.headers.get("etag")!.slice(0, -1)}-br"`);
    const bytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(bytes).toString()).toBe(await plain.text());
  });
});
