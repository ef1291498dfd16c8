"use client";
import useSWR from "swr";
import { jsonFetcher } from "@/lib/client/fetch-json";
import { DatasetSchema, type TimeZone } from "@/lib/schemas/dataset";

const fetcher = jsonFetcher(DatasetSchema);
const NONE: TimeZone[] = [];

/** The time zones the served dataset's times are written in (its manifest); empty until it loads. */
export function useTimeZones(): TimeZone[] {
  const { data } = useSWR("/api/dataset", fetcher, { revalidateOnFocus: false, revalidateOnReconnect: false, shouldRetryOnError: false });
  return data?.timeZones ?? NONE;
}
