/**
 * Builds the three boundary points of view in geodata/basemap/pov/ (see lib/pov/config.ts for the files).
 *
 *   npm run build:pov -- --ne-dir <dir>      or      NE_DIR=<dir> npm run build:pov
 *
 * <dir> holds Natural Earth 4.0's 10m cultural GeoJSON: ne_10m_admin_0_disputed_areas.json and
 * ne_10m_admin_0_boundary_lines_land.json, as in the public GitHub repository
 * martynafford/natural-earth-geojson (CC0), folder 10m/cultural (the .7z archives there unpack with `7z x`).
 * Natural Earth is not committed; only this script's small clipped output is.
 *
 * Inputs and steps:
 * 1. world-atlas 2.0.2 countries-10m (Natural Earth 4.1, the basemap's source): India, Pakistan, China and
 *    the Siachen Glacier unit, clipped to the basemap's CLIP_BBOX.
 * 2. Natural Earth's disputed areas (table: ./areas-table.ts), snapped to world-atlas's quantization grid
 *    so that the edges both editions share coincide exactly, and the curated areas (./curated.ts). Each
 *    is cut out of the country that administers it (./partition.ts); what remains is that country's core.
 * 3. All pieces become one TopoJSON topology (topojson-server, 1e6 quantization), so neighbours share
 *    arcs; arcs are simplified like the basemap's (Douglas–Peucker, 0.0025°) and rounded to 3 decimals.
 * 4. From the topology: the non-core pieces (areas.geojson), the lines each view adds (lines.geojson,
 *    by topojson mesh, plus Pakistan's line from NJ9842 to the Karakoram Pass), and label anchors.
 * Output is deterministic; each file is checked against its schema and byte budget.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { featureCollection, lineOffset, lineString, multiPolygon, polygon, rewind } from "@turf/turf";
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { feature } from "topojson-client";
import { topology } from "topojson-server";
import type { GeometryCollection, Topology } from "topojson-specification";
import { CLIP_BBOX } from "../../../lib/basemap/config";
import { POV_DIR, POV_FILES, POV_SIZE_BUDGET_BYTES, POV_TOTAL_BUDGET_BYTES, type PovFile } from "../../../lib/pov/config";
import { PovUnitPropertiesSchema, type PovCountry, type PovUnitProperties } from "../../../lib/pov/schemas";
import { clipPolygons, simplifyTopology } from "../geometry";
import { UNITS, tableMismatch, type UnitSpec } from "./areas-table";
import { JUNAGADH, MANAVADAR, SIR_CREEK_BAND_KM } from "./curated";
import { cutPieces, km2, nodeVertices, parts, type Area } from "./partition";
import { labelFeatures, viewLines } from "./pov-outputs";
import type { UnitsTopology } from "../../../lib/pov/view-geometry";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SIMPLIFY_TOLERANCE_DEG = 0.0025;
const DECIMALS = 3;

function fail(message: string): never {
  throw new Error(`build-pov: ${message}`);
}

function neDir(): string {
  const i = process.argv.indexOf("--ne-dir");
  const dir = (i >= 0 ? process.argv[i + 1] : undefined) ?? process.env.NE_DIR;
  if (!dir) fail("give the folder of Natural Earth's 10m cultural GeoJSON with --ne-dir <dir> or NE_DIR=<dir>");
  return dir;
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

type NeFeature = Feature<Polygon | MultiPolygon, Record<string, string | null>>;

/** Snaps a position onto world-atlas's grid with the very arithmetic topojson-client decodes with. */
function snapper(t: { scale: [number, number]; translate: [number, number] }) {
  const [kx, ky] = t.scale;
  const [dx, dy] = t.translate;
  return ([x, y]: Position): Position => [Math.round((x! - dx) / kx) * kx + dx, Math.round((y! - dy) / ky) * ky + dy];
}

/** Drops a position equal to the one before it: snapping can make neighbours coincide. */
const dedupe = (ring: Position[]) => ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);

function snapArea(f: Area, snap: (p: Position) => Position): Area {
  const g = f.geometry;
  const rings = (rs: Position[][]) => rs.map((r) => dedupe(r.map(snap)));
  return g.type === "Polygon"
    ? { ...f, geometry: { type: "Polygon", coordinates: rings(g.coordinates) } }
    : { ...f, geometry: { type: "MultiPolygon", coordinates: g.coordinates.map(rings) } };
}

