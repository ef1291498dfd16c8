"use client";
import { useMemo, useState, type ReactNode } from "react";
import { Legend } from "@/components/legend/legend";
import { DotLegend } from "@/components/legend/dot-legend";
import { PhoneKey } from "@/components/legend/phone-key";
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
function MapKey({ legendOpen }: { legendOpen: boolean }) {
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
        {/* Collapsed to a compact key at first, so the opening view's events are not under it; opened in full when a
            phone reader asks for the key (the strip below the card already shows the compact one). */}
        <Legend key={String(legendOpen)} theme={theme} sides={dataset.sides} kinds={kinds} defaultOpen={legendOpen} />
      </>
    ),
    [theme, dots, pov, store, dataset.sides, kinds, legendOpen],
  );
}

/** The map with its headline, legend, data notices and the timeline: shared by the full app and the embed. */
export function MapPane({ styleUrl, panelClass, embed = false, overlay }: { styleUrl?: string; panelClass: string; embed?: boolean; overlay?: ReactNode }) {
  const { resources, dataset } = useEventData();
  const theme = useTheme();
  // Only below md, where the card is closed until asked for (see PhoneKey); a wider map always shows it.
  const [keyOpen, setKeyOpen] = useState(false);
  return (
    <>
      <ConnectedHeadline panelClass={panelClass} />
      <div className="relative min-h-[300px] flex-1">
        <ConnectedMap styleUrl={styleUrl} embed={embed} panelClass={panelClass} />
        <DataStatus resources={resources} />
        {/* On a wider map bottom-right over India's plains, above the scale bar, clear of the Karachi-Sindh strikes;
            on a phone, when opened, above the strip that opens it and over the Follow control (asked for, it comes first). */}
        <div
          id="map-key"
          data-testid="map-key"
          className={`absolute bottom-22 left-2 max-h-[75%] w-56 overflow-y-auto rounded p-2 shadow md:right-2 md:bottom-14 md:left-auto md:block md:w-60 ${keyOpen ? "max-md:z-10" : "hidden"} ${panelClass}`}
        >
          <MapKey legendOpen={keyOpen} />
        </div>
        <PhoneKey theme={theme} sides={dataset.sides} open={keyOpen} onToggle={() => setKeyOpen(!keyOpen)} controls="map-key" panelClass={panelClass} />
        {overlay}
      </div>
      {/* Drawn before its data arrives (empty), so the map's box keeps its size and the opening fit is not cropped. */}
      <ConnectedTimeline />
    </>
  );
}
