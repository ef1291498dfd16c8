import { describe, expect, it } from "vitest";
import { importText } from "./import-file";
import { makeEvent } from "../testing/event-factory";

const fc = (...features: unknown[]) => JSON.stringify({ type: "FeatureCollection", features });
const open = (text: string) => importText(text, { fileName: "events.geojson" });

describe("import of GeoJSON in this map's event format", () => {
  it("keeps a curated event whole, marked as imported with nothing relaxed", () => {
    const event = makeEvent();
    const { events, report, summary } = open(fc(event));
    expect(report).toEqual([]);
    const { imported, ...rest } = events[0]!.properties;
    expect(rest).toEqual(event.properties);
    expect(imported).toEqual({ format: "geojson", file: "events.geojson", row: 1, relaxed: [] });
    expect(summary).toMatchObject({ format: "geojson", rows: 1, accepted: 1, kinds: ["missile_strike"], sides: ["india"] });
  });

  it("drops a link that is not http(s), keeps the source, and marks the relaxation", () => {
    const event = makeEvent({ claims: [], contested: [], verification: { status: "reported", basis: "Reported by the outlet." }, statedTarget: undefined });
    event.properties.sources[1]!.url = "javascript:alert(document.cookie)";
    const { events, report } = open(fc(event));
    expect(report).toEqual([
      { row: 1, column: "sources[1].url", value: "javascript:alert(document.cookie)", reason: "is not an http(s) link; the source is kept without it", outcome: "value dropped" },
    ]);
    expect(events[0]!.properties.sources[1]).not.toHaveProperty("url");
    expect(events[0]!.properties.imported.relaxed).toEqual(["source-links"]);
  });

  it("keeps properties the schema does not know, and recomputes depth instead of trusting it", () => {
    const event = makeEvent();
    Object.assign(event.properties, { analyst: "desk 3", depth: { distanceToLineKm: 1, nearestLine: "loc", side: "india" } });
    const p = open(fc(event)).events[0]!.properties;
    expect(p.imported.extra).toEqual({ analyst: "desk 3" });
    expect(p.depth).toBeUndefined();
  });

  it("reports a broken feature by its number and field path, and loads the rest", () => {
    const bad = makeEvent({ id: "bad", date: "2025-04-31" });
    const { events, report } = open(fc(makeEvent({ id: "good" }), bad, { type: "Feature" }));
    expect(events.map((e) => e.properties.id)).toEqual(["good"]);
    expect(report).toEqual([
      { row: 2, column: "properties.date", value: "2025-04-31", reason: "must be a date as YYYY-MM-DD", outcome: "row rejected" },
      { row: 3, column: "-", reason: "is not a GeoJSON Feature with properties", outcome: "row rejected" },
    ]);
  });
});
