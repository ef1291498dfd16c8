/** Web Mercator arithmetic for framing an export, independent of any map instance. */

/** MapLibre's tile size: zoom z spans 512 × 2^z CSS pixels around the world. */
const TILE = 512;
const MAX_LAT = 85.051129;

export type LonLat = [number, number];
export type Bounds = [LonLat, LonLat];

export interface Camera {
  center: LonLat;
  zoom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** World coordinates at zoom 0 (0…512 on both axes). */
export function project([lon, lat]: LonLat): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * TILE, ((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2) * TILE];
}

export function unproject([x, y]: [number, number]): LonLat {
  const lon = (x / TILE) * 360 - 180;
  const n = Math.PI - (2 * Math.PI * y) / TILE;
  return [lon, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

/** Where a point lands in a frame of `width × height` CSS pixels showing `camera`. */
export function toScreen(point: LonLat, camera: Camera, width: number, height: number): [number, number] {
  const k = 2 ** camera.zoom;
  const [px, py] = project(point);
  const [cx, cy] = project(camera.center);
  return [(px - cx) * k + width / 2, (py - cy) * k + height / 2];
}

/** The geographic box a frame shows (west, south, east, north). */
export function frameBounds(camera: Camera, width: number, height: number): [number, number, number, number] {
  const k = 2 ** camera.zoom;
  const [cx, cy] = project(camera.center);
  const [w, n] = unproject([cx - width / 2 / k, cy - height / 2 / k]);
  const [e, s] = unproject([cx + width / 2 / k, cy + height / 2 / k]);
  return [w, s, e, n];
}

/**
 * The camera that shows `bounds` as large as possible inside the frame, leaving `padding` CSS pixels
 * free on each side (room for symbols and their labels), never zoomed in past `maxZoom`.
 */
export function fitBounds(bounds: Bounds, width: number, height: number, padding: Padding, maxZoom = 8): Camera {
  const [[w, s], [e, n]] = bounds;
  const [x0, y0] = project([w, n]);
  const [x1, y1] = project([e, s]);
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const zoom = Math.min(maxZoom, Math.log2(Math.min(innerW / spanX, innerH / spanY)));
  const k = 2 ** zoom;
  // Centre the box in the padded area: shift by half the padding difference, in world units.
  const cx = (x0 + x1) / 2 + (padding.right - padding.left) / 2 / k;
  const cy = (y0 + y1) / 2 + (padding.bottom - padding.top) / 2 / k;
  return { center: unproject([cx, cy]), zoom };
}

/** The smallest box around the points; null for none. */
export function boundsOf(points: readonly LonLat[]): Bounds | null {
  if (points.length === 0) return null;
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
