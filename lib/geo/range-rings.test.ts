import type { Point, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import type { Position } from "../schemas/geometry";
import { rangeLabel, rangeRings } from "./range-rings";

const RAD = Math.PI / 180;
/** Independent great-circle distance, R = 6371.0088 km. */
function haversineKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const h = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const BAHAWALPUR: Position = [71.68, 29.39];

describe("rangeRings", () => {
  const fc = rangeRings(BAHAWALPUR, [100, 250.5]);
  const rings = fc.features.filter((f) => f.geometry.type === "Polygon");
  const labels = fc.features.filter((f) => f.geometry.type === "Point");

  it("makes one ring and one label per radius, labelled with the radius", () => {
    expect(rings.map((f) => f.properties)).toEqual([
      { radiusKm: 100, label: "100 km" },
      { radiusKm: 250.5, label: "250.5 km" },
    ]);
    expect(labels.map((f) => f.properties.label)).toEqual(["100 km", "250.5 km"]);
  });

  it("puts every ring vertex at the radius from the centre, within 0.1%", () => {
    for (const ring of rings) {
      const r = ring.properties.radiusKm;
      for (const v of (ring.geometry as Polygon).coordinates[0]!)
        expect(Math.abs(haversineKm(BAHAWALPUR, v as Position) - r) / r).toBeLessThan(0.001);
    }
  });

  it("closes each ring with steps + 1 vertices", () => {
    const ring = (rangeRings(BAHAWALPUR, [50], 64).features[0]!.geometry as Polygon).coordinates[0]!;
    expect(ring).toHaveLength(65);
    expect(ring.at(-1)).toEqual(ring[0]);
  });

  it("puts each label due north of the centre, on its ring", () => {
    for (const label of labels) {
      const [lon, lat] = (label.geometry as Point).coordinates as Position;
      expect(lon).toBeCloseTo(BAHAWALPUR[0], 9);
      // Due north, the distance is all latitude: r / R radians.
      expect(lat - BAHAWALPUR[1]).toBeCloseTo(label.properties.radiusKm / 6371.0088 / RAD, 6);
    }
  });

  it("rejects a radius that is not positive", () => {
    expect(() => rangeRings(BAHAWALPUR, [0])).toThrow(RangeError);
    expect(() => rangeRings(BAHAWALPUR, [Number.NaN])).toThrow(RangeError);
  });

  it("formats labels to at most one decimal", () => {
    expect([rangeLabel(100), rangeLabel(12.25), rangeLabel(0.5)]).toEqual(["100 km", "12.3 km", "0.5 km"]);
  });
});
