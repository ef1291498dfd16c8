/**
 * Shared facts about the offline basemap in `geodata/basemap/`: where the files are, what area they
 * cover and how big they may grow. The build script (`scripts/basemap/build-basemap.ts`) writes to
 * these names and the data test checks these budgets, so both read them from here.
 */

/** Folder of the derived basemap files, relative to the repository root. */
export const BASEMAP_DIR = "geodata/basemap";

// The boxes themselves live with every other bounding box in lib/geo/region.ts.
export { CLIP_BBOX, FOCUS_BBOX, type Bbox as BBox } from "../geo/region";

/** Decimals kept in every coordinate: 3 decimals is about 110 m, finer than the ~350 m grid of the source. */
export const COORD_DECIMALS = 3;

export const BASEMAP_FILES = {
  countries: "countries.geojson",
  land: "land.geojson",
  cities: "cities.geojson",
  rivers: "rivers.geojson",
  lakes: "lakes.geojson",
  disputed: "disputed-areas.geojson",
  provinces: "provinces.geojson",
  labels: "labels.geojson",
  labelLines: "label-lines.geojson",
} as const;
export type BasemapFile = keyof typeof BASEMAP_FILES;

/**
 * Byte budgets per file. Their sum stays under 500 KB, the size asked for the whole basemap: the browser
 * loads every file at start-up, so each new layer has to earn its bytes.
 */
export const SIZE_BUDGET_BYTES: Record<BasemapFile, number> = {
  countries: 250_000,
  land: 100_000,
  cities: 15_000,
  rivers: 90_000,
  lakes: 25_000,
  disputed: 40_000,
  provinces: 12_000,
  labels: 6_000,
  labelLines: 70_000,
};

/** Zooms at which line names switch to a closer (less smoothed) copy of their line: detail 1 → 2 → 3 → 4. */
export const LABEL_LINE_DETAIL_ZOOMS = [5, 6, 7] as const;
export const TOTAL_SIZE_BUDGET_BYTES = 500_000;

/** The sprite (city dots and the disputed-area hatching) is drawn by the build and kept beside the data. */
export const SPRITE_NAME = "sprite";
/** Byte budget for the four sprite files (1× and 2× PNG and JSON) together. */
export const SPRITE_BUDGET_BYTES = 12_000;
