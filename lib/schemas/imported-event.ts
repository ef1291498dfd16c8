import { z } from "zod";
import { IsoDateSchema } from "./dates";
import {
  CASUALTY_FIGURE_RULE,
  CasualtyReportBaseSchema,
  ClaimSchema,
  EventFeatureSchema,
  EventPropertiesBaseSchema,
  EvidenceSchema,
  PlaceSchema,
  StatedTargetSchema,
  hasCasualtyFigure,
  type EventFeature,
} from "./event";
import { GeometrySchema } from "./geometry";
import { SourceOriginSchema, SourceTypeSchema } from "./source";
import { RELAXED_RULES, checkImportedRules } from "./imported-rules";

/**
 * The imported-data profile: the same event schema, with the rules that an opened or imported file
 * cannot meet relaxed, and every relaxation marked on the event (`imported.relaxed`) so the details can
 * say so. Nothing is filled in: what the file does not say stays absent.
 */

/** A link from an untrusted file: http or https only (never javascript:, data:, file: …). */
export const HttpLinkSchema = z.url({ protocol: /^https?$/, error: "must be an http or https link" });

export const ImportFormatSchema = z.enum(["acled", "csv", "geojson"]);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

/**
 * The curated-data rules an imported event may not meet, each named so readers can be told:
 * `source-links` (a source without a link, or an http one), `source-details` (a source without its
 * title, type, origin or date), `no-sources` (only the dataset citation), `source-strength` (no source
 * known to be other than an aggregator, blog or social post), `both-sides` (a contested event not heard
 * from both sides), `claim` (a claimed event without the claim), `disagreements` (contested facts
 * without how sources differ), `stated-target-source` and `casualty-source` (a figure or stated target
 * without the source that states it), `summary` (shorter than 20 characters), `place-detail` (no province).
 */
export const RelaxedRuleSchema = z.enum(RELAXED_RULES);
export type RelaxedRule = z.infer<typeof RelaxedRuleSchema>;

/** A source as a file names it: at least who published it; everything else only when the file says. */
export const ImportedSourceSchema = z.object({
  publisher: z.string().min(1).max(300),
  title: z.string().min(1).max(500).optional(),
  type: SourceTypeSchema.optional(),
  origin: SourceOriginSchema.optional(),
  url: HttpLinkSchema.optional(),
  published: IsoDateSchema.optional(),
});
export type ImportedSource = z.infer<typeof ImportedSourceSchema>;

/** The dataset the event was taken from, as its users must cite it (e.g. an ACLED export). */
export const DatasetCitationSchema = z.object({
  title: z.string().min(2).max(300),
  url: HttpLinkSchema.optional(),
  /** The event's own id in that dataset (ACLED's event_id_cnty). */
  recordId: z.string().min(1).max(100).optional(),
});
export type DatasetCitation = z.infer<typeof DatasetCitationSchema>;

/** Where an imported event came from and which rules it was let off. */
export const ImportMarkerSchema = z.object({
  format: ImportFormatSchema,
  /** The file's name, as the user chose it (no path). */
  file: z.string().min(1).max(255),
  /** The row as a spreadsheet numbers it (the header is row 1), or the feature's number (from 1) in GeoJSON. */
  row: z.int().positive(),
  relaxed: z.array(RelaxedRuleSchema),
  citation: DatasetCitationSchema.optional(),
  /** Columns with no field in the schema, kept verbatim so nothing in the file is lost (ACLED's tags, inter codes…). */
  extra: z.record(z.string(), z.string()).optional(),
});
export type ImportMarker = z.infer<typeof ImportMarkerSchema>;

export const ImportedCasualtyReportSchema = CasualtyReportBaseSchema.extend({ source: HttpLinkSchema.optional() }).refine(
  hasCasualtyFigure,
  CASUALTY_FIGURE_RULE,
);

export const ImportedEventPropertiesSchema = EventPropertiesBaseSchema.extend({
  summary: z.string(),
  place: PlaceSchema.extend({ province: z.string().min(2).optional() }),
  statedTarget: StatedTargetSchema.extend({ source: HttpLinkSchema.optional() }).optional(),
  claims: z.array(ClaimSchema.extend({ source: HttpLinkSchema })),
  evidence: z.array(EvidenceSchema.extend({ source: HttpLinkSchema })).optional(),
  casualties: z.array(ImportedCasualtyReportSchema).optional(),
  sources: z.array(ImportedSourceSchema),
  imported: ImportMarkerSchema,
}).superRefine(checkImportedRules);
export type ImportedEventProperties = z.infer<typeof ImportedEventPropertiesSchema>;

export const ImportedEventFeatureSchema = z.object({
  type: z.literal("Feature"),
  geometry: GeometrySchema,
  properties: ImportedEventPropertiesSchema,
});
export type ImportedEventFeature = z.infer<typeof ImportedEventFeatureSchema>;

/** An event of either profile: curated (every rule) or imported (marked relaxations). */
export type AnyEventFeature = EventFeature | ImportedEventFeature;
/** The properties of a curated or an imported event. */
export type AnyEventProperties = AnyEventFeature["properties"];

/** What the shared machinery (filters, timeline, depth) reads of an event of either profile. */
export interface EventCore {
  type: "Feature";
  geometry: EventFeature["geometry"];
  properties: Pick<EventFeature["properties"], "id" | "date" | "time" | "kind" | "actor" | "verification">;
}

/** True for an event of the imported-data profile. */
export function isImported(e: AnyEventFeature): e is ImportedEventFeature {
  return "imported" in e.properties && e.properties.imported !== undefined;
}

/**
 * Either profile, as the server serves geodata: a feature carrying `imported` is held to the imported
 * profile (and keeps its mark), any other to every curated rule.
 */
export const AnyEventFeatureSchema = z.union([ImportedEventFeatureSchema, EventFeatureSchema]);

export const AnyEventCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  dataVersion: z.string().optional(),
  features: z.array(AnyEventFeatureSchema),
});
export type AnyEventCollection = z.infer<typeof AnyEventCollectionSchema>;
