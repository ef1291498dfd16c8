// Builds geodata/boundaries.geojson from world-atlas: npx tsx scripts/build-boundaries.ts
//
// The India–Pakistan edge of Natural Earth's 1:10m admin-0 countries is the de facto line (see
// /work/shared/notes/recipes.md §5): from the Siachen tripoint near NJ9842 along the Line of Control,
// the Jammu–Sialkot Working Boundary and the international border to Sir Creek. Natural Earth's country
// polygons carry no node where one section ends and the next begins, so this script cuts the line at the
// two documented points below. Output is deterministic: same input, same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distance, length, lineString } from "@turf/turf";
import { mesh } from "topojson-client";
import type { GeometryObject, Objects, Topology } from "topojson-specification";
import { BoundaryCollectionSchema, type BoundaryFeature, type BoundaryKind } from "../lib/schemas/boundary";
import type { Position } from "../lib/schemas/geometry";
import { nearestVertexIndex, orderNorthToSouth, splitAtVertex } from "../lib/geo/split-line";

/** world-atlas countries: each has an ISO numeric `id` (Siachen has none) and a `name`. */
type CountriesTopology = Topology<Objects<{ name: string }>>;

const ROOT = path.resolve(import.meta.dirname, "..");
const TOPOLOGY_FILE = path.join(ROOT, "node_modules/world-atlas/countries-10m.json");
const OUTPUT_FILE = path.join(ROOT, "geodata/boundaries.geojson");

const INDIA = "356";
const PAKISTAN = "586";
/** 4 decimals ≈ 11 m, far finer than the 1:10m source, so rounding adds no visible error. */
const DECIMALS = 4;
/** A cut constant must snap to a vertex this close, else the source line has moved and the cut needs review. */
const MAX_SNAP_KM = 5;

/**
 * Southern end of the Line of Control, where the Working Boundary begins: approximate point (lon, lat)
 * snapped to the nearest 1:10m vertex.
 *
 * The 1949 ceasefire line "runs from Manawar in the south" (Karachi Agreement, para B.2,
 * http://www.kashmirnewsline.com/karachi-agreement-1949/); after 1971, with Chhamb held by Pakistan, the line
 * there runs along the Manawar Tawi down to the old Jammu–Punjab boundary (general background, not from
 * that page). On the 1:10m line that is the corner south-west of Chhamb where the north–south run along
 * the Manawar Tawi turns east along the old boundary (vertex at 74.3065, 32.8096). East of it, the stretch to the Chenab (Khour/Pallanwala) is called the International
 * Border on the Indian side even though the Army, not the BSF, guards it: a 2022 report places an arrest
 * "near the International Border in Khour" in Akhnoor sector
 * (https://www.republicworld.com/india-news/general-news/pakistan-national-arrested-near-international-border-in-jammu-and-kashmirs-khour-articleshow.html).
 * The BSF's "ends at Chicken's Neck ... where the LoC begins" (below) describes where BSF guarding stops,
 * about 30 km further east; we follow the Manawar Tawi reading. Uncertain by a few km either way.
 */
const LOC_SOUTH_END: Position = [74.31, 32.81];

/**
 * Eastern end of the Working Boundary, where the India–Pakistan international border (Punjab) begins:
 * the tip of the Shakargarh salient, where the Ujh meets the Ravi and the Jammu/Kathua–Punjab line reaches
 * Pakistan. On the 1:10m line it is the easternmost vertex between 31.9° and 32.6°N (75.3578, 32.2625).
 * The BSF describes the 198 km Jammu stretch ("called International Border in India but known as
 * 'Working Boundary' in Pakistan") as starting "at Paharpur in Kathua district", on the Ravi at this tip
 * (https://deccanchronicle.com/nation/in-other-news/bsf-chief-inspects-jammu-sialkot-border-security-1818293).
 */
const WORKING_BOUNDARY_EAST_END: Position = [75.36, 32.26];

const SOURCE =
  "Natural Earth 4.1.0 admin-0 countries, 1:10m, via world-atlas 2.0.2 (countries-10m.json): the shared " +
  "India (356)–Pakistan (586) edge, meshed with topojson-client, ordered north→south and cut by " +
  "scripts/build-boundaries.ts";
const GENERALISATION =
  "Natural Earth 1:10m generalisation (vertices mostly 3–9 km apart): roughly 1–2 km off the line on the " +
  "ground, up to about 5 km where it cuts across bends; not survey-grade.";

interface Section {
  id: string;
  kind: BoundaryKind;
  name: string;
  accuracy: string;
}

