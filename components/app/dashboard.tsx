"use client";
import { useEffect, useMemo, useState } from "react";
import dynamic from "next/dynamic";
import { MapProvider } from "@/components/map/map-context";
import { useLocalData } from "@/components/import/use-local-data";
import { ToolModeProvider } from "@/components/tools/tool-mode";
import { createUrlStore } from "./url-state/url-store";
import { serializeUrlState } from "./url-state/url-schema";
import { UrlStateProvider, useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { EventDataProvider, ShownEventsProvider, useEventData } from "./event-data";
import { PlaybackStateProvider } from "./playback-state";
import { useTheme } from "./use-theme";
import { useEscape } from "./use-escape";
import { useDayInSpan } from "./use-day-in-span";
import { LinkNotice, LocalFileBanner } from "./notices";
import { MapPane } from "./map-pane";
import { AppHeader } from "./app-header";
import { SidePanel } from "./side-panel";
import { DetailsOverlay } from "./details-overlay";

// Loaded with the first file opened here: it measures that file's depth.
const LocalDepth = dynamic(() => import("@/components/import/local-depth").then((m) => m.LocalDepth), { ssr: false });
// The embed's card for a chosen event; loaded when one is chosen (the full page has its own details).
const EmbedCard = dynamic(() => import("@/components/events/embed-card").then((m) => m.EmbedCard), { ssr: false });

export interface DashboardProps {
  styleUrl?: string;
  embed?: boolean;
  /** Puts the live map on `window.__strikeMap` for the e2e suite and the bench (STRIKE_MAP_TEST_HOOKS=1). */
  testHooks?: boolean;
}

/**
 * The app on one screen: the map with legend and timeline, a side panel (events, filters, depth, tools)
 * and event details. As an embed it keeps the map, legend and timeline and drops the rest of the chrome.
 * The state lives in the URL; each part below subscribes to the slice it shows, so a day step re-renders
 * the map, the list and the caption, not this layout.
 */
export default function Dashboard({ styleUrl, embed = false, testHooks = false }: DashboardProps) {
  // Made once from the address bar (this component renders in the browser only), then kept in sync with it.
  const [store] = useState(() => createUrlStore(window));
  return (
    <UrlStateProvider store={store}>
      <EventDataProvider>
        <ShownEventsProvider>
          <MapProvider testHooks={testHooks}>
            <ToolModeProvider>
              <PlaybackStateProvider>
                <Layout styleUrl={styleUrl} embed={embed} />
                <LocalDepthOfFile />
              </PlaybackStateProvider>
            </ToolModeProvider>
          </MapProvider>
        </ShownEventsProvider>
      </EventDataProvider>
    </UrlStateProvider>
  );
}

function LocalDepthOfFile() {
  return useLocalData() ? <LocalDepth /> : null;
}

function Layout({ styleUrl, embed }: { styleUrl?: string; embed: boolean }) {
  const theme = useTheme();
  // The link as it arrived, before the page rewrites it: its notice names what it asked for and did not get.
  const linkSearch = useMemo(() => window.location.search, []);
  useEffect(() => {
    document.documentElement.style.colorScheme = theme.name;
    // For the map's own controls, which MapLibre builds outside React: globals.css styles them by theme.
    document.documentElement.dataset.theme = theme.name;
  }, [theme.name]);
  const panel = theme.name === "dark" ? "bg-zinc-900 text-zinc-100" : "bg-white text-zinc-900";
  if (embed) return <EmbedLayout styleUrl={styleUrl} panel={panel} linkSearch={linkSearch} />;
  return (
    <div className={`flex h-dvh flex-col ${panel}`}>
      <AppHeader linkSearch={linkSearch} />
      <div className="relative flex min-h-0 flex-1 flex-col md:flex-row">
        {/* The map comes first in the page as on screen: above the panel on a phone, left of it on a wider screen. */}
        <div className="flex h-[72dvh] min-h-[480px] min-w-0 shrink-0 flex-col md:h-auto md:min-h-0 md:flex-1">
          <MapPane styleUrl={styleUrl} panelClass={panel} overlay={<DetailsOverlay theme={theme.name} panelClass={panel} />} />
        </div>
        <SidePanel theme={theme.name} />
      </div>
    </div>
  );
}

/** The map alone in an article's frame: a link to the full map, and a card for the event clicked. */
function EmbedLayout({ styleUrl, panel, linkSearch }: { styleUrl?: string; panel: string; linkSearch: string }) {
  const theme = useTheme();
  const store = useUrlStore();
  const { dataset, index } = useEventData();
  const local = useUrlSlice((s) => ({ data: s.data, file: s.file, rows: s.rows }));
  const id = useUrlSlice((s) => s.event);
  const selected = id ? index.all.find((e) => e.properties.id === id) : undefined;
  // From the store, not the address bar: it follows every step at once (the address bar, just after a frame).
  const query = useUrlSlice(serializeUrlState, Object.is);
  const fullUrl = `/${query ? `?${query}` : ""}`;
  const close = () => store.update({ event: undefined }, "push");
  useEscape(() => id && close());
  const spanIssue = useDayInSpan();
  const card = selected && (
    <div className={`absolute inset-x-2 bottom-8 z-20 max-h-[60%] overflow-y-auto rounded shadow-2xl md:right-auto md:w-96 ${panel}`}>
      <EmbedCard event={selected} theme={theme.name} fullUrl={fullUrl} onClose={close} />
    </div>
  );
  return (
    <div className={`flex h-dvh flex-col ${panel}`}>
      <header className="flex items-baseline gap-3 px-3 py-1 text-xs">
        {/* The embed's own h1: a framed page is a page of its own to a screen reader. */}
        <h1 className="min-w-0 truncate font-semibold">
          <a href={fullUrl} target="_blank" rel="noopener" className="underline">
            {dataset.title} — open the full map with sources
          </a>
        </h1>
        <a href="/about" target="_blank" rel="noopener" className="shrink-0 underline">How this map is made</a>
      </header>
      <LinkNotice search={linkSearch} spanIssue={spanIssue} />
      <LocalFileBanner local={null} state={local} />
      <MapPane styleUrl={styleUrl} panelClass={panel} embed overlay={card || undefined} />
    </div>
  );
}
