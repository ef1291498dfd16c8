"use client";
import { useCallback } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { UrlState } from "@/lib/url-state";
import { openingDay, type LocalData } from "@/lib/import/local-data";
import { DEFAULT_BOUNDS, MAX_BOUNDS } from "@/lib/map/view";
import { setLocalData } from "./use-local-data";

type Update = (change: Partial<UrlState>) => void;

/** Everything a reader's day, selection and filters named refers to the data they were chosen on. */
const FRESH: Partial<UrlState> = { day: undefined, event: undefined, actor: undefined, kind: undefined, verification: undefined, attribution: undefined };

const within = ([w, s, e, n]: readonly number[], [[minLon, minLat], [maxLon, maxLat]]: [[number, number], [number, number]]) =>
  w! >= minLon && e! <= maxLon && s! >= minLat && n! <= maxLat;

/**
 * Switches the dashboard between the built-in data and a local file: the data source, the URL's
 * `data=local` mark, and the map's view fitted to the file's events (the period comes from them too).
 */
export function useLocalSwitch(map: MapLibreMap | null, update: Update) {
  const show = useCallback(
    (data: LocalData) => {
      setLocalData(data);
      update({ ...FRESH, day: openingDay(data), data: "local", file: data.file, rows: data.summary.rows });
      const b = data.summary.bounds;
      if (!map || !b) return;
      // The basemap covers a box around the built-in region; a file elsewhere is still shown, over no basemap.
      map.setMaxBounds(within(b, MAX_BOUNDS) ? MAX_BOUNDS : null);
      const [w, s, e, n] = b;
      map.fitBounds([[w, s], [Math.max(e, w + 0.02), Math.max(n, s + 0.02)]], { padding: 48, maxZoom: 9, duration: 0 });
    },
    [map, update],
  );
  const back = useCallback(() => {
    setLocalData(null);
    update({ ...FRESH, data: undefined, file: undefined, rows: undefined });
    if (!map) return;
    map.setMaxBounds(MAX_BOUNDS);
    map.fitBounds(DEFAULT_BOUNDS, { duration: 0 });
  }, [map, update]);
  return { show, back };
}
