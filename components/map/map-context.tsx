"use client";
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { FeatureCollection } from "geojson";
import type { MapHandle } from "@/lib/map/map-handle";
import { mapSourceFromLive } from "@/lib/export/map-source";
import { MAX_VIEW_BBOX, toLngLatBounds, type Bbox } from "@/lib/geo/region";
import { DEFAULT_BOUNDS, MAX_BOUNDS } from "@/lib/map/view";

declare global {
  interface Window {
    /** The live map, only when the server runs with STRIKE_MAP_TEST_HOOKS=1 (the e2e suite and the bench). */
    __strikeMap?: MapLibreMap;
  }
}

interface MapRegistry {
  handle: MapHandle;
  /**
   * Called by the adapter alone: the loaded map, or null once it is removed, and where exports get every
   * loaded event (the map's source may hold only the days shown).
   */
  register(map: MapLibreMap | null, allEvents?: () => FeatureCollection | undefined): void;
  /** Called by the adapter alone, each time it has drawn the events after a change. */
  drawn(): void;
  /** Called by the adapter alone, when a change starts that it has yet to draw. */
  busy(): void;
}

const within = ([w, s, e, n]: Bbox, [minLon, minLat, maxLon, maxLat]: Bbox) => w >= minLon && e <= maxLon && s >= minLat && n <= maxLat;

const MapContext = createContext<MapRegistry | null>(null);
const DrawnContext = createContext(false);

/**
 * Holds the one live map for everything below it. Others get a narrow handle (a snapshot of its style and
 * view for exports, a camera move); only `StrikeMap` creates and changes it. With `testHooks` the map is
 * also put on `window.__strikeMap` for automation; a normal production run exposes no global handle.
 */
export function MapProvider({ testHooks = false, children }: { testHooks?: boolean; children: ReactNode }) {
  const live = useRef<MapLibreMap | null>(null);
  const allEvents = useRef<(() => FeatureCollection | undefined) | undefined>(undefined);
  const [drawn, setDrawn] = useState(false);
  const waiting = useRef<(() => void)[]>([]);
  const settled = useRef(false);
  const registry = useMemo<MapRegistry>(
    () => ({
      handle: {
        exportSource: (stateFor) => (live.current ? mapSourceFromLive(live.current, stateFor, allEvents.current?.()) : null),
        fitBox(box, covered = { right: 0, bottom: 0 }) {
          const map = live.current;
          if (!map) return;
          const pad = 48;
          map.fitBounds(toLngLatBounds(box), {
            padding: { top: pad, left: pad, right: pad + covered.right, bottom: pad + covered.bottom },
            maxZoom: 8,
            duration: 600,
          });
        },
        whenDrawn: () =>
          new Promise<void>((resolve) =>
            // Asked after the adapter's own effects of the same render have run, so a change they just made counts.
            setTimeout(() => (settled.current ? resolve() : waiting.current.push(resolve))),
          ),
        jumpTo(box) {
          const map = live.current;
          if (!map) return;
          if (!box) {
            map.setMaxBounds(MAX_BOUNDS);
            map.fitBounds(DEFAULT_BOUNDS, { duration: 0 });
            return;
          }
          // The basemap covers a box around the built-in region; a file elsewhere is still shown, over no basemap.
          map.setMaxBounds(within(box, MAX_VIEW_BBOX) ? MAX_BOUNDS : null);
          const [w, s, e, n] = box;
          map.fitBounds([[w, s], [Math.max(e, w + 0.02), Math.max(n, s + 0.02)]], { padding: 48, maxZoom: 9, duration: 0 });
        },
      },
      register(map, all) {
        live.current = map;
        allEvents.current = all;
        if (!testHooks) return;
        if (map) window.__strikeMap = map;
        else delete window.__strikeMap;
      },
      drawn() {
        settled.current = true;
        setDrawn(true);
        waiting.current.splice(0).forEach((resolve) => resolve());
      },
      busy() {
        settled.current = false;
      },
    }),
    [testHooks],
  );
  return (
    <MapContext.Provider value={registry}>
      <DrawnContext.Provider value={drawn}>{children}</DrawnContext.Provider>
    </MapContext.Provider>
  );
}

function useRegistry(): MapRegistry {
  const registry = useContext(MapContext);
  if (!registry) throw new Error("the map needs a MapProvider above it");
  return registry;
}

/** The narrow handle on the live map. */
export function useMapHandle(): MapHandle {
  return useRegistry().handle;
}

/** For the adapter only: how it announces the map it created, and its first drawing of the events. */
export function useMapRegistration(): Pick<MapRegistry, "register" | "drawn" | "busy"> {
  return useRegistry();
}

/** True once the map has first drawn the events: code for later interactions can load from then on. */
export function useMapDrawn(): boolean {
  return useContext(DrawnContext);
}
