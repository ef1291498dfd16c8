import { describe, expect, it } from "vitest";
import { wrapText } from "./compose-frame";

/** A measurer where every character is 1 unit wide. */
const mono = { measureText: (s: string) => ({ width: s.length }) as TextMetrics };

describe("wrapText", () => {
  it("breaks at spaces so no line is wider than allowed", () => {
    const lines = wrapText(mono, "Boundaries: India's official depiction (Survey of India)", 20);
    expect(lines).toEqual(["Boundaries: India's", "official depiction", "(Survey of India)"]);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
  });

  it("keeps a short text on one line and a single long word whole", () => {
    expect(wrapText(mono, "short", 20)).toEqual(["short"]);
    expect(wrapText(mono, "abcdefghijklmnopqrstuvwxyz", 5)).toEqual(["abcdefghijklmnopqrstuvwxyz"]);
  });
});
