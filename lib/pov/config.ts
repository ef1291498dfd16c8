/**
 * Where the boundary points of view live and how big they may grow. The build script
 * (scripts/basemap/pov/build-pov.ts) writes these files and the data test checks the budgets.
 */
export const POV_DIR = "geodata/basemap/pov";

export const POV_FILES = {
  /** The partition as one TopoJSON topology: every piece, with its country and style in each view. */
  topology: "units.topo.json",
  /** The pieces whose drawing differs between views (no cores), for the map. */
  areas: "areas.geojson",
  /** Lines each view adds (claims, Pakistan's line to the Karakoram Pass, the undefined frontier). */
  lines: "lines.geojson",
  /** Region label anchors with each view's names. */
  labels: "labels.geojson",
} as const;
export type PovFile = keyof typeof POV_FILES;

/** Byte budgets; the four files together stay under 200 KB, next to the basemap's 450 KB. */
export const POV_SIZE_BUDGET_BYTES: Record<PovFile, number> = {
  topology: 110_000,
  areas: 60_000,
  lines: 40_000,
  labels: 6_000,
};
export const POV_TOTAL_BUDGET_BYTES = 200_000;

/** Served from the app's own origin under this path (copied by scripts/copy-assets.mjs). */
export const POV_PUBLIC_PATH = "basemap/pov";
