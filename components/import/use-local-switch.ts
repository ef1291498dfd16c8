"use client";
import { useCallback } from "react";
import type { MapHandle } from "@/lib/map/map-handle";
import { openingDay, type LocalData } from "@/lib/import/local-data";
import type { UrlState } from "@/components/app/url-state/url-schema";
import { setLocalData } from "./use-local-data";

type Update = (change: Partial<UrlState>) => void;

/** Everything a reader's day, selection and filters named refers to the data they were chosen on. */
const FRESH: Partial<UrlState> = { day: undefined, event: undefined, actor: undefined, kind: undefined, verification: undefined, attribution: undefined };

/**
 * Switches the dashboard between the built-in data and a local file: the data source, the URL's
 * `data=local` mark, and the map's view fitted to the file's events (the period comes from them too).
 */
export function useLocalSwitch(map: MapHandle, update: Update) {
  const show = useCallback(
    (data: LocalData) => {
      setLocalData(data);
      update({ ...FRESH, day: openingDay(data), data: "local", file: data.file, rows: data.summary.rows });
      if (data.summary.bounds) map.jumpTo(data.summary.bounds);
    },
    [map, update],
  );
  const back = useCallback(() => {
    setLocalData(null);
    update({ ...FRESH, data: undefined, file: undefined, rows: undefined });
    map.jumpTo(null);
  }, [map, update]);
  return { show, back };
}
