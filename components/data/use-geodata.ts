"use client";
import useSWR from "swr";
import { jsonFetcher } from "@/lib/client/fetch-json";
import { EventCollectionSchema } from "@/lib/schemas/event";
import { BoundaryCollectionSchema } from "@/lib/schemas/boundary";
import { TimelineSchema } from "@/lib/schemas/api";
import { DatasetSchema, type Dataset } from "@/lib/schemas/dataset";
import bundledManifest from "@/geodata/dataset.json";

// Data changes only with a deployment: no refetch on focus, keep the last good data through errors.
const OPTIONS = { revalidateOnFocus: false, revalidateOnReconnect: false, keepPreviousData: true, shouldRetryOnError: false };

const eventsFetcher = jsonFetcher(EventCollectionSchema);
const boundariesFetcher = jsonFetcher(BoundaryCollectionSchema);
const timelineFetcher = jsonFetcher(TimelineSchema);

/** Every event, loaded once; days and filters are applied on the client without refetching. */
export function useEvents() {
  return useSWR("/api/events", eventsFetcher, OPTIONS);
}

export function useBoundaries() {
  return useSWR("/api/boundaries", boundariesFetcher, OPTIONS);
}

export function useTimeline() {
  return useSWR("/api/timeline", timelineFetcher, OPTIONS);
}

const datasetFetcher = jsonFetcher(DatasetSchema);
/** The manifest bundled with the app: shown until the server's arrives, and if it cannot be fetched. */
export const BUNDLED_MANIFEST: Dataset = DatasetSchema.parse(bundledManifest);

/**
 * The dataset's words (title, period, time zones, sides, region) as the server's manifest gives them.
 * A page that hands the manifest over (DashboardLoader) is not asked again: it changes only with a
 * restart, which serves new pages.
 */
export function useDataset(): Dataset {
  return useSWR("/api/dataset", datasetFetcher, { ...OPTIONS, revalidateIfStale: false }).data ?? BUNDLED_MANIFEST;
}
