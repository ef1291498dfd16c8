import { centroid, lineString, pointToLineDistance } from "@turf/turf";
import type { CountryFeature } from "../basemap/schemas";
import type { BoundaryFeature, BoundaryKind } from "../schemas/boundary";
import type { EventDepth } from "../schemas/depth";
import type { Geometry, Position } from "../schemas/geometry";

/** Segments per chunk: few enough that a chunk's bounding ball is tight, enough that there are few balls. */
const CHUNK_SEGMENTS = 12;
/** 1 m on turf's 6371.0088 km sphere: slack so float error in the bounds never skips the nearest segment. */
const SLACK = 0.001 / 6371.0088;
/** Latitude bands per polygon: a point's ray is tested only against the edges of its own band. */
const BANDS = 256;
const RAD = Math.PI / 180;

type Vec = [number, number, number];
/** A great-circle segment a→b: unit vectors, its pole `n`, and `u`, `w`, which test "between a and b". */
type Segment = { kind: BoundaryKind; a: Position; b: Position; A: Vec; B: Vec; n: Vec; u: Vec; w: Vec };
/** Consecutive segments; every point of them lies within `reach` (radians) of `first`. */
type Chunk = { first: Vec; reach: number; segments: Segment[] };
/** A polygon of India (Siachen included) or Pakistan: its edges (x1, y1, x2, y2, …) by latitude band. */
type Area = { side: "india" | "pakistan"; west: number; east: number; south: number; step: number; bands: number[][] };
type DepthIndex = { chunks: Chunk[]; areas: Area[] };
type Lines = readonly BoundaryFeature[];
type Countries = readonly CountryFeature[];

const dot = (p: Vec, q: Vec) => p[0] * q[0] + p[1] * q[1] + p[2] * q[2];
const cross = (p: Vec, q: Vec): Vec => [p[1] * q[2] - p[2] * q[1], p[2] * q[0] - p[0] * q[2], p[0] * q[1] - p[1] * q[0]];
const angle = (p: Vec, q: Vec) => Math.acos(Math.min(1, dot(p, q)));
const toVec = ([lon, lat]: Position): Vec =>
  [Math.cos(lat * RAD) * Math.cos(lon * RAD), Math.cos(lat * RAD) * Math.sin(lon * RAD), Math.sin(lat * RAD)];

/** Angle from P to the arc: across to the great circle when P's foot falls between a and b, else to an end. */
function arcAngle(P: Vec, s: Segment): number {
  if (dot(P, s.u) >= 0 && dot(P, s.w) >= 0) return Math.asin(Math.min(1, Math.abs(dot(P, s.n))));
  return Math.acos(Math.min(1, Math.max(dot(P, s.A), dot(P, s.B))));
}

function segmentOf(kind: BoundaryKind, a: Position, b: Position): Segment | null {
  const [A, B, axis] = [toVec(a), toVec(b), cross(toVec(a), toVec(b))];
  const norm = Math.hypot(...axis);
  if (norm === 0) return null; // a repeated vertex: its neighbours already cover it
  const n: Vec = [axis[0] / norm, axis[1] / norm, axis[2] / norm];
  return { kind, a, b, A, B, n, u: cross(n, A), w: cross(B, n) };
}

function chunksOf(kind: BoundaryKind, line: Position[]): Chunk[] {
  const segments = line.slice(1).flatMap((b, i) => segmentOf(kind, line[i]!, b) ?? []);
  return Array.from({ length: Math.ceil(segments.length / CHUNK_SEGMENTS) }, (_, k) => {
    const run = segments.slice(k * CHUNK_SEGMENTS, (k + 1) * CHUNK_SEGMENTS);
    return { first: run[0]!.A, reach: run.reduce((sum, s) => sum + angle(s.A, s.B), 0), segments: run };
  });
}

/** The side a country unit counts for: Siachen Glacier is held by India, so it counts as India's side. */
function sideOf({ properties: { name, iso_n3 } }: CountryFeature): Area["side"] | null {
  if (iso_n3 === "356" || name === "India" || name === "Siachen Glacier") return "india";
  return iso_n3 === "586" || name === "Pakistan" ? "pakistan" : null;
}

function areasOf(country: CountryFeature): Area[] {
  const [side, g] = [sideOf(country), country.geometry];
  if (!side) return [];
  return (g.type === "Polygon" ? [g.coordinates] : g.coordinates).map((rings) => {
    const [lons, lats] = [(rings[0] ?? []).map((p) => p[0]), (rings[0] ?? []).map((p) => p[1])];
    const [south, step] = [Math.min(...lats), (Math.max(...lats) - Math.min(...lats)) / BANDS || 1];
    const bands: number[][] = Array.from({ length: BANDS }, () => []);
    const band = (lat: number) => Math.min(BANDS - 1, Math.floor((lat - south) / step));
    for (const ring of rings)
      for (let i = 1; i < ring.length; i++) {
        const [[x1, y1], [x2, y2]] = [ring[i - 1]!, ring[i]!];
        for (let k = band(Math.min(y1, y2)); k <= band(Math.max(y1, y2)); k++) bands[k]!.push(x1, y1, x2, y2);
      }
    return { side, west: Math.min(...lons), east: Math.max(...lons), south, step, bands };
  });
}

