"use client";
import type { MapHandle } from "@/lib/map/map-handle";
import type { UrlState } from "@/components/app/url-state/url-schema";
import { serializeUrlState } from "@/components/app/url-state/url-schema";
import { matchesEvent } from "@/lib/events/event-rule";
import { dayRangeOfState, eventFilterOf } from "@/components/app/url-state/use-url-state";
import { DENSE_THRESHOLD } from "@/lib/map/layers/events";
import type { ThemeName } from "@/lib/map/theme";
import { toMapGlobalState } from "@/lib/map/global-state";
import { useBoundaries, useEvents } from "@/components/data/use-geodata";
import { useDataset } from "@/components/data/use-dataset";
import type { FrameDays } from "@/lib/export/map-source";
import type { ExportContext } from "@/lib/export/export-context";
import { boundaryFooter, DEFAULT_POV } from "@/lib/pov/pov";
import { useLocalData } from "@/components/import/use-local-data";
import { asSharedEvents, type LocalData } from "@/lib/import/local-data";
import type { LocalFileFacts } from "@/lib/export/frame-info";

/** What exports say about a local file: its name, its events and how its own dataset asks to be cited. */
export function localFileFacts(local: LocalData | null): LocalFileFacts | undefined {
  if (!local) return undefined;
  const citations = [...new Set(local.imported.flatMap((e) => (e.properties.imported.citation ? [e.properties.imported.citation.title] : [])))];
  return { file: local.file, events: local.imported.length, citations };
}

/** The URL state that opens the app on a frame's days, with the reader's filters and theme. */
function stateForDays(state: UrlState, days: FrameDays, keepView: boolean): UrlState {
  const { day, mode } = days.mode === "all" ? { day: undefined, mode: "day" as const } : days;
  return { ...state, day, mode, event: undefined, view: keepView ? state.view : undefined };
}

/**
 * Gathers what an export needs when the reader asks for one. This is the only export code that knows
 * the URL state's shape and the map's global state; lib/export sees an ExportContext.
 */
export function useExportContext(map: MapHandle, getState: () => UrlState, days: string[], theme: ThemeName, dataVersion: string): () => ExportContext {
  const local = useLocalData();
  const served = useEvents().data?.features;
  const events = local ? asSharedEvents(local.imported) : served;
  const boundaries = useBoundaries().data?.features;
  const dataset = useDataset();
  return () => {
    const state = getState();
    const filter = eventFilterOf(state);
    const globalState = (d: FrameDays) => {
      const s = stateForDays(state, d, false);
      const range = dayRangeOfState(s);
      // Dots instead of symbols where the frame has as many events as makes the live map draw dots.
      const count = events?.filter((e) => matchesEvent(e.properties, filter, range)).length ?? 0;
      return { ...toMapGlobalState(filter, range, { labels: state.labels, dense: count > DENSE_THRESHOLD }) };
    };
    const source = map.exportSource(globalState);
    if (!source || !events) throw new Error("the map is not ready");
    return {
      source,
      events,
      filters: { actor: state.actor, kind: state.kind, verification: state.verification, attribution: state.attribution },
      boundaries: state.boundaries ? (boundaries ?? []) : [],
      labels: state.labels,
      theme,
      dataVersion,
      allDays: days,
      boundaryNote: boundaryFooter(state.pov ?? DEFAULT_POV),
      localFile: localFileFacts(local),
      dataset,
      permalinkFor: (d, keepView) => `${window.location.origin}/?${serializeUrlState(stateForDays(state, d, keepView))}`,
    };
  };
}
