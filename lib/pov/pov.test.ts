import { describe, expect, it } from "vitest";
import { boundaryFooter, boundaryFooterShort, DEFAULT_POV, POVS } from "./pov";
import { PovSchema } from "./schemas";

describe("boundary points of view", () => {
  it("defaults to the international view", () => {
    expect(DEFAULT_POV).toBe("international");
    expect(PovSchema.safeParse("china").success).toBe(false);
  });

  it.each([
    ["international", /^Boundaries: international \(de facto\) depiction/],
    ["india", /^Boundaries: India's official depiction \(Survey of India\)/],
    ["pakistan", /^Boundaries: Pakistan's official depiction \(political map of 4 August 2020\)/],
  ] as const)("names the %s view in the footer every export carries", (pov, text) => {
    expect(boundaryFooter(pov)).toMatch(text);
    expect(boundaryFooter(pov)).toContain("Events and distances use the lines on the ground in every view.");
  });

  it("gives each view its own footer and short form", () => {
    expect(new Set(POVS.map(boundaryFooter)).size).toBe(3);
    expect(boundaryFooterShort("pakistan")).toBe("Boundaries: Pakistan's official view");
  });
});
