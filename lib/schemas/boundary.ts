import { z } from "zod";
import { LineGeometrySchema } from "./geometry";

export const BoundaryKindSchema = z.enum(["loc", "working_boundary", "international_border"]);
export type BoundaryKind = z.infer<typeof BoundaryKindSchema>;

export const BoundaryFeatureSchema = z.object({
  type: z.literal("Feature"),
  geometry: LineGeometrySchema,
  properties: z.object({
    id: z.string().min(2),
    kind: BoundaryKindSchema,
    name: z.string().min(3),
    source: z.string().min(10),
    accuracy: z.string().min(10),
  }),
});
export type BoundaryFeature = z.infer<typeof BoundaryFeatureSchema>;

export const BoundaryCollectionSchema = z.object({
  type: z.literal("FeatureCollection"),
  features: z.array(BoundaryFeatureSchema),
});
export type BoundaryCollection = z.infer<typeof BoundaryCollectionSchema>;
