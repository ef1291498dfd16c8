"use client";
import { createContext, useContext, useDeferredValue, useMemo, type ReactNode } from "react";
import type { FeatureCollection } from "geojson";
import type { EventFeature } from "@/lib/schemas/event";
import type { TimelineDay } from "@/lib/schemas/api";
import { filteredTimeline, indexEvents, shownEvents, type EventIndex } from "@/lib/events/event-index";
import type { EventFilter } from "@/lib/events/event-facets";
import { dayRangeOf, type DayRange } from "@/lib/events/event-rule";
import { mapEventsOf, type MapEvents } from "@/lib/map/map-events";
import type { Dataset } from "@/lib/schemas/dataset";
import type { Actor } from "@/lib/schemas/parties";
import { sideNames } from "@/lib/schemas/sides";
import { asSharedEvents, fileRef, localFileLabel, type LocalData } from "@/lib/import/local-data";
import { useBoundaries, useEvents } from "@/components/data/use-geodata";
import { useDataset } from "@/components/data/use-dataset";
import { useLocalData } from "@/components/import/use-local-data";
import { useEventFilter, useUrlSlice } from "./url-state/use-url-state";

export interface EventData {
  index: EventIndex;
  /** The events as the map takes them (all, or the shown days of many); undefined until they have loaded. */
  mapEvents: MapEvents | undefined;
  boundaries: FeatureCollection | undefined;
  dataVersion: string;
  /** The served dataset's manifest: title, sides, kinds, time zones. */
  dataset: Dataset;
  /** Every side's name as the manifest gives it (the defaults where it names none), for sentences and keys. */
  sideNames: Readonly<Record<Actor, string>>;
  /** The kinds the legend names: the manifest's, or those of the opened file. */
  kinds: Dataset["kinds"];
  /** A file opened in this browser, shown instead of the served events; null for the served data. */
  local: LocalData | null;
  /** The requests behind them, for loading and error notices with Retry. */
  resources: [string, ReturnType<typeof useEvents> | ReturnType<typeof useBoundaries>][];
}

const EventDataContext = createContext<EventData | null>(null);
/** The shown events with the index, filter and days they were computed from (a step behind while it renders). */
interface ShownView {
  index: EventIndex;
  /** Whether `index` holds loaded events: once it does, a later load (a file's depth added) keeps the list up. */
  loaded: boolean;
  filter: EventFilter;
  range: DayRange;
  /** The day chosen and whether the days up to it are shown, as `range` was computed from them. */
  day: string | undefined;
  cumulative: boolean;
  shown: EventFeature[];
}
const ShownContext = createContext<ShownView | null>(null);
const TimelineContext = createContext<TimelineDay[]>([]);

/**
 * The loaded data and what is derived from it once per load (the day index, the map's features). A file
 * opened in the browser (useLocalData) replaces the API's events; the lines stay.
 */
export function EventDataProvider({ children }: { children: ReactNode }) {
  const local = useLocalData();
  const events = useEvents();
  const boundaries = useBoundaries();
  const dataset = useDataset();
  const all = useMemo(() => (local ? asSharedEvents(local.imported) : (events.data?.features ?? [])), [local, events.data]);
  const index = useMemo(() => indexEvents(all), [all]);
  // The map's features change with the events loaded, not with depth added to a file's events after it is
  // drawn (the map draws no depth): its summary stays the same object then, and the map keeps its data.
  const loaded = local ? local.summary : events.data;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const mapEvents = useMemo(() => (loaded ? mapEventsOf(index) : undefined), [loaded]);
  const value = useMemo<EventData>(
    () => ({
      index,
      mapEvents,
      boundaries: boundaries.data,
      dataVersion: local ? `local file ${localFileLabel(fileRef(local))}` : (events.data?.dataVersion ?? "unknown"),
      dataset,
      sideNames: sideNames(dataset.sides),
      kinds: local ? local.summary.kinds : dataset.kinds,
      local,
      resources: local
        ? [["boundary lines", boundaries]]
        : [
            ["events", events],
            ["boundary lines", boundaries],
          ],
    }),
    // The SWR objects change with their fields; these are the fields that matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, mapEvents, local, dataset, boundaries.data, events.data, events.error, events.isLoading, boundaries.error, boundaries.isLoading],
  );
  return <EventDataContext.Provider value={value}>{children}</EventDataContext.Provider>;
}

export function useEventData(): EventData {
  const data = useContext(EventDataContext);
  if (!data) throw new Error("useEventData needs an EventDataProvider above it");
  return data;
}

/**
 * Computes the shown events once per day step or filter change, for the list, the caption, the histogram
 * and exports. They follow the URL as a deferred value: the map takes a day step from the URL at once and
 * draws its next frame, while the list and counts render after it in time slices that never hold the
 * frame back.
 */
export function ShownEventsProvider({ children }: { children: ReactNode }) {
  const { index: indexNow, mapEvents } = useEventData();
  const loadedNow = mapEvents !== undefined;
  const filterNow = useEventFilter();
  const { day: dayNow, mode } = useUrlSlice((s) => ({ day: s.day, mode: s.mode }));
  // Deferred together: a file opened on its first day is never counted over all its days in between, and
  // the headline and caption always speak of the days they count.
  const now = useMemo(
    () => ({ index: indexNow, loaded: loadedNow, filter: filterNow, day: dayNow, cumulative: mode === "cumulative" }),
    [indexNow, loadedNow, filterNow, dayNow, mode],
  );
  const { index, loaded, filter, day, cumulative } = useDeferredValue(now);
  const range = useMemo(() => dayRangeOf(day, cumulative), [day, cumulative]);
  const shown = useMemo(() => shownEvents(index, filter, range), [index, filter, range]);
  const view = useMemo(() => ({ index, loaded, filter, range, day, cumulative, shown }), [index, loaded, filter, range, day, cumulative, shown]);
  // The histogram counts by the same rule as the map and the list, so its bars follow the filters.
  const days = useMemo(() => filteredTimeline(index, filter).days, [index, filter]);
  return (
    <ShownContext.Provider value={view}>
      <TimelineContext.Provider value={days}>{children}</TimelineContext.Provider>
    </ShownContext.Provider>
  );
}

/** The shown events with the filter and day range they were computed for, so counts and captions agree. */
export function useShownView(): ShownView {
  const view = useContext(ShownContext);
  if (!view) throw new Error("the shown events need a ShownEventsProvider above them");
  return view;
}

/**
 * Whether the shown events are counted from loaded ones. They follow the data a render later; until the
 * first load reaches them there is nothing to list or count (the map says it is loading), rather than
 * "no events".
 */
export function useShownReady(): boolean {
  return useShownView().loaded;
}

/** The events the list, the caption and exports show now, in data order. */
export function useShownEvents(): EventFeature[] {
  return useShownView().shown;
}

/** Each day's events under the reader's filters, first day to last. */
export function useFilteredTimeline(): TimelineDay[] {
  return useContext(TimelineContext);
}
