import { distance, nearestPointOnLine, lineString } from "@turf/turf";
import type { Feature, LineString, MultiLineString, Point, Position } from "geojson";
import { mesh } from "topojson-client";
import type { GeometryObject } from "topojson-specification";
import { KARAKORAM_PASS, NJ9842 } from "../../../lib/geo/reference-points";
import { POVS } from "../../../lib/pov/pov";
import {
  PovLabelPropertiesSchema,
  PovLinePropertiesSchema,
  type PovLabelProperties,
  type PovLineKind,
  type PovLineProperties,
  type PovUnitProperties,
} from "../../../lib/pov/schemas";
import { viewLineGeometry, type UnitsTopology } from "../../../lib/pov/view-geometry";
import { LABELS } from "./areas-table";
import { PAKISTAN_LOC, SIR_CREEK } from "./curated";

const NE = "Natural Earth 4.0 disputed areas and 4.1 countries (1:10m), partitioned by scripts/basemap/pov/build-pov.ts";
const GENERALISED = "Natural Earth 1:10m generalisation, simplified at 0.0025°: about 1–2 km off the ground, up to 5 km at bends.";

const LINE_TEXT: Record<PovLineKind, { name: string; accuracy: string; source: string }> = {
  claim: { name: "", accuracy: GENERALISED, source: NE },
  india_claim: { name: "", accuracy: GENERALISED, source: `${NE}; India's depiction per the Survey of India maps of 2 November 2019` },
  pakistan_claim: {
    name: "",
    accuracy: `${GENERALISED} Around Junagadh, Manavadar and Sir Creek: see their own accuracy (curated, 10–15 km; Sir Creek schematic). ${SIR_CREEK.accuracy}`,
    source: `${NE}; Pakistan's political map of 4 August 2020`,
  },
  pakistan_loc: {
    name: "Line of Control as drawn by Pakistan (NJ9842–Karakoram Pass)",
    accuracy: "",
    source: PAKISTAN_LOC.source,
  },
  frontier_undefined: {
    name: "Frontier undefined",
    accuracy: `${GENERALISED} Drawn along the de facto line between Indian- and Chinese-held Ladakh, where Pakistan's map marks the frontier “undefined” without drawing it.`,
    source: `${NE}; Pakistan's political map of 4 August 2020 (https://iasscore.in/current-affairs/mains/pakistans-new-political-map)`,
  },
  region: { name: "", accuracy: GENERALISED, source: `${NE}; Pakistan's map draws Gilgit-Baltistan's boundary distinctly` },
};

const round3 = (p: Position): Position => [Math.round(p[0]! * 1000) / 1000, Math.round(p[1]! * 1000) / 1000];

/**
 * Pakistan's line of control north of NJ9842: the de facto line from the cut at NJ9842 to the Siachen
 * tripoint (Natural Earth's LoC there), then the Siachen unit's edge with Indian-held Ladakh, which Natural
 * Earth draws from that tripoint towards the Karakoram Pass, then the pass itself.
 */
function pakistanLoc(topo: UnitsTopology, agpl: Position[]): LineString {
  const edge = mesh(topo, topo.objects.units, (a: GeometryObject, b: GeometryObject) => {
    const ids = [(a.properties as PovUnitProperties).id, (b.properties as PovUnitProperties).id].sort().join();
    return ids === "jammu-kashmir-ladakh,siachen";
  }).coordinates;
  if (edge.length !== 1) throw new Error(`expected one Siachen–Ladakh edge, got ${edge.length}`);
  let ladakh = edge[0]!;
  if (distance(ladakh[0]!, NJ9842.position) > distance(ladakh.at(-1)!, NJ9842.position)) ladakh = [...ladakh].reverse();
  // The AGPL runs from NJ9842 through the Siachen tripoint; keep it up to the point nearest the edge's start.
  const upTo = nearestPointOnLine(lineString(agpl), ladakh[0]!).properties.segmentIndex;
  const coords = [...agpl.slice(0, upTo + 1), ...ladakh, KARAKORAM_PASS.position].map(round3);
  return { type: "LineString", coordinates: coords.filter((p, i) => i === 0 || p.join() !== coords[i - 1]!.join()) };
}

/** Largest distance, in km, from the drawn line to the straight line NJ9842–Karakoram Pass. */
function deviationKm(line: Position[]): number {
  const chord = lineString([NJ9842.position, KARAKORAM_PASS.position]);
  return Math.max(...line.map((p) => distance(p, nearestPointOnLine(chord, p))));
}

/** Every view's extra lines, from the partition and the de facto lines (for Pakistan's NJ9842–Karakoram Pass line). */
export function viewLines(topo: UnitsTopology, boundaries: Feature<{ type: "LineString"; coordinates: Position[] }, { kind: string }>[]) {
  const features: Feature<LineString | MultiLineString, PovLineProperties>[] = [];
  for (const view of POVS)
    for (const { kind, geometry } of viewLineGeometry(topo, view)) {
      if (geometry.coordinates.length === 0) throw new Error(`${view}: no ${kind} line`);
      features.push({ type: "Feature", properties: PovLinePropertiesSchema.parse({ view, kind, ...LINE_TEXT[kind] }), geometry });
    }
  const agpl = boundaries.find((b) => b.properties.kind === "agpl")?.geometry.coordinates ?? [];
  if (agpl.length < 2) throw new Error("geodata/boundaries.geojson has no AGPL: run npm run build:boundaries first");
  const loc = pakistanLoc(topo, agpl);
  const off = deviationKm(loc.coordinates);
  const accuracy = `Follows Natural Earth's Siachen edge, at most ${off.toFixed(1)} km from the straight line NJ9842–Karakoram Pass; Pakistan's map draws the line at small scale, so its course between the two points is itself approximate.`;
  features.push({ type: "Feature", properties: PovLinePropertiesSchema.parse({ view: "pakistan", kind: "pakistan_loc", ...LINE_TEXT.pakistan_loc, accuracy }), geometry: loc });
  return { features };
}

/** Region label anchors from the table, each with its names per view. */
export function labelFeatures(): { features: Feature<Point, PovLabelProperties>[] } {
  return {
    features: LABELS.map(([unit, lon, lat, rank, international, india, pakistan]) => ({
      type: "Feature" as const,
      properties: PovLabelPropertiesSchema.parse({ unit, rank, label_international: international, label_india: india, label_pakistan: pakistan }),
      geometry: { type: "Point" as const, coordinates: [lon, lat] },
    })),
  };
}
