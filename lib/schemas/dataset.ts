import { z } from "zod";
import { IsoDateSchema } from "./dates";
import { ActorSchema } from "./parties";
import { EventKindSchema } from "./event";
import { DEFAULT_SIDES } from "./sides";

/**
 * The dataset manifest (`dataset.json` at the top of a geodata folder): everything that makes a map
 * about one dataset rather than another — its words, period, time zones, view, lines, sides and kinds.
 * The code holds the machinery; a self-hoster who swaps the geodata folder swaps all of this with it.
 */

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/i, { error: "must be a colour as #rrggbb" });

/** A UTC offset as events write it after their local time, e.g. "+05:30". */
export const UtcOffsetSchema = z
  .string()
  .regex(/^[+-](0\d|1[0-4]):[0-5]\d$/, { error: "must be a UTC offset such as +05:30" });

/** A time zone the dataset's local dates and times are written in. */
export const TimeZoneSchema = z.object({
  /** Short label readers know, e.g. "IST". */
  label: z.string().min(2).max(8),
  /** Where it applies, e.g. "India". */
  name: z.string().min(2).max(60),
  offset: UtcOffsetSchema,
});
export type TimeZone = z.infer<typeof TimeZoneSchema>;

/** West, south, east, north in degrees (WGS 84), the order the API's `bbox` uses. */
export const BoundsSchema = z
  .tuple([
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
  ])
  .refine(([w, s, e, n]) => w < e && s < n, { error: "must be [west, south, east, north] with west < east and south < north" });
export type Bounds = z.infer<typeof BoundsSchema>;

/** One side an event's `actor` can name: the id the data uses, the name readers see, its symbol colours. */
export const SideSchema = z.object({
  id: ActorSchema,
  name: z.string().min(2).max(40),
  colour: z.object({ light: hexColour, dark: hexColour }),
});
export type Side = z.infer<typeof SideSchema>;


/** A path inside the geodata folder: relative, no `..`, so a manifest cannot point the server elsewhere. */
const relativeGeojson = z
  .string()
  .regex(/^(?!\/)(?!.*(^|\/)\.\.(\/|$))[\w./-]+\.geojson$/, {
    error: "must be a .geojson path inside the geodata folder (relative, no ..)",
  });

const unique = <T>(items: readonly T[]) => new Set(items).size === items.length;

export const DatasetSchema = z.object({
  /** Editors' JSON Schema reference; ignored by the app. */
  $schema: z.string().optional(),
  /** What the map shows, e.g. "India–Pakistan escalation, April–May 2025": header, page title, exports. */
  title: z.string().min(5).max(100),
  /** One or two sentences for the page description, the about page and embeds. */
  description: z.string().min(20).max(600),
  /** First and last day the dataset covers; every event's date must fall inside. */
  period: z
    .object({ first: IsoDateSchema, last: IsoDateSchema })
    .refine((p) => p.first <= p.last, { error: "first must not be after last", path: ["last"] }),
  /** The time zones local dates and times are written in; every event's UTC offset must be one of them. */
  timeZones: z
    .array(TimeZoneSchema)
    .min(1, { error: "needs at least one time zone" })
    .refine((zs) => unique(zs.map((t) => t.label)), { error: "lists a time zone label twice" }),
  /** What the map shows when it opens. */
  bounds: BoundsSchema,
  /** Where events other than diplomatic ones may lie; an event outside is a data error. */
  region: BoundsSchema,
  /** The boundary lines file, relative to the geodata folder. */
  lines: relativeGeojson,
  /** The sides events are attributed to, in the order legends and filters list them. */
  sides: z
    .array(SideSchema)
    .min(1)
    .refine((s) => unique(s.map((x) => x.id)), { error: "lists a side id twice" })
    .default(() => DEFAULT_SIDES.map((s) => ({ ...s, colour: { ...s.colour } }))),
  /** The kinds of event in use, in the order legends and filters list them. */
  kinds: z
    .array(EventKindSchema)
    .min(1)
    .refine(unique, { error: "lists a kind twice" }),
  /** Credit line for exports and the map: who made the data and what the lines derive from. */
  attribution: z.string().min(10).max(400),
  licence: z.object({
    name: z.string().min(2).max(100),
    url: z.url({ protocol: /^https$/, error: "must be an https URL" }).optional(),
  }),
});
export type Dataset = z.infer<typeof DatasetSchema>;

/** "dates are local: IST (India) UTC+05:30, PKT (Pakistan) UTC+05:00": the note every export carries. */
export function timeZoneNote(dataset: Pick<Dataset, "timeZones">): string {
  return `dates are local: ${dataset.timeZones.map((t) => `${t.label} (${t.name}) UTC${t.offset}`).join(", ")}`;
}

export { DEFAULT_SIDES, sideName, sideNames } from "./sides";