/** Even–odd ray casting eastward, against only the edges in the point's latitude band. */
function contains(area: Area, [lon, lat]: Position): boolean {
  const edges = lon < area.west || lon > area.east ? [] : (area.bands[Math.floor((lat - area.south) / area.step)] ?? []);
  let inside = false;
  for (let i = 0; i < edges.length; i += 4) {
    const [x1, y1, x2, y2] = [edges[i]!, edges[i + 1]!, edges[i + 2]!, edges[i + 3]!];
    if (y1 > lat !== y2 > lat && lon < x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
  }
  return inside;
}

const cache = new WeakMap<Lines, { countries: Countries; index: DepthIndex }>();

/** Builds the chunked segments and banded polygons; kept for the last countries array used with these lines. */
function indexFor(boundaries: Lines, countries: Countries): DepthIndex {
  const hit = cache.get(boundaries);
  if (hit?.countries === countries) return hit.index;
  const chunks = boundaries.flatMap(({ geometry: g, properties: { kind } }) =>
    (g.type === "LineString" ? [g.coordinates] : g.coordinates).flatMap((line) => chunksOf(kind, line)),
  );
  if (chunks.length === 0) throw new RangeError("no boundary line to measure depth from");
  const index = { chunks, areas: countries.flatMap(areasOf) };
  cache.set(boundaries, { countries, index });
  return index;
}

/**
 * Nearest line. Segments are ranked by their great-circle angle to the point (the same spherical rule as
 * turf's); a chunk is skipped when even its lower bound, angle(p, first) − reach, exceeds the best so far,
 * which starts as the angle to the nearest chunk start. turf then measures the winner: the distance is turf's.
 */
function nearestLine({ chunks }: DepthIndex, p: Position): { km: number; kind: BoundaryKind } {
  const P = toVec(p);
  let [bestTheta, best] = [Infinity, chunks[0]!.segments[0]!];
  for (const c of chunks) bestTheta = Math.min(bestTheta, angle(P, c.first) + SLACK);
  for (const c of chunks) {
    if (angle(P, c.first) - c.reach - SLACK > bestTheta) continue;
    for (const s of c.segments) {
      const theta = arcAngle(P, s);
      if (theta < bestTheta) [bestTheta, best] = [theta, s];
    }
  }
  const km = pointToLineDistance(p, lineString([best.a, best.b]), { method: "geodesic", units: "kilometers" });
  return { km, kind: best.kind };
}

/** Where an event is measured: a Point at its point, anything else at turf's centroid. */
export function depthPosition(geometry: Geometry): Position {
  return geometry.type === "Point" ? geometry.coordinates : (centroid(geometry).geometry.coordinates as Position);
}

function depthAt(index: DepthIndex, geometry: Geometry): EventDepth {
  return depthAtPosition(index, depthPosition(geometry));
}

function depthAtPosition(index: DepthIndex, p: Position): EventDepth {
  const { km, kind } = nearestLine(index, p);
  const side = index.areas.find((area) => contains(area, p))?.side ?? "other";
  return { distanceToLineKm: Math.round(km * 10) / 10, nearestLine: kind, side };
}

/**
 * Depth of an event: geodesic distance (turf `pointToLineDistance`, method "geodesic", km rounded to 0.1)
 * from its point to the nearest of the boundary lines, which line that is, and the side: "india" when the
 * point lies in India's polygon or in Siachen Glacier (held by India), "pakistan" in Pakistan's, "other"
 * anywhere else (sea, third countries). A Point event is measured at its point; a LineString or Polygon
 * at turf's `centroid` (the mean of its vertices). Throws a RangeError when there are no boundary lines.
 * The index of lines and polygons is built once and reused while the same input arrays are passed.
 */
export function eventDepth(geometry: Geometry, boundaries: Lines, countries: Countries): EventDepth {
  return depthAt(indexFor(boundaries, countries), geometry);
}

/** New event features whose properties gain `depth` (see {@link eventDepth}); the inputs are not mutated.
 * An empty list returns [] without building the index, so it never throws. */
export function withDepth<F extends { geometry: Geometry; properties: object }>(
  events: readonly F[],
  boundaries: Lines,
  countries: Countries,
): (F & { properties: { depth: EventDepth } })[] {
  if (events.length === 0) return [];
  const index = indexFor(boundaries, countries);
  return events.map((e) => ({ ...e, properties: { ...e.properties, depth: depthAt(index, e.geometry) } }));
}

/**
 * Depth at each of `positions` (lon, lat, lon, lat, …, from {@link depthPosition}), as {@link eventDepth}
 * measures it: for a worker that gets the points of many events without the events themselves.
 */
export function depthsAt(positions: Float64Array, boundaries: Lines, countries: Countries): EventDepth[] {
  if (positions.length === 0) return [];
  const index = indexFor(boundaries, countries);
  const out: EventDepth[] = [];
  for (let i = 0; i < positions.length; i += 2) out.push(depthAtPosition(index, [positions[i]!, positions[i + 1]!]));
  return out;
}
