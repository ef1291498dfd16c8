import { lineString, nearestPointOnLine } from "@turf/turf";
import type { Position } from "../schemas/geometry";

/** A line cut in two; the halves share the cut point, so they join end to end. */
export interface LineHalves {
  head: Position[];
  tail: Position[];
}

/**
 * Returns the line running from north to south: reversed when its first vertex lies south of its last,
 * unchanged (as a copy) otherwise, including when both ends share a latitude. Never mutates its input.
 */
export function orderNorthToSouth(line: readonly Position[]): Position[] {
  const first = line[0];
  const last = line.at(-1);
  if (!first || !last) return [];
  return first[1] < last[1] ? [...line].reverse() : [...line];
}

/**
 * Splits a north→south line at the first segment that crosses `lat` going south, i.e. the first `a → b`
 * with `a.lat >= lat > b.lat`. The cut point is interpolated linearly in longitude/latitude on that segment
 * and ends `head` (north part) and starts `tail` (south part); when `a` lies exactly on `lat`, `a` itself is
 * the cut and no new vertex is made. Throws a RangeError when the line never crosses `lat` southward.
 */
export function splitAtLatitude(line: readonly Position[], lat: number): LineHalves {
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const b = line[i + 1]!;
    if (!(a[1] >= lat && b[1] < lat)) continue;
    if (a[1] === lat) {
      if (i === 0) throw new RangeError(`latitude ${lat} is the line's first vertex: nothing lies north of it`);
      return { head: line.slice(0, i + 1), tail: line.slice(i) };
    }
    const t = (a[1] - lat) / (a[1] - b[1]);
    const cut: Position = [a[0] + t * (b[0] - a[0]), lat];
    return { head: [...line.slice(0, i + 1), cut], tail: [cut, ...line.slice(i + 1)] };
  }
  throw new RangeError(`line never crosses latitude ${lat} going south`);
}

/**
 * Splits a line at vertex `index`: `head` is vertices 0…index, `tail` is index…end, so both hold that
 * vertex. The index must be an inner vertex (0 < index < length − 1) so that each half is a line of at
 * least two vertices; otherwise a RangeError is thrown.
 */
export function splitAtVertex(line: readonly Position[], index: number): LineHalves {
  if (!Number.isInteger(index) || index <= 0 || index >= line.length - 1)
    throw new RangeError(`vertex ${index} is not an inner vertex of a ${line.length}-vertex line`);
  return { head: line.slice(0, index + 1), tail: line.slice(index) };
}

/**
 * Index of the vertex closest to `point`, measured on an equirectangular approximation (longitude
 * differences scaled by the cosine of the mean latitude), which ranks vertices correctly at the scale
 * of a few hundred kilometres. Ties go to the lowest index. Throws a RangeError for an empty line.
 */
export function nearestVertexIndex(line: readonly Position[], point: Position): number {
  if (line.length === 0) throw new RangeError("empty line has no vertices");
  let best = 0;
  let bestD2 = Infinity;
  line.forEach(([lon, lat], i) => {
    const k = Math.cos((((lat + point[1]) / 2) * Math.PI) / 180);
    const dx = (lon - point[0]) * k;
    const dy = lat - point[1];
    const d2 = dx * dx + dy * dy;
    if (d2 < bestD2) {
      best = i;
      bestD2 = d2;
    }
  });
  return best;
}

/** Splits a line at the vertex nearest to `point` (see {@link nearestVertexIndex} and {@link splitAtVertex}). */
export function splitAtNearestVertex(line: readonly Position[], point: Position): LineHalves {
  return splitAtVertex(line, nearestVertexIndex(line, point));
}

/** A line cut where it passes closest to a point, and how far from the point that is. */
export interface NearestCut extends LineHalves {
  /** Geodesic distance from the point to the cut, in km. */
  km: number;
}

/**
 * Splits a line at the point on it nearest to `point` (turf `nearestPointOnLine`), inserting that point as
 * a new vertex ending `head` and starting `tail`, rounded with `round` so it matches the line's precision.
 * When the nearest point is a vertex, that vertex is the cut. Throws a RangeError when the nearest point is
 * an end of the line, since one half would then be empty.
 */
export function splitAtNearestPoint(line: readonly Position[], point: Position, round: (v: number) => number = (v) => v): NearestCut {
  const hit = nearestPointOnLine(lineString([...line]), point, { units: "kilometers" });
  const [lon, lat] = hit.geometry.coordinates;
  const cut: Position = [round(lon!), round(lat!)];
  const i = hit.properties.segmentIndex;
  const km = hit.properties.pointDistance;
  const same = (p: Position | undefined) => p !== undefined && p[0] === cut[0] && p[1] === cut[1];
  if (same(line[0]) || same(line.at(-1))) throw new RangeError(`the point nearest ${point.join(", ")} is an end of the line`);
  if (same(line[i])) return { ...splitAtVertex(line, i), km };
  if (same(line[i + 1])) return { ...splitAtVertex(line, i + 1), km };
  return { head: [...line.slice(0, i + 1), cut], tail: [cut, ...line.slice(i + 1)], km };
}
