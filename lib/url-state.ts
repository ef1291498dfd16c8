import { z } from "zod";
import { IsoDateSchema } from "./schemas/dates";
import { ActorSchema, AttributionSchema } from "./schemas/parties";
import { EventKindSchema, VerificationStatusSchema } from "./schemas/event";
import { PovSchema } from "./pov/pov";

/**
 * A comma list where unknown entries are dropped; absent means "all", empty means "none ticked". A list
 * with no valid entry at all (a mistyped link) falls back to "all" rather than an empty map.
 */
function list<T extends string>(item: z.ZodType<T>) {
  return z
    .string()
    .transform((s) => {
      const valid = [...new Set(s.split(",").flatMap((p) => (item.safeParse(p).success ? [p as T] : [])))];
      return s !== "" && valid.length === 0 ? undefined : valid;
    })
    .optional()
    .catch(undefined);
}

const ViewSchema = z
  .string()
  .transform((s, ctx) => {
    const [lon, lat, zoom] = s.split(",").map(Number);
    if (
      lon === undefined || lat === undefined || zoom === undefined || s.split(",").length !== 3 ||
      !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 85) || !(zoom >= 0 && zoom <= 22)
    ) {
      ctx.addIssue({ code: "custom", message: "view must be lon,lat,zoom" });
      return z.NEVER;
    }
    return { lon, lat, zoom };
  });

const flag = z.enum(["0", "1"]).transform((v) => v === "1");

const point = (s: string): [number, number] | null => {
  const parts = s.split(",");
  const [lon, lat] = parts.map(Number);
  if (parts.length !== 2 || lon === undefined || lat === undefined || !(Math.abs(lon) <= 180) || !(Math.abs(lat) <= 90)) return null;
  return [lon, lat];
};

/** `lon,lat;lon,lat;…`: the points of a measured path (at most 50). */
const PathSchema = z.string().transform((s, ctx) => {
  const pts = s.split(";").map(point);
  if (pts.length > 50 || pts.some((p) => p === null)) {
    ctx.addIssue({ code: "custom", message: "measure must be lon,lat points separated by ;" });
    return z.NEVER;
  }
  return pts as [number, number][];
});

/** `lon,lat`: the centre of the range rings. */
const CentreSchema = z.string().transform((s, ctx) => point(s) ?? (ctx.addIssue({ code: "custom", message: "rings must be lon,lat" }), z.NEVER));

/** `100,300,500`: ring radii in km, 1 to 5,000 km, at most 8 rings. */
const RadiiSchema = z.string().transform((s, ctx) => {
  const radii = s.split(",").map(Number);
  if (radii.length > 8 || radii.some((r) => !(r > 0 && r <= 5000))) {
    ctx.addIssue({ code: "custom", message: "radii must be 1 to 8 distances in km" });
    return z.NEVER;
  }
  return radii;
});

export const DEFAULT_RADII = [100, 300, 500];

/**
 * Everything a person would share about what they see, as URL query parameters.
 * Each key falls back to its default on its own, so one bad value never breaks a link.
 */
export const UrlStateSchema = z.object({
  day: IsoDateSchema.optional().catch(undefined),
  mode: z.enum(["day", "cumulative"]).default("day").catch("day"),
  event: z.string().regex(/^[a-z0-9-]{1,100}$/).optional().catch(undefined),
  actor: list(ActorSchema),
  kind: list(EventKindSchema),
  verification: list(VerificationStatusSchema),
  attribution: list(AttributionSchema),
  boundaries: flag.default(true).catch(true),
  labels: flag.default(true).catch(true),
  theme: z.enum(["light", "dark"]).optional().catch(undefined),
  /** Boundary point of view; absent means the international (de facto) view. */
  pov: PovSchema.optional().catch(undefined),
  view: ViewSchema.optional().catch(undefined),
  rings: CentreSchema.optional().catch(undefined),
  radii: RadiiSchema.optional().catch(undefined),
  measure: PathSchema.optional().catch(undefined),
  /**
   * `local` while a file opened in the browser is shown, with its name and row count: a link cannot
   * carry the file, so whoever opens it is told what was shown instead of silently seeing other data.
   */
  data: z.literal("local").optional().catch(undefined),
  file: z.string().min(1).max(255).optional().catch(undefined),
  rows: z.coerce.number().int().nonnegative().optional().catch(undefined),
});
export type UrlState = z.infer<typeof UrlStateSchema>;

export function parseUrlState(search: string | URLSearchParams): UrlState {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  return UrlStateSchema.parse(Object.fromEntries(params));
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** The query string for a state, leaving out defaults so links stay short; keys in a stable order. */
export function serializeUrlState(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.day) p.set("day", s.day);
  if (s.mode !== "day") p.set("mode", s.mode);
  if (s.event) p.set("event", s.event);
  for (const key of ["actor", "kind", "verification", "attribution"] as const) {
    const v = s[key];
    if (v) p.set(key, v.join(","));
  }
  if (!s.boundaries) p.set("boundaries", "0");
  if (!s.labels) p.set("labels", "0");
  if (s.theme) p.set("theme", s.theme);
  if (s.pov) p.set("pov", s.pov);
  if (s.view) p.set("view", [round(s.view.lon, 4), round(s.view.lat, 4), round(s.view.zoom, 2)].join(","));
  const pt = ([lon, lat]: [number, number]) => `${round(lon, 4)},${round(lat, 4)}`;
  if (s.rings) p.set("rings", pt(s.rings));
  if (s.radii) p.set("radii", s.radii.join(","));
  if (s.measure && s.measure.length > 0) p.set("measure", s.measure.map(pt).join(";"));
  if (s.data) {
    p.set("data", s.data);
    if (s.file) p.set("file", s.file);
    if (s.rows !== undefined) p.set("rows", String(s.rows));
  }
  return p.toString();
}
