"use client";
import { useMemo, type ReactNode } from "react";
import { Legend } from "@/components/legend/legend";
import { DotLegend } from "@/components/legend/dot-legend";
import { PovSelect } from "@/components/pov/pov-select";
import { DEFAULT_POV } from "@/lib/pov/pov";
import { DENSE_THRESHOLD } from "@/lib/map/layers/events";
import { DataStatus } from "./data-status";
import { ConnectedMap } from "./connected-map";
import { ConnectedTimeline } from "./connected-timeline";
import { ConnectedHeadline } from "./headline-bar";
import { useEventData, useShownEvents } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useTheme } from "./use-theme";

/** The boundary view, the legend, and the dots explained while the map draws dots; a day step does not re-render it. */
function MapKey() {
  const theme = useTheme();
  const store = useUrlStore();
  const { dataset, kinds } = useEventData();
  const pov = useUrlSlice((s) => s.pov) ?? DEFAULT_POV;
  const dots = useShownEvents().length > DENSE_THRESHOLD;
  return useMemo(
    () => (
      <>
        <PovSelect value={pov} onChange={(p) => store.update({ pov: p === DEFAULT_POV ? undefined : p })} />
        {dots && <DotLegend theme={theme} />}
        {/* Collapsed to a compact key at first, so the opening view's events are not under it. */}
        <Legend theme={theme} sides={dataset.sides} kinds={kinds} defaultOpen={false} />
      </>
    ),
    [theme, dots, pov, store, dataset.sides, kinds],
  );
}

/** The map with its headline, legend, data notices and the timeline: shared by the full app and the embed. */
export function MapPane({ styleUrl, panelClass, embed = false, overlay }: { styleUrl?: string; panelClass: string; embed?: boolean; overlay?: ReactNode }) {
  const { resources } = useEventData();
  return (
    <>
      <ConnectedHeadline panelClass={panelClass} />
      <div className="relative min-h-[300px] flex-1">
        <ConnectedMap styleUrl={styleUrl} embed={embed} panelClass={panelClass} />
        <DataStatus resources={resources} />
        {/* Where the opening view has no events: bottom-left above the two-line attribution on a phone; on a wider
            map bottom-right over India's plains, above the scale bar, clear of the Karachi-Sindh strikes. */}
        <div data-testid="map-key" className={`absolute bottom-12 left-2 max-h-[75%] w-48 overflow-y-auto rounded p-2 shadow md:right-2 md:bottom-14 md:left-auto md:w-60 ${panelClass}`}>
          <MapKey />
        </div>
        {overlay}
      </div>
      {/* Drawn before its data arrives (empty), so the map's box keeps its size and the opening fit is not cropped. */}
      <ConnectedTimeline />
    </>
  );
}
