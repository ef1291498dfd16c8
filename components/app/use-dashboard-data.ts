"use client";
import { useMemo } from "react";
import type { UrlState } from "@/lib/url-state";
import { toMapFeatures } from "@/lib/map/map-features";
import { toMapGlobalState } from "@/lib/map/global-state";
import { visibleEvents } from "@/lib/events/visible-events";
import { useBoundaries, useEvents, useTimeline } from "@/components/data/use-geodata";

/** The loaded data and everything derived from it for the current state, computed once per change. */
export function useDashboardData(state: UrlState) {
  const events = useEvents();
  const boundaries = useBoundaries();
  const timeline = useTimeline();
  const all = useMemo(() => events.data?.features ?? [], [events.data]);
  const mapEvents = useMemo(() => (events.data ? toMapFeatures(events.data.features) : undefined), [events.data]);
  const shown = useMemo(() => visibleEvents(all, state), [all, state]);
  const days = useMemo(() => timeline.data?.days.map((d) => d.date) ?? [], [timeline.data]);
  const { day, mode, actor, kind, verification, attribution, event } = state;
  const mapState = useMemo(
    () => toMapGlobalState({ day, mode, actor, kind, verification, attribution, event }),
    [day, mode, actor, kind, verification, attribution, event],
  );
  return {
    events,
    boundaries,
    timeline,
    all,
    mapEvents,
    shown,
    days,
    mapState,
    selected: all.find((e) => e.properties.id === event),
    dataVersion: events.data?.dataVersion ?? "unknown",
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;
