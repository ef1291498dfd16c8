"use client";
import dynamic from "next/dynamic";
import { useMemo, type ReactNode } from "react";
import { measureFeatures, ringFeatures } from "@/lib/map/tool-features";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { Theme } from "@/lib/map/theme";
import type { UrlState } from "@/lib/url-state";
import { Legend } from "@/components/legend/legend";
import { PovSelect } from "@/components/pov/pov-select";
import { DEFAULT_POV } from "@/lib/pov/pov";
import { Timeline } from "@/components/timeline/timeline";
import type { TimelineDay } from "@/lib/schemas/api";
import type { UrlStateUpdate } from "./use-url-state";
import type { DashboardData } from "./use-dashboard-data";
import { DataStatus } from "./data-status";
import { HeadlineBar } from "./headline-bar";

const NO_DAYS: TimelineDay[] = [];

const StrikeMap = dynamic(() => import("@/components/map/strike-map"), { ssr: false });

export interface MapPaneProps {
  data: DashboardData;
  state: UrlState;
  update: (change: UrlStateUpdate, how?: "replace" | "push") => void;
  theme: Theme;
  styleUrl?: string;
  panelClass: string;
  onMap?: (map: MapLibreMap | null) => void;
  tool?: Tool;
  setTool?: (tool: Tool) => void;
  /** Drawn over the map only (the event details), so the timeline below stays in reach. */
  overlay?: ReactNode;
}

export type Tool = "select" | "rings" | "measure";

/** The map with its legend, data notices and the timeline: shared by the full app and the embed. */
export function MapPane({ data, state, update, theme, styleUrl, panelClass, onMap, tool = "select", setTool, overlay }: MapPaneProps) {
  const { rings: centre, radii, measure } = state;
  const rings = useMemo(() => ringFeatures({ rings: centre, radii }), [centre, radii]);
  const path = useMemo(() => measureFeatures(measure), [measure]);
  const place = (point: [number, number]) => {
    if (tool === "rings") {
      update({ rings: point });
      setTool?.("select");
    } else update((s) => ({ measure: [...(s.measure ?? []), point] }));
  };
  return (
    <>
      <HeadlineBar shown={data.shown} days={data.days} day={state.day} cumulative={state.mode === "cumulative"} />
      <div className="relative min-h-[300px] flex-1">
        <StrikeMap
          theme={theme}
          styleUrl={styleUrl}
          events={data.mapEvents}
          boundaries={data.boundaries.data}
          state={data.mapState}
          showBoundaries={state.boundaries}
          showLabels={state.labels}
          initialView={state.view}
          pov={state.pov ?? DEFAULT_POV}
          onSelect={(id) => update({ event: id ?? undefined }, "push")}
          onViewChange={(view) => update({ view })}
          onMap={onMap}
          rings={rings}
          measure={path}
          tool={tool}
          onPlace={place}
        />
        <DataStatus resources={data.local ? [["boundary lines", data.boundaries]] : [["events", data.events], ["boundary lines", data.boundaries], ["timeline", data.timeline]]} />
        {/* Where the opening view has no events: bottom-left above the two-line attribution on a phone; on a wider
            map bottom-right over India's plains, above the scale bar, clear of the Karachi-Sindh strikes. */}
        <div className={`absolute bottom-12 left-2 max-h-[75%] w-48 overflow-y-auto rounded p-2 shadow md:right-2 md:bottom-14 md:left-auto md:w-60 ${panelClass}`}>
          <PovSelect value={state.pov ?? DEFAULT_POV} onChange={(pov) => update({ pov: pov === DEFAULT_POV ? undefined : pov })} />
          {/* Collapsed to a compact key at first, so the opening view's events are not under it. */}
          <Legend theme={theme} sides={data.dataset.sides} kinds={data.kinds} defaultOpen={false} />
        </div>
        {overlay}
      </div>
      {/* Drawn before its data arrives (empty), so the map's box keeps its size and the opening fit is not cropped. */}
      <Timeline
        days={data.timelineDays ?? NO_DAYS}
        all={data.all}
        view={state}
        theme={theme}
        onDay={(d) => update({ day: d })}
        onCumulative={(on) => update({ mode: on ? "cumulative" : "day" })}
      />
    </>
  );
}
