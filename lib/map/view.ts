/** Centre and zoom of the map, as kept in the URL. */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** Kashmir, Punjab and Sindh on both sides of the border, from Karachi to Skardu. */
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [66.2, 23.6],
  [78.2, 36.2],
];

/** Inside the basemap's clip box (lon 55–90, lat 18–42), so its cut edges never show. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [56, 19],
  [89, 41],
];
