import { describe, expect, it } from "vitest";
import { metresPerPixel, niceScaleBar } from "./scale-bar";

describe("scale bar", () => {
  it("matches the known ground resolution at the equator, zoom 0 (≈78.27 km per pixel)", () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.52, 1);
  });
  it("halves with each zoom level and shrinks with latitude", () => {
    expect(metresPerPixel(0, 1)).toBeCloseTo(metresPerPixel(0, 0) / 2, 6);
    expect(metresPerPixel(60, 0)).toBeCloseTo(metresPerPixel(0, 0) / 2, 6);
  });
  it("picks the longest round distance that fits", () => {
    expect(niceScaleBar(1000, 120)).toEqual({ metres: 100_000, px: 100, label: "100 km" });
    expect(niceScaleBar(1000, 90)).toEqual({ metres: 50_000, px: 50, label: "50 km" });
    expect(niceScaleBar(3, 100)).toEqual({ metres: 200, px: 200 / 3, label: "200 m" });
  });
});
