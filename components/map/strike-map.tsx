"use client";
import { useEffect, useRef } from "react";
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { FeatureCollection } from "geojson";
import type { Theme } from "@/lib/map/theme";
import type { MapGlobalState } from "@/lib/map/global-state";
import type { MapView } from "@/lib/map/view";
import { DEFAULT_BOUNDS, MAX_BOUNDS } from "@/lib/map/view";
import { buildStyle, overlay } from "@/lib/map/style";
import type { Pov } from "@/lib/pov/pov";
import { INTERACTIVE_EVENT_LAYERS, LAYER, SOURCE } from "@/lib/map/ids";
import { BOUNDARY_LAYER_IDS } from "@/lib/map/layers/boundaries";
import { EVENT_LABEL_LAYER_IDS } from "@/lib/map/layers/events";
import { addMissingEventIcon } from "@/lib/map/event-icons";
import { useLatest } from "./use-latest";

export interface StrikeMapProps {
  theme: Theme;
  /** Boundary point of view: how disputed territory is drawn and named (never the events or lines on the ground). */
  pov: Pov;
  /** A user's own basemap style; the events and lines are drawn over it. */
  styleUrl?: string;
  events: FeatureCollection | undefined;
  boundaries: FeatureCollection | undefined;
  rings: FeatureCollection;
  measure: FeatureCollection;
  /** With a tool on, a click places a ring centre or a path point instead of selecting an event. */
  tool: "select" | "rings" | "measure";
  onPlace: (point: [number, number]) => void;
  state: MapGlobalState;
  showBoundaries: boolean;
  showLabels: boolean;
  initialView?: MapView;
  onSelect: (id: string | null) => void;
  onViewChange: (view: MapView) => void;
  /** Receives the map once it has loaded (for exports), and null when it is removed. */
  onMap?: (map: maplibregl.Map | null) => void;
}

declare global {
  interface Window {
    /** The live map, for automation and the end-to-end tests. */
    __strikeMap?: maplibregl.Map;
  }
}

/** The only component that talks to the MapLibre map: it creates it and mirrors props into it. */
export default function StrikeMap(props: StrikeMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const loadedRef = useRef(false);
  const latest = useLatest(props);
  const { theme, styleUrl, pov } = props;

  /** Marks the map busy until MapLibre reports it has drawn everything (`idle`). */
  const markBusy = () => {
    const map = mapRef.current;
    if (!map || !wrapper.current) return;
    wrapper.current.dataset.state = "loading";
    map.once("idle", () => {
      if (wrapper.current && map.getSource(SOURCE.events) && latest.current.events) wrapper.current.dataset.state = "idle";
    });
    map.triggerRepaint();
  };

  useEffect(() => {
    maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
    const { initialView, state } = latest.current;
    const map = new maplibregl.Map({
      container: container.current!,
      style: styleUrl ?? buildStyle(theme, window.location.origin, state, pov),
      ...(initialView ? { center: [initialView.lon, initialView.lat], zoom: initialView.zoom } : { bounds: DEFAULT_BOUNDS }),
      maxBounds: MAX_BOUNDS,
      attributionControl: { compact: false },
      // Exports read the canvas after it has drawn.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      dragRotate: false,
      // Symbols appear at once: a day step then needs one or two frames, not a fade animation.
      fadeDuration: 0,
      pitchWithRotate: false,
    });
    mapRef.current = map;
    window.__strikeMap = map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-right");
    map.setMissingStyleImageResolver((id) => addMissingEventIcon(map, id));
    map.on("load", () => {
      if (styleUrl) {
        const extra = overlay(theme, pov);
        Object.entries(extra.sources).forEach(([id, src]) => map.addSource(id, src));
        extra.layers.forEach((layer) => map.addLayer(layer));
      }
      loadedRef.current = true;
      syncAll(map, latest.current);
      markBusy();
      latest.current.onMap?.(map);
    });
    map.on("moveend", () => {
      const c = map.getCenter();
      latest.current.onViewChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.on("click", (e) => {
      if (latest.current.tool !== "select") return latest.current.onPlace([e.lngLat.lng, e.lngLat.lat]);
      const hit = map.queryRenderedFeatures(
        [[e.point.x - 6, e.point.y - 6], [e.point.x + 6, e.point.y + 6]],
        { layers: [...INTERACTIVE_EVENT_LAYERS] },
      )[0];
      latest.current.onSelect(hit ? String(hit.properties.id) : null);
    });
    map.on("mousemove", LAYER.events, (e) => {
      if (latest.current.tool !== "select") return;
      map.getCanvas().style.cursor = "pointer";
      map.setGlobalStateProperty("hovered", String(e.features?.[0]?.properties.id ?? ""));
    });
    map.on("mouseleave", LAYER.events, () => {
      if (latest.current.tool !== "select") return;
      map.getCanvas().style.cursor = "";
      map.setGlobalStateProperty("hovered", "");
    });
    return () => {
      // The latest callback is wanted here, not the one from when the map was made.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      latest.current.onMap?.(null);
      map.remove();
      mapRef.current = null;
      loadedRef.current = false;
      if (window.__strikeMap === map) delete window.__strikeMap;
    };
    // The map is rebuilt only for a new theme, basemap or point of view; everything else is mirrored below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [theme, styleUrl, pov]);

  const { events, boundaries, rings, measure, state, showBoundaries, showLabels, tool } = props;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !loadedRef.current) return;
    syncAll(map, { events, boundaries, rings, measure, state, showBoundaries, showLabels });
    markBusy();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [events, boundaries, rings, measure, state, showBoundaries, showLabels]);

  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    if (canvas) canvas.style.cursor = tool === "select" ? "" : "crosshair";
  }, [tool]);

  return (
    // Positioning sits on the wrapper: maplibre-gl.css would override it on the map's own element.
    <div ref={wrapper} data-testid="map" data-state="loading" className="absolute inset-0" style={{ position: "absolute", inset: 0 }}>
      <div ref={container} className="h-full w-full" role="region" aria-label="Map of events" />
    </div>
  );
}

type Syncable = Pick<StrikeMapProps, "events" | "boundaries" | "rings" | "measure" | "state" | "showBoundaries" | "showLabels">;

const applied = new WeakMap<maplibregl.Map, Partial<Syncable>>();

/** Pushes only what changed into the map: data once, then global state and visibility. */
function syncAll(map: maplibregl.Map, next: Syncable) {
  const prev = applied.get(map) ?? {};
  const setData = (id: string, data: FeatureCollection | undefined, old: FeatureCollection | undefined) => {
    const src = map.getSource<maplibregl.GeoJSONSource>(id);
    if (src && data && data !== old) src.setData(data);
  };
  setData(SOURCE.events, next.events, prev.events);
  setData(SOURCE.boundaries, next.boundaries, prev.boundaries);
  setData(SOURCE.rings, next.rings, prev.rings);
  setData(SOURCE.measure, next.measure, prev.measure);
  const current = map.getGlobalState();
  for (const [key, value] of Object.entries(next.state))
    if (JSON.stringify(current[key]) !== JSON.stringify(value)) map.setGlobalStateProperty(key, value);
  const visibility = (ids: readonly string[], on: boolean) =>
    ids.forEach((id) => map.getLayer(id) && map.setLayoutProperty(id, "visibility", on ? "visible" : "none"));
  visibility(BOUNDARY_LAYER_IDS, next.showBoundaries);
  visibility(EVENT_LABEL_LAYER_IDS, next.showLabels);
  applied.set(map, { ...next, state: undefined });
}
