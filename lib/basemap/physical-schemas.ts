import { z } from "zod";
import { AreaGeometrySchema, BasemapPositionSchema, featureCollection } from "./schemas";

const lineCoordinates = z.array(BasemapPositionSchema).min(2);

/**
 * 1 = the six rivers the Indus Waters Treaty shares out (Indus, Jhelum, Chenab, Ravi, Beas, Sutlej),
 * 2 = another named major river, 3 = an unnamed or minor stretch. The style sizes and labels by rank.
 */
export const RiverRankSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type RiverRank = z.infer<typeof RiverRankSchema>;

/** A river (Natural Earth rivers and lake centrelines), its stretches joined end to end, clipped to land. */
export const RiverFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({ name: z.string().min(2).nullable(), rank: RiverRankSchema }),
  geometry: z.discriminatedUnion("type", [
    z.strictObject({ type: z.literal("LineString"), coordinates: lineCoordinates }),
    z.strictObject({ type: z.literal("MultiLineString"), coordinates: z.array(lineCoordinates).min(2) }),
  ]),
});
export type RiverFeature = z.infer<typeof RiverFeatureSchema>;
export const RiverCollectionSchema = featureCollection(RiverFeatureSchema);
export type RiverCollection = z.infer<typeof RiverCollectionSchema>;

/** A lake or reservoir (Natural Earth lakes), cut to land; `name` only where the map labels it. */
export const LakeFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({ name: z.string().min(2).nullable() }),
  geometry: AreaGeometrySchema,
});
export type LakeFeature = z.infer<typeof LakeFeatureSchema>;
export const LakeCollectionSchema = featureCollection(LakeFeatureSchema);
export type LakeCollection = z.infer<typeof LakeCollectionSchema>;

/**
 * A smoothed copy of a line for its name to run along: MapLibre drops a line label wherever the line
 * bends more than the label allows, and the Line of Control and the rivers bend at every pixel.
 * `detail` 1 is for the zooms below the first of LABEL_LINE_DETAIL_ZOOMS, 2 up to the second, and so
 * on (each closer to the real line than the one before).
 */
export const LabelLineFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({
    kind: z.enum(["agpl", "loc", "working_boundary", "international_border", "river"]),
    name: z.string().min(2),
    name_india: z.string().min(2),
    name_pakistan: z.string().min(2),
    rank: RiverRankSchema,
    detail: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  }),
  geometry: z.strictObject({ type: z.literal("LineString"), coordinates: lineCoordinates }),
});
export type LabelLineFeature = z.infer<typeof LabelLineFeatureSchema>;
export const LabelLineCollectionSchema = featureCollection(LabelLineFeatureSchema);
export type LabelLineCollection = z.infer<typeof LabelLineCollectionSchema>;
