/**
 * Rivers and lakes from Natural Earth 4.0 (1:10m), made to sit on world-atlas's Natural Earth 4.1 land:
 * rivers are cut where they reach the sea, lakes are cut to land, both are clipped to RIVER_BBOX.
 */
import { feature, featureCollection, intersect, lineString, polygon, simplify } from "@turf/turf";
import type { MultiPolygon, Polygon, Position } from "geojson";
import { COORD_DECIMALS, FOCUS_BBOX, type BBox } from "../../lib/basemap/config";
import type { AreaGeometry } from "../../lib/basemap/schemas";
import type { LakeCollection, LakeFeature, RiverCollection, RiverFeature, RiverRank } from "../../lib/basemap/physical-schemas";
import { clipPolygons, roundPolygons, toAreaGeometry, type Polygons } from "./geometry";
import { clipLinesToArea, clipLinesToBox, joinLines, roundLine } from "./lines";
import { neString, type NaturalEarthFeature } from "./natural-earth";

/**
 * Douglas–Peucker tolerance by rank: the treaty rivers, drawn widest and most looked at, keep a vertex
 * every 200 m or so (under a pixel up to zoom 9); the others, thin context lines, 500 m and 800 m.
 */
const RIVER_TOLERANCE_DEG: Record<RiverRank, number> = { 1: 0.002, 2: 0.005, 3: 0.008 };
const LAKE_TOLERANCE_DEG = 0.003;

/**
 * Rivers and lakes are drawn a little beyond the focus area only (not out to CLIP_BBOX like land): the Ganges
 * basin and Central Asia's rivers east and north of it would double the file for places the map is not about.
 */
export const RIVER_BBOX: BBox = [FOCUS_BBOX[0] - 2, FOCUS_BBOX[1] - 2, FOCUS_BBOX[2] + 2, FOCUS_BBOX[3] + 2];

/** The rivers whose waters the 1960 Indus Waters Treaty shares between India and Pakistan. */
export const TREATY_RIVERS = ["Indus", "Jhelum", "Chenab", "Ravi", "Beas", "Sutlej"] as const;

/** Natural Earth 4.0 spells a few names with stray diacritics or doubled spaces; these are the usual English forms. */
const RIVER_NAME_FIXES: Record<string, string> = {
  "Ghäghara": "Ghaghara",
  "Godävari": "Godavari",
  "Mahäna Nadï": "Mahanadi",
  "Amu  Darya": "Amu Darya",
  "Syr  Darya": "Syr Darya",
};

/**
 * Lakes the map names (Natural Earth's name → the name shown). The others are drawn unnamed: at this
 * scale a name is only worth its space for the reservoirs on the Indus system and Pangong Tso on the
 * India–China line, whose Natural Earth name is the Chinese "Banggong Co".
 */
const LAKE_NAMES: Record<string, string> = {
  "Tarbela Dam": "Tarbela Reservoir",
  "Gobind Sagar Reservoir": "Gobind Sagar",
  "Banggong Co": "Pangong Tso",
};

const lineParts = (f: NaturalEarthFeature): Position[][] => {
  const g = f.geometry;
  if (!g) return [];
  if (g.type === "LineString") return [g.coordinates];
  if (g.type === "MultiLineString") return g.coordinates;
  throw new Error(`ne_10m_rivers_lake_centerlines: expected lines, got ${g.type}`);
};

const touchesBox = (parts: Position[][], [w, s, e, n]: BBox) => parts.some((p) => p.some(([x, y]) => x! >= w && x! <= e && y! >= s && y! <= n));

function riverRank(name: string | null, scalerank: number): RiverRank {
  if (name && (TREATY_RIVERS as readonly string[]).includes(name)) return 1;
  return name && scalerank <= 7 ? 2 : 3;
}

/** Every river stretch that reaches the box, joined per name, simplified, cut to the box and to land. */
export function buildRivers(ne: readonly NaturalEarthFeature[], land: AreaGeometry): RiverCollection {
  const groups = new Map<string, { name: string | null; rank: RiverRank; parts: Position[][] }>();
  ne.forEach((f, i) => {
    const parts = lineParts(f);
    if (!touchesBox(parts, RIVER_BBOX)) return;
    const raw = f.properties?.name;
    const name = typeof raw === "string" && raw.trim() ? (RIVER_NAME_FIXES[raw] ?? raw.trim()) : null;
    const scalerank = Number(f.properties?.scalerank);
    const key = name ?? `#${i}`;
    const group = groups.get(key) ?? { name, rank: riverRank(name, scalerank), parts: [] };
    group.rank = Math.min(group.rank, riverRank(name, scalerank)) as RiverRank;
    group.parts.push(...parts);
    groups.set(key, group);
  });
  const features: RiverFeature[] = [];
  for (const { name, rank, parts } of groups.values()) {
    const simplified = joinLines(parts).map((l) =>
      l.length <= 2 ? l : simplify(lineString(l), { tolerance: RIVER_TOLERANCE_DEG[rank], highQuality: true }).geometry.coordinates,
    );
    const lines = clipLinesToArea(clipLinesToBox(simplified, RIVER_BBOX), land)
      .map((l) => roundLine(l, COORD_DECIMALS))
      .filter((l): l is [number, number][] => l !== null);
    if (lines.length === 0) continue;
    const geometry =
      lines.length === 1
        ? { type: "LineString" as const, coordinates: lines[0]! }
        : { type: "MultiLineString" as const, coordinates: lines };
    features.push({ type: "Feature", properties: { name, rank }, geometry });
  }
  features.sort((a, b) => a.properties.rank - b.properties.rank || (a.properties.name ?? "~").localeCompare(b.properties.name ?? "~", "en") || JSON.stringify(a.geometry).localeCompare(JSON.stringify(b.geometry)));
  return { type: "FeatureCollection", features };
}

const areaParts = (g: Polygon | MultiPolygon): Polygons => (g.type === "Polygon" ? [g.coordinates] : g.coordinates);

/** Lakes and reservoirs in RIVER_BBOX, simplified and cut to land (Natural Earth 4.0 lakes on 4.1 land). */
export function buildLakes(ne: readonly NaturalEarthFeature[], land: AreaGeometry): LakeCollection {
  const landFeature = feature(land as Polygon | MultiPolygon);
  const features: LakeFeature[] = [];
  for (const f of ne) {
    const g = f.geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
    const clipped = clipPolygons(areaParts(g), RIVER_BBOX);
    if (clipped.length === 0) continue;
    const simplified = clipped.map((rings) => simplify(polygon(rings), { tolerance: LAKE_TOLERANCE_DEG, highQuality: true }).geometry.coordinates);
    const onLand = simplified.flatMap((rings) => {
      const cut = intersect(featureCollection<Polygon | MultiPolygon>([polygon(rings), landFeature]));
      return cut ? areaParts(cut.geometry) : [];
    });
    const polygons = roundPolygons(onLand, COORD_DECIMALS);
    if (polygons.length === 0) continue;
    const neName = typeof f.properties?.name === "string" ? neString("lakes", f, "name") : "";
    features.push({ type: "Feature", properties: { name: LAKE_NAMES[neName] ?? null }, geometry: toAreaGeometry(polygons) });
  }
  features.sort((a, b) => (a.properties.name ?? "~").localeCompare(b.properties.name ?? "~", "en") || JSON.stringify(a.geometry).localeCompare(JSON.stringify(b.geometry)));
  return { type: "FeatureCollection", features };
}
