import { z } from "zod";
import { LineGeometrySchema } from "./geometry";

/**
 * The de facto India–Pakistan lines on the ground, north to south: the Actual Ground Position Line in the
 * Siachen area (beyond NJ9842, never delineated by agreement), the Line of Control, the Working Boundary
 * (Jammu–Sialkot) and the international border. They are the same in every boundary point of view.
 */
export const BoundaryKindSchema = z.enum(["agpl", "loc", "working_boundary", "international_border"]);
export type BoundaryKind = z.infer<typeof BoundaryKindSchema>;

export const BoundaryFeatureSchema = z.object({
  type: z.literal("Feature"),
  geometry: LineGeometrySchema,
  properties: z.object({
    id: z.string().min(2),
    kind: BoundaryKindSchema,
    /** Neutral name, used by default and in the international view. */
    name: z.string().min(3),
    /** Name in India's official usage (for the Working Boundary: "International Border"). */
    name_india: z.string().min(3),
    /** Name in Pakistan's official usage. */
    name_pakistan: z.string().min(3),
    /** Where the names differ and who says so; empty when every usage agrees. */
    usage: z.string(),
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
