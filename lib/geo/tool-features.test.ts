import { describe, expect, it } from "vitest";
import { measurePath } from "./measure";
import { pathLengthText } from "./tool-features";

describe("pathLengthText", () => {
  it("says there is no path before two points", () => {
    expect(pathLengthText(measurePath([[74, 31]]))).toBe("No path yet.");
  });

  it("names one leg in the singular", () => {
    expect(pathLengthText({ legs: [267.84], totalKm: 267.84 })).toBe("Length: 267.8 km (1 leg, along great circles)");
  });

  it("names several legs in the plural, with the total grouped for reading", () => {
    expect(pathLengthText({ legs: [600, 634.56], totalKm: 1234.56 })).toBe("Length: 1,234.6 km (2 legs, along great circles)");
  });
});
