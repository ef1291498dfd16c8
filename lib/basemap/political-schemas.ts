import { z } from "zod";
import { AreaGeometrySchema, BasemapPositionSchema, featureCollection, TintSchema } from "./schemas";

const httpUrl = z.url({ protocol: /^https?$/ });
const point = z.strictObject({ type: z.literal("Point"), coordinates: BasemapPositionSchema });

/** A party to a territorial claim, by the name its country has in countries.geojson. */
export const ClaimantSchema = z.enum(["India", "Pakistan", "China", "Nepal"]);

/**
 * One of Natural Earth's disputed areas, cut to the unit that administers it so that it never spills
 * over a country edge. `ne_id` is Natural Earth's BRK_A3 code, `ne_note` its NOTE_BRK text verbatim.
 */
export const DisputedAreaFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({
    ne_id: z.string().regex(/^B\d{2}$/),
    name: z.string().min(2),
    /** The tint of whoever holds it today, so a point of view can recolour it by this property alone. */
    tint: TintSchema,
    administered_by: z.string().min(2).nullable(),
    claimed_by: z.array(ClaimantSchema).min(1),
    ne_note: z.string().min(5),
  }),
  geometry: AreaGeometrySchema,
});
export type DisputedAreaFeature = z.infer<typeof DisputedAreaFeatureSchema>;
export const DisputedAreaCollectionSchema = featureCollection(DisputedAreaFeatureSchema);
export type DisputedAreaCollection = z.infer<typeof DisputedAreaCollectionSchema>;

export const ProvinceTypeSchema = z.enum(["province", "state", "union_territory", "territory"]);

/**
 * A first-level division as a label point. Positions come from Natural Earth's admin-1 label points
 * unless `placed` says the point was set by hand (a unit Natural Earth 4.0 does not have); every name
 * that differs from Natural Earth's gives the old name and the page that documents the change.
 */
export const ProvinceFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({
    name: z.string().min(2),
    country: z.enum(["india", "pakistan"]),
    type: ProvinceTypeSchema,
    /** 1 = labelled from the opening zoom, 2 = once zoomed in (small units, or units the region labels already name). */
    rank: z.union([z.literal(1), z.literal(2)]),
    ne_name: z.string().min(2).nullable(),
    placed: z.boolean(),
    renamed_from: z.string().min(2).nullable(),
    source: httpUrl.nullable(),
  }).refine((p) => (p.renamed_from === null && !p.placed) || p.source !== null, {
    error: "a renamed or hand-placed division must cite its source",
  }),
  geometry: point,
});
export type ProvinceFeature = z.infer<typeof ProvinceFeatureSchema>;
export const ProvinceCollectionSchema = featureCollection(ProvinceFeatureSchema);
export type ProvinceCollection = z.infer<typeof ProvinceCollectionSchema>;

/**
 * A country name, placed by hand where it reads best in the focus area. `note` is an optional second,
 * smaller line. Disputed regions are named by the boundary views (pov/labels.geojson), not here.
 */
export const PlaceLabelFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({
    name: z.string().min(2),
    kind: z.literal("country"),
    /** 1 = from the opening zoom, 2 = once zoomed in. */
    rank: z.union([z.literal(1), z.literal(2)]),
    note: z.string().min(2).nullable(),
  }),
  geometry: point,
});
export type PlaceLabelFeature = z.infer<typeof PlaceLabelFeatureSchema>;
export const PlaceLabelCollectionSchema = featureCollection(PlaceLabelFeatureSchema);
export type PlaceLabelCollection = z.infer<typeof PlaceLabelCollectionSchema>;
