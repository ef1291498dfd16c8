import { describe, expect, it } from "vitest";
import { EventFeatureSchema, EventKindSchema } from "../../lib/schemas/event";
import type { Position } from "../../lib/schemas/geometry";
import { generateEvents } from "./generate-events";

describe("generateEvents", () => {
  const events = generateEvents(1000, 42);

  it("makes 1,000 events that each pass EventFeatureSchema", () => {
    expect(events).toHaveLength(1000);
    for (const e of events) expect(EventFeatureSchema.safeParse(e).error?.issues).toBeUndefined();
  });

  it("gives every event its own id", () => {
    expect(new Set(events.map((e) => e.properties.id)).size).toBe(1000);
  });

  it("keeps dates within 2025-04-22…2025-05-20 and points within lon 67–78, lat 24–36", () => {
    for (const { properties, geometry } of events) {
      expect(properties.date >= "2025-04-22" && properties.date <= "2025-05-20").toBe(true);
      const coords: Position[] =
        geometry.type === "Point" ? [geometry.coordinates]
        : geometry.type === "LineString" ? geometry.coordinates
        : geometry.coordinates.flat();
      for (const [lon, lat] of coords) expect(lon >= 67 && lon <= 78 && lat >= 24 && lat <= 36).toBe(true);
    }
  });

  it("varies kind, actor, status and geometry", () => {
    const distinct = (f: (e: (typeof events)[number]) => string) => new Set(events.map(f)).size;
    expect(distinct((e) => e.properties.kind)).toBe(EventKindSchema.options.length);
    expect(distinct((e) => e.properties.actor)).toBe(5);
    expect(distinct((e) => e.properties.verification.status)).toBe(5);
    expect(distinct((e) => e.geometry.type)).toBe(3);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateEvents(50, 42)).toEqual(events.slice(0, 50));
    expect(generateEvents(50, 43)).not.toEqual(events.slice(0, 50));
  });
});
