import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CountryCollectionSchema } from "../basemap/schemas";
import { BoundaryCollectionSchema } from "../schemas/boundary";
import { importText } from "./import-file";
import { acledCsv, makeAcledRow } from "../testing/acled-factory";
import { applyDepths, depthRequest, measurePacked } from "./local-depth";
import { eventDepth } from "../geo/depth";
import type { BoundaryFeature } from "../schemas/boundary";
import type { CountryFeature } from "../basemap/schemas";
import type { Bounds } from "../schemas/dataset";
import type { ImportedEventFeature } from "../schemas/imported-event";

const read = (rel: string): unknown => JSON.parse(readFileSync(path.resolve(import.meta.dirname, rel), "utf8"));
const lines = BoundaryCollectionSchema.parse(read("../../geodata/boundaries.geojson")).features;
const countries = CountryCollectionSchema.parse(read("../../geodata/basemap/countries.geojson")).features;
const REGION = [60, 22, 80, 38] as const;

/** The page's three steps in one (request, measure in the worker, apply), as an opened file goes through them. */
function localEventsWithDepth(events: ImportedEventFeature[], lines: readonly BoundaryFeature[], countries: readonly CountryFeature[], region: Bounds) {
  const request = depthRequest(events, region);
  return applyDepths(events, request.at, measurePacked(request.positions, lines, countries));
}

describe("depth of an opened file's events", () => {
  const { events } = importText(
    acledCsv([
      makeAcledRow({ event_id_cnty: "NEAR1", latitude: "33.515", longitude: "73.902" }),
      // Kyiv: far outside the region the lines are drawn for.
      makeAcledRow({ event_id_cnty: "FAR1", latitude: "50.45", longitude: "30.52", country: "Ukraine" }),
    ]),
    { fileName: "mixed.csv", format: "acled" },
  );

  it("is measured for events in the region and left out for the rest", () => {
    const measured = localEventsWithDepth(events, lines, countries, [...REGION]);
    const near = measured.find((e) => e.properties.id === "acled-near1")!.properties.depth!;
    expect(near.side).toBe("pakistan");
    expect(near.nearestLine).toBe("loc");
    expect(near.distanceToLineKm).toBeGreaterThan(0);
    expect(near.distanceToLineKm).toBeLessThan(60);
    expect(measured.find((e) => e.properties.id === "acled-far1")!.properties.depth).toBeUndefined();
  });

  it("leaves the events as they are without lines", () => {
    expect(localEventsWithDepth(events, [], countries, [...REGION]).map((e) => e.properties.depth)).toEqual([undefined, undefined]);
  });
});

describe("depth measured apart from the events (the depth worker's steps)", () => {
  const { events } = importText(
    acledCsv([
      makeAcledRow({ event_id_cnty: "NEAR2", latitude: "33.515", longitude: "73.902" }),
      makeAcledRow({ event_id_cnty: "FAR2", latitude: "50.45", longitude: "30.52", country: "Ukraine" }),
      makeAcledRow({ event_id_cnty: "NEAR3", latitude: "34.08", longitude: "74.80", country: "India" }),
    ]),
    { fileName: "split.csv", format: "acled" },
  );

  it("asks only for the events in the region, by their place in the list", () => {
    const request = depthRequest(events, [...REGION]);
    expect([...request.at]).toEqual([0, 2]);
    expect([...request.positions]).toEqual([73.902, 33.515, 74.8, 34.08]);
  });

  it("gives the same depths as measuring the events directly", () => {
    const request = depthRequest(events, [...REGION]);
    const applied = applyDepths(events, request.at, measurePacked(request.positions, lines, countries));
    expect(applied.map((e) => e.properties.depth)).toEqual([
      eventDepth(events[0]!.geometry, lines, countries),
      undefined,
      eventDepth(events[2]!.geometry, lines, countries),
    ]);
    expect(applied[2]!.properties.depth!.side).toBe("india");
    // The input is left as it was.
    expect(events.every((e) => e.properties.depth === undefined)).toBe(true);
  });
});
