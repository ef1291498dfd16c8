import { readFileSync } from "node:fs";
import path from "node:path";
import { area, booleanPointInPolygon, featureCollection, intersect, lineString, point, pointToLineDistance } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { BASEMAP_DIR, BASEMAP_FILES, type BasemapFile } from "./config";
import { CountryCollectionSchema, type AreaGeometry } from "./schemas";
import { DisputedAreaCollectionSchema, PlaceLabelCollectionSchema } from "./political-schemas";
import { BoundaryCollectionSchema } from "../schemas/boundary";
import { buildPlaceLabels } from "../../scripts/basemap/place-labels";

const root = path.resolve(import.meta.dirname, "../..");
const read = (file: BasemapFile): unknown => JSON.parse(readFileSync(path.join(root, BASEMAP_DIR, BASEMAP_FILES[file]), "utf8"));
const countries = CountryCollectionSchema.parse(read("countries"));
const disputed = DisputedAreaCollectionSchema.parse(read("disputed"));
const labels = PlaceLabelCollectionSchema.parse(read("labels"));
const boundaries = BoundaryCollectionSchema.parse(JSON.parse(readFileSync(path.join(root, "geodata/boundaries.geojson"), "utf8")));

const asFeature = (geometry: AreaGeometry): Feature<Polygon | MultiPolygon> => ({ type: "Feature", properties: {}, geometry: geometry as Polygon | MultiPolygon });
const unit = (name: string) => countries.features.find((f) => f.properties.name === name)!;
const area_ = (id: string) => disputed.features.find((f) => f.properties.ne_id === id)!;
const inside = (g: AreaGeometry, [lon, lat]: [number, number]) => booleanPointInPolygon(point([lon, lat]), asFeature(g));
const rings = (g: AreaGeometry) => (g.type === "Polygon" ? g.coordinates : g.coordinates.flat()).map((r) => lineString(r));
const outlineDistanceKm = (g: AreaGeometry, p: Position) => Math.min(...rings(g).map((l) => pointToLineDistance(point(p), l, { units: "kilometers" })));

// Polygon intersections over whole files: slow on a busy machine, so more than the default 5 s.
describe("disputed areas", { timeout: 60_000 }, () => {
  it.each([
    ["Srinagar", [74.79, 34.09], "B05"],
    ["Leh", [77.58, 34.16], "B05"],
    ["Muzaffarabad", [73.47, 34.36], "B09"],
    ["Kotli", [73.9, 33.51], "B09"],
    ["Gilgit", [74.31, 35.92], "B08"],
    ["Skardu", [75.64, 35.29], "B08"],
    ["Aksai Chin (79.3°E 35.2°N)", [79.3, 35.2], "B07"],
  ] as const)("put %s in Natural Earth's area %s", (_name, at, id) => {
    expect(inside(area_(id).geometry, at as [number, number])).toBe(true);
  });

  it("say who administers and who claims each area, as Natural Earth's note does", () => {
    for (const f of disputed.features) {
      const { administered_by: by, claimed_by: claimants, ne_note: note } = f.properties;
      if (by) expect(note).toContain(`Admin. by ${by}`);
      for (const c of claimants) expect(note).toContain(c);
    }
  });

  // Slivers: each area is cut to the unit that holds it, so none of it lies in another country.
  it.each(disputed.features.map((f) => [f.properties.name, f] as const))("keep %s inside the unit that holds it", (_name, f) => {
    const holder = { India: "India", Pakistan: "Pakistan", China: "China" }[f.properties.administered_by ?? ""] ?? "Siachen Glacier";
    const within = intersect(featureCollection([asFeature(f.geometry), asFeature(unit(holder).geometry)]));
    expect(within).not.toBeNull();
    expect(area(within!) / area(asFeature(f.geometry))).toBeGreaterThan(0.9999);
  });

  it("do not overlap one another", () => {
    const fs = disputed.features;
    for (let i = 0; i < fs.length; i++)
      for (let j = i + 1; j < fs.length; j++) {
        const both = intersect(featureCollection([asFeature(fs[i]!.geometry), asFeature(fs[j]!.geometry)]));
        // Under half a km² in all: strips a few tens of metres wide where two simplified edges cross.
        expect(both ? area(both) : 0).toBeLessThan(5e5);
      }
  });

  // Gaps: Natural Earth 4.0's areas and 4.1's countries come from different editions; along the Line of
  // Control both sides' areas must reach the line itself, or a strip of undisputed land would show.
  // The line's two ends are left out: they are the tripoints where Siachen and Pakistan's Punjab begin.
  const PUNJAB_STRETCH_NORTH = 32.85;
  it("reach the Line of Control from both sides, with no gap", () => {
    const loc = boundaries.features.find((f) => f.properties.kind === "loc")!;
    const coords = (loc.geometry.type === "LineString" ? loc.geometry.coordinates : loc.geometry.coordinates.flat()).slice(1, -1);
    const pakistanSide = [area_("B08").geometry, area_("B09").geometry];
    for (const p of coords.filter((_, i) => i % 3 === 0)) {
      expect(outlineDistanceKm(area_("B05").geometry, p)).toBeLessThan(0.5);
      // From Chhamb east to the Chicken's Neck the LoC's other side is Pakistan's Punjab, no disputed area.
      if (p[1] > PUNJAB_STRETCH_NORTH) expect(Math.min(...pakistanSide.map((g) => outlineDistanceKm(g, p)))).toBeLessThan(0.5);
    }
  });
});

describe("country labels", () => {
  it.each(labels.features.map((f) => [f.properties.name, f] as const))(
    "put %s inside its country",
    (name, f) => expect(inside(unit(name).geometry, f.geometry.coordinates as [number, number])).toBe(true),
  );

  it("are what the basemap script builds, and name countries only: the boundary views name the disputed regions", () => {
    expect(labels.features).toEqual(buildPlaceLabels().features);
    expect(labels.features.every((f) => f.properties.kind === "country")).toBe(true);
    const regions = (JSON.parse(readFileSync(path.join(root, "geodata/basemap/pov/labels.geojson"), "utf8")) as {
      features: { properties: { label_international: string } }[];
    }).features.map((f) => f.properties.label_international);
    expect(regions).toEqual(expect.arrayContaining(["Pakistan-administered Kashmir", "Indian-administered Jammu and Kashmir"]));
    expect(regions.join(" ")).not.toMatch(/occupied|Azad|Illegally/i);
  });
});

describe("country tints", () => {
  it("tell India, Pakistan, the neighbours and the Siachen unit apart", () => {
    expect(unit("India").properties.tint).toBe("india");
    expect(unit("Pakistan").properties.tint).toBe("pakistan");
    expect(unit("China").properties.tint).toBe("other");
    expect(unit("Siachen Glacier").properties.tint).toBe("contested");
  });
});
