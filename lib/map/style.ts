import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { Theme } from "./theme";
import { FONT, LAYER, SOURCE } from "./ids";
import { styleState, type MapGlobalState } from "./global-state";
import { landLayers } from "./layers/land";
import { cityLayers } from "./layers/cities";
import { boundaryLayers } from "./layers/boundaries";
import { eventLayers } from "./layers/events";
import { toolLayers } from "./layers/tools";
import { povAreaLayers } from "./layers/pov-areas";
import { povLineLayers } from "./layers/pov-lines";
import { povLabelLayers } from "./layers/pov-labels";
import { DEFAULT_POV, type Pov } from "../pov/pov";
import { POV_FILES, POV_PUBLIC_PATH } from "../pov/config";

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
export const NATURAL_EARTH = "Natural Earth (public domain)";

/** Sources and layers the app adds over any basemap: the boundary lines (named as the view names them) and the events. */
export function overlay(theme: Theme, pov: Pov = DEFAULT_POV): { sources: Record<string, GeoJSONSourceSpecification>; layers: LayerSpecification[] } {
  return {
    sources: {
      [SOURCE.boundaries]: { type: "geojson", data: EMPTY, attribution: `Lines: ${NATURAL_EARTH}` },
      [SOURCE.events]: { type: "geojson", data: EMPTY },
      [SOURCE.rings]: { type: "geojson", data: EMPTY },
      [SOURCE.measure]: { type: "geojson", data: EMPTY },
    },
    layers: [...boundaryLayers(theme, pov), ...toolLayers(theme), ...eventLayers(theme)],
  };
}

const isBoundary = (l: LayerSpecification) => "source" in l && l.source === SOURCE.boundaries;

/**
 * The complete offline style: basemap files and fonts from the app's own origin (`assetBase`),
 * no glyph server — labels are rasterised locally from the WOFF2 named in `font-faces`. `pov` picks the
 * boundary point of view: which disputed areas are tinted, which claim lines drawn, which names shown.
 * The events and the de facto lines are the same in every view.
 */
export function buildStyle(theme: Theme, assetBase: string, state?: MapGlobalState, pov: Pov = DEFAULT_POV): StyleSpecification {
  const file = (name: string): GeoJSONSourceSpecification => ({
    type: "geojson",
    data: `${assetBase}/basemap/${name}.geojson`,
  });
  const povFile = (key: keyof typeof POV_FILES): GeoJSONSourceSpecification => ({
    type: "geojson",
    data: `${assetBase}/${POV_PUBLIC_PATH}/${POV_FILES[key]}`,
  });
  const latin = ["U+0000-00FF", "U+0131", "U+0152-0153", "U+02BB-02BC", "U+02C6", "U+02DA", "U+02DC", "U+2000-206F", "U+20AC", "U+2122", "U+2191", "U+2193", "U+2212", "U+2215", "U+FEFF", "U+FFFD"];
  const { sources, layers } = overlay(theme, pov);
  const land = landLayers(theme);
  // Tints go between the countries' fill and their outlines, so borders stay crisp over them.
  const afterFill = land.findIndex((l) => l.id === LAYER.countries) + 1;
  return {
    version: 8,
    name: `Strike Map (${theme.name})`,
    state: styleState(state),
    "font-faces": {
      [FONT.regular]: [{ url: `${assetBase}/fonts/noto-sans-latin-400-normal.woff2`, "unicode-range": latin }],
      [FONT.bold]: [{ url: `${assetBase}/fonts/noto-sans-latin-700-normal.woff2`, "unicode-range": latin }],
    },
    sources: {
      [SOURCE.countries]: { ...file("countries"), attribution: `Basemap: ${NATURAL_EARTH}` },
      [SOURCE.cities]: file("cities"),
      [SOURCE.povAreas]: povFile("areas"),
      [SOURCE.povLines]: povFile("lines"),
      [SOURCE.povLabels]: povFile("labels"),
      ...sources,
    },
    layers: [
      ...land.slice(0, afterFill),
      ...povAreaLayers(theme, pov),
      ...land.slice(afterFill),
      ...povLineLayers(theme, pov),
      ...povLabelLayers(theme, pov),
      // Cities sit between the lines and the events and tools drawn over them.
      ...layers.filter(isBoundary),
      ...cityLayers(theme),
      ...layers.filter((l) => !isBoundary(l)),
    ],
  };
}
