import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { booleanPointInPolygon, lineString, point, pointToLineDistance } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { BASEMAP_DIR, BASEMAP_FILES, SPRITE_BUDGET_BYTES, SPRITE_NAME, type BasemapFile } from "./config";
import { CountryCollectionSchema, LandCollectionSchema } from "./schemas";
import { LabelLineCollectionSchema, LakeCollectionSchema, RiverCollectionSchema } from "./physical-schemas";
import { ProvinceCollectionSchema } from "./political-schemas";
import { BoundaryCollectionSchema } from "../schemas/boundary";
import { buildLabelLines, DETAIL_TOLERANCE_DEG } from "../../scripts/basemap/label-lines";
import { buildSprite } from "../../scripts/basemap/sprite";

const root = path.resolve(import.meta.dirname, "../..");
const dir = path.join(root, BASEMAP_DIR);
const read = (file: BasemapFile): unknown => JSON.parse(readFileSync(path.join(dir, BASEMAP_FILES[file]), "utf8"));
const countries = CountryCollectionSchema.parse(read("countries"));
const land = LandCollectionSchema.parse(read("land")).features[0]!.geometry;
const rivers = RiverCollectionSchema.parse(read("rivers"));
const lakes = LakeCollectionSchema.parse(read("lakes"));
const provinces = ProvinceCollectionSchema.parse(read("provinces"));
const labelLines = LabelLineCollectionSchema.parse(read("labelLines"));
const boundaries = BoundaryCollectionSchema.parse(JSON.parse(readFileSync(path.join(root, "geodata/boundaries.geojson"), "utf8")));

const landFeature: Feature<Polygon | MultiPolygon> = { type: "Feature", properties: {}, geometry: land as Polygon | MultiPolygon };
const landOutline = (land.type === "Polygon" ? land.coordinates : land.coordinates.flat()).map((r) => lineString(r));
const onLand = (p: Position) =>
  booleanPointInPolygon(point(p), landFeature) || Math.min(...landOutline.map((l) => pointToLineDistance(point(p), l, { units: "kilometers" }))) < 0.2;
const country = (name: string) => countries.features.find((f) => f.properties.name === name)!;
const DEPTH: Record<string, number> = { LineString: 0, MultiLineString: 1, Polygon: 1, MultiPolygon: 2 };
const positions = (g: { type: string; coordinates: unknown }): Position[] => (g.coordinates as unknown[]).flat(DEPTH[g.type]) as Position[];

// Geometry checks over whole files: slow on a busy machine, so they get more than the default 5 s.
describe("rivers", { timeout: 60_000 }, () => {
  it.each(["Indus", "Jhelum", "Chenab", "Ravi", "Beas", "Sutlej"])("include the treaty river %s, ranked first", (name) => {
    const river = rivers.features.find((f) => f.properties.name === name);
    expect(river?.properties.rank).toBe(1);
  });

  it("run on land only, ending at the coast (world-atlas land, a different Natural Earth edition)", () => {
    const off = rivers.features.flatMap((f) => positions(f.geometry).filter((p, i) => i % 5 === 0 && !onLand(p)));
    expect(off).toEqual([]);
  });

  it("reach the sea: the Indus ends within 3 km of the coast", () => {
    const indus = rivers.features.find((f) => f.properties.name === "Indus")!;
    const mouth = positions(indus.geometry).reduce((a, b) => (b[1]! < a[1]! ? b : a));
    const nearest = Math.min(...landOutline.map((l) => pointToLineDistance(point(mouth), l, { units: "kilometers" })));
    expect(nearest).toBeLessThan(3);
  });
});

describe("lakes", { timeout: 60_000 }, () => {
  it("lie on land", () => {
    const off = lakes.features.flatMap((f) => positions(f.geometry).filter((p) => !onLand(p)));
    expect(off).toEqual([]);
  });

  it("name the Indus reservoirs and Pangong Tso", () => {
    expect(lakes.features.map((f) => f.properties.name)).toEqual(expect.arrayContaining(["Tarbela Reservoir", "Gobind Sagar", "Pangong Tso"]));
  });
});

