import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { GET as getBoundaries } from "./boundaries/route";
import { GET as getEvents } from "./events/route";
import { GET as getTimeline } from "./timeline/route";
import { ApiErrorSchema, TimelineSchema } from "@/lib/schemas/api";
import { BoundaryCollectionSchema } from "@/lib/schemas/boundary";
import { EventCollectionSchema, EventKindSchema, VerificationStatusSchema } from "@/lib/schemas/event";
import { ActorSchema } from "@/lib/schemas/parties";
import { responseChecker } from "@/lib/openapi/check-response";
import { buildOpenApiDocument } from "@/lib/openapi/document";

/** Fixed, so a failure found once is found again; fast-check prints the seed and path to replay it. */
const SEED = 20250507;
const RUNS = 1000;

// ---- parameter values: valid, near-valid and hostile ----

const anyText = fc.oneof(
  fc.string({ unit: "grapheme-ascii", maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  // Lone surrogates and control characters included.
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.constantFrom("", " ", "NaN", "null", "undefined", "[]", "{}", "true", "-1", "%", "%zz", "&", "=", "#", "+", "ß", "🇮🇳,🇵🇰"),
  fc
    .tuple(fc.constantFrom("a", "é", "%", "2025-05-07,", "india,", "1,"), fc.integer({ min: 300, max: 4000 }))
    .map(([s, n]) => s.repeat(n)),
);

const pad = (n: number, width: number) => String(n).padStart(width, "0");
const validDate = fc
  .integer({ min: Date.UTC(2025, 3, 15), max: Date.UTC(2025, 4, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const nearDate = fc.oneof(
  fc.constantFrom("2025-02-30", "2025-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "2025-5-7", "25-05-07", "2025/05/07"),
  fc.constantFrom("2025-05-07T00:00", "2025-05-07Z", " 2025-05-07", "2025-05-07 ", "+02025-05-07", "yesterday", "0000-00-00"),
  fc
    .tuple(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 39 }))
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
);

const listValue = (options: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.subarray([...options], { minLength: 1 }).map((a) => a.join(",")) },
    {
      weight: 2,
      arbitrary: fc
        .array(
          fc.oneof(
            { weight: 3, arbitrary: fc.constantFrom(...options) },
            { weight: 1, arbitrary: fc.constantFrom("", " ", "INDIA", "china", "nuclear", "drone strike", "__proto__") },
            { weight: 1, arbitrary: anyText },
          ),
          { maxLength: 5 },
        )
        .map((a) => a.join(",")),
    },
  );

const lon = fc.double({ min: -180, max: 180, noNaN: true });
const lat = fc.double({ min: -90, max: 90, noNaN: true });
const validBbox = fc
  .tuple(lon, lat, lon, lat)
  .map(([a, b, c, d]) => [Math.min(a, c), Math.min(b, d), Math.max(a, c), Math.max(b, d)].join(","));
const nearBbox = fc
  .array(
    fc.oneof(
      fc.double().map(String),
      fc.integer({ min: -400, max: 400 }).map(String),
      fc.constantFrom("", " ", "NaN", "Infinity", "-Infinity", "1e400", "0x10", "1_0", "1e3", "abc", "-0", ".5", "5."),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(","));

const ROUTE_KEYS = ["date", "from", "to", "actor", "kind", "verification", "bbox"] as const;
const STRANGE_KEYS = ["", "__proto__", "constructor", "toString", "hasOwnProperty", "Date", "KIND", "actor[]", " bbox", "bbox ", "colour", "day", "date.x", "日付", "from\u0000"];

function valueFor(key: string, validWeight: number): fc.Arbitrary<string> {
  const mix = (valid: fc.Arbitrary<string>, near: fc.Arbitrary<string>) =>
    fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 2, arbitrary: near }, { weight: 1, arbitrary: anyText });
  switch (key) {
    case "date":
    case "from":
    case "to":
      return mix(validDate, nearDate);
    case "actor":
      return mix(listValue(ActorSchema.options), fc.constant(""));
    case "kind":
      return mix(listValue(EventKindSchema.options), fc.constant(""));
    case "verification":
      return mix(listValue(VerificationStatusSchema.options), fc.constant(""));
    case "bbox":
      return mix(validBbox, nearBbox);
    default:
      return fc.oneof(anyText, validDate);
  }
}

type Pair = readonly [key: string, value: string];

/** A query a client might well send: some of the route's own keys, values mostly valid. */
const plausiblePairs = (keys: readonly string[]): fc.Arbitrary<Pair[]> =>
  fc
    .shuffledSubarray([...keys], { maxLength: Math.min(3, keys.length) })
    .chain((picked) => fc.tuple(...picked.map((k) => valueFor(k, 12).map((v): Pair => [k, v]))));

/** Anything: known keys of every route, odd keys, repeated keys, any values. */
const chaoticPairs: fc.Arbitrary<Pair[]> = fc.array(
  fc
    .oneof(
      { weight: 5, arbitrary: fc.constantFrom<string>(...ROUTE_KEYS) },
      { weight: 2, arbitrary: fc.constantFrom(...STRANGE_KEYS) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 10 }) },
    )
    .chain((k) => valueFor(k, 3).map((v): Pair => [k, v])),
  { maxLength: 6 },
);