/** The band between Natural Earth's Sir Creek line and a copy of it SIR_CREEK_BAND_KM to the east. */
function sirCreekBand(neDirectory: string): Area {
  const lines = readJson(path.join(neDirectory, "ne_10m_admin_0_boundary_lines_land.json")) as { features: Feature<LineString | MultiLineString, Record<string, string>>[] };
  const creek = lines.features.find((f) => [f.properties.adm0_a3_l, f.properties.adm0_a3_r].sort().join() === "IND,PAK" && f.properties.type === "Water Indicator");
  if (!creek || creek.geometry.type !== "LineString") fail("no India–Pakistan “Water Indicator” line (Sir Creek) in the boundary lines");
  const line = lineString(creek.geometry.coordinates);
  const sides = [SIR_CREEK_BAND_KM, -SIR_CREEK_BAND_KM].map((d) => lineOffset(line, d, { units: "kilometers" }).geometry.coordinates);
  const meanLon = (c: Position[]) => c.reduce((s, p) => s + p[0]!, 0) / c.length;
  const east = sides.sort((a, b) => meanLon(b) - meanLon(a))[0]!;
  return polygon([[...line.geometry.coordinates, ...[...east].reverse(), line.geometry.coordinates[0]!]]);
}

function hostsFrom(wa: Topology) {
  const countries = feature(wa, wa.objects.countries as GeometryCollection<{ name: string }>).features as Feature<Polygon | MultiPolygon, { name: string }>[];
  const find = (match: (f: (typeof countries)[number]) => boolean, label: string) => {
    const f = countries.find(match) ?? fail(`world-atlas has no ${label}`);
    const polygons = clipPolygons(parts(f).map((p) => p.geometry.coordinates), CLIP_BBOX);
    return (polygons.length === 1 ? polygon(polygons[0]!) : multiPolygon(polygons)) as Area;
  };
  return {
    india: find((f) => f.id === "356", "India"),
    pakistan: find((f) => f.id === "586", "Pakistan"),
    china: find((f) => f.id === "156", "China"),
    siachen: find((f) => f.properties.name === "Siachen Glacier", "Siachen Glacier"),
  };
}

function unitProperties(spec: UnitSpec): PovUnitProperties {
  const { views } = spec;
  return PovUnitPropertiesSchema.parse({
    id: spec.id, name: spec.name, ne: spec.ne ?? "", note: spec.note, admin: spec.admin,
    country_international: views.international.country, country_india: views.india.country, country_pakistan: views.pakistan.country,
    style_international: views.international.style, style_india: views.india.style, style_pakistan: views.pakistan.style,
  });
}

/** Cuts every table area out of its administering country; returns all pieces with their properties. */
export function partitionUnits(wa: Topology, neDirectory: string): Feature<Polygon | MultiPolygon, PovUnitProperties>[] {
  const hosts = hostsFrom(wa);
  const snap = snapper(wa.transform ?? fail("world-atlas topology is not quantized"));
  const ne = (readJson(path.join(neDirectory, "ne_10m_admin_0_disputed_areas.json")) as { features: NeFeature[] }).features;
  const curated: Record<string, Area> = {
    junagadh: polygon([JUNAGADH.ring]),
    manavadar: polygon([MANAVADAR.ring]),
    "sir-creek": sirCreekBand(neDirectory),
  };
  const cutter = (spec: UnitSpec): Area => {
    if (!spec.ne) return curated[spec.id] ?? fail(`no geometry for ${spec.id}`);
    const f = ne.find((n) => n.properties.BRK_A3 === spec.ne) ?? fail(`Natural Earth has no disputed area ${spec.ne} (${spec.name})`);
    const wrong = tableMismatch(spec, { NOTE_BRK: f.properties.NOTE_BRK ?? null, ADMIN: f.properties.ADMIN ?? "" });
    if (wrong) fail(`${spec.ne} ${spec.name}: ${wrong}`);
    return snapArea(f, snap);
  };
  const out: Feature<Polygon | MultiPolygon, PovUnitProperties>[] = [];
  const cores = UNITS.filter((u) => u.ne === null && ["india", "pakistan", "china"].includes(u.id));
  for (const core of cores) {
    const host = hosts[core.id as PovCountry];
    const specs = UNITS.filter((u) => u.admin === core.id && u !== core && u.id !== "siachen");
    const { core: rest, pieces, slivers } = cutPieces(host, specs.map((s) => ({ id: s.id, area: cutter(s) })));
    if (!rest) fail(`nothing left of ${core.id}`);
    console.log(`${core.id}: ${specs.length} pieces cut out, ${slivers} slivers merged into them; core ${km2(rest).toFixed(0)} km²`);
    out.push({ ...rest, properties: unitProperties(core) });
    for (const s of specs) out.push({ ...pieces.get(s.id)!, properties: unitProperties(s) });
  }
  // Natural Earth's Siachen area (B45) is the world-atlas "Siachen Glacier" unit itself: used whole.
  const siachen = UNITS.find((u) => u.id === "siachen")!;
  const neSiachen = km2(cutter(siachen));
  if (Math.abs(km2(hosts.siachen) - neSiachen) / neSiachen > 0.02) fail("world-atlas's Siachen unit differs from Natural Earth's B45 by over 2%");
  out.push({ ...hosts.siachen, properties: unitProperties(siachen) });
  return out;
}

