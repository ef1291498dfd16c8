import { z } from "zod";
import { IsoDateSchema } from "@/lib/schemas/dates";
import { FACETS, type FacetKey, type FacetValue } from "@/lib/events/event-facets";
import { PovSchema } from "@/lib/pov/pov";

/** One URL key, declared once: how it parses (falling back to its default on its own) and how it is written. */
interface Param<T> {
  schema: z.ZodType<T, string | undefined>;
  /** The text for the address bar; undefined leaves the key out (its default), so links stay short. */
  encode: (value: T) => string | undefined;
}
const param = <T>(schema: z.ZodType<T, string | undefined>, encode: (value: T) => string | undefined): Param<T> => ({ schema, encode });

/**
 * A comma list where unknown entries are dropped; absent means "all", empty means "none ticked". A list
 * with no valid entry at all (a mistyped link) falls back to "all" rather than an empty map.
 */
const list = <T extends string>(options: readonly T[]): Param<T[] | undefined> =>
  param(
    z
      .string()
      .transform((s) => {
        const valid = [...new Set(s.split(",").filter((p): p is T => (options as readonly string[]).includes(p)))];
        return s !== "" && valid.length === 0 ? undefined : valid;
      })
      .optional()
      .catch(undefined),
    (v) => v?.join(","),
  );

const flag = (fallback: boolean) =>
  param(
    z.enum(["0", "1"]).transform((v) => v === "1").default(fallback).catch(fallback),
    (v) => (v === fallback ? undefined : v ? "1" : "0"),
  );

const round = (n: number, digits: number) => Number(n.toFixed(digits));
const text = (pt: readonly [number, number]) => `${round(pt[0], 4)},${round(pt[1], 4)}`;

const point = (s: string): [number, number] | null => {
  const parts = s.split(",");
  const [lon, lat] = parts.map(Number);
  if (parts.length !== 2 || lon === undefined || lat === undefined || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) return null;
  return [lon, lat];
};

/** A string that fails to parse becomes `undefined`: the key falls back alone, the rest of the link stays. */
const parsed = <T>(read: (s: string) => T | null) =>
  z
    .string()
    .transform((s, ctx) => read(s) ?? (ctx.addIssue({ code: "custom", message: "malformed" }), z.NEVER))
    .optional()
    .catch(undefined);

const view = (s: string) => {
  const parts = s.split(",").map(Number);
  const [lon, lat, zoom] = parts;
  if (parts.length !== 3 || lon === undefined || lat === undefined || zoom === undefined) return null;
  if (!(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 85) || !(zoom >= 0 && zoom <= 22)) return null;
  return { lon, lat, zoom };
};
/** `lon,lat;lon,lat;…`: the points of a measured path (at most 50). */
const path = (s: string) => {
  const pts = s.split(";").map(point);
  return pts.length > 50 || pts.some((p) => p === null) ? null : (pts as [number, number][]);
};
/** `100,300,500`: ring radii in km, 1 to 5,000 km, at most 8 rings. */
const radii = (s: string) => {
  const r = s.split(",").map(Number);
  return r.length > 8 || r.some((km) => !(km > 0 && km <= 5000)) ? null : r;
};

export const DEFAULT_RADII = [100, 300, 500];

/** The filter keys, in the order links have always written them. */
const FACET_URL_ORDER: readonly FacetKey[] = ["actor", "kind", "verification", "attribution"];
type FacetParams = { [K in FacetKey]: Param<FacetValue<K>[] | undefined> };
const facetParams = Object.fromEntries(FACET_URL_ORDER.map((k) => [k, list(FACETS[k].options)])) as unknown as FacetParams;

/** `follow=1`/`follow=0`; absent means "while playing only". */
const optionalFlag = param(
  z.enum(["0", "1"]).transform((v) => v === "1").optional().catch(undefined),
  (v) => (v === undefined ? undefined : v ? "1" : "0"),
);

/**
 * Everything a person would share about what they see, one entry per URL key, in the order keys are
 * written. The filter keys come from the facet table. A new key (for example a boundary point of view) is one entry.
 */
const PARAMS = {
  day: param(IsoDateSchema.optional().catch(undefined), (v) => v),
  mode: param(z.enum(["day", "cumulative"]).default("day").catch("day"), (v) => (v === "day" ? undefined : v)),
  event: param(z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined), (v) => v),
  ...facetParams,
  boundaries: flag(true),
  labels: flag(true),
  theme: param(z.enum(["light", "dark"]).optional().catch(undefined), (v) => v),
  /** Boundary point of view; absent means the international (de facto) view. */
  pov: param(PovSchema.optional().catch(undefined), (v) => v),
  /** Whether a day step fits the map to that day's events. */
  follow: optionalFlag,
  view: param(parsed(view), (v) => v && [round(v.lon, 4), round(v.lat, 4), round(v.zoom, 2)].join(",")),
  rings: param(parsed(point), (v) => v && text(v)),
  radii: param(parsed(radii), (v) => v?.join(",")),
  measure: param(parsed(path), (v) => (v && v.length > 0 ? v.map(text).join(";") : undefined)),
  /**
   * `local` while a file opened in the browser is shown, with its name and row count: a link cannot
   * carry the file, so whoever opens it is told what was shown instead of silently seeing other data.
   */
  data: param(z.literal("local").optional().catch(undefined), (v) => v),
  file: param(z.string().min(1).max(255).optional().catch(undefined), (v) => v),
  rows: param(z.string().regex(/^\d{1,9}$/).transform(Number).optional().catch(undefined), (v) => (v === undefined ? undefined : String(v))),
};
/** Keys that only mean something beside `data=local`. */
const LOCAL_ONLY: ReadonlySet<UrlKey> = new Set(["file", "rows"]);

type Params = typeof PARAMS;
export type UrlKey = keyof Params;
type ValueOf<K extends UrlKey> = Params[K] extends Param<infer T> ? T : never;
/** Keys that may be absent are optional, so a state can be written without naming them. */
export type UrlState = { [K in UrlKey as undefined extends ValueOf<K> ? never : K]: ValueOf<K> } & {
  [K in UrlKey as undefined extends ValueOf<K> ? K : never]?: ValueOf<K>;
};

export const UrlStateSchema = z.object(Object.fromEntries(Object.entries(PARAMS).map(([k, p]) => [k, p.schema])));

/** The state a query string describes; every key falls back to its default on its own, so one bad value never breaks a link. */
export function parseUrlState(search: string | URLSearchParams): UrlState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const parsedState = UrlStateSchema.parse(Object.fromEntries(params)) as Record<string, unknown>;
  // Absent optional keys stay absent, so a parsed state equals the one it was written from.
  return Object.fromEntries(Object.entries(parsedState).filter(([, v]) => v !== undefined)) as UrlState;
}

/** The query string for a state, leaving out defaults so links stay short; keys in the order of PARAMS. */
export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as UrlKey[]) {
    if (LOCAL_ONLY.has(key) && !s.data) continue;
    const encoded = (PARAMS[key].encode as (v: unknown) => string | undefined)(s[key]);
    if (encoded !== undefined) p.set(key, encoded);
  }
  return p.toString();
}
