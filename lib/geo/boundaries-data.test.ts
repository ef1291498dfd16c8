import { readFileSync } from "node:fs";
import path from "node:path";
import { lineString, point, pointToLineDistance } from "@turf/turf";
import { describe, it, expect } from "vitest";
import {
  BoundaryCollectionSchema,
  BoundaryFeatureSchema,
  type BoundaryFeature,
  type BoundaryKind,
} from "../schemas/boundary";
import type { Position } from "../schemas/geometry";

// Checks the file written by scripts/build-boundaries.ts, as committed; no network.
const FILE = path.resolve(import.meta.dirname, "../../geodata/boundaries.geojson");
const raw: unknown = JSON.parse(readFileSync(FILE, "utf8"));
const features = (raw as { features: BoundaryFeature[] }).features;

function coordinatesOf(kind: BoundaryKind): Position[] {
  const feature = features.find((f) => f.properties.kind === kind);
  if (feature?.geometry.type !== "LineString") throw new Error(`no ${kind} LineString in ${FILE}`);
  return feature.geometry.coordinates;
}

const first = (line: Position[]) => line[0]!;
const last = (line: Position[]) => line.at(-1)!;
const lats = (line: Position[]) => line.map(([, lat]) => lat);

describe("geodata/boundaries.geojson", () => {
  it("is a valid boundary collection", () => {
    expect(BoundaryCollectionSchema.safeParse(raw).success).toBe(true);
  });

  it("holds the LoC, the Working Boundary and the international border, in that order", () => {
    expect(features.map((f) => f.properties.kind)).toEqual(["loc", "working_boundary", "international_border"]);
  });

  it("has every feature valid on its own", () => {
    for (const feature of features) expect(BoundaryFeatureSchema.safeParse(feature).success).toBe(true);
  });

  it("starts the LoC north of 34.9°N, at its northern end near NJ9842", () => {
    const loc = coordinatesOf("loc");
    expect(first(loc)[1]).toBeGreaterThan(34.9);
    expect(Math.max(...lats(loc))).toBe(first(loc)[1]);
  });

  it("keeps the Working Boundary wholly between 32.2° and 33.1°N", () => {
    const wb = lats(coordinatesOf("working_boundary"));
    expect(Math.min(...wb)).toBeGreaterThan(32.2);
    expect(Math.max(...wb)).toBeLessThan(33.1);
  });

  it("runs the international border south of 24°N, to Sir Creek", () => {
    expect(Math.min(...lats(coordinatesOf("international_border")))).toBeLessThan(24);
  });

  it("joins the three pieces end to end", () => {
    const [loc, wb, ib] = [coordinatesOf("loc"), coordinatesOf("working_boundary"), coordinatesOf("international_border")];
    expect(first(wb)).toEqual(last(loc));
    expect(first(ib)).toEqual(last(wb));
  });

  it("puts Lahore 15–35 km from the international border", () => {
    // Independent check: Lahore centre (74.35, 31.55) to the Wagah crossing (74.573, 31.605) is
    // √((0.223° · 94.8 km)² + (0.055° · 111.2 km)²) ≈ √(21.1² + 6.1²) ≈ 22 km.
    const km = pointToLineDistance(point([74.35, 31.55]), lineString(coordinatesOf("international_border")), {
      units: "kilometers",
    });
    expect(km).toBeGreaterThan(15);
    expect(km).toBeLessThan(35);
  });
});
