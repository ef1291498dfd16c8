"use client";
import { useEffect, useMemo, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import { parseUrlState } from "@/lib/url-state";
import { urlIssues } from "@/lib/url-issues";
import { THEMES, withSideColours } from "@/lib/map/theme";
import { DetailsPanel } from "@/components/events/details-panel";
import { EventList } from "@/components/events/event-list";
import { EmbedCard } from "@/components/events/embed-card";
import { FilterPanel } from "@/components/filters/filter-panel";
import { ExportMenu } from "@/components/export/export-menu";
import { useUrlState } from "./use-url-state";
import { useSystemTheme } from "./use-system-theme";
import { useEscape } from "./use-escape";
import { useDashboardData } from "./use-dashboard-data";
import { UrlNotice } from "./url-notice";
import { MapPane, type Tool } from "./map-pane";
import { ToolsPanel } from "@/components/tools/tools-panel";
import { DepthList } from "@/components/events/depth-list";
import { OpenData } from "@/components/import/open-data";
import { LocalBanner } from "@/components/import/local-banner";
import { useLocalSwitch } from "@/components/import/use-local-switch";
import { Tabs } from "@/components/ui/tabs";

const TABS = ["events", "filters", "depth", "tools"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, string> = { events: "Events", filters: "Filters", depth: "Depth", tools: "Measure" };

/**
 * The app on one screen: the map with legend and timeline, a side panel (events, filters) and event
 * details. As an embed it keeps the map, legend and timeline and drops the rest of the chrome.
 */
export default function Dashboard({ styleUrl, embed = false }: { styleUrl?: string; embed?: boolean }) {
  const [state, update] = useUrlState(useMemo(() => parseUrlState(window.location.search), []));
  // What the opened link asked for and did not get; read once, as the link arrived.
  const linkIssues = useMemo(() => urlIssues(window.location.search), []);
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
  const card = data.selected && embed && (
    <div className={`absolute inset-x-2 bottom-8 z-20 max-h-[60%] overflow-y-auto rounded shadow-2xl md:right-auto md:w-96 ${panel}`}>
      <EmbedCard event={data.selected} theme={theme.name} fullUrl={`/${window.location.search}`} onClose={() => select(null)} />
    </div>
  );
  const details = data.selected && !embed && (
    // Over the map only: on a phone a sheet over the map's lower part, so the play controls below stay in reach.
    <div
      className={`absolute inset-x-0 top-[22%] bottom-0 z-20 overflow-hidden rounded-t-lg shadow-2xl md:inset-x-auto md:top-0 md:right-0 md:w-[400px] md:rounded-none ${panel}`}
    >
      <DetailsPanel event={data.selected} theme={theme.name} onClose={() => select(null)} />
    </div>
  );
  const pane = (
    <MapPane data={data} state={state} update={update} theme={theme} styleUrl={styleUrl} panelClass={panel} onMap={setMap} tool={tool} setTool={setTool} overlay={details || card} />
  );
  if (embed)
    return (
      <div className={`flex h-dvh flex-col ${panel}`}>
        <header className="flex items-baseline gap-3 px-3 py-1 text-xs">
          {/* The embed's own h1: a framed page is a page of its own to a screen reader. */}
          <h1 className="min-w-0 truncate font-semibold">
            <a href={`/${window.location.search}`} target="_blank" rel="noopener" className="underline">
              {data.dataset.title} — open the full map with sources
            </a>
          </h1>
          <a href="/about" target="_blank" rel="noopener" className="shrink-0 underline">How this map is made</a>
        </header>
        <UrlNotice issues={linkIssues} />
        <LocalBanner local={null} state={state} />
        {pane}
      </div>
    );
  return (
    <div className={`flex h-dvh flex-col ${panel}`}>
      {/* On a phone the title takes its own line: beside four controls it would shrink to nothing. */}
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-current/15 px-3 py-2">
        <h1 className="min-w-0 basis-full truncate text-sm font-bold sm:flex-1 sm:basis-auto sm:text-base">{data.dataset.title}</h1>
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
      <UrlNotice issues={linkIssues} />
      <div className="relative flex min-h-0 flex-1 flex-col md:flex-row">
        {/* The map comes first in the page as on screen: above the panel on a phone, left of it on a wider screen. */}
        <div className="flex h-[72dvh] min-h-[480px] min-w-0 shrink-0 flex-col md:h-auto md:min-h-0 md:flex-1">{pane}</div>
        <aside aria-label="Events and tools" className="flex min-h-0 flex-1 flex-col border-current/15 md:w-[340px] md:flex-none md:border-l">
          <Tabs tabs={TABS} selected={tab} onSelect={setTab} ariaLabel="Side panel" label={(t) => (t === "events" ? `Events (${data.shown.length})` : TAB_LABEL[t])} panelClassName="min-h-0 flex-1 overflow-y-auto p-3">
            {tab === "events" && <EventList events={data.shown} selected={state.event} theme={theme.name} onSelect={select} />}
            {tab === "filters" && <FilterPanel events={data.all} sides={data.dataset.sides} kinds={data.kinds} state={state} update={update} />}
            {tab === "depth" && <DepthList events={data.shown} selected={state.event} onSelect={select} />}
            {tab === "tools" && <ToolsPanel state={state} update={update} selected={data.selected} tool={tool} setTool={setTool} />}
          </Tabs>
        </aside>
      </div>
    </div>
  );
}
