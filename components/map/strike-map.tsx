"use client";
import { useEffect, useRef } from "react";
import * as maplibregl from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import type { MapEventCollection } from "@/lib/map/map-events";
import type { Padding, StrikeMapProps } from "./strike-map-props";
import { DEFAULT_VIEW_BBOX, MAX_VIEW_BBOX, toLngLatBounds, type Bbox } from "@/lib/geo/region";
import { buildStyle, withSourceData } from "@/lib/map/style";
import { styleState } from "@/lib/map/global-state";
import { INTERACTIVE_EVENT_LAYERS, SOURCE } from "@/lib/map/ids";
import { BOUNDARY_LAYER_IDS } from "@/lib/map/layers/boundaries";
import { addMissingEventIcon } from "@/lib/map/event-icons";
import { useLatest } from "./use-latest";
import { ZoomControl } from "./zoom-control";
import { useMapRegistration } from "./map-context";
import { addOverlay, applyGlobalState, restyle, setSourceData, setVisible } from "./map-sync";
import { isClear, revealOffset } from "./reveal";
import { markFirstDraw } from "@/lib/client/first-draw";

// As soon as this module runs (it is loaded in the browser only): the map's worker is fetched and compiled
// while React renders the page around the map, not once the map is created.
maplibregl.setWorkerUrl("/maplibre-gl-worker.mjs");
maplibregl.prewarm();

/** No closer than this for the opening fit, so a dataset of one spot still shows its surroundings. */
const OPENING_MAX_ZOOM = 7;

/** The events the source should hold for the map's current days. */
const eventsFor = ({ events, state }: Pick<StrikeMapProps, "events" | "state">) => (events?.sliced ? events.forDays(state.get().days) : events?.all());

const boundsOf = (map: maplibregl.Map): Bbox => {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
};

/**
 * The one component that creates and changes the MapLibre map: props in, map calls out, and only what
 * changed (data once, then global state and visibility). A new theme is a style diff, never a new map.
 * Its container says `data-state="idle"` only once the map has drawn the current events.
 */
