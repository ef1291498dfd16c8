import { describe, expect, it } from "vitest";
import { RELAXED_RULES } from "../schemas/imported-rules";
import { RELAXED_RULE_TEXT, eventDateText, isHttpLink, relaxedText } from "./imported-text";

describe("words for imported events", () => {
  it("says what an ACLED event is let off, and has words for every relaxable rule", () => {
    expect(relaxedText("source-links", "acled")).toBe("sources named without links, as in the ACLED export");
    expect(Object.keys(RELAXED_RULE_TEXT).sort()).toEqual([...RELAXED_RULES].sort());
  });

  it("writes a date only as precisely as it is known", () => {
    expect(eventDateText("2025-05-07")).toBe("7 May 2025");
    expect(eventDateText("2025-05-07", "week")).toBe("week of 7 May 2025");
    expect(eventDateText("2025-05-07", "month")).toBe("in May 2025");
  });

  it("lets only http and https links become links", () => {
    expect(isHttpLink("https://example.org/a")).toBe(true);
    expect(isHttpLink("http://example.org/a")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "example.org", undefined, ""])
      expect(isHttpLink(bad)).toBe(false);
  });
});
