import { booleanPointInPolygon, lineIntersect, lineString, point, polygonToLine } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import type { BBox } from "../../lib/basemap/config";
import type { AreaGeometry } from "../../lib/basemap/schemas";

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/**
 * Joins line parts that share an end point into the longest runs it can, so that a river made of
 * many stretches becomes one line a label can follow. Parts are only ever appended end to start.
 */
export function joinLines(parts: readonly Position[][]): Position[][] {
  const pending = parts.map((p) => [...p]).filter((p) => p.length >= 2);
  const done: Position[][] = [];
  while (pending.length > 0) {
    let line = pending.shift()!;
    let grew = true;
    while (grew) {
      grew = false;
      for (let i = 0; i < pending.length; i++) {
        const other = pending[i]!;
        if (same(line.at(-1)!, other[0]!)) line = [...line, ...other.slice(1)];
        else if (same(other.at(-1)!, line[0]!)) line = [...other, ...line.slice(1)];
        else continue;
        pending.splice(i, 1);
        grew = true;
        break;
      }
    }
    done.push(line);
  }
  return done;
}

const inBox = ([x, y]: Position, [w, s, e, n]: BBox) => x! >= w && x! <= e && y! >= s && y! <= n;

/** Where segment a→b leaves the box (Liang–Barsky on the one segment), as a fraction of its length. */
function boxExit(a: Position, b: Position, [w, s, e, n]: BBox): number {
  let t = 1;
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  for (const [p, q] of [[-dx, a[0]! - w], [dx, e - a[0]!], [-dy, a[1]! - s], [dy, n - a[1]!]] as const)
    if (p > 0) t = Math.min(t, q / p);
  return Math.max(0, t);
}

/** Cuts lines to a box; a line that leaves and re-enters it becomes two. */
export function clipLinesToBox(lines: readonly Position[][], bbox: BBox): Position[][] {
  return splitWhere(lines, (p) => inBox(p, bbox), (inside, outside) => {
    const t = boxExit(inside, outside, bbox);
    return [inside[0]! + (outside[0]! - inside[0]!) * t, inside[1]! + (outside[1]! - inside[1]!) * t];
  });
}

/** Cuts lines to an area (rivers to land): the parts outside go, cut where the line crosses the area's edge. */
export function clipLinesToArea(lines: readonly Position[][], area: AreaGeometry): Position[][] {
  const feature: Feature<Polygon | MultiPolygon> = { type: "Feature", properties: {}, geometry: area };
  const outline = polygonToLine(feature);
  return splitWhere(
    lines,
    (p) => booleanPointInPolygon(point(p), feature),
    (inside, outside) => {
      const hits = lineIntersect(lineString([inside, outside]), outline).features.map((f) => f.geometry.coordinates);
      const d = (p: Position) => (p[0]! - inside[0]!) ** 2 + (p[1]! - inside[1]!) ** 2;
      return hits.sort((a, b) => d(a) - d(b))[0] ?? inside;
    },
  );
}

/**
 * Keeps the runs of each line whose vertices pass `keep`, ending each run at the crossing point that
 * `cross(insideVertex, outsideVertex)` finds, so no line stops short of the edge or overshoots it.
 */
function splitWhere(
  lines: readonly Position[][],
  keep: (p: Position) => boolean,
  cross: (inside: Position, outside: Position) => Position,
): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    const flags = line.map(keep);
    for (let i = 0; i < line.length; i++) {
      const p = line[i]!;
      const prev = line[i - 1];
      const inside = flags[i]!;
      const prevInside = i > 0 && flags[i - 1]!;
      if (inside) {
        if (prev && !prevInside) run.push(cross(p, prev));
        run.push(p);
      } else if (prevInside) {
        run.push(cross(prev!, p));
        out.push(run);
        run = [];
      }
    }
    if (run.length >= 2) out.push(run);
  }
  return out.filter((r) => r.length >= 2);
}

/** Rounds a line to `decimals`, dropping repeated positions; null when fewer than two remain. */
export function roundLine(line: readonly Position[], decimals: number): Position[] | null {
  const scale = 10 ** decimals;
  const out: Position[] = [];
  for (const p of line) {
    const q = [Math.round(p[0]! * scale) / scale, Math.round(p[1]! * scale) / scale];
    const last = out.at(-1);
    if (!last || !same(last, q)) out.push(q);
  }
  return out.length >= 2 ? out : null;
}
