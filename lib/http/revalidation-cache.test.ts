import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createRevalidationCache, matchesTag, varyNames } from "./revalidation-cache.cjs";

const TAG = '"v1-br"';

interface Served {
  origin: string;
  /** Requests the app itself answered. */
  appCalls: string[];
  close: () => Promise<void>;
}

/**
 * A server with the cache in front of an app that answers as ours does: 304 when If-None-Match holds its
 * tag (headers set one by one, Vary twice), else 200 with a body. `cacheControl` replaces its Cache-Control.
 */
async function serve({ max, maxVariants, cacheControl = "public, max-age=300", vary = "Accept-Encoding" }: { max?: number; maxVariants?: number; cacheControl?: string; vary?: string } = {}): Promise<Served> {
  const cache = createRevalidationCache({ paths: /^\/api\//, max, maxVariants });
  const appCalls: string[] = [];
  const app = (req: http.IncomingMessage, res: http.ServerResponse) => {
    appCalls.push(`${req.method} ${req.url}`);
    const tag = String(req.headers["accept-encoding"] ?? "").includes("br") ? TAG : '"v1"';
    res.appendHeader("vary", "rsc");
    res.appendHeader("vary", vary);
    res.setHeader("cache-control", cacheControl);
    res.setHeader("etag", tag);
    res.setHeader("x-data-version", "v1");
    if (req.headers["if-none-match"] === tag) {
      res.statusCode = 304;
      res.end();
    } else {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ url: req.url }));
    }
  };
  const server = http.createServer((req, res) => {
    if (cache.answer(req, res)) return;
    cache.learn(req, res);
    app(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    appCalls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const browserLike = { "accept-encoding": "br, gzip", "if-none-match": TAG };
let served: Served | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** Status and headers, without the ones that differ per message. */
async function get(path: string, headers: Record<string, string>, method = "GET") {
  const res = await fetch(`${served!.origin}${path}`, { method, headers });
  await res.arrayBuffer();
  const kept = [...res.headers].filter(([name]) => !["date", "connection", "keep-alive"].includes(name));
  return { status: res.status, headers: kept };
}

describe("revalidation cache", () => {
  it("answers a repeated revalidation itself, with the app's own 304 headers", async () => {
    served = await serve();
    const first = await get("/api/events?day=2025-05-07", browserLike);
    const second = await get("/api/events?day=2025-05-07", browserLike);
    expect(first.status).toBe(304);
    expect(second).toEqual(first);
    expect(second.headers).toContainEqual(["etag", TAG]);
    expect(second.headers).toContainEqual(["vary", "rsc, Accept-Encoding"]);
    expect(served.appCalls).toEqual(["GET /api/events?day=2025-05-07"]);
  });

  it("passes on what it has not seen answered: another tag, encoding, URL or method, a page, no If-None-Match", async () => {
    served = await serve();
    await get("/api/events", browserLike);
    await get("/api/events", { ...browserLike, "if-none-match": '"v0-br"' });
    await get("/api/events", { "accept-encoding": "gzip", "if-none-match": TAG });
    await get("/api/events?kind=drone", browserLike);
    await get("/about", browserLike);
    await get("/api/events", { "accept-encoding": "br, gzip" });
    await get("/api/events", browserLike, "HEAD");
    expect(served.appCalls).toHaveLength(7);
  });

  it("learns only from 304s the app gave, and only if they may be stored and do not vary on everything", async () => {
    served = await serve();
    await get("/api/events", { "accept-encoding": "br, gzip" });
    await get("/api/events", browserLike);
    expect(served.appCalls).toHaveLength(2);
    await served.close();

    served = await serve({ cacheControl: "no-store" });
    await get("/api/events", browserLike);
    await get("/api/events", browserLike);
    expect(served.appCalls).toHaveLength(2);
    await served.close();

    served = await serve({ vary: "*" });
    await get("/api/events", browserLike);
    await get("/api/events", browserLike);
    expect(served.appCalls).toHaveLength(2);
  });

  it("forgets the least recently used URL past its bound", async () => {
    served = await serve({ max: 2 });
    for (const path of ["/api/a", "/api/b", "/api/a", "/api/c", "/api/a", "/api/b"]) await get(path, browserLike);
    // a, b and c each reach the app once; b again after c pushed it out (a was used more recently).
    expect(served.appCalls).toEqual(["GET /api/a", "GET /api/b", "GET /api/c", "GET /api/b"]);
  });
});

it("bounds what one URL keeps: a client sending new Accept-Encoding values pushes the oldest out", async () => {
  served = await serve({ maxVariants: 2 });
  const encodings = ["br", "br, gzip", "br, deflate", "br"];
  for (const encoding of encodings) await get("/api/events", { "accept-encoding": encoding, "if-none-match": TAG });
  // Each new value reaches the app once; "br" again after the third pushed it out.
  expect(served.appCalls).toHaveLength(4);
  await get("/api/events", { "accept-encoding": "br, deflate", "if-none-match": TAG });
  expect(served.appCalls).toHaveLength(4);
});

describe("matchesTag and varyNames", () => {
  it("compares tags weakly, in lists, with * matching any", () => {
    expect(matchesTag('W/"a", "b"', '"a"')).toBe(true);
    expect(matchesTag('"b"', 'W/"b"')).toBe(true);
    expect(matchesTag("*", '"x"')).toBe(true);
    expect(matchesTag('"ab"', '"a"')).toBe(false);
  });

  it("reads Vary from one or several headers", () => {
    expect(varyNames(["rsc, Next-Router-State-Tree", "Accept-Encoding"])).toEqual(["accept-encoding", "next-router-state-tree", "rsc"]);
    expect(varyNames(undefined)).toEqual([]);
  });
});
