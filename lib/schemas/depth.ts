import { z } from "zod";
import { BoundaryKindSchema } from "./boundary";

/** Which side of the line an event lies on: the administering country's polygon, or neither. */
export const DepthSideSchema = z.enum(["india", "pakistan", "other"]);
export type DepthSide = z.infer<typeof DepthSideSchema>;

const oneDecimal = (v: number) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9;

/**
 * How deep an event lies: geodesic distance in km (rounded to 0.1 km) to the nearest India–Pakistan line,
 * which line that is, and on whose side of it the event's point falls.
 */
export const EventDepthSchema = z.object({
  distanceToLineKm: z.number().nonnegative().refine(oneDecimal, { error: "must be rounded to 0.1 km" }),
  nearestLine: BoundaryKindSchema,
  side: DepthSideSchema,
});
export type EventDepth = z.infer<typeof EventDepthSchema>;


/** An event whose properties carry its depth (added by `withDepth` at load, never stored in the data files). */
export type EventFeatureWithDepth = import("./event").EventFeature & {
  properties: import("./event").EventProperties & { depth: EventDepth };
};
