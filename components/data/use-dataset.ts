"use client";
import useSWR from "swr";
import { jsonFetcher } from "@/lib/client/fetch-json";
import type { Dataset, TimeZone } from "@/lib/schemas/dataset";
import { GEODATA_OPTIONS } from "./use-geodata";

const fetcher = jsonFetcher<Dataset>(() => import("@/lib/schemas/dataset").then((m) => m.DatasetSchema));

/**
 * The dataset's words (title, period, time zones, sides, region) as the server's manifest gives them.
 * The page hands the manifest over (DashboardLoader) and it is not asked again: it changes only with a
 * restart, which serves new pages.
 */
export function useDataset(): Dataset {
  const { data } = useSWR("/api/dataset", fetcher, { ...GEODATA_OPTIONS, revalidateIfStale: false });
  if (!data) throw new Error("useDataset needs the manifest handed over by DashboardLoader");
  return data;
}

/** The time zones the served dataset's times are written in (its manifest). */
export function useTimeZones(): TimeZone[] {
  return useDataset().timeZones;
}
