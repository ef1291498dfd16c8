"use client";
import { useEffect, useMemo, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { parseUrlState } from "@/lib/url-state";
import { THEMES, withSideColours } from "@/lib/map/theme";
import { DetailsPanel } from "@/components/events/details-panel";
import { EventList } from "@/components/events/event-list";
import { FilterPanel } from "@/components/filters/filter-panel";
import { ExportMenu } from "@/components/export/export-menu";
import { useUrlState } from "./use-url-state";
import { useSystemTheme } from "./use-system-theme";
import { useEscape } from "./use-escape";
import { useDashboardData } from "./use-dashboard-data";
import { MapPane, type Tool } from "./map-pane";
import { ToolsPanel } from "@/components/tools/tools-panel";
import { DepthList } from "@/components/events/depth-list";
import { OpenData } from "@/components/import/open-data";
import { LocalBanner } from "@/components/import/local-banner";
import { useLocalSwitch } from "@/components/import/use-local-switch";

const TABS = ["events", "filters", "depth", "tools"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, string> = { events: "Events", filters: "Filters", depth: "Depth", tools: "Measure" };

/**
 * The app on one screen: the map with legend and timeline, a side panel (events, filters) and event
 * details. As an embed it keeps the map, legend and timeline and drops the rest of the chrome.
 */
export default function Dashboard({ styleUrl, embed = false }: { styleUrl?: string; embed?: boolean }) {
  const [state, update] = useUrlState(useMemo(() => parseUrlState(window.location.search), []));
  const [tab, setTab] = useState<Tab>("events");
  const [tool, setTool] = useState<Tool>("select");
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const systemTheme = useSystemTheme();
  const data = useDashboardData(state);
  // Side colours come from the manifest; keyed by value so an equal manifest never rebuilds the map.
  const sidesKey = JSON.stringify(data.dataset.sides);
  const themeName = state.theme ?? systemTheme;
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const theme = useMemo(() => withSideColours(THEMES[themeName], data.dataset.sides), [themeName, sidesKey]);
  const [openData, setOpenData] = useState(false);
  const local = useLocalSwitch(map, update);
  const select = (id: string | null) => update({ event: id ?? undefined }, "push");
  useEscape(() => state.event && select(null));

  useEffect(() => {
    document.documentElement.style.colorScheme = theme.name;
  }, [theme.name]);

  const dark = theme.name === "dark";
  const panel = dark ? "bg-zinc-900 text-zinc-100" : "bg-white text-zinc-900";
  const details = data.selected && !embed && (
    <div
      className={`fixed inset-x-0 bottom-0 z-20 max-h-[60dvh] overflow-hidden rounded-t-lg shadow-2xl md:absolute md:inset-x-auto md:top-0 md:right-0 md:bottom-0 md:max-h-none md:w-[400px] md:rounded-none ${panel}`}
    >
      <DetailsPanel event={data.selected} theme={theme.name} onClose={() => select(null)} />
    </div>
  );
  const pane = (
    <MapPane data={data} state={state} update={update} theme={theme} styleUrl={styleUrl} panelClass={panel} onMap={setMap} tool={tool} setTool={setTool} overlay={details} />
  );
  if (embed)
    return (
      <div className={`flex h-dvh flex-col ${panel}`}>
        <p className="flex gap-3 px-3 py-1 text-xs">
          <a href={`/${window.location.search}`} target="_blank" rel="noopener" className="min-w-0 truncate font-semibold underline">
            {data.dataset.title} — open the full map with sources
          </a>
          <a href="/about" target="_blank" rel="noopener" className="shrink-0 underline">How this map is made</a>
        </p>
        <LocalBanner local={null} state={state} />
        {pane}
      </div>
    );
  return (
    <div className={`flex h-dvh flex-col ${panel}`}>
      <header className="flex items-center gap-3 border-b border-current/15 px-3 py-2">
        <h1 className="min-w-0 flex-1 truncate text-sm font-bold sm:text-base">{data.dataset.title}</h1>
        {/* A full page load: the map's pending URL writes must not follow the reader to /about. */}
        <a href="/about" className="shrink-0 text-xs underline">About the data</a>
        <button type="button" onClick={() => setOpenData(true)} className="rounded border border-current/30 px-2 py-1 text-xs">Open data…</button>
        <ExportMenu map={map} shown={data.shown} state={state} days={data.days} theme={theme} dataVersion={data.dataVersion} />
        <button type="button" onClick={() => update({ theme: dark ? "light" : "dark" })} className="rounded border border-current/30 px-2 py-1 text-xs">
          {dark ? "Light theme" : "Dark theme"}
        </button>
      </header>
      <LocalBanner local={data.local} state={state} onBack={local.back} onReport={() => setOpenData(true)} onOpen={() => setOpenData(true)} />
      <OpenData open={openData} setOpen={setOpenData} onLoaded={local.show} />
      <div className="relative flex min-h-0 flex-1 flex-col md:flex-row">
        <div className="order-1 flex h-[64dvh] min-h-[440px] shrink-0 flex-col md:order-2 md:h-auto md:min-h-0 md:flex-1">{pane}</div>
        <aside className="order-2 flex min-h-0 flex-1 flex-col border-current/15 md:order-1 md:w-[340px] md:flex-none md:border-r">
          <div role="tablist" className="flex border-b border-current/15 text-sm">
            {TABS.map((t) => (
              <button
                key={t}
                role="tab"
                aria-selected={tab === t}
                onClick={() => setTab(t)}
                className={`flex-1 px-3 py-2 ${tab === t ? "border-b-2 border-current font-semibold" : "opacity-70"}`}
              >
                {t === "events" ? `Events (${data.shown.length})` : TAB_LABEL[t]}
              </button>
            ))}
          </div>
          <div className="min-h-0 flex-1 overflow-y-auto p-3">
            {tab === "events" && <EventList events={data.shown} selected={state.event} theme={theme.name} onSelect={select} />}
            {tab === "filters" && <FilterPanel events={data.all} sides={data.dataset.sides} kinds={data.kinds} state={state} update={update} />}
            {tab === "depth" && <DepthList events={data.shown} selected={state.event} onSelect={select} />}
            {tab === "tools" && <ToolsPanel state={state} update={update} selected={data.selected} tool={tool} setTool={setTool} />}
          </div>
        </aside>
      </div>
    </div>
  );
}