/** Islets under SPECK_KM2 collapse to a line at 3 decimals, so they are left out (the basemap draws them). */
const SPECK_KM2 = 0.05;
function withoutSpecks<F extends Area>(f: F): F {
  const kept = parts(f).filter((p) => km2(p) >= SPECK_KM2);
  if (kept.length === 0) fail(`${String(f.properties?.id)} is only specks`);
  return { ...f, geometry: kept.length === 1 ? kept[0]!.geometry : multiPolygon(kept.map((p) => p.geometry.coordinates)).geometry };
}

/** One topology of all pieces, simplified and rounded like the basemap. */
export function buildTopology(units: Feature<Polygon | MultiPolygon, PovUnitProperties>[]): UnitsTopology {
  // One winding for all (RFC 7946: outer rings anticlockwise); topojson's merge assumes it is consistent.
  const wound = units.map((u) => rewind(withoutSpecks(u)) as typeof u);
  const raw = topology({ units: featureCollection(nodeVertices(wound)) }, 1e6);
  const simple = simplifyTopology(raw, SIMPLIFY_TOLERANCE_DEG);
  const k = 10 ** DECIMALS;
  const arcs = simple.arcs.map((arc) => {
    const out: Position[] = [];
    for (const [x, y] of arc as Position[]) {
      const p = [Math.round(x! * k) / k, Math.round(y! * k) / k];
      const last = out.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
    }
    return out.length >= 2 ? out : [out[0]!, out[0]!];
  });
  return { type: "Topology", objects: simple.objects, arcs } as UnitsTopology;
}

function serialize(collection: { features: unknown[] }): string {
  return `{"type":"FeatureCollection","features":[\n${collection.features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}

function main() {
  const wa = readJson(path.join(ROOT, "node_modules/world-atlas/countries-10m.json")) as Topology;
  const directory = neDir();
  const topo = buildTopology(partitionUnits(wa, directory));
  const areas = (feature(topo, topo.objects.units).features as Feature<Polygon | MultiPolygon, PovUnitProperties>[])
    .filter((f) => !["india", "pakistan", "china"].includes(f.properties.id));
  const boundaries = readJson(path.join(ROOT, "geodata/boundaries.geojson")) as { features: Feature<{ type: "LineString"; coordinates: Position[] }, { kind: string }>[] };
  const outputs: Record<PovFile, string> = {
    topology: `${JSON.stringify(topo)}\n`,
    areas: serialize({ features: areas }),
    lines: serialize(viewLines(topo, boundaries.features)),
    labels: serialize(labelFeatures()),
  };
  const dir = path.join(ROOT, POV_DIR);
  mkdirSync(dir, { recursive: true });
  let total = 0;
  for (const key of Object.keys(outputs) as PovFile[]) {
    const file = path.join(dir, POV_FILES[key]);
    writeFileSync(file, outputs[key]);
    const size = statSync(file).size;
    total += size;
    console.log(`${path.relative(ROOT, file)}: ${size} bytes (budget ${POV_SIZE_BUDGET_BYTES[key]})`);
    if (size > POV_SIZE_BUDGET_BYTES[key]) fail(`${POV_FILES[key]} is over its budget`);
  }
  console.log(`total: ${total} bytes (budget ${POV_TOTAL_BUDGET_BYTES})`);
  if (total > POV_TOTAL_BUDGET_BYTES) fail("the points of view are over their total budget");
}

// Run when executed as a script, not when imported (the data test and debugging import the steps).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
