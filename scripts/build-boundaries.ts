// Builds geodata/boundaries.geojson from world-atlas: npx tsx scripts/build-boundaries.ts (npm run build:boundaries)
//
// The India–Pakistan edge of Natural Earth's 1:10m admin-0 countries is the de facto line: from the
// tripoint with the "Siachen Glacier" unit, a few km north-east of NJ9842, along the Line of Control, the
// Jammu–Sialkot Working Boundary and the international border to Sir Creek. Natural Earth carries no node
// where one section ends and the next begins, so this script cuts the line at cited points
// (lib/geo/reference-points.ts) and adds the Actual Ground Position Line north of NJ9842 as a line of its
// own kind. Output is deterministic: same input, same bytes.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { distance, length, lineString } from "@turf/turf";
import { mesh } from "topojson-client";
import type { GeometryObject, Objects, Topology } from "topojson-specification";
import { BoundaryCollectionSchema, type BoundaryFeature, type BoundaryKind } from "../lib/schemas/boundary";
import type { Position } from "../lib/schemas/geometry";
import { nearestVertexIndex, orderNorthToSouth, splitAtNearestPoint, splitAtVertex } from "../lib/geo/split-line";
import { LOC_SOUTH_END, NJ9842 } from "../lib/geo/reference-points";

/** world-atlas countries: each has an ISO numeric `id` (Siachen has none) and a `name`. */
type CountriesTopology = Topology<Objects<{ name: string }>>;

const ROOT = path.resolve(import.meta.dirname, "..");
const TOPOLOGY_FILE = path.join(ROOT, "node_modules/world-atlas/countries-10m.json");
const OUTPUT_FILE = path.join(ROOT, "geodata/boundaries.geojson");

const INDIA = "356";
const PAKISTAN = "586";
const SIACHEN = "Siachen Glacier";
/** 4 decimals ≈ 11 m, far finer than the 1:10m source, so rounding adds no visible error. */
const DECIMALS = 4;
/** A cut must fall this close to its cited point, else the source line has moved and the cut needs review. */
const MAX_CUT_KM = 5;

/**
 * Eastern end of the Working Boundary, where the India–Pakistan international border (Punjab) begins:
 * the tip of the Shakargarh salient, where the Jammu/Kathua–Punjab line reaches Pakistan. On the 1:10m
 * line it is the easternmost vertex between 31.9° and 32.6°N (75.3578, 32.2625). The BSF describes the
 * Jammu stretch ("called International Border in India but known as 'Working Boundary' in Pakistan") as
 * starting "at Paharpur in Kathua district", on the Ravi at this tip
 * (https://deccanchronicle.com/nation/in-other-news/bsf-chief-inspects-jammu-sialkot-border-security-1818293).
 */
const WORKING_BOUNDARY_EAST_END: Position = [75.36, 32.26];

const SOURCE =
  "Natural Earth 4.1.0 admin-0 countries, 1:10m, via world-atlas 2.0.2 (countries-10m.json): the shared " +
  "edges of India (356), Pakistan (586) and the Siachen Glacier unit, meshed with topojson-client and cut by " +
  "scripts/build-boundaries.ts";
const GENERALISATION =
  "Natural Earth 1:10m generalisation (vertices mostly 3–9 km apart): roughly 1–2 km off the line on the " +
  "ground, up to about 5 km where it cuts across bends; not survey-grade.";
const JAMMU_USAGE =
  "India calls this stretch the International Border (IB) and the BSF guards it as such; Pakistan calls it " +
  "the Working Boundary. Some Indian reports also use “International Border” west of the Chenab (Khour, " +
  "Pallanwala) and at Pargwal on the Chenab, which this file, following the MEA's “LoC … starting from Sangam” " +
  "and the BSF's “ends at Chicken's Neck … where the LoC begins”, draws as Line of Control.";

type Section = Omit<BoundaryFeature["properties"], "kind"> & { kind: BoundaryKind };

const SECTIONS: Record<BoundaryKind, Section> = {
  agpl: {
    id: "in-pk-agpl",
    kind: "agpl",
    name: "Actual Ground Position Line (Siachen)",
    name_india: "Actual Ground Position Line",
    name_pakistan: "Actual Ground Position Line (Siachen)",
    usage:
      "Not an agreed line: the 1972 delineation stops at NJ9842. India holds the Saltoro ridge and the glacier " +
      "since 1984; Pakistan's official map draws its line from NJ9842 to the Karakoram Pass instead.",
    source: SOURCE,
    accuracy:
      `From NJ9842 (${NJ9842.source}) along the 1:10m India–Pakistan line to the Siachen tripoint, then the ` +
      "3-vertex Pakistan–Siachen edge to the China tripoint near Indira Col: schematic, the Saltoro ridge may " +
      "lie up to about 10 km from it.",
  },
  loc: {
    id: "in-pk-loc",
    kind: "loc",
    name: "Line of Control",
    name_india: "Line of Control",
    name_pakistan: "Line of Control",
    usage: "",
    source: SOURCE,
    accuracy:
      `${GENERALISATION} It ends in the north at the point of the line nearest NJ9842 (within 2 km of it) and ` +
      `in the south at the apex of the Chicken's Neck on the Chenab near Akhnoor (${LOC_SOUTH_END.source}); ` +
      "that southern end is good to about 5 km. Near Chhamb Natural Earth still follows the pre-1971 line: Chhamb " +
      "(32.837°N 74.386°E, https://en.wikipedia.org/wiki/Chhamb), held by Pakistan since 1971, falls on India's side, " +
      "so the line there is up to about 8 km off.",
  },
  working_boundary: {
    id: "in-pk-working-boundary",
    kind: "working_boundary",
    name: "Working Boundary",
    name_india: "International Border",
    name_pakistan: "Working Boundary",
    usage: JAMMU_USAGE,
    source: SOURCE,
    accuracy:
      `${GENERALISATION} Both ends (the Chicken's Neck on the Chenab, and the tip of the Shakargarh salient on ` +
      "the Ravi) are approximate cuts, good to about 5 km.",
  },
  international_border: {
    id: "in-pk-international-border",
    kind: "international_border",
    name: "India–Pakistan international border",
    name_india: "International Border",
    name_pakistan: "International Border",
    usage: "",
    source: SOURCE,
    accuracy:
      `${GENERALISATION} Its northern end at the Shakargarh salient is an approximate cut, good to a few km; ` +
      "it ends on the coast at Sir Creek, whose line is itself disputed.",
  },
};

