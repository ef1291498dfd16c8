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
import { useEventData, useShownEvents } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useTheme } from "./use-theme";

/** The boundary view, the legend, and the dots explained while the map draws dots; a day step does not re-render it. */
function MapKey() {
  const theme = useTheme();
  const store = useUrlStore();
  const pov = useUrlSlice((s) => s.pov) ?? DEFAULT_POV;
  const dots = useShownEvents().length > DENSE_THRESHOLD;
  return useMemo(
    () => (
      <>
        <PovSelect value={pov} onChange={(p) => store.update({ pov: p === DEFAULT_POV ? undefined : p })} />
        {dots && <DotLegend theme={theme} />}
        <Legend theme={theme} defaultOpen={window.matchMedia("(min-width: 768px)").matches} />
      </>
    ),
    [theme, dots, pov, store],
  );
}

/** The map with its legend, data notices and the timeline: shared by the full app and the embed. */
export function MapPane({ styleUrl, panelClass, embed = false, overlay }: { styleUrl?: string; panelClass: string; embed?: boolean; overlay?: ReactNode }) {
  const { resources, index } = useEventData();
  return (
    <>
      <div className="relative min-h-[300px] flex-1">
        <ConnectedMap styleUrl={styleUrl} embed={embed} panelClass={panelClass} />
        <DataStatus resources={resources} />
        <div className={`absolute bottom-8 left-2 max-h-[75%] w-60 overflow-y-auto rounded p-2 shadow ${panelClass}`}>
          <MapKey />
        </div>
        {overlay}
      </div>
      {index.days.length > 0 && <ConnectedTimeline />}
    </>
  );
}
