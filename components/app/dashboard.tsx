"use client";
import { useEffect, useState } from "react";
import { MapProvider } from "@/components/map/map-context";
import { ToolModeProvider } from "@/components/tools/tool-mode";
import { createUrlStore } from "./url-state/url-store";
import { UrlStateProvider } from "./url-state/use-url-state";
import { EventDataProvider, ShownEventsProvider } from "./event-data";
import { PlaybackStateProvider } from "./playback-state";
import { useTheme } from "./use-theme";
import { MapPane } from "./map-pane";
import { AppHeader } from "./app-header";
import { SidePanel } from "./side-panel";
import { DetailsOverlay } from "./details-overlay";

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
              </PlaybackStateProvider>
            </ToolModeProvider>
          </MapProvider>
        </ShownEventsProvider>
      </EventDataProvider>
    </UrlStateProvider>
  );
}

function Layout({ styleUrl, embed }: { styleUrl?: string; embed: boolean }) {
  const theme = useTheme();
  useEffect(() => {
    document.documentElement.style.colorScheme = theme.name;
  }, [theme.name]);
  const panel = theme.name === "dark" ? "bg-zinc-900 text-zinc-100" : "bg-white text-zinc-900";
  if (embed)
    return (
      <div className={`flex h-dvh flex-col ${panel}`}>
        <p className="flex gap-3 px-3 py-1 text-xs">
          <a href={`/${window.location.search}`} target="_blank" rel="noopener" className="min-w-0 truncate font-semibold underline">
            India–Pakistan strike map, April–May 2025 — open the full map with sources
          </a>
          <a href="/about" target="_blank" rel="noopener" className="shrink-0 underline">How this map is made</a>
        </p>
        <MapPane styleUrl={styleUrl} panelClass={panel} embed />
      </div>
    );
  return (
    <div className={`flex h-dvh flex-col ${panel}`}>
      <AppHeader />
      <div className="relative flex min-h-0 flex-1 flex-col md:flex-row">
        <div className="order-1 flex h-[64dvh] min-h-[440px] shrink-0 flex-col md:order-2 md:h-auto md:min-h-0 md:flex-1">
          <MapPane styleUrl={styleUrl} panelClass={panel} overlay={<DetailsOverlay theme={theme.name} panelClass={panel} />} />
        </div>
        <SidePanel theme={theme.name} />
      </div>
    </div>
  );
}
