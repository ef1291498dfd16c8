import { z } from "zod";
import { CLIP_BBOX, COORD_DECIMALS } from "./config";
import { TINTS } from "../schemas/values";

const SCALE = 10 ** COORD_DECIMALS;
const isRounded = (v: number) => Math.abs(v * SCALE - Math.round(v * SCALE)) < 1e-6;

/** A [lon, lat] inside CLIP_BBOX with no more than COORD_DECIMALS decimals: what the build writes. */
export const BasemapPositionSchema = z
  .tuple([z.number(), z.number()])
  .refine(([lon, lat]) => lon >= CLIP_BBOX[0] && lon <= CLIP_BBOX[2] && lat >= CLIP_BBOX[1] && lat <= CLIP_BBOX[3], {
    error: `position must lie inside the clip box ${CLIP_BBOX.join(",")}`,
  })
  .refine(([lon, lat]) => isRounded(lon) && isRounded(lat), {
    error: `position must be rounded to ${COORD_DECIMALS} decimals`,
  });

const ringSchema = z
  .array(BasemapPositionSchema)
  .min(4)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], { error: "ring must be closed" });
const polygonCoordinates = z.array(ringSchema).min(1);

export const BasemapPolygonSchema = z.strictObject({ type: z.literal("Polygon"), coordinates: polygonCoordinates });
export const BasemapMultiPolygonSchema = z.strictObject({
  type: z.literal("MultiPolygon"),
  coordinates: z.array(polygonCoordinates).min(2),
});
export const AreaGeometrySchema = z.discriminatedUnion("type", [BasemapPolygonSchema, BasemapMultiPolygonSchema]);
export type AreaGeometry = z.infer<typeof AreaGeometrySchema>;

const bboxMember = z.tuple([z.number(), z.number(), z.number(), z.number()]);

/** `$schema` names the editor-facing JSON Schema of the file (geodata/schema/, npm run build:schemas). */
export function featureCollection<T extends z.ZodType>(feature: T) {
  return z.strictObject({
    $schema: z.string().optional(),
    type: z.literal("FeatureCollection"),
    bbox: bboxMember.optional(),
    features: z.array(feature),
  });
}

/**
 * The fill a territory gets: each party its own tint, every neighbour one shared tint, and a unit that
 * no single side administers (Natural Earth's Siachen Glacier) a tint of its own. The style colours by
 * this property alone, so a point of view that redraws who holds what only has to set it.
 */
export const TintSchema = z.enum(TINTS);
export type Tint = z.infer<typeof TintSchema>;

/**
 * One country (Natural Earth admin-0 unit via world-atlas), clipped to CLIP_BBOX.
 * `iso_n3` is the ISO 3166-1 numeric code; it is null for units without one, such as "Siachen Glacier".
 */
export const CountryFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({
    name: z.string().min(1),
    iso_n3: z.string().regex(/^\d{3}$/, { error: "iso_n3 must be three digits" }).nullable(),
    tint: TintSchema,
  }),
  geometry: AreaGeometrySchema,
});
export type CountryFeature = z.infer<typeof CountryFeatureSchema>;
export const CountryCollectionSchema = featureCollection(CountryFeatureSchema);
export type CountryCollection = z.infer<typeof CountryCollectionSchema>;

/** All land as one feature (Natural Earth land via world-atlas), clipped to CLIP_BBOX. */
export const LandFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({}),
  geometry: AreaGeometrySchema,
});
export const LandCollectionSchema = featureCollection(LandFeatureSchema);
export type LandCollection = z.infer<typeof LandCollectionSchema>;

/** The administering country: for places in Kashmir this is who holds them de facto, not a claim. */
export const CityCountrySchema = z.enum(["india", "pakistan", "china", "afghanistan"]);
export type CityCountry = z.infer<typeof CityCountrySchema>;

/** 1 = national capital or megacity, 2 = provincial/state capital or city over a million, 3 = other relevant place. */
export const CityRankSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type CityRank = z.infer<typeof CityRankSchema>;

export const CityFeatureSchema = z.strictObject({
  type: z.literal("Feature"),
  properties: z.strictObject({
    name: z.string().min(2),
    country: CityCountrySchema,
    rank: CityRankSchema,
    /** Address of the page the coordinates were read from. */
    source: z.url({ protocol: /^https?$/ }),
  }),
  geometry: z.strictObject({ type: z.literal("Point"), coordinates: BasemapPositionSchema }),
});
export type CityFeature = z.infer<typeof CityFeatureSchema>;
export const CityCollectionSchema = featureCollection(CityFeatureSchema);
export type CityCollection = z.infer<typeof CityCollectionSchema>;
