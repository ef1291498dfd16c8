import { area, booleanIntersects, difference, featureCollection, intersect, multiPolygon, polygon, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";

export type Area = Feature<Polygon | MultiPolygon>;

/** Parts of a core smaller than this that touch a cut-out piece are slivers between two editions, not land. */
export const SLIVER_KM2 = 60;

export const km2 = (f: Area) => area(f) / 1e6;

/** Each polygon of an area as its own feature. */
export function parts(f: Area): Feature<Polygon>[] {
  const g = f.geometry;
  return (g.type === "Polygon" ? [g.coordinates] : g.coordinates).map((rings) => polygon(rings as Position[][]));
}

const unite = (a: Area, b: Area): Area => union(featureCollection([a, b])) ?? a;

/**
 * Cuts `pieces` out of `host`: each piece becomes host ∩ piece, and the rest of the host is its core.
 * Where two Natural Earth editions disagree by a grid step, the core keeps thin slivers along a piece's
 * edge; a core part under SLIVER_KM2 that touches a piece is handed to the piece it touches (the
 * largest, if several), so the pieces and the core still cover the host exactly once.
 */
export function cutPieces(host: Area, pieces: { id: string; area: Area }[]): { core: Area | null; pieces: Map<string, Area>; slivers: number } {
  const out = new Map<string, Area>();
  let core: Area | null = host;
  for (const { id, area: cutter } of pieces) {
    const piece = intersect(featureCollection([host, cutter]));
    if (!piece) throw new Error(`${id} does not overlap its host`);
    out.set(id, piece);
    core = core && difference(featureCollection([core, cutter]));
  }
  if (!core) return { core, pieces: out, slivers: 0 };
  const kept: Feature<Polygon>[] = [];
  let slivers = 0;
  for (const part of parts(core)) {
    const touching = [...out.entries()].filter(([, piece]) => booleanIntersects(part, piece));
    if (km2(part) >= SLIVER_KM2 || touching.length === 0) {
      kept.push(part);
      continue;
    }
    const [id, piece] = touching.sort(([, a], [, b]) => km2(b) - km2(a))[0]!;
    out.set(id, unite(piece, part));
    slivers++;
  }
  // The kept parts came from one polygon set, so they are disjoint: no union needed.
  const merged: Area | null = kept.length === 0 ? null : kept.length === 1 ? kept[0]! : multiPolygon(kept.map((p) => p.geometry.coordinates));
  return { core: merged, pieces: out, slivers };
}

/** How close, in degrees, a vertex must lie to another piece's edge to count as on it. */
const ON_EDGE_DEG = 1e-7;

/**
 * Adds to each ring every vertex of any piece that lies on one of its edges (a T-junction), so that
 * neighbours describe a shared boundary with the same vertices. topojson-server shares an arc only
 * between identical point sequences; without this, a long edge of one piece beside two shorter edges of
 * its neighbours leaves a gap in the topology.
 */
export function nodeVertices<F extends Area>(features: F[]): F[] {
  const CELL = 0.05;
  const grid = new Map<string, Position[]>();
  const key = (x: number, y: number) => `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
  for (const f of features)
    for (const ring of rings(f))
      for (const p of ring) {
        const k = key(p[0]!, p[1]!);
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k)!.push(p);
      }
  const onSegment = (a: Position, b: Position, p: Position) => {
    const [dx, dy] = [b[0]! - a[0]!, b[1]! - a[1]!];
    const len2 = dx * dx + dy * dy;
    const t = ((p[0]! - a[0]!) * dx + (p[1]! - a[1]!) * dy) / len2;
    if (!(t > 0 && t < 1)) return null;
    const cross = Math.abs((p[0]! - a[0]!) * dy - (p[1]! - a[1]!) * dx) / Math.sqrt(len2);
    return cross < ON_EDGE_DEG ? t : null;
  };
  const node = (ring: Position[]): Position[] => {
    const out: Position[] = [ring[0]!];
    for (let i = 1; i < ring.length; i++) {
      const [a, b] = [ring[i - 1]!, ring[i]!];
      const found: { t: number; p: Position }[] = [];
      const [x0, x1] = [Math.min(a[0]!, b[0]!), Math.max(a[0]!, b[0]!)];
      const [y0, y1] = [Math.min(a[1]!, b[1]!), Math.max(a[1]!, b[1]!)];
      for (let cx = Math.floor(x0 / CELL); cx <= Math.floor(x1 / CELL); cx++)
        for (let cy = Math.floor(y0 / CELL); cy <= Math.floor(y1 / CELL); cy++)
          for (const p of grid.get(`${cx},${cy}`) ?? []) {
            const t = onSegment(a, b, p);
            if (t !== null && !found.some((f) => f.p[0] === p[0] && f.p[1] === p[1])) found.push({ t, p });
          }
      out.push(...found.sort((u, v) => u.t - v.t).map((f) => f.p), b);
    }
    return out;
  };
  return features.map((f) => {
    const g = f.geometry;
    const geometry: Polygon | MultiPolygon =
      g.type === "Polygon" ? { type: "Polygon", coordinates: g.coordinates.map(node) } : { type: "MultiPolygon", coordinates: g.coordinates.map((rs) => rs.map(node)) };
    return { ...f, geometry };
  });
}

function rings(f: Area): Position[][] {
  const g = f.geometry;
  return g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
}
