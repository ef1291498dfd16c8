import { DEFAULT_VIEW_BBOX, MAX_VIEW_BBOX, toLngLatBounds } from "../geo/region";

/** Centre and zoom of the map, as kept in the URL. */
export interface MapView {
  lon: number;
  lat: number;
  zoom: number;
}

/** The opening view and the panning limit as MapLibre bounds; the boxes live in lib/geo/region.ts. */
export const DEFAULT_BOUNDS = toLngLatBounds(DEFAULT_VIEW_BBOX);
export const MAX_BOUNDS = toLngLatBounds(MAX_VIEW_BBOX);
