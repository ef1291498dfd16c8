import { readFileSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon, pointToLineDistance } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { CountryCollectionSchema } from "../basemap/schemas";
import { BoundaryCollectionSchema, type BoundaryFeature, type BoundaryKind } from "../schemas/boundary";
import { EventDepthSchema, type DepthSide } from "../schemas/depth";
import type { Position } from "../schemas/geometry";
import { makeEvent } from "../testing/event-factory";
import { eventDepth, withDepth } from "./depth";

// Committed data files, read from disk; no network.
const read = (rel: string): unknown => JSON.parse(readFileSync(path.resolve(import.meta.dirname, rel), "utf8"));
const boundaries = BoundaryCollectionSchema.parse(read("../../geodata/boundaries.geojson")).features;
const countries = CountryCollectionSchema.parse(read("../../geodata/basemap/countries.geojson")).features;

const RAD = Math.PI / 180;
/** Independent great-circle distance, R = 6371.0088 km (IUGG mean radius). */
function haversineKm([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const h = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** Brute force: every segment of the file cut into 50 pieces, nearest piece end by haversine. */
function bruteForceKm(p: Position): number {
  let best = Infinity;
  for (const { geometry: g } of boundaries) {
    const lines = g.type === "LineString" ? [g.coordinates] : g.coordinates;
    for (const line of lines)
      for (let i = 1; i < line.length; i++)
        for (let k = 0; k <= 50; k++) {
          const [a, b] = [line[i - 1]!, line[i]!];
          best = Math.min(best, haversineKm(p, [a[0] + ((b[0] - a[0]) * k) / 50, a[1] + ((b[1] - a[1]) * k) / 50]));
        }
  }
  return best;
}

/** Park–Miller minimal standard generator: reproducible scattered test points. */
function lcg(seed: number): () => number {
  return () => (seed = (seed * 16807) % 2147483647) / 2147483647;
}

function makeBoundary(kind: BoundaryKind, coordinates: Position[]): BoundaryFeature {
  const text = "synthetic line for a unit test";
  const properties = { id: kind, kind, name: text, name_india: text, name_pakistan: text, usage: "", source: text, accuracy: text };
  return { type: "Feature", geometry: { type: "LineString", coordinates }, properties };
}

const lineStrings = boundaries.flatMap((b) => (b.geometry.type === "LineString" ? [b.geometry] : []));
const depthAt = (p: Position) => eventDepth({ type: "Point", coordinates: p }, boundaries, countries);

const CITIES = {
  lahore: [74.3436, 31.5497],
  muridke: [74.255, 31.802],
  bahawalpur: [71.68, 29.39],
  nurKhan: [73.099, 33.616],
  srinagar: [74.8, 34.08],
  sialkot: [74.53, 32.49],
} satisfies Record<string, Position>;

describe("eventDepth: distance", () => {
  it("matches a brute-force haversine over the densified boundary file for each named place", () => {
    for (const p of Object.values(CITIES)) expect(Math.abs(depthAt(p).distanceToLineKm - bruteForceKm(p))).toBeLessThan(0.15);
  });

  // Published figures: Lahore–Wagah 20–25 km; Bahawalpur "about 100 km"; Srinagar ~50 km from the LoC.
  // Muridke town: 18–30 km (it is ~29 km from Lahore city centre, which is not the border).
  const published: [string, keyof typeof CITIES, BoundaryKind, number, number][] = [
    ["Lahore city centre", "lahore", "international_border", 20, 25],
    ["Muridke town", "muridke", "international_border", 18, 30],
    ["Bahawalpur", "bahawalpur", "international_border", 90, 110],
    ["Srinagar", "srinagar", "loc", 45, 55],
    ["Nur Khan air base, Rawalpindi", "nurKhan", "loc", 60, 150],
  ];
  it.each(published)("puts %s within its published distance of the nearest line", (_name, city, line, min, max) => {
    const depth = depthAt(CITIES[city]);
    expect(depth.nearestLine).toBe(line);
    expect(depth.distanceToLineKm).toBeGreaterThanOrEqual(min);
    expect(depth.distanceToLineKm).toBeLessThanOrEqual(max);
  });

  it("names the Working Boundary as the nearest line for Sialkot", () => {
    expect(depthAt(CITIES.sialkot).nearestLine).toBe("working_boundary");
  });

  it("measures 1° of longitude to a north–south line as the haversine of that degree, within 0.5%", () => {
    const line = [makeBoundary("loc", [[74, 30], [74, 34]])];
    const expected = haversineKm([74, 32], [75, 32]);
    const got = eventDepth({ type: "Point", coordinates: [75, 32] }, line, countries).distanceToLineKm;
    expect(Math.abs(got - expected) / expected).toBeLessThan(0.005);
  });

  it("agrees with turf over each whole line for 80 scattered points (the pruning never skips the nearest)", () => {
    const next = lcg(7);
    for (let i = 0; i < 80; i++) {
      const p: Position = [66 + 13 * next(), 23 + 14 * next()];
      const turfKm = Math.min(...lineStrings.map((line) => pointToLineDistance(p, line, { method: "geodesic" })));
      expect(depthAt(p).distanceToLineKm).toBe(Math.round(turfKm * 10) / 10);
    }
  });

  it("measures a polygon at its centroid", () => {
    const ring: Position[] = [[74.2, 31.4], [74.5, 31.4], [74.5, 31.7], [74.2, 31.7], [74.2, 31.4]];
    expect(eventDepth({ type: "Polygon", coordinates: [ring] }, boundaries, countries)).toEqual(depthAt([74.35, 31.55]));
  });

  it("throws a RangeError when there is no boundary line", () => {
    expect(() => eventDepth({ type: "Point", coordinates: [74, 32] }, [], countries)).toThrow(RangeError);
  });
});

describe("eventDepth: side", () => {
  const places: [string, Position, DepthSide][] = [
    ["Muzaffarabad", [73.47, 34.37], "pakistan"],
    ["Srinagar", [74.8, 34.08], "india"],
    ["Karachi", [67.01, 24.86], "pakistan"],
    ["Siachen Glacier (held by India)", [77.2, 35.4], "india"],
    ["Beijing", [116.4, 39.9], "other"],
    ["the Arabian Sea", [66.0, 22.0], "other"],
  ];
  it.each(places)("puts %s %j on the %s side", (_name, p, side) => {
    expect(depthAt(p).side).toBe(side);
  });

  it("agrees with turf's booleanPointInPolygon for 400 scattered points", () => {
    const india = countries.filter((c) => ["India", "Siachen Glacier"].includes(c.properties.name));
    const pakistan = countries.find((c) => c.properties.name === "Pakistan")!;
    const random = lcg(11);
    for (let i = 0; i < 400; i++) {
      const p: Position = [60 + 22 * random(), 20 + 18 * random()];
      const inIndia = india.some((c) => booleanPointInPolygon(p, c));
      expect(depthAt(p).side).toBe(inIndia ? "india" : booleanPointInPolygon(p, pakistan) ? "pakistan" : "other");
    }
  });
});

describe("withDepth", () => {
  it("returns new features with a valid depth and leaves the inputs untouched", () => {
    const events = [makeEvent({}, CITIES.muridke), makeEvent({ id: "2025-05-07-second" }, CITIES.bahawalpur)];
    const before = structuredClone(events);
    const out = withDepth(events, boundaries, countries);
    expect(events).toEqual(before);
    expect(out.map((e) => e.properties.depth)).toEqual([depthAt(CITIES.muridke), depthAt(CITIES.bahawalpur)]);
    for (const e of out) expect(EventDepthSchema.safeParse(e.properties.depth).success).toBe(true);
  });
});