const round = (value: number) => Math.round(value * 10 ** DECIMALS) / 10 ** DECIMALS;

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

/** The one line two units share, as positions. */
function edge(topology: CountriesTopology, isA: (g: GeometryObject) => boolean, isB: (g: GeometryObject) => boolean, label: string) {
  const countries = topology.objects.countries ?? fail("countries object missing from topology");
  const { coordinates } = mesh(topology, countries, (a, b) => a !== b && ((isA(a) && isB(b)) || (isA(b) && isB(a))));
  if (coordinates.length !== 1) fail(`expected one ${label} line, got ${coordinates.length} parts`);
  return roundLine(coordinates[0]!.map(([lon, lat]) => [lon!, lat!] as Position));
}

/**
 * The apex of the Chicken's Neck: of the vertices within MAX_CUT_KM of the cited point, the northernmost.
 * The dagger points north at Akhnoor, so its apex is where the line turns from the Chenab's west bank
 * (Line of Control) to the dagger's east side (Working Boundary).
 */
function apexNear(line: readonly Position[], point: Position): number {
  let best = -1;
  line.forEach((p, i) => {
    if (distance(p, point, { units: "kilometers" }) <= MAX_CUT_KM && (best < 0 || p[1] > line[best]![1])) best = i;
  });
  if (best < 0) fail(`LoC south end: no vertex within ${MAX_CUT_KM} km of ${point.join(", ")}`);
  return best;
}

const byId = (id: string) => (g: GeometryObject) => g.id === id;
const byName = (name: string) => (g: GeometryObject) => (g.properties as { name?: string } | undefined)?.name === name;

function build(topology: CountriesTopology) {
  const line = orderNorthToSouth(edge(topology, byId(INDIA), byId(PAKISTAN), "India–Pakistan"));
  const siachen = edge(topology, byId(PAKISTAN), byName(SIACHEN), "Pakistan–Siachen");
  const tripoint = line[0]!;
  const saltoro = siachen[0]![0] === tripoint[0] && siachen[0]![1] === tripoint[1] ? siachen : [...siachen].reverse();
  if (saltoro[0]!.join() !== tripoint.join()) fail("the Pakistan–Siachen edge does not start at the India–Pakistan line's end");

  const north = splitAtNearestPoint(line, NJ9842.position, round);
  if (north.km > MAX_CUT_KM) fail(`NJ9842: the line passes ${north.km.toFixed(1)} km from it`);
  const agpl = [...[...north.head].reverse(), ...saltoro.slice(1)];
  const rest = north.tail;
  const southCut = apexNear(rest, LOC_SOUTH_END.position);
  const { head: loc, tail: jammuAndSouth } = splitAtVertex(rest, southCut);
  const eastCut = nearestVertexIndex(jammuAndSouth, WORKING_BOUNDARY_EAST_END);
  if (distance(jammuAndSouth[eastCut]!, WORKING_BOUNDARY_EAST_END, { units: "kilometers" }) > MAX_CUT_KM)
    fail("WORKING_BOUNDARY_EAST_END is no longer near a vertex");
  const { head: wb, tail: ib } = splitAtVertex(jammuAndSouth, eastCut);
  const pieces: Record<BoundaryKind, Position[]> = { agpl, loc, working_boundary: wb, international_border: ib };
  const features: BoundaryFeature[] = (Object.keys(SECTIONS) as BoundaryKind[]).map((kind) => ({
    type: "Feature",
    geometry: { type: "LineString", coordinates: pieces[kind] },
    properties: SECTIONS[kind],
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
const locStart = (collection.features[1]!.geometry.coordinates as Position[])[0]!;
console.log(`LoC starts ${distance(locStart, NJ9842.position, { units: "kilometers" }).toFixed(2)} km from NJ9842 (${NJ9842.position.map((v) => v.toFixed(4)).join(", ")})`);
console.log(`wrote ${path.relative(ROOT, OUTPUT_FILE)}`);
