/**
 * Every bounding box the project uses, in one place, as one type. West, south, east, north in degrees
 * (WGS 84); the API's `bbox` parameter parses to the same shape.
 */
export type Bbox = readonly [west: number, south: number, east: number, north: number];

/** Where non-diplomatic events can lie: Pakistan, Kashmir and north-west India (diplomatic events are exempt). */
export const REGION: Bbox = [60, 22, 80, 38];

/** The area the basemap is about: Pakistan, Kashmir and north-west India down to Bhuj and across to New Delhi. */
export const FOCUS_BBOX: Bbox = [60, 22, 82, 38];

/**
 * Basemap polygons are clipped to this box, a few degrees wider than FOCUS_BBOX on every side, so that
 * panning a little past the area of interest never shows a hard edge of missing land.
 */
export const CLIP_BBOX: Bbox = [55, 18, 90, 42];

/** The map opens on Kashmir, Punjab and Sindh on both sides of the border, from Karachi to Skardu. */
export const DEFAULT_VIEW_BBOX: Bbox = [66.2, 23.6, 78.2, 36.2];

/** The map cannot be panned past this box, inside CLIP_BBOX, so the basemap's cut edges never show. */
export const MAX_VIEW_BBOX: Bbox = [56, 19, 89, 41];

/** A box as MapLibre's `[[west, south], [east, north]]` bounds. */
export function toLngLatBounds([w, s, e, n]: Bbox): [[number, number], [number, number]] {
  return [
    [w, s],
    [e, n],
  ];
}

/** True when two boxes overlap, edges included. */
export function bboxesIntersect([aw, as, ae, an]: Bbox, [bw, bs, be, bn]: Bbox): boolean {
  return aw <= be && ae >= bw && as <= bn && an >= bs;
}

type Coordinates = number | Coordinates[];

/** The box around any GeoJSON geometry's coordinates, or null for an empty one. */
export function bboxOfGeometries(geometries: readonly { coordinates?: unknown }[]): Bbox | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const walk = (c: Coordinates) => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === "number") {
      const [x, y] = c as number[];
      if (x! < w) w = x!;
      if (x! > e) e = x!;
      if (y! < s) s = y!;
      if (y! > n) n = y!;
    } else c.forEach(walk);
  };
  for (const g of geometries) walk(g.coordinates as Coordinates);
  return w <= e ? [w, s, e, n] : null;
}

/** True when the point lies inside the box, edges included. */
export function containsPoint([w, s, e, n]: Bbox, [x, y]: readonly [number, number]): boolean {
  return x >= w && x <= e && y >= s && y <= n;
}
