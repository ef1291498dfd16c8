import { describe, expect, it } from "vitest";
import type { Position } from "../schemas/geometry";
import { measurePath } from "./measure";

/** 1° of a great circle on the 6371.0088 km sphere: 2πR / 360. */
const KM_PER_DEGREE = (2 * Math.PI * 6371.0088) / 360;

describe("measurePath", () => {
  it("measures 1° of latitude as 111.195 km", () => {
    expect(KM_PER_DEGREE).toBeCloseTo(111.195, 3);
    expect(measurePath([[74, 31], [74, 32]]).totalKm).toBeCloseTo(KM_PER_DEGREE, 6);
  });

  it("measures 1° of longitude on the equator as 1° of arc", () => {
    expect(measurePath([[74, 0], [75, 0]]).legs[0]).toBeCloseTo(KM_PER_DEGREE, 6);
  });

  it("sums its legs, each measured on its own", () => {
    const { legs, totalKm } = measurePath([[74, 30], [74, 31], [74, 33], [74, 32.5]]);
    expect(legs.map((l) => l / KM_PER_DEGREE)).toEqual([1, 2, 0.5].map((d) => expect.closeTo(d, 9)));
    expect(totalKm).toBeCloseTo(3.5 * KM_PER_DEGREE, 6);
  });

  it("returns the path as a LineString carrying its total", () => {
    const points: Position[] = [[74.3, 31.5], [74.9, 31.6]];
    const { line, totalKm } = measurePath(points);
    expect(line?.geometry).toEqual({ type: "LineString", coordinates: points });
    expect(line?.properties.totalKm).toBe(totalKm);
  });

  it("gives no legs and no line for fewer than two points", () => {
    expect(measurePath([[74, 31]])).toEqual({ totalKm: 0, legs: [], line: null });
    expect(measurePath([])).toEqual({ totalKm: 0, legs: [], line: null });
  });
});
