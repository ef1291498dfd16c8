"use client";
import { useEffect } from "react";
import useSWR from "swr";
import { jsonFetcher } from "@/lib/client/fetch-json";
import { CountryCollectionSchema } from "@/lib/basemap/schemas";
import type { BoundaryFeature } from "@/lib/schemas/boundary";
import type { Bounds } from "@/lib/schemas/dataset";
import type { LocalData } from "@/lib/import/local-data";
import { setLocalData, getLocalData } from "./use-local-data";

const countriesFetcher = jsonFetcher(CountryCollectionSchema);

/**
 * Measures depth for an opened file's events once they are drawn (the map is interactive first), from
 * the same lines and country polygons the server uses for the built-in data.
 */
export function useLocalDepth(local: LocalData | null, lines: readonly BoundaryFeature[] | undefined, region: Bounds) {
  const pending = local && !local.depthMeasured;
  const countries = useSWR(pending ? "/basemap/countries.geojson" : null, countriesFetcher, { revalidateOnFocus: false });
  const polygons = countries.data?.features;
  useEffect(() => {
    if (!pending || !lines || !polygons) return;
    const timer = setTimeout(async () => {
      // Loaded with the first opened file: the geometry code is not needed for the built-in data.
      const { localEventsWithDepth } = await import("@/lib/import/local-depth");
      // Only the data it was started for: the reader may have opened another file meanwhile.
      if (getLocalData() !== local) return;
      setLocalData({ ...local, imported: localEventsWithDepth(local.imported, lines, polygons, region), depthMeasured: true });
    }, 500);
    return () => clearTimeout(timer);
  }, [pending, local, lines, polygons, region]);
}
