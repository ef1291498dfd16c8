import type { GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from "maplibre-gl";
import type { Theme } from "./theme";
import { FONT, LAYER, SOURCE } from "./ids";
import { styleState, type MapGlobalState } from "./global-state";
import { landLayers } from "./layers/land";
import { disputedLayers } from "./layers/disputed";
import { waterLabelLayers, waterLayers } from "./layers/water";
import { placeLabelLayers } from "./layers/place-labels";
import { cityLayers } from "./layers/cities";
import { boundaryLayers } from "./layers/boundaries";
import { boundaryLabelLayers } from "./layers/boundary-labels";
import { eventLayers } from "./layers/events";
import { eventLabelLayers } from "./layers/event-labels";
import { toolLayers } from "./layers/tools";
import { SPRITE_NAME } from "../basemap/config";
import { povAreaLayers } from "./layers/pov-areas";
import { povLineLayers } from "./layers/pov-lines";
import { povLabelLayers } from "./layers/pov-labels";
import { DEFAULT_POV, type Pov } from "../pov/pov";
import { POV_FILES, POV_PUBLIC_PATH } from "../pov/config";

const EMPTY: GeoJSON.FeatureCollection = { type: "FeatureCollection", features: [] };
export const NATURAL_EARTH = "Natural Earth (public domain)";

/**
 * Sources and layers the app adds over any basemap: the boundary lines with their names, and the events
 * with theirs. In the layer order the last symbol layer wins collisions, so event names come last.
 * `assetBase` is the origin the line names' file is served from (the page's own when left empty).
 */
export function overlay(theme: Theme, pov: Pov = DEFAULT_POV, assetBase = ""): { sources: Record<string, GeoJSONSourceSpecification>; layers: LayerSpecification[] } {
  return {
    sources: {
      [SOURCE.boundaries]: { type: "geojson", data: EMPTY, attribution: `Lines: ${NATURAL_EARTH}` },
      // A whole tile of buffer: a name longer than the stretch of line inside one tile still finds its line.
      [SOURCE.labelLines]: { type: "geojson", data: `${assetBase}/basemap/label-lines.geojson`, buffer: 512 },
      [SOURCE.events]: { type: "geojson", data: EMPTY },
      [SOURCE.rings]: { type: "geojson", data: EMPTY },
      [SOURCE.measure]: { type: "geojson", data: EMPTY },
    },
    layers: [...boundaryLayers(theme), ...boundaryLabelLayers(theme, pov), ...toolLayers(theme), ...eventLayers(theme), ...eventLabelLayers(theme)],
  };
}

const isBoundary = (l: LayerSpecification) => "source" in l && (l.source === SOURCE.boundaries || l.source === SOURCE.labelLines);

/**
 * The complete offline style: basemap files, sprite and fonts from the app's own origin (`assetBase`),
 * no glyph server — labels are rasterised locally from the WOFF2 files named in `font-faces`.
 */
export function buildStyle(theme: Theme, assetBase: string, state?: MapGlobalState, pov: Pov = DEFAULT_POV): StyleSpecification {
  const file = (name: string): GeoJSONSourceSpecification => ({
    type: "geojson",
    data: `${assetBase}/basemap/${name}.geojson`,
  });
  const latin = ["U+0000-00FF", "U+0131", "U+0152-0153", "U+02BB-02BC", "U+02C6", "U+02DA", "U+02DC", "U+2000-206F", "U+20AC", "U+2122", "U+2191", "U+2193", "U+2212", "U+2215", "U+FEFF", "U+FFFD"];
  const face = (file: string) => [{ url: `${assetBase}/fonts/${file}`, "unicode-range": latin }];
  const povFile = (key: keyof typeof POV_FILES): GeoJSONSourceSpecification => ({
    type: "geojson",
    data: `${assetBase}/${POV_PUBLIC_PATH}/${POV_FILES[key]}`,
  });
  const { sources, layers } = overlay(theme, pov, assetBase);
  const land = landLayers(theme);
  // Tints go between the countries' fill and their outlines, so borders stay crisp over them.
  const afterFill = land.findIndex((l) => l.id === LAYER.countries) + 1;
  return {
    version: 8,
    name: `Strike Map (${theme.name})`,
    state: styleState(state),
    sprite: `${assetBase}/basemap/${SPRITE_NAME}`,
    "font-faces": {
      [FONT.regular]: face("noto-sans-latin-400-normal.woff2"),
      [FONT.bold]: face("noto-sans-latin-700-normal.woff2"),
      [FONT.italic]: face("noto-sans-latin-400-italic.woff2"),
    },
    sources: {
      [SOURCE.countries]: { ...file("countries"), attribution: `Basemap: ${NATURAL_EARTH}` },
      [SOURCE.disputed]: file("disputed-areas"),
      [SOURCE.lakes]: file("lakes"),
      [SOURCE.rivers]: file("rivers"),
      [SOURCE.provinces]: file("provinces"),
      [SOURCE.placeLabels]: file("labels"),
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
      ...disputedLayers(theme),
      ...waterLayers(theme),
      ...layers.filter((l) => isBoundary(l) && l.type === "line"),
      // Later symbol layers win collisions: basemap names give way to cities, cities to the lines' names
      // (the lines are what the map is about), and those to the events' names.
      ...waterLabelLayers(theme),
      ...placeLabelLayers(theme),
      ...povLineLayers(theme, pov),
      ...povLabelLayers(theme, pov),
      ...cityLayers(theme),
      ...layers.filter((l) => isBoundary(l) && l.type !== "line"),
      ...layers.filter((l) => !isBoundary(l)),
    ],
  };
}

/** The style with data of its own in the named GeoJSON sources (absent data leaves a source as it is). */
export function withSourceData(style: StyleSpecification, data: Record<string, GeoJSONSourceSpecification["data"] | undefined>): StyleSpecification {
  const sources = { ...style.sources };
  for (const [id, value] of Object.entries(data)) {
    const source = sources[id];
    if (value !== undefined && source?.type === "geojson") sources[id] = { ...source, data: value };
  }
  return { ...style, sources };
}
