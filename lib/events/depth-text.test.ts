import { describe, expect, it } from "vitest";
import { describeDepth, roundKm } from "./depth-text";

describe("describeDepth", () => {
  it("rounds as a reader would say it", () => {
    expect([roundKm(4.44), roundKm(23.6), roundKm(101.2), roundKm(103)]).toEqual([4.4, 24, 100, 105]);
  });
  it("names the line and the side", () => {
    expect(describeDepth({ distanceToLineKm: 101.2, nearestLine: "international_border", side: "pakistan" })).toBe(
      "about 100 km from the international border, on the Pakistani-administered side",
    );
    expect(describeDepth({ distanceToLineKm: 27.9, nearestLine: "loc", side: "pakistan" })).toBe(
      "about 28 km from the Line of Control, on the Pakistani-administered side",
    );
  });
});
