/**
 * Smoothed copies of the named lines (the three India–Pakistan lines of geodata/boundaries.geojson and
 * the named rivers) for their names to follow. Douglas–Peucker removes the wiggles, then three rounds of
 * Chaikin corner cutting (after splitting long segments, so no cut strays far) turn the corners into
 * curves a label can bend along. Each detail level strays
 * from the real line by about its DETAIL_TOLERANCE_DEG, under 10 px over the zooms it is used at
 * (LABEL_LINE_DETAIL_ZOOMS). Rivers other than the treaty six are named only from zoom 6 and keep
 * level 3 when zoomed further in: level 4 for every river would cost more than all the rivers themselves.
 */
import { lineString, simplify } from "@turf/turf";
import type { Position } from "geojson";
import { COORD_DECIMALS } from "../../lib/basemap/config";
import type { LabelLineCollection, LabelLineFeature, RiverCollection } from "../../lib/basemap/physical-schemas";
import type { BoundaryCollection } from "../../lib/schemas/boundary";
import { roundLine } from "./lines";

export const DETAIL_TOLERANCE_DEG = { 1: 0.3, 2: 0.15, 3: 0.05, 4: 0.015 } as const;
type Detail = keyof typeof DETAIL_TOLERANCE_DEG;
/** Stretches shorter than this (in degrees along the line) cannot carry a name; they are left out. */
const MIN_LENGTH_DEG = 0.6;

function chaikin(line: Position[], rounds: number): Position[] {
  let out = line;
  for (let r = 0; r < rounds; r++) {
    const next: Position[] = [out[0]!];
    for (let i = 0; i < out.length - 1; i++) {
      const [a, b] = [out[i]!, out[i + 1]!];
      next.push([0.75 * a[0]! + 0.25 * b[0]!, 0.75 * a[1]! + 0.25 * b[1]!], [0.25 * a[0]! + 0.75 * b[0]!, 0.25 * a[1]! + 0.75 * b[1]!]);
    }
    next.push(out.at(-1)!);
    out = next;
  }
  return out;
}

/** Splits every segment longer than `max` degrees, so corner cutting never strays far from a long straight run. */
function densify(line: Position[], max: number): Position[] {
  const out: Position[] = [line[0]!];
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const n = Math.ceil(Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!) / max);
    for (let k = 1; k <= n; k++) out.push([a[0]! + ((b[0]! - a[0]!) * k) / n, a[1]! + ((b[1]! - a[1]!) * k) / n]);
  }
  return out;
}

const lengthDeg = (line: Position[]) => line.slice(1).reduce((sum, p, i) => sum + Math.hypot(p[0]! - line[i]![0]!, p[1]! - line[i]![1]!), 0);

/** A smoothed, rounded copy of a line at a detail level, or null when too short to carry a name. */
export function smoothLine(line: Position[], detail: Detail): Position[] | null {
  if (lengthDeg(line) < MIN_LENGTH_DEG) return null;
  const tolerance = DETAIL_TOLERANCE_DEG[detail];
  const simple = simplify(lineString(line), { tolerance, highQuality: true }).geometry.coordinates;
  // Corner cutting multiplies the vertices by eight; most of them lie on near-straight runs and go again.
  const curve = simplify(lineString(chaikin(densify(simple, tolerance * 3), 3)), { tolerance: tolerance / 4, highQuality: true }).geometry.coordinates;
  return roundLine(curve, COORD_DECIMALS);
}

export function buildLabelLines(boundaries: BoundaryCollection, rivers: RiverCollection): LabelLineCollection {
  const features: LabelLineFeature[] = [];
  type Names = Pick<LabelLineFeature["properties"], "name" | "name_india" | "name_pakistan">;
  const add = (kind: LabelLineFeature["properties"]["kind"], names: Names, rank: 1 | 2 | 3, parts: Position[][], details: Detail[] = [1, 2, 3, 4]) => {
    for (const detail of details)
      for (const part of parts) {
        const smooth = smoothLine(part, detail);
        if (smooth) features.push({ type: "Feature", properties: { kind, ...names, rank, detail }, geometry: { type: "LineString", coordinates: smooth as [number, number][] } });
      }
  };
  for (const b of boundaries.features) {
    const g = b.geometry;
    // Each point of view names the line its own way (India calls the Working Boundary the International Border).
    const { name, name_india, name_pakistan } = b.properties;
    add(b.properties.kind, { name, name_india, name_pakistan }, 1, g.type === "LineString" ? [g.coordinates] : g.coordinates);
  }
  for (const r of rivers.features) {
    if (!r.properties.name || r.properties.rank === 3) continue;
    const g = r.geometry;
    add("river", { name: r.properties.name, name_india: r.properties.name, name_pakistan: r.properties.name }, r.properties.rank, g.type === "LineString" ? [g.coordinates] : g.coordinates, r.properties.rank === 1 ? [1, 2, 3, 4] : [3]);
  }
  return { type: "FeatureCollection", features };
}
