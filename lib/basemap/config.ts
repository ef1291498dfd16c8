/**
 * Shared facts about the offline basemap in `geodata/basemap/`: where the files are, what area they
 * cover and how big they may grow. The build script (`scripts/basemap/build-basemap.ts`) writes to
 * these names and the data test checks these budgets, so both read them from here.
 */

/** West, south, east, north in degrees. */
export type BBox = readonly [west: number, south: number, east: number, north: number];

/** Folder of the derived basemap files, relative to the repository root. */
export const BASEMAP_DIR = "geodata/basemap";

/** The area the map is about: Pakistan, Kashmir and north-west India down to Bhuj and across to New Delhi. */
export const FOCUS_BBOX: BBox = [60, 22, 82, 38];

/**
 * Polygons are clipped to this box, a few degrees wider than FOCUS_BBOX on every side, so that panning
 * a little past the area of interest never shows a hard edge of missing land.
 */
export const CLIP_BBOX: BBox = [55, 18, 90, 42];

/** Decimals kept in every coordinate: 3 decimals is about 110 m, finer than the ~350 m grid of the source. */
export const COORD_DECIMALS = 3;

export const BASEMAP_FILES = {
  countries: "countries.geojson",
  land: "land.geojson",
  cities: "cities.geojson",
} as const;
export type BasemapFile = keyof typeof BASEMAP_FILES;

/** Byte budgets per file; their sum stays well under the 500 KB asked for the whole basemap. */
export const SIZE_BUDGET_BYTES: Record<BasemapFile, number> = {
  countries: 250_000,
  land: 100_000,
  cities: 15_000,
};
export const TOTAL_SIZE_BUDGET_BYTES = 450_000;
