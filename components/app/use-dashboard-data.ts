"use client";
import { useMemo } from "react";
import type { UrlState } from "@/lib/url-state";
import { toMapFeatures } from "@/lib/map/map-features";
import { toMapGlobalState } from "@/lib/map/global-state";
import { visibleEvents } from "@/lib/events/visible-events";
import { useBoundaries, useDataset, useEvents, useTimeline } from "@/components/data/use-geodata";
import { useLocalDepth } from "@/components/import/use-local-depth";
import { useLocalData } from "@/components/import/use-local-data";
import { asSharedEvents, fileRef, localFileLabel, localTimeline } from "@/lib/import/local-data";

/**
 * The loaded data and everything derived from it for the current state, computed once per change.
 * A file opened in the browser (useLocalData) replaces the API's events and timeline; the lines stay.
 */
export function useDashboardData(state: UrlState) {
  const local = useLocalData();
  const events = useEvents();
  const boundaries = useBoundaries();
  const timeline = useTimeline();
  const dataset = useDataset();
  useLocalDepth(local, boundaries.data?.features, dataset.region);
  const all = useMemo(() => (local ? asSharedEvents(local.imported) : (events.data?.features ?? [])), [local, events.data]);
  const mapEvents = useMemo(() => (local || events.data ? toMapFeatures(all) : undefined), [local, events.data, all]);
  const shown = useMemo(() => visibleEvents(all, state), [all, state]);
  const timelineDays = useMemo(() => (local ? localTimeline(local.imported, local.summary).days : timeline.data?.days), [local, timeline.data]);
  const days = useMemo(() => timelineDays?.map((d) => d.date) ?? [], [timelineDays]);
  const { day, mode, actor, kind, verification, attribution, event } = state;
  const mapState = useMemo(
    () => toMapGlobalState({ day, mode, actor, kind, verification, attribution, event }),
    [day, mode, actor, kind, verification, attribution, event],
  );
  // The legend names the kinds the data uses: the manifest's, or those of the opened file.
  const kinds = local ? local.summary.kinds : dataset.kinds;
  return {
    local,
    dataset,
    kinds,
    events,
    boundaries,
    timeline,
    timelineDays,
    all,
    mapEvents,
    shown,
    days,
    mapState,
    selected: all.find((e) => e.properties.id === event),
    dataVersion: local ? `local file ${localFileLabel(fileRef(local))}` : (events.data?.dataVersion ?? "unknown"),
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;
