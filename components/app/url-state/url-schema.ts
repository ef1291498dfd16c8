import { FACETS, type FacetKey, type FacetValue } from "@/lib/events/event-facets";
import { POVS } from "@/lib/pov/pov";

/**
 * One URL key, declared once: how its text reads and how it is written. The page reads its address
 * before its first draw, so these are small parsers rather than zod schemas, which would bring all of
 * zod into the first load; url-schema.test.ts pins what each key accepts.
 */
interface Param<T> {
  /** The value for a key's text, or null when the map cannot use it (the key then falls back alone). */
  read: (text: string) => T | null;
  /** The value when the key is absent or cannot be read. */
  fallback: T;
  /** The text for the address bar; undefined leaves the key out (its default), so links stay short. */
  encode: (value: T) => string | undefined;
}
const param = <T>(read: (text: string) => T | null, encode: (value: T) => string | undefined, fallback: T): Param<T> => ({ read, fallback, encode });
/** A key that is absent unless set. */
const optional = <T>(read: (text: string) => T | null, encode: (value: T) => string | undefined = (v) => (v === undefined ? undefined : String(v))) =>
  param<T | undefined>(read, (v) => (v === undefined ? undefined : encode(v)), undefined);

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (s: string): T | null =>
    (options as readonly string[]).includes(s) ? (s as T) : null;
const matching = (re: RegExp) => (s: string) => (re.test(s) ? s : null);

/**
 * A comma list where unknown entries are dropped; absent means "all", empty means "none ticked". A list
 * with no valid entry at all (a mistyped link) falls back to "all" rather than an empty map.
 */
const list = <T extends string>(options: readonly T[]): Param<T[] | undefined> =>
  param(
    (s) => {
      const valid = [...new Set(s.split(",").filter((p): p is T => (options as readonly string[]).includes(p)))];
      return s !== "" && valid.length === 0 ? undefined : valid;
    },
    (v) => v?.join(","),
    undefined,
  );

const bit = (s: string) => (s === "1" ? true : s === "0" ? false : null);
const flag = (fallback: boolean) => param(bit, (v) => (v === fallback ? undefined : v ? "1" : "0"), fallback);

/** A calendar date as YYYY-MM-DD that exists (no 2025-02-30). */
const isoDate = (s: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s ? s : null;
};

const round = (n: number, digits: number) => Number(n.toFixed(digits));
const text = (pt: readonly [number, number]) => `${round(pt[0], 4)},${round(pt[1], 4)}`;

const point = (s: string): [number, number] | null => {
  const parts = s.split(",");
  const [lon, lat] = parts.map(Number);
  if (parts.length !== 2 || lon === undefined || lat === undefined || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) return null;
  return [lon, lat];
};

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
const optionalFlag = optional(bit, (v) => (v ? "1" : "0"));

/**
 * Everything a person would share about what they see, one entry per URL key, in the order keys are
 * written. The filter keys come from the facet table. A new key (for example a boundary point of view) is one entry.
 */
const PARAMS = {
  day: optional(isoDate),
  mode: param(oneOf(["day", "cumulative"] as const), (v) => (v === "day" ? undefined : v), "day" as const),
  event: optional(matching(/^[a-z0-9-]{1,100}$/)),
  ...facetParams,
  boundaries: flag(true),
  labels: flag(true),
  theme: optional(oneOf(["light", "dark"] as const)),
  /** Boundary point of view; absent means the international (de facto) view. */
  pov: optional(oneOf(POVS)),
  /** Whether a day step fits the map to that day's events. */
  follow: optionalFlag,
  view: optional(view, (v) => [round(v.lon, 4), round(v.lat, 4), round(v.zoom, 2)].join(",")),
  rings: optional(point, text),
  radii: optional(radii, (v) => v.join(",")),
  measure: optional(path, (v) => (v.length > 0 ? v.map(text).join(";") : undefined)),
  /**
   * `local` while a file opened in the browser is shown, with its name and row count: a link cannot
   * carry the file, so whoever opens it is told what was shown instead of silently seeing other data.
   */
  data: optional(oneOf(["local"] as const)),
  file: optional((s) => (s.length >= 1 && s.length <= 255 ? s : null)),
  rows: optional((s) => (/^\d{1,9}$/.test(s) ? Number(s) : null)),
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

/** How one key's text reads: its value, and whether the map could use it. */
export function readParam(key: UrlKey, text: string | undefined): { value: unknown; ok: boolean } {
  const p = PARAMS[key] as Param<unknown>;
  if (text === undefined) return { value: p.fallback, ok: true };
  const value = p.read(text);
  return value === null ? { value: p.fallback, ok: false } : { value, ok: true };
}

export function isUrlKey(key: string): key is UrlKey {
  return Object.hasOwn(PARAMS, key);
}

/** The state a query string describes; every key falls back to its default on its own, so one bad value never breaks a link. */
export function parseUrlState(search: string | URLSearchParams): UrlState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const state: Record<string, unknown> = {};
  for (const key of Object.keys(PARAMS) as UrlKey[]) {
    // The last of repeated values is the one used.
    const all = params.getAll(key);
    const { value } = readParam(key, all.length > 0 ? all[all.length - 1] : undefined);
    // Absent optional keys stay absent, so a parsed state equals the one it was written from.
    if (value !== undefined) state[key] = value;
  }
  return state as UrlState;
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

/**
 * A page's address carrying a state: `/about?day=…`, or the bare path when every key is at its default.
 * Only the map's own keys are written, each by its rule, so nothing else a query held is carried along.
 */
export function withUrlState(path: string, s: UrlState): string {
  const query = serializeUrlState(s);
  return query ? `${path}?${query}` : path;
}
