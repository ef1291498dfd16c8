import { readFileSync } from "node:fs";
import path from "node:path";
import { distance, lineString, point, pointToLineDistance } from "@turf/turf";
import { describe, it, expect } from "vitest";
import {
  BoundaryCollectionSchema,
  BoundaryFeatureSchema,
  type BoundaryFeature,
  type BoundaryKind,
} from "../schemas/boundary";
import type { Position } from "../schemas/geometry";
import { LOC_SOUTH_END, NJ9842 } from "./reference-points";

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

  it("holds the AGPL, the LoC, the Working Boundary and the international border, north to south", () => {
    expect(features.map((f) => f.properties.kind)).toEqual(["agpl", "loc", "working_boundary", "international_border"]);
  });

  it("has every feature valid on its own", () => {
    for (const feature of features) expect(BoundaryFeatureSchema.safeParse(feature).success).toBe(true);
  });

  it("ends the Line of Control within 5 km of NJ9842", () => {
    const km = distance(first(coordinatesOf("loc")), NJ9842.position, { units: "kilometers" });
    expect(km).toBeLessThan(5);
  });

  it("starts the LoC at its northernmost point: nothing of it runs on towards the Siachen glacier", () => {
    const loc = coordinatesOf("loc");
    expect(Math.max(...lats(loc))).toBe(first(loc)[1]);
    expect(first(loc)[1]).toBeLessThan(NJ9842.position[1] + 0.02);
  });

  it("draws beyond NJ9842 only the Actual Ground Position Line, labelled as such, up to the China tripoint", () => {
    const agpl = features.find((f) => f.properties.kind === "agpl")!;
    expect(agpl.properties.name).toMatch(/^Actual Ground Position Line/);
    const line = coordinatesOf("agpl");
    expect(first(line)).toEqual(first(coordinatesOf("loc")));
    expect(last(line)[1]).toBeGreaterThan(35.6);
  });

  it("puts the LoC/Working Boundary junction within 5 km of the cited point on the Chenab", () => {
    const junction = last(coordinatesOf("loc"));
    expect(first(coordinatesOf("working_boundary"))).toEqual(junction);
    expect(distance(junction, LOC_SOUTH_END.position, { units: "kilometers" })).toBeLessThan(5);
  });

  it("records where the names of the Jammu stretch differ: India's International Border, Pakistan's Working Boundary", () => {
    const wb = features.find((f) => f.properties.kind === "working_boundary")!.properties;
    expect([wb.name_india, wb.name_pakistan]).toEqual(["International Border", "Working Boundary"]);
    expect(wb.usage).toMatch(/India calls .* International Border/);
  });

  it("states each line's accuracy in km", () => {
    for (const f of features) expect(f.properties.accuracy).toMatch(/\d+ km/);
  });

  it("keeps the Working Boundary wholly between 32.2° and 33.1°N", () => {
    const wb = lats(coordinatesOf("working_boundary"));
    expect(Math.min(...wb)).toBeGreaterThan(32.2);
    expect(Math.max(...wb)).toBeLessThan(33.1);
  });

  it("runs the international border south of 24°N, to Sir Creek", () => {
    expect(Math.min(...lats(coordinatesOf("international_border")))).toBeLessThan(24);
  });

  it("joins the pieces end to end", () => {
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