export default function StrikeMap(props: StrikeMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const mapRef = useRef<maplibregl.Map | null>(null);
  const applied = useRef<Partial<StrikeMapProps>>({});
  /** What the events source holds now: all the events, or the shown days' (see MapEvents). */
  const sourceEvents = useRef<MapEventCollection | undefined>(undefined);
  const revision = useRef(0);
  const latest = useLatest(props);
  const registry = useMapRegistration();
  const { pov, styleUrl } = props;
  // The opening fit is made once, and never after the link's own view or a move of the reader's.
  const settled = useRef(!!props.initialView);
  // A camera move of the opening fit: not the reader's, so it writes no view into the URL.
  const quiet = useRef(false);
  // Where the map stood when it was rebuilt for another point of view or basemap: the new one opens there.
  const lastCamera = useRef<{ center: [number, number]; zoom: number } | null>(null);

  /** Busy until MapLibre reports it has drawn everything (`idle`) after the latest change, with the events in. */
  const markBusy = (map: maplibregl.Map) => {
    const rev = ++revision.current;
    registry.busy();
    if (wrapper.current) wrapper.current.dataset.state = "loading";
    map.once("idle", () => {
      const drawnEvents = sourceEvents.current !== undefined && sourceEvents.current === eventsFor(latest.current);
      if (rev !== revision.current || !drawnEvents || !wrapper.current) return;
      wrapper.current.dataset.state = "idle";
      registry.drawn();
      markFirstDraw();
    });
    map.triggerRepaint();
  };

  /** The opening fit: the events' box, with whichever of the paddings lets the map zoom closer. */
  const fitOpening = (map: maplibregl.Map, opening: NonNullable<StrikeMapProps["opening"]>) => {
    settled.current = true;
    quiet.current = true;
    try {
      const bounds = toLngLatBounds(opening.box());
      const zoomWith = (padding: Padding) => map.cameraForBounds(bounds, { padding, maxZoom: OPENING_MAX_ZOOM })?.zoom ?? -1;
      const padding = opening.paddings().reduce((best, p) => (zoomWith(p) > zoomWith(best) ? p : best));
      map.fitBounds(bounds, { padding, maxZoom: OPENING_MAX_ZOOM, duration: 0 });
    } finally {
      quiet.current = false;
    }
  };

  /** Sets the events the current days need, when they differ from what the source holds; true when it did. */
  const syncEvents = (map: maplibregl.Map, next: StrikeMapProps): boolean => {
    const data = eventsFor(next);
    if (!data || data === sourceEvents.current) return false;
    setSourceData(map, SOURCE.events, data);
    sourceEvents.current = data;
    return true;
  };

  /** Pushes what changed since the last call into the map; true when anything was. */
  const sync = (map: maplibregl.Map, next: StrikeMapProps): boolean => {
    const prev = applied.current;
    let changed = syncEvents(map, next);
    for (const [key, id] of [["boundaries", SOURCE.boundaries], ["rings", SOURCE.rings], ["measure", SOURCE.measure]] as const) {
      const data = next[key];
      if (data && data !== prev[key]) {
        setSourceData(map, id, data);
        changed = true;
      }
    }
    if (next.theme !== prev.theme && prev.theme) {
      restyle(map, next.theme, next.pov, next.styleUrl);
      // Should MapLibre fall back to loading the whole style, the sources start empty: fill them again.
      map.once("style.load", () => {
        const { theme, reveal, frame } = latest.current;
        applied.current = { theme, reveal, frame };
        sourceEvents.current = undefined;
        sync(map, latest.current);
        markBusy(map);
      });
      changed = true;
    }
    if (applyGlobalState(map, next.state.get())) changed = true;
    if (next.showBoundaries !== prev.showBoundaries) {
      setVisible(map, BOUNDARY_LAYER_IDS, next.showBoundaries);
      changed = true;
    }
    if (!settled.current && next.opening && next.opening !== prev.opening) fitOpening(map, next.opening);
    if (next.frame && next.frame.key !== prev.frame?.key) {
      const pad = 48;
      map.fitBounds(toLngLatBounds(next.frame.box), {
        padding: { top: pad, left: pad, right: pad + next.covered.right, bottom: pad + next.covered.bottom },
        maxZoom: 7.5,
        duration: 500,
      });
    } else if (next.reveal && next.reveal !== prev.reveal && !isClear(map, next.reveal, next.covered)) {
      map.easeTo({ center: next.reveal, offset: revealOffset(next.covered), duration: 500 });
    }
    applied.current = next;
    return changed;
  };

  useEffect(() => {
    // A new map (another basemap or point of view) has drawn nothing yet, whatever the last one had.
    registry.busy();
    if (wrapper.current) wrapper.current.dataset.state = "loading";
    const { initialView, opening, state, theme } = latest.current;
    // The data already in goes in with the style, so its sources are tiled once, not empty and then again.
    const withData = { events: eventsFor(latest.current), boundaries: latest.current.boundaries };
    const style = styleUrl ?? {
      ...withSourceData(buildStyle(theme, window.location.origin, undefined, pov), { [SOURCE.events]: withData.events, [SOURCE.boundaries]: withData.boundaries }),
      state: styleState(state.get()),
    };
    const camera = lastCamera.current ?? (initialView ? { center: [initialView.lon, initialView.lat] as [number, number], zoom: initialView.zoom } : null);
    const map = new maplibregl.Map({
      container: container.current!,
      style,
      ...(camera ?? { bounds: toLngLatBounds(opening?.box() ?? DEFAULT_VIEW_BBOX), fitBoundsOptions: { maxZoom: OPENING_MAX_ZOOM } }),
      maxBounds: toLngLatBounds(MAX_VIEW_BBOX),
      attributionControl: { compact: false },
      // Exports read the canvas after it has drawn.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      dragRotate: false,
      // Symbols appear at once: a day step then needs one or two frames, not a fade animation.
      fadeDuration: 0,
      pitchWithRotate: false,
    });
    mapRef.current = map;
    // Known already (the events came first): fitted now, before the style has loaded a tile, so the
    // basemap is tiled once, at the opening view.
    if (!settled.current && opening) fitOpening(map, opening);
    map.touchZoomRotate.disableRotation();
    map.addControl(new ZoomControl(), "top-right");
    map.addControl(new maplibregl.ScaleControl({ unit: "metric" }), "bottom-right");
    map.setMissingStyleImageResolver((id) => addMissingEventIcon(map, id));
    map.on("load", () => {
      if (styleUrl) addOverlay(map, theme, pov);
      // The initial selection is already in view or chosen by the link's own view: no camera move at load.
      applied.current = { theme, reveal: latest.current.reveal, frame: latest.current.frame, ...(!styleUrl && { boundaries: withData.boundaries }) };
      sourceEvents.current = styleUrl ? undefined : withData.events;
      sync(map, latest.current);
      // Exports draw every day from the style, whatever days the source holds now.
      registry.register(map, () => latest.current.events?.all());
      markBusy(map);
      latest.current.onViewChange(null, boundsOf(map));
    });
    map.on("moveend", () => {
      if (quiet.current) return latest.current.onViewChange(null, boundsOf(map));
      // Only a move after load counts as the reader's (the constructor's own fit ends before it).
      if (applied.current.theme) settled.current = true;
      const c = map.getCenter();
      latest.current.onViewChange({ lon: c.lng, lat: c.lat, zoom: map.getZoom() }, boundsOf(map));
    });
    map.on("click", (e) => {
      if (latest.current.placing) return latest.current.onPlace([e.lngLat.lng, e.lngLat.lat]);
      const r = 6;
      const box: [maplibregl.PointLike, maplibregl.PointLike] = [[e.point.x - r, e.point.y - r], [e.point.x + r, e.point.y + r]];
      const hits = map.queryRenderedFeatures(box, { layers: INTERACTIVE_EVENT_LAYERS.filter((id) => map.getLayer(id)) });
      // Nearest first; events drawn on (nearly) the same spot all count, so each can be reached.
      const distance = (f: maplibregl.MapGeoJSONFeature) => {
        const p = f.geometry.type === "Point" ? map.project(f.geometry.coordinates as [number, number]) : e.point;
        return Math.hypot(p.x - e.point.x, p.y - e.point.y);
      };
      const ids = [...new Set(hits.sort((a, b) => distance(a) - distance(b)).map((f) => String(f.properties.id)))];
      latest.current.onPick(ids, { x: e.point.x, y: e.point.y });
    });
    for (const layer of INTERACTIVE_EVENT_LAYERS) {
      map.on("mousemove", layer, (e) => {
        if (latest.current.placing) return;
        map.getCanvas().style.cursor = "pointer";
        const id = String(e.features?.[0]?.properties.id ?? "");
        if (map.getGlobalState().hovered !== id) map.setGlobalStateProperty("hovered", id);
      });
      map.on("mouseleave", layer, () => {
        if (latest.current.placing) return;
        map.getCanvas().style.cursor = "";
        map.setGlobalStateProperty("hovered", "");
      });
    }
    return () => {
      registry.register(null);
      const { lng, lat } = map.getCenter();
      lastCamera.current = { center: [lng, lat], zoom: map.getZoom() };
      map.remove();
      mapRef.current = null;
      applied.current = {};
      sourceEvents.current = undefined;
    };
    // The map is rebuilt only for another basemap or boundary point of view; everything else, a new theme
    // included, reaches it through `sync`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [styleUrl, pov]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !applied.current.theme) return; // not loaded yet: the load handler syncs everything
    if (sync(map, props)) markBusy(map);
  });

  const { state } = props;
  useEffect(
    () =>
      state.subscribe(() => {
        const map = mapRef.current;
        if (!map || !applied.current.theme) return;
        // Both, always: the new days may need other events in the source as well as the new filter.
        const filtered = applyGlobalState(map, state.get());
        if (syncEvents(map, latest.current) || filtered) markBusy(map);
      }),
    // markBusy reads only refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state],
  );

  useEffect(() => {
    const canvas = mapRef.current?.getCanvas();
    if (canvas) canvas.style.cursor = props.placing ? "crosshair" : "";
  }, [props.placing]);

  return (
    // Positioning sits on the wrapper: maplibre-gl.css would override it on the map's own element.
    <div ref={wrapper} data-testid="map" data-state="loading" className="absolute inset-0" style={{ position: "absolute", inset: 0 }}>
      <div ref={container} className="h-full w-full" role="region" aria-label="Map of events" />
    </div>
  );
}
