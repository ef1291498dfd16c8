import { z } from "zod";
import { IsoDateSchema, LocalTimeSchema } from "./dates";
import { ActorSchema, AdministratorSchema, AttributionSchema, ClaimantSideSchema } from "./parties";
import { SourceSchema } from "./source";
import { checkEventRules } from "./event-rules";
import { GeometrySchema } from "./geometry";
import { EventDepthSchema } from "./depth";
import { EVENT_KINDS, VERIFICATION_STATUSES } from "./values";

export const EventKindSchema = z.enum(EVENT_KINDS);
export type EventKind = z.infer<typeof EventKindSchema>;

/** Kinds of target an acting side may say it aimed at. */
export const TargetSchema = z.enum([
  "civilians",
  "militant_site",
  "air_base",
  "military_site",
  "air_defence",
  "aircraft",
  "military_post",
  "civilian_area",
  "religious_site",
  "infrastructure",
]);
export type Target = z.infer<typeof TargetSchema>;

/**
 * How precisely the point is located, finest first: the `site` itself, the `town`, the `district` (or
 * "near a town": the next coarser level), or only the `region` (province or state).
 */
export const PrecisionSchema = z.enum(["site", "town", "district", "region"]);
export type Precision = z.infer<typeof PrecisionSchema>;

/**
 * How precisely the date is known: the `day`, or only the `week` or `month` around `date` (which is then a
 * representative day inside that week or month, as the source coded it).
 */
export const DatePrecisionSchema = z.enum(["day", "week", "month"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * How far an event is established. `confirmed`: independent evidence or both sides agree;
 * `reported`: credible media report, not contradicted, not independently verified;
 * `claimed`: one side says so, nothing independent yet; `disputed`: the sides give
 * conflicting accounts; `denied`: one side's claim that the other flatly denies.
 */
export const VerificationStatusSchema = z.enum(VERIFICATION_STATUSES);
export type VerificationStatus = z.infer<typeof VerificationStatusSchema>;

/** Statuses for which a reader must see both sides' versions. */
export const CONTESTED_STATUSES: readonly VerificationStatus[] = ["disputed", "denied"];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "must be a lowercase slug (a-z, 0-9, hyphens)" });
const sourceUrl = z.url({ protocol: /^https$/, error: "must be an https URL listed in sources" });

export const PlaceSchema = z.object({
  name: z.string().min(2),
  district: z.string().min(2).optional(),
  province: z.string().min(2),
  administeredBy: AdministratorSchema,
});
export type Place = z.infer<typeof PlaceSchema>;

export const VerificationSchema = z.object({
  status: VerificationStatusSchema,
  basis: z.string().min(10),
});

export const ClaimSchema = z.object({
  by: z.string().min(2),
  side: ClaimantSideSchema,
  statement: z.string().min(10),
  source: sourceUrl,
});
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * What the acting side itself said it aimed at, with who said it and where. Absent when the acting side
 * stated nothing; what each side says was actually hit stays in `claims`.
 */
export const StatedTargetSchema = z.object({
  value: TargetSchema,
  statedBy: z.string().min(2),
  source: sourceUrl,
});
export type StatedTarget = z.infer<typeof StatedTargetSchema>;

/** The facts of an event that sources dispute; a top-level field never asserts one of them. */
export const ContestedFactSchema = z.enum(["actor", "target", "damage", "casualties", "location", "date"]);
export type ContestedFact = z.infer<typeof ContestedFactSchema>;

/** Independent evidence: what imagery, geolocated media or recovered debris shows, and who showed it. */
export const EvidenceSchema = z.object({
  type: z.enum(["satellite_imagery", "geolocated_media", "wreckage", "site_visit", "investigation"]),
  finding: z.string().min(10),
  by: z.string().min(2),
  source: sourceUrl,
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** A correction made to a published event, dated, so readers can see what changed. */
export const CorrectionSchema = z.object({ date: IsoDateSchema, note: z.string().min(10) });
export type Correction = z.infer<typeof CorrectionSchema>;

export const CasualtyReportBaseSchema = z.object({
  killed: z.int().nonnegative().optional(),
  injured: z.int().nonnegative().optional(),
  who: z.string().min(3),
  reportedBy: z.string().min(2),
  source: sourceUrl,
});

/** A casualty figure says at least one number (shared with the imported-data profile). */
export function hasCasualtyFigure(c: { killed?: number | undefined; injured?: number | undefined }): boolean {
  return c.killed !== undefined || c.injured !== undefined;
}
export const CASUALTY_FIGURE_RULE = { error: "needs killed or injured", path: ["killed"] };

export const CasualtyReportSchema = CasualtyReportBaseSchema.refine(hasCasualtyFigure, CASUALTY_FIGURE_RULE);
export type CasualtyReport = z.infer<typeof CasualtyReportSchema>;

/** Every field of an event, without the cross-field rules; the imported-data profile derives from it. */
export const EventPropertiesBaseSchema = z.object({
  id: slug,
  date: IsoDateSchema,
  /** Absent means the day is known; `week`/`month` when only that is (the date is then inside it). */
  datePrecision: DatePrecisionSchema.optional(),
  time: LocalTimeSchema.optional(),
  title: z.string().min(5).max(120),
  summary: z.string().min(20),
  kind: EventKindSchema,
  /** The event type exactly as the source dataset labelled it (e.g. ACLED's event and sub-event type). */
  sourceLabel: z.string().min(2).max(200).optional(),
  actor: ActorSchema,
  attribution: AttributionSchema,
  statedTarget: StatedTargetSchema.optional(),
  contested: z.array(ContestedFactSchema).default([]),
  place: PlaceSchema,
  precision: PrecisionSchema,
  /** Where the coordinate comes from (a named source, a geolocation, a gazetteer); what makes `precision` true. */
  coordinateSource: z.string().min(5).optional(),
  verification: VerificationSchema,
  claims: z.array(ClaimSchema),
  evidence: z.array(EvidenceSchema).optional(),
  disagreements: z.array(z.string().min(10)).optional(),
  casualties: z.array(CasualtyReportSchema).optional(),
  sources: z.array(SourceSchema).min(1, { error: "needs at least one source" }),
  /** Why the nearest line differs from the sector the text names, when it does. */
  depthNote: z.string().min(10).optional(),
  corrections: z.array(CorrectionSchema).optional(),
  /** Computed when the data loads (distance to the nearest line, which line, which side); never stored in files. */
  depth: EventDepthSchema.optional(),
});

export const EventPropertiesSchema = EventPropertiesBaseSchema.superRefine(checkEventRules);
export type EventProperties = z.infer<typeof EventPropertiesSchema>;

export const EventFeatureSchema = z.object({
  type: z.literal("Feature"),
  geometry: GeometrySchema,
  properties: EventPropertiesSchema,
});
export type EventFeature = z.infer<typeof EventFeatureSchema>;

export const EventCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  /** Content hash of the dataset (a GeoJSON foreign member), so exports can say which data they show. */
  dataVersion: z.string().optional(),
  features: z.array(EventFeatureSchema),
});
export type EventCollection = z.infer<typeof EventCollectionSchema>;
