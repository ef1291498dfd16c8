import { z } from "zod";
import "./zod-config";

const lon = z.number().min(-180, { error: "longitude must be ≥ -180" }).max(180, { error: "longitude must be ≤ 180" });
const lat = z.number().min(-90, { error: "latitude must be ≥ -90" }).max(90, { error: "latitude must be ≤ 90" });
export const PositionSchema = z.tuple([lon, lat]);
export type Position = z.infer<typeof PositionSchema>;

export const PointSchema = z.object({ type: z.literal("Point"), coordinates: PositionSchema });
export const LineStringSchema = z.object({
  type: z.literal("LineString"),
  coordinates: z.array(PositionSchema).min(2),
});
export const MultiLineStringSchema = z.object({
  type: z.literal("MultiLineString"),
  coordinates: z.array(z.array(PositionSchema).min(2)).min(1),
});
const ring = z
  .array(PositionSchema)
  .min(4)
  .refine((r) => r[0]![0] === r.at(-1)![0] && r[0]![1] === r.at(-1)![1], { error: "ring must be closed" });
export const PolygonSchema = z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) });

/** Geometries an event may have: a point mostly, a line (a front) or an area (a district). */
export const GeometrySchema = z.discriminatedUnion("type", [PointSchema, LineStringSchema, PolygonSchema]);
export type Geometry = z.infer<typeof GeometrySchema>;

export const LineGeometrySchema = z.discriminatedUnion("type", [LineStringSchema, MultiLineStringSchema]);
