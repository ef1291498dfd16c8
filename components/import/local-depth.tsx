"use client";
import { useEffect } from "react";
import useSWR from "swr";
import { jsonFetcher } from "@/lib/client/fetch-json";
import type { CountryCollection } from "@/lib/basemap/schemas";
import type { BoundaryFeature } from "@/lib/schemas/boundary";
import type { Bounds } from "@/lib/schemas/dataset";
import type { LocalData } from "@/lib/import/local-data";
import { useBoundaries } from "@/components/data/use-geodata";
import { useDataset } from "@/components/data/use-dataset";
import { useMapHandle } from "@/components/map/map-context";
import { drawnOrLate } from "@/lib/map/map-handle";
import { setLocalData, getLocalData, useLocalData } from "./use-local-data";

const countriesFetcher = jsonFetcher<CountryCollection>(() => import("@/lib/basemap/schemas").then((m) => m.CountryCollectionSchema));

/**
 * Measures depth for an opened file's events once the map has drawn them (the map is interactive first),
 * from the same lines and country polygons the server uses for the built-in data, in a worker of its own:
 * 100,000 events take seconds to measure, which the page must not wait for.
 */
export function LocalDepth() {
  useLocalDepth(useLocalData(), useBoundaries().data?.features, useDataset().region);
  return null;
}

function useLocalDepth(local: LocalData | null, lines: readonly BoundaryFeature[] | undefined, region: Bounds) {
  const map = useMapHandle();
  const pending = local && !local.depthMeasured;
  const countries = useSWR(pending ? "/basemap/countries.geojson" : null, countriesFetcher, { revalidateOnFocus: false });
  const polygons = countries.data?.features;
  useEffect(() => {
    if (!pending || !lines || !polygons) return;
    let worker: Worker | undefined;
    let cancelled = false;
    void drawnOrLate(map).then(async () => {
      if (cancelled) return;
      // Loaded with the first opened file: the geometry code is not needed for the built-in data.
      const [{ depthRequest, applyDepths }, { createDepthWorker, measureInWorker }] = await Promise.all([
        import("@/lib/import/local-depth"),
        import("@/lib/import/depth-client"),
      ]);
      if (cancelled) return;
      // The positions' buffer goes to the worker; `at` stays here to place the answers.
      const request = depthRequest(local.imported, region);
      worker = createDepthWorker();
      const packed = await measureInWorker(worker, { positions: request.positions, lines, countries: polygons }).catch((e: Error) => {
        console.error(`Depth could not be measured for ${local.file}: ${e.message}`);
        return null;
      });
      worker.terminate();
      // Only the data it was started for: the reader may have opened another file, or rows left, meanwhile.
      if (cancelled || getLocalData() !== local) return;
      setLocalData({ ...local, imported: packed ? applyDepths(local.imported, request.at, packed) : local.imported, depthMeasured: true });
    });
    return () => {
      cancelled = true;
      worker?.terminate();
    };
  }, [pending, local, lines, polygons, region, map]);
}
