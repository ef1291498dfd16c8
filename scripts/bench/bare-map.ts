// The bare page's script: our full style (basemap, labels, lines, event symbols or dots, the same icons),
// built by the app's own functions in lib/map, on maplibre-gl alone: no React, no URL state, no app
// around it. Bundled by fixtures.mjs with maplibre-gl left to the page's import map.
// `?events=<file>` names the flat map features to load, `?day=` shows one day (all days without it),
// `?dense=1` draws dots as the app does past its threshold, `?w=&h=` sizes the map in CSS pixels and
// `?view=lon,lat,zoom` sets its camera as the app's map is sized and placed (without them: the whole
// window, the default region). The body turns data-state="idle" at the
// first idle; `window.__map` is the map, for the bench to step.
import * as maplibregl from "maplibre-gl";
import { buildStyle } from "../../lib/map/style";
import { LIGHT, withSideColours } from "../../lib/map/theme";
import { SOURCE } from "../../lib/map/ids";
import { styleState, toMapGlobalState } from "../../lib/map/global-state";
import { addMissingEventIcon } from "../../lib/map/event-icons";
import { DEFAULT_VIEW_BBOX, MAX_VIEW_BBOX, toLngLatBounds } from "../../lib/geo/region";
import { DatasetSchema } from "../../lib/schemas/dataset";
import manifest from "../../geodata/dataset.json";

declare global {
  interface Window {
    __map?: maplibregl.Map;
  }
}

const params = new URLSearchParams(location.search);
const day = params.get("day") ?? "";
maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
// The app's light theme with the sides' colours from the dataset manifest, as the app draws it.
const theme = withSideColours(LIGHT, DatasetSchema.parse(manifest).sides);
const style = buildStyle(theme, location.origin);
style.state = styleState(toMapGlobalState({}, day ? { from: day, to: day } : {}, { dense: params.get("dense") === "1" }));
// The app fetches these two and hands them over with setData; here MapLibre loads them itself.
Object.assign(style.sources[SOURCE.events]!, { data: `${location.origin}/${params.get("events") ?? "events-real.json"}` });
Object.assign(style.sources[SOURCE.boundaries]!, { data: `${location.origin}/boundaries.json` });

const container = document.getElementById("map")!;
if (params.get("w") && params.get("h")) Object.assign(container.style, { width: `${params.get("w")}px`, height: `${params.get("h")}px`, right: "auto", bottom: "auto" });

const view = params.get("view")?.split(",").map(Number);
const camera = view?.length === 3 ? { center: [view[0]!, view[1]!] as [number, number], zoom: view[2]! } : { bounds: toLngLatBounds(DEFAULT_VIEW_BBOX) };

const map = new maplibregl.Map({
  container,
  style,
  ...camera,
  maxBounds: toLngLatBounds(MAX_VIEW_BBOX),
  attributionControl: { compact: false },
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
map.setMissingStyleImageResolver((id) => addMissingEventIcon(map, id));
window.__map = map;
map.once("idle", () => {
  document.body.dataset.state = "idle";
});