describe("provinces", () => {
  const names = provinces.features.map((f) => f.properties.name);

  it.each(["Khyber Pakhtunkhwa", "Gilgit-Baltistan", "Azad Jammu and Kashmir", "Sindh", "Balochistan", "Islamabad Capital Territory", "Jammu and Kashmir", "Ladakh", "Rajasthan", "Gujarat", "Himachal Pradesh", "Haryana", "Uttarakhand"])(
    "include %s by today's name",
    (name) => expect(names).toContain(name),
  );

  it("name Punjab on both sides of the border", () => {
    expect(provinces.features.filter((f) => f.properties.name === "Punjab").map((f) => f.properties.country).sort()).toEqual(["india", "pakistan"]);
  });

  it("use no name that was replaced (N.W.F.P., Northern Areas, F.A.T.A., Uttaranchal, Orissa, Sind, Baluchistan)", () => {
    for (const old of ["N.W.F.P.", "Northern Areas", "F.A.T.A.", "Uttaranchal", "Orissa", "Sind", "Baluchistan", "Azad Kashmir"]) expect(names).not.toContain(old);
  });

  it("cite a source for every rename and every point placed by hand", () => {
    for (const p of provinces.features.map((f) => f.properties))
      if (p.renamed_from || p.placed) expect(p.source, p.name).toMatch(/^https:\/\//);
    expect(provinces.features.find((f) => f.properties.name === "Khyber Pakhtunkhwa")!.properties.renamed_from).toBe("N.W.F.P.");
    expect(provinces.features.find((f) => f.properties.name === "Gilgit-Baltistan")!.properties.renamed_from).toBe("Northern Areas");
  });

  it.each(provinces.features.map((f) => [f.properties.name, f.properties.country, f] as const))("put %s's label point inside %s", (_n, side, f) => {
    expect(booleanPointInPolygon(point(f.geometry.coordinates), country(side === "india" ? "India" : "Pakistan").geometry)).toBe(true);
  });
});

describe("label lines", { timeout: 60_000 }, () => {
  // Derived from boundaries.geojson and rivers.geojson: a change to either needs `npm run build:basemap`.
  it("are up to date with the boundary lines and rivers they follow", () => {
    const { $schema: _ref, ...committed } = labelLines as typeof labelLines & { $schema?: string };
    expect(committed).toEqual(buildLabelLines(boundaries, rivers));
  });

  it("name the Line of Control, the Working Boundary and the international border at the opening zoom", () => {
    const kinds = labelLines.features.filter((f) => f.properties.detail === 1).map((f) => f.properties.kind);
    expect(kinds).toEqual(expect.arrayContaining(["loc", "working_boundary", "international_border", "river"]));
  });

  it("stay close to the line they name (a label never floats off its line)", () => {
    for (const f of labelLines.features.filter((l) => l.properties.kind !== "river")) {
      const g = boundaries.features.find((b) => b.properties.kind === f.properties.kind)!.geometry;
      const parts = (g.type === "LineString" ? [g.coordinates] : g.coordinates).map((c) => lineString(c));
      // Smoothing strays up to about its tolerance, corner cutting a little more: twice the tolerance at most.
      const km = DETAIL_TOLERANCE_DEG[f.properties.detail] * 111 * 2;
      for (const p of f.geometry.coordinates)
        expect(Math.min(...parts.map((l) => pointToLineDistance(point(p), l, { units: "kilometers" })))).toBeLessThan(km);
    }
  });
});

describe("sprite", () => {
  it.each([1, 2] as const)("at %i× is what the build draws from today's theme", (scale) => {
    const base = path.join(dir, `${SPRITE_NAME}${scale === 2 ? "@2x" : ""}`);
    const built = buildSprite(scale);
    expect(readFileSync(`${base}.json`, "utf8")).toBe(built.json);
    expect(PNG.sync.read(readFileSync(`${base}.png`)).data.equals(PNG.sync.read(built.png).data)).toBe(true);
  });

  it("stays within its byte budget", () => {
    const bytes = ["sprite.png", "sprite.json", "sprite@2x.png", "sprite@2x.json"].reduce((s, f) => s + statSync(path.join(dir, f)).size, 0);
    expect(bytes).toBeLessThanOrEqual(SPRITE_BUDGET_BYTES);
  });
});
