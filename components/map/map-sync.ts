import type { GeoJSONSource, Map as MapLibreMap, StyleSpecification } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import { LIGHT, type Theme } from "@/lib/map/theme";
import type { MapGlobalState } from "@/lib/map/global-state";
import { buildStyle, overlay } from "@/lib/map/style";
import type { Pov } from "@/lib/pov/pov";

const sameValue = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v, i) => v === b[i]) : a === b;

/** The map sets this one itself (the pointer), so the app's state never resets it. */
const MAP_OWNED = new Set(["hovered"]);

/** Sets only the global state properties that changed: each one set re-evaluates the layers that read it. */
export function applyGlobalState(map: MapLibreMap, next: MapGlobalState): boolean {
  const current = map.getGlobalState();
  let changed = false;
  for (const [key, value] of Object.entries(next))
    if (!MAP_OWNED.has(key) && !sameValue(current[key], value)) {
      map.setGlobalStateProperty(key, value);
      changed = true;
    }
  return changed;
}

export function setSourceData(map: MapLibreMap, id: string, data: FeatureCollection): void {
  map.getSource<GeoJSONSource>(id)?.setData(data);
}

export function setVisible(map: MapLibreMap, ids: readonly string[], on: boolean): void {
  for (const id of ids) if (map.getLayer(id)) map.setLayoutProperty(id, "visibility", on ? "visible" : "none");
}

/** Adds the boundary lines, events and tools over a reader's own basemap. */
export function addOverlay(map: MapLibreMap, theme: Theme, pov: Pov): void {
  const extra = overlay(theme, pov);
  Object.entries(extra.sources).forEach(([id, src]) => map.addSource(id, src));
  extra.layers.forEach((layer) => map.addLayer(layer));
}

/** Stands in for the data of the app's own GeoJSON sources while two styles are compared. */
const LOADED: FeatureCollection = { type: "FeatureCollection", features: [] };
const OVERLAY_SOURCES = Object.keys(overlay(LIGHT).sources);

/**
 * The style diff must neither reset the data the app has put into its sources (events, lines, tools) nor
 * deep-copy and compare it (100,000 events), nor reset the global state: both sides get the same placeholder
 * data and the current state, so only colours and images differ.
 */
function keepLoaded(prev: StyleSpecification | undefined, next: StyleSpecification): StyleSpecification {
  for (const style of prev ? [prev, next] : [next])
    for (const id of OVERLAY_SOURCES) {
      const src = style.sources[id];
      if (src?.type === "geojson" && typeof src.data !== "string") style.sources[id] = { ...src, data: LOADED };
    }
  return { ...next, state: prev?.state };
}

/**
 * A new theme without tearing down the map: MapLibre diffs the new style against the current one and
 * changes only the paint and layout properties that differ; sources, tiles and the WebGL context stay.
 */
export function restyle(map: MapLibreMap, theme: Theme, pov: Pov, styleUrl: string | undefined): void {
  if (!styleUrl) {
    map.setStyle(buildStyle(theme, window.location.origin, undefined, pov), { diff: true, transformStyle: keepLoaded });
    return;
  }
  const ours = new Map(overlay(theme, pov).layers.map((l) => [l.id, l]));
  map.setStyle(map.getStyle(), {
    diff: true,
    transformStyle: (prev, next) => keepLoaded(prev, { ...next, layers: next.layers.map((l) => ours.get(l.id) ?? l) }),
  });
}