// ---- encoding a pair into the query string ----

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const component = (s: string) => encodeURIComponent(s.replace(LONE_SURROGATE, "\uFFFD"));
const everyByte = (s: string) => [...Buffer.from(s, "utf8")].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("");
const ENCODINGS: Record<string, (s: string) => string> = {
  component,
  everyByte,
  // Unencoded: `&`, `=`, `#` and `+` in a value then change the query's shape, as they would on the wire.
  raw: (s) => s,
  form: (s) => new URLSearchParams([["", s]]).toString().slice(1),
  broken: (s) => `${component(s)}${["%", "%z", "%E0%A4", "%FF", "%%41"][s.length % 5]}`,
};
const encoding = fc.constantFrom(...Object.keys(ENCODINGS));

const queryString = (pairs: fc.Arbitrary<Pair[]>) =>
  pairs
    .chain((ps) => fc.tuple(...ps.map((p) => fc.tuple(fc.constant(p), encoding, encoding, fc.boolean()))))
    .chain((parts) =>
      fc.constantFrom("&", "&&", "&amp;&").map((sep) => {
        const encoded = parts.map(([[k, v], ek, ev, bare]) => {
          const key = ENCODINGS[ek]!(k);
          return bare && v === "" ? key : `${key}=${ENCODINGS[ev]!(v)}`;
        });
        return encoded.length > 0 ? `?${encoded.join(sep)}` : "";
      }),
    );

// ---- the property every route must keep ----

interface Route {
  path: string;
  GET: (request: Request) => Promise<Response>;
  schema: z.ZodType;
  keys: readonly string[];
}

const ROUTES: Route[] = [
  { path: "/api/events", GET: getEvents, schema: EventCollectionSchema, keys: ROUTE_KEYS },
  { path: "/api/timeline", GET: getTimeline, schema: TimelineSchema, keys: ["actor", "kind", "verification", "bbox"] },
  { path: "/api/boundaries", GET: getBoundaries, schema: BoundaryCollectionSchema, keys: [] },
];

/** Bodies already checked: many queries select the same events, and the full check is the slow part. */
const validBodies = new Set<string>();
const checkContract = responseChecker(buildOpenApiDocument());

/** Calls the route and checks its answer; returns the status so the run can show it exercised both outcomes. */
async function checkAnswer(route: Route, qs: string): Promise<number> {
  const url = `http://localhost${route.path}${qs}`;
  const res = await route.GET(new Request(url));
  // What the server sees after URL parsing: the names a 400 may blame.
  const sent = new Set(new URL(url).searchParams.keys());
  const text = await res.text();
  expect([200, 400], `status ${res.status}: ${text.slice(0, 300)}`).toContain(res.status);
  const headers = Object.fromEntries(res.headers);
  // The published contract, checked by an independent validator; a repeated 200 body was already checked.
  const known = res.status === 200 && validBodies.has(text);
  expect(checkContract({ method: "GET", url, status: res.status, headers, body: known ? undefined : text })).toEqual([]);
  const body: unknown = JSON.parse(text);
  if (res.status === 200) {
    if (!validBodies.has(text)) {
      const parsed = route.schema.safeParse(body);
      expect(parsed.success, `200 body fails its schema: ${parsed.error?.message}`).toBe(true);
      validBodies.add(text);
    }
    const unknown = [...sent].filter((k) => !route.keys.includes(k));
    expect(unknown, "an unknown parameter was silently ignored").toEqual([]);
  } else {
    const error = ApiErrorSchema.parse(body);
    expect(Object.keys(body as object).sort()).toEqual(["error", "issues"]);
    expect(error.issues.length).toBeGreaterThan(0);
    for (const issue of error.issues) {
      expect(Object.keys(issue).sort()).toEqual(["message", "path"]);
      expect(issue.message).not.toBe("");
      expect(issue.path === "(query)" || sent.has(issue.path), `issue path ${JSON.stringify(issue.path)}`).toBe(true);
    }
  }
  return res.status;
}

describe.each(ROUTES)("GET $path under generated queries", (route) => {
  it(`answers ${RUNS} queries with 200 (schema-valid) or 400 (naming a sent parameter), never 5xx`, async () => {
    const seen = { 200: 0, 400: 0 } as Record<number, number>;
    const queries = fc.oneof(
      // A route without parameters has one plausible query (none), so it gets mostly the chaotic ones.
      { weight: route.keys.length > 0 ? 3 : 1, arbitrary: queryString(plausiblePairs(route.keys)) },
      { weight: 2, arbitrary: queryString(chaoticPairs) },
    );
    await fc.assert(
      fc.asyncProperty(queries, async (qs) => {
        const status = await checkAnswer(route, qs);
        seen[status] = (seen[status] ?? 0) + 1;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generators must reach both outcomes, or the property proves little.
    expect(seen[200]).toBeGreaterThan(RUNS / 20);
    expect(seen[400]).toBeGreaterThan(RUNS / 20);
  }, 30_000);
});
