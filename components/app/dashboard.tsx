"use client";
import dynamic from "next/dynamic";
import { useEffect, useMemo, useState } from "react";
import { parseUrlState } from "@/lib/url-state";
import { THEMES } from "@/lib/map/theme";
import { toMapFeatures } from "@/lib/map/map-features";
import { visibleEvents } from "@/lib/events/visible-events";
import { DEFAULT_GLOBAL_STATE, type MapGlobalState } from "@/lib/map/global-state";
import { useBoundaries, useEvents, useTimeline } from "@/components/data/use-geodata";
import { Timeline } from "@/components/timeline/timeline";
import { DetailsPanel } from "@/components/events/details-panel";
import { EventList } from "@/components/events/event-list";
import { FilterPanel } from "@/components/filters/filter-panel";
import { Legend } from "@/components/legend/legend";
import { useUrlState } from "./use-url-state";
import { useSystemTheme } from "./use-system-theme";
import { useEscape } from "./use-escape";
import { DataStatus } from "./data-status";

const StrikeMap = dynamic(() => import("@/components/map/strike-map"), { ssr: false });

/** The whole app on one screen: map, side panel (events, filters), legend and event details. */
export default function Dashboard({ styleUrl }: { styleUrl?: string }) {
  const [state, update] = useUrlState(useMemo(() => parseUrlState(window.location.search), []));
  const [tab, setTab] = useState<"events" | "filters">("events");
  const systemTheme = useSystemTheme();
  const theme = THEMES[state.theme ?? systemTheme];
  const events = useEvents();
  const boundaries = useBoundaries();
  const timeline = useTimeline();
  const all = useMemo(() => events.data?.features ?? [], [events.data]);
  const mapEvents = useMemo(() => (events.data ? toMapFeatures(events.data.features) : undefined), [events.data]);
  const shown = useMemo(() => visibleEvents(all, state), [all, state]);
  const selected = all.find((e) => e.properties.id === state.event);
  const select = (id: string | null) => update({ event: id ?? undefined }, "push");
  useEscape(() => state.event && select(null));

  const { day, mode, actor, kind, verification } = state;
  const mapState: MapGlobalState = useMemo(
    () => ({
      ...DEFAULT_GLOBAL_STATE,
      day: day ?? "",
      mode,
      actors: actor ?? DEFAULT_GLOBAL_STATE.actors,
      kinds: kind ?? DEFAULT_GLOBAL_STATE.kinds,
      statuses: verification ?? DEFAULT_GLOBAL_STATE.statuses,
      selected: state.event ?? "",
    }),
    [day, mode, actor, kind, verification, state.event],
  );

  useEffect(() => {
    document.documentElement.style.colorScheme = theme.name;
  }, [theme.name]);

  const dark = theme.name === "dark";
  const panel = dark ? "bg-zinc-900 text-zinc-100" : "bg-white text-zinc-900";
  return (
    <div className={`flex h-dvh flex-col ${panel}`}>
      <header className="flex items-center gap-3 border-b border-current/15 px-3 py-2">
        <h1 className="min-w-0 flex-1 truncate text-sm font-bold sm:text-base">India–Pakistan strike map · April–May 2025</h1>
        <button
          type="button"
          onClick={() => update({ theme: dark ? "light" : "dark" })}
          className="rounded border border-current/30 px-2 py-1 text-xs"
        >
          {dark ? "Light theme" : "Dark theme"}
        </button>
      </header>
      <div className="relative flex min-h-0 flex-1 flex-col md:flex-row">
        <div className="order-1 flex h-[64dvh] min-h-[440px] shrink-0 flex-col md:order-2 md:h-auto md:min-h-0 md:flex-1">
        <div className="relative min-h-[300px] flex-1">
          <StrikeMap
            theme={theme}
            styleUrl={styleUrl}
            events={mapEvents}
            boundaries={boundaries.data}
            state={mapState}
            showBoundaries={state.boundaries}
            showLabels={state.labels}
            initialView={state.view}
            onSelect={select}
            onViewChange={(view) => update({ view })}
          />
          <DataStatus resources={[["events", events], ["boundary lines", boundaries], ["timeline", timeline]]} />
          <div className={`absolute bottom-8 left-2 max-h-[75%] w-60 overflow-y-auto rounded p-2 shadow ${panel}`}>
            <Legend theme={theme} defaultOpen={window.matchMedia("(min-width: 768px)").matches} />
          </div>
        </div>
        {timeline.data && (
          <Timeline
            days={timeline.data.days}
            day={state.day}
            cumulative={state.mode === "cumulative"}
            shown={shown}
            theme={theme}
            onDay={(d) => update({ day: d })}
            onCumulative={(on) => update({ mode: on ? "cumulative" : "day" })}
          />
        )}
        </div>
        <aside className="order-2 flex min-h-0 flex-1 flex-col border-current/15 md:order-1 md:w-[340px] md:flex-none md:border-r">
          <div role="tablist" className="flex border-b border-current/15 text-sm">
            {(["events", "filters"] as const).map((t) => (
              <button
                key={t}
                role="tab"
                aria-selected={tab === t}
                onClick={() => setTab(t)}
                className={`flex-1 px-3 py-2 capitalize ${tab === t ? "border-b-2 border-current font-semibold" : "opacity-70"}`}
              >
                {t === "events" ? `Events (${shown.length})` : "Filters"}
              </button>
            ))}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto p-3">
            {tab === "events" ? (
              <EventList events={shown} selected={state.event} theme={theme.name} onSelect={(id) => select(id)} />
            ) : (
              <FilterPanel events={all} state={state} update={update} />
            )}
          </div>
        </aside>
        {selected && (
          <div
            className={`fixed inset-x-0 bottom-0 z-20 max-h-[60dvh] overflow-hidden rounded-t-lg shadow-2xl md:absolute md:inset-x-auto md:top-0 md:right-0 md:bottom-0 md:max-h-none md:w-[400px] md:rounded-none ${panel}`}
          >
            <DetailsPanel event={selected} theme={theme.name} onClose={() => select(null)} />
          </div>
        )}
      </div>
    </div>
  );
}
