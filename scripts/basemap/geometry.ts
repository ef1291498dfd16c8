import { bboxClip, lineString, polygon, rewind, simplify } from "@turf/turf";
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { feature as topoFeature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { BBox } from "../../lib/basemap/config";
import type { AreaGeometry } from "../../lib/basemap/schemas";

/** Polygons as plain coordinate arrays: polygon → ring → position. */
export type Polygons = Position[][][];

/** Arcs of a (possibly quantized, delta-encoded) topology as absolute [lon, lat] positions. */
export function absoluteArcs(topology: Topology): Position[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map((p) => [p[0]!, p[1]!]);
    let x = 0;
    let y = 0;
    return arc.map((p) => [(x += p[0]!) * t.scale[0] + t.translate[0], (y += p[1]!) * t.scale[1] + t.translate[1]]);
  });
}

/**
 * Douglas–Peucker on every arc of the topology, before it becomes polygons: a border shared by two
 * countries is one arc, so both neighbours get the very same simplified line and no gap or overlap
 * opens between them. Arc end points (where three units meet) are always kept.
 */
export function simplifyTopology(topology: Topology, toleranceDeg: number): Topology {
  const arcs = absoluteArcs(topology).map((arc) =>
    arc.length <= 2 ? arc : simplify(lineString(arc), { tolerance: toleranceDeg, highQuality: true }).geometry.coordinates,
  );
  return { type: "Topology", objects: topology.objects, arcs };
}

/** The polygons of every geometry in a topology object, each with its id and properties. */
export function topologyUnits(topology: Topology, objectName: string) {
  const object = topology.objects[objectName] as GeometryCollection<{ name?: string }>;
  const fc = topoFeature(topology, object);
  return fc.features.map((f) => ({ id: f.id, name: f.properties?.name, polygons: toPolygons(f.geometry) }));
}

function toPolygons(geometry: Geometry | null): Polygons {
  if (!geometry) return [];
  if (geometry.type === "Polygon") return [geometry.coordinates];
  if (geometry.type === "MultiPolygon") return geometry.coordinates;
  throw new Error(`expected an area, got ${geometry.type}`);
}

/** Cuts polygons to a box; polygons and holes that fall wholly outside it disappear. */
export function clipPolygons(polygons: Polygons, bbox: BBox): Polygons {
  return polygons
    .map((rings) => (bboxClip(polygon(rings), [...bbox]).geometry as Polygon).coordinates)
    .filter((rings) => rings.length > 0);
}

/**
 * Rounds every position to `decimals`, drops a position equal to the one before it, and drops rings
 * left with fewer than four positions; a polygon whose outer ring goes is dropped with its holes.
 */
export function roundPolygons(polygons: Polygons, decimals: number): Polygons {
  const out: Polygons = [];
  for (const rings of polygons) {
    const [outer, ...holes] = rings.map((ring) => roundRing(ring, decimals));
    if (!outer) continue;
    out.push([outer, ...holes.filter((h): h is Position[] => h !== null)]);
  }
  return out;
}

export function roundRing(ring: Position[], decimals: number): Position[] | null {
  const scale = 10 ** decimals;
  const out: Position[] = [];
  for (const p of ring) {
    const q = [Math.round(p[0]! * scale) / scale, Math.round(p[1]! * scale) / scale];
    const last = out.at(-1);
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : null;
}

/** A Polygon for one polygon, a MultiPolygon for several, wound as RFC 7946 asks (outer rings anticlockwise). */
export function toAreaGeometry(polygons: Polygons): AreaGeometry {
  if (polygons.length === 0) throw new Error("no polygon left");
  const geometry: Polygon | MultiPolygon =
    polygons.length === 1
      ? { type: "Polygon", coordinates: polygons[0]! }
      : { type: "MultiPolygon", coordinates: polygons };
  return rewind(geometry) as AreaGeometry;
}
