"use client";
import useSWR from "swr";
import { firstDrawFetcher } from "@/lib/client/fetch-json";
import type { EventCollection } from "@/lib/schemas/event";
import type { BoundaryCollection } from "@/lib/schemas/boundary";

// Data changes only with a deployment: no refetch on focus, nor when another part of the page (the export
// menu, a file's depth) starts to read it later; keep the last good data through errors.
export const GEODATA_OPTIONS = { revalidateOnFocus: false, revalidateOnReconnect: false, revalidateIfStale: false, keepPreviousData: true, shouldRetryOnError: false };

// The schemas are loaded when the answers are checked, after the map's first draw. The events are
// checked as the server checks what it serves: curated or imported, each by its own profile.
const eventsFetcher = firstDrawFetcher<EventCollection>(() => import("@/lib/schemas/imported-event").then((m) => m.AnyEventCollectionSchema));
const boundariesFetcher = firstDrawFetcher<BoundaryCollection>(() => import("@/lib/schemas/boundary").then((m) => m.BoundaryCollectionSchema));

/** Every event, loaded once; days and filters are applied on the client without refetching. */
export function useEvents() {
  return useSWR("/api/events", eventsFetcher, GEODATA_OPTIONS);
}

export function useBoundaries() {
  return useSWR("/api/boundaries", boundariesFetcher, GEODATA_OPTIONS);
}
