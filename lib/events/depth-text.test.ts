import { describe, expect, it } from "vitest";
import { describeDepth, roundKm } from "./depth-text";

describe("describeDepth", () => {
  it("rounds as a reader would say it", () => {
    expect([roundKm(4.44), roundKm(23.6), roundKm(101.2), roundKm(103)]).toEqual([4.4, 24, 100, 105]);
  });
  it("names the line and the side: a country's side of the border, an administered side of the Line of Control", () => {
    expect(describeDepth({ distanceToLineKm: 101.2, nearestLine: "international_border", side: "pakistan" })).toBe(
      "about 100 km from the international border, on the Pakistani side",
    );
    expect(describeDepth({ distanceToLineKm: 60, nearestLine: "international_border", side: "india" })).toBe("about 60 km from the international border, on the Indian side");
    expect(describeDepth({ distanceToLineKm: 27.9, nearestLine: "loc", side: "pakistan" })).toBe(
      "about 28 km from the Line of Control, on the Pakistan-administered side",
    );
    expect(describeDepth({ distanceToLineKm: 12, nearestLine: "loc", side: "india" })).toBe("about 12 km from the Line of Control, on the Indian-administered side");
  });
});
