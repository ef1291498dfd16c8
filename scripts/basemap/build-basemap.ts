/**
 * Builds the offline basemap in geodata/basemap/
 * (run: `NATURAL_EARTH_DIR=<folder> npm run build:basemap`, or `npm run build:basemap -- --natural-earth <folder>`).
 *
 * Inputs, all offline:
 * - world-atlas 2.0.2 (`countries-10m.json`, `land-10m.json`): Natural Earth 4.1.0 admin-0 countries and
 *   land at 1:10m, public domain. The India–Pakistan line in it is the de facto one (Line of Control and
 *   Working Boundary), and the "Siachen Glacier" unit has no ISO code; it is kept as its own feature with
 *   `iso_n3: null`.
 * - scripts/basemap/cities.ts: city positions, each with the page it was read from.
 * - Natural Earth 4.0 (public domain) rivers and lake centrelines, lakes, disputed areas and admin-1 label
 *   points, read from a local folder (scripts/basemap/natural-earth.ts says where to get them): see
 *   water.ts, disputed.ts and provinces.ts for how each is fitted to world-atlas's 4.1 geometry.
 * - place-labels.ts (country and region names) and sprite.ts (city markers, hatching), written here.
 * - geodata/boundaries.geojson (scripts/build-boundaries.ts): smoothed copies of its lines, and of the
 *   named rivers, for their names to follow (label-lines.ts). Rebuild the basemap when it changes.
 *
 * Steps, in this order:
 * 1. Simplify every TopoJSON arc with Douglas–Peucker at SIMPLIFY_TOLERANCE_DEG (0.0025°, about 250 m,
 *    under one pixel up to zoom 8; the 10m source itself sits on a 0.0036° × 0.0017° grid). Shared
 *    borders are simplified once, so neighbours still meet exactly. 0.005° would save 60 KB, 0.001° cost 60 KB.
 * 2. Clip polygons to CLIP_BBOX (lib/basemap/config.ts: lon 55–90, lat 18–42). Clipped polygons get edges
 *    along the box sides; they lie outside FOCUS_BBOX.
 * 3. Round to COORD_DECIMALS (3), drop repeated positions and rings left with under 4 positions.
 * 4. Wind rings as RFC 7946 asks, validate every file with lib/basemap/schemas.ts, check the byte budgets.
 *
 * Output is deterministic: features are sorted, keys are written in a fixed order and nothing depends on
 * time or locale, so two runs give the same bytes. One feature per line keeps diffs readable.
 */
import { readFileSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import type { Topology } from "topojson-specification";
import type { z } from "zod";
import {
  BASEMAP_DIR,
  BASEMAP_FILES,
  CLIP_BBOX,
  COORD_DECIMALS,
  SIZE_BUDGET_BYTES,
  SPRITE_BUDGET_BYTES,
  SPRITE_NAME,
  TOTAL_SIZE_BUDGET_BYTES,
  type BasemapFile,
} from "../../lib/basemap/config";
import {
  CityCollectionSchema,
  CountryCollectionSchema,
  LandCollectionSchema,
  type CityCollection,
  type CountryCollection,
  type CountryFeature,
  type LandCollection,
  type Tint,
} from "../../lib/basemap/schemas";
import { LabelLineCollectionSchema, LakeCollectionSchema, RiverCollectionSchema } from "../../lib/basemap/physical-schemas";
import { BoundaryCollectionSchema } from "../../lib/schemas/boundary";
import { buildLabelLines } from "./label-lines";
import { DisputedAreaCollectionSchema, PlaceLabelCollectionSchema, ProvinceCollectionSchema } from "../../lib/basemap/political-schemas";
import { CITY_SOURCES } from "./cities";
import { buildDisputedAreas } from "./disputed";
import { naturalEarthDir, readNaturalEarth } from "./natural-earth";
import { buildPlaceLabels } from "./place-labels";
import { buildProvinces } from "./provinces";
import { buildSprite } from "./sprite";
import { buildLakes, buildRivers } from "./water";
import { clipPolygons, roundPolygons, simplifyTopology, toAreaGeometry, topologyUnits, type Polygons } from "./geometry";

/** Douglas–Peucker tolerance in degrees, applied to TopoJSON arcs before clipping and rounding. */
const SIMPLIFY_TOLERANCE_DEG = 0.0025;

const ROOT = path.resolve(import.meta.dirname, "../..");

function readTopology(file: string): Topology {
  return JSON.parse(readFileSync(path.join(ROOT, "node_modules/world-atlas", file), "utf8")) as Topology;
}

function areaPolygons(polygons: Polygons): Polygons {
  return roundPolygons(clipPolygons(polygons, CLIP_BBOX), COORD_DECIMALS);
}

/** The parties each get their own tint; the Siachen unit, held by neither in Natural Earth, its own. */
function tintOf(iso: string | null): Tint {
  if (iso === "356") return "india";
  if (iso === "586") return "pakistan";
  return iso === null ? "contested" : "other";
}

function buildCountries(topology: Topology): CountryCollection {
  const features: CountryFeature[] = [];
  for (const unit of topologyUnits(simplifyTopology(topology, SIMPLIFY_TOLERANCE_DEG), "countries")) {
    const polygons = areaPolygons(unit.polygons);
    if (polygons.length === 0) continue;
    if (!unit.name) throw new Error(`country unit ${String(unit.id)} has no name`);
    const iso = unit.id === undefined ? null : String(unit.id);
    features.push({ type: "Feature", properties: { name: unit.name, iso_n3: iso, tint: tintOf(iso) }, geometry: toAreaGeometry(polygons) });
  }
  features.sort((a, b) => (a.properties.name < b.properties.name ? -1 : a.properties.name > b.properties.name ? 1 : 0));
  return { type: "FeatureCollection", features };
}

function buildLand(topology: Topology): LandCollection {
  const units = topologyUnits(simplifyTopology(topology, SIMPLIFY_TOLERANCE_DEG), "land");
  const polygons = areaPolygons(units.flatMap((u) => u.polygons));
  return { type: "FeatureCollection", features: [{ type: "Feature", properties: {}, geometry: toAreaGeometry(polygons) }] };
}

function buildCities(): CityCollection {
  const scale = 10 ** COORD_DECIMALS;
  const round = (v: number) => Math.round(v * scale) / scale;
  const features = [...CITY_SOURCES]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((c) => ({
      type: "Feature" as const,
      properties: { name: c.name, country: c.country, rank: c.rank, source: c.source },
      geometry: { type: "Point" as const, coordinates: [round(c.lon), round(c.lat)] as [number, number] },
    }));
  return { type: "FeatureCollection", features };
}

/** Compact JSON with one feature per line, so a change to one country or city is a one-line diff. */
function serialize(collection: { type: string; features: unknown[] }): string {
  const lines = collection.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(",\n")}\n]}\n`;
}

function validated<T>(schema: z.ZodType<T>, name: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`${name} does not validate:\n${issues.join("\n")}`);
  }
  return result.data;
}

function main() {
  const ne = naturalEarthDir(process.argv, process.env);
  const countries = validated(CountryCollectionSchema, "countries", buildCountries(readTopology("countries-10m.json")));
  const land = validated(LandCollectionSchema, "land", buildLand(readTopology("land-10m.json")));
  const landArea = land.features[0]!.geometry;
  const rivers = validated(RiverCollectionSchema, "rivers", buildRivers(readNaturalEarth(ne, "rivers"), landArea));
  const boundaries = BoundaryCollectionSchema.parse(JSON.parse(readFileSync(path.join(ROOT, "geodata/boundaries.geojson"), "utf8")));
  const outputs: Record<BasemapFile, string> = {
    countries: serialize(countries),
    land: serialize(land),
    cities: serialize(validated(CityCollectionSchema, "cities", buildCities())),
    rivers: serialize(rivers),
    lakes: serialize(validated(LakeCollectionSchema, "lakes", buildLakes(readNaturalEarth(ne, "lakes"), landArea))),
    disputed: serialize(validated(DisputedAreaCollectionSchema, "disputed", buildDisputedAreas(readNaturalEarth(ne, "disputed"), countries))),
    provinces: serialize(validated(ProvinceCollectionSchema, "provinces", buildProvinces(readNaturalEarth(ne, "admin1Labels")))),
    labels: serialize(validated(PlaceLabelCollectionSchema, "labels", buildPlaceLabels())),
    labelLines: serialize(validated(LabelLineCollectionSchema, "labelLines", buildLabelLines(boundaries, rivers))),
  };
  const dir = path.join(ROOT, BASEMAP_DIR);
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (const key of Object.keys(outputs) as BasemapFile[]) {
    const file = path.join(dir, BASEMAP_FILES[key]);
    writeFileSync(file, outputs[key]);
    const size = statSync(file).size;
    total += size;
    console.log(`${path.relative(ROOT, file)}: ${size} bytes (budget ${SIZE_BUDGET_BYTES[key]})`);
    if (size > SIZE_BUDGET_BYTES[key]) throw new Error(`${BASEMAP_FILES[key]} is over its budget`);
  }
  console.log(`total: ${total} bytes (budget ${TOTAL_SIZE_BUDGET_BYTES})`);
  if (total > TOTAL_SIZE_BUDGET_BYTES) throw new Error("basemap is over its total budget");
  let spriteBytes = 0;
  for (const scale of [1, 2] as const) {
    const { png, json } = buildSprite(scale);
    const base = path.join(dir, `${SPRITE_NAME}${scale === 2 ? "@2x" : ""}`);
    writeFileSync(`${base}.png`, png);
    writeFileSync(`${base}.json`, json);
    spriteBytes += png.length + Buffer.byteLength(json);
  }
  console.log(`sprite: ${spriteBytes} bytes (budget ${SPRITE_BUDGET_BYTES})`);
  if (spriteBytes > SPRITE_BUDGET_BYTES) throw new Error("sprite is over its budget");
}

main();