const SECTIONS: readonly [Section, Section, Section] = [
  {
    id: "in-pk-loc",
    kind: "loc",
    name: "Line of Control",
    accuracy:
      `${GENERALISATION} Its southern end near Chhamb is an approximate cut, good to a few km. It starts at ` +
      "the Siachen tripoint near NJ9842: the line north of NJ9842 (Siachen Glacier, Actual Ground Position " +
      "Line) is not included.",
  },
  {
    id: "in-pk-working-boundary",
    kind: "working_boundary",
    name: "Working Boundary",
    accuracy:
      `${GENERALISATION} Both ends (near Chhamb on the Manawar Tawi, and the Ujh–Ravi junction at the ` +
      "Shakargarh salient) are approximate cuts, good to a few km.",
  },
  {
    id: "in-pk-international-border",
    kind: "international_border",
    name: "India–Pakistan international border",
    accuracy:
      `${GENERALISATION} Its northern end at the Ujh–Ravi junction is an approximate cut, good to a few km; ` +
      "it ends on the coast at Sir Creek, whose line is itself disputed.",
  },
];

function round(value: number): number {
  const k = 10 ** DECIMALS;
  return Math.round(value * k) / k;
}

/** Rounds every position and drops a vertex that rounds onto its predecessor. */
function roundLine(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon, lat] of line) {
    const p: Position = [round(lon), round(lat)];
    const prev = out.at(-1);
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

function fail(message: string): never {
  throw new Error(`build-boundaries: ${message}`);
}

function sharedLine(topology: CountriesTopology): Position[] {
  const countries = topology.objects.countries ?? fail("countries object missing from topology");
  const isPair = (a: GeometryObject, b: GeometryObject) =>
    (a.id === INDIA && b.id === PAKISTAN) || (a.id === PAKISTAN && b.id === INDIA);
  const { coordinates } = mesh(topology, countries, (a, b) => a !== b && isPair(a, b));
  if (coordinates.length !== 1) fail(`expected one India–Pakistan line, got ${coordinates.length} parts`);
  return orderNorthToSouth(coordinates[0]!.map(([lon, lat]) => [lon!, lat!] as Position));
}

/** Index of the vertex nearest `point`, refusing a snap further than MAX_SNAP_KM. */
function cutIndex(line: readonly Position[], point: Position, label: string): number {
  const index = nearestVertexIndex(line, point);
  const km = distance(line[index]!, point, { units: "kilometers" });
  if (km > MAX_SNAP_KM) fail(`${label}: nearest vertex is ${km.toFixed(1)} km from ${point.join(", ")}`);
  return index;
}

function build(topology: CountriesTopology) {
  const line = roundLine(sharedLine(topology));
  const locEnd = cutIndex(line, LOC_SOUTH_END, "LOC_SOUTH_END");
  const wbEnd = cutIndex(line, WORKING_BOUNDARY_EAST_END, "WORKING_BOUNDARY_EAST_END");
  if (!(locEnd < wbEnd)) fail(`cuts out of order: LoC end #${locEnd}, Working Boundary end #${wbEnd}`);
  const { head: loc, tail: rest } = splitAtVertex(line, locEnd);
  const { head: wb, tail: ib } = splitAtVertex(rest, wbEnd - locEnd);
  const pieces = [loc, wb, ib];
  const features: BoundaryFeature[] = SECTIONS.map(({ id, kind, name, accuracy }, i) => ({
    type: "Feature",
    geometry: { type: "LineString", coordinates: pieces[i]! },
    properties: { id, kind, name, source: SOURCE, accuracy },
  }));
  return BoundaryCollectionSchema.parse({ type: "FeatureCollection", features });
}

/** Two-space JSON with each position kept on one line, so a diff shows which vertices moved. */
function format(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, "[$1, $2]")}\n`;
}

const topology = JSON.parse(readFileSync(TOPOLOGY_FILE, "utf8")) as CountriesTopology;
const collection = build(topology);
writeFileSync(OUTPUT_FILE, format(collection));
for (const { properties, geometry } of collection.features) {
  const coords = geometry.coordinates as Position[];
  const km = length(lineString(coords), { units: "kilometers" });
  console.log(
    `${properties.kind.padEnd(20)} ${String(coords.length).padStart(4)} vertices ${km.toFixed(0).padStart(5)} km  ` +
      `${coords[0]!.join(", ")} → ${coords.at(-1)!.join(", ")}`,
  );
}
console.log(`wrote ${path.relative(ROOT, OUTPUT_FILE)}`);
