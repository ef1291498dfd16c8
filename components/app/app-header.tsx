"use client";
import { ExportMenu } from "@/components/export/export-menu";
import { useEventData, useShownEvents } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useTheme } from "./use-theme";

/** The title, the link to how the data is made, the export menu and the theme switch. */
export function AppHeader() {
  const store = useUrlStore();
  const theme = useTheme();
  const { index, dataVersion } = useEventData();
  const shown = useShownEvents();
  // The whole state, for the permalink and the embed code the menu writes; a pan changes it too.
  const state = useUrlSlice((s) => s);
  const dark = theme.name === "dark";
  return (
    <header className="flex items-center gap-3 border-b border-current/15 px-3 py-2">
      <h1 className="min-w-0 flex-1 truncate text-sm font-bold sm:text-base">India–Pakistan strike map · April–May 2025</h1>
      {/* A full page load: the map's pending URL writes must not follow the reader to /about. */}
      <a href="/about" className="shrink-0 text-xs underline">About the data</a>
      <ExportMenu shown={shown} state={state} days={index.days} theme={theme} dataVersion={dataVersion} />
      <button type="button" onClick={() => store.update({ theme: dark ? "light" : "dark" })} className="rounded border border-current/30 px-2 py-1 text-xs">
        {dark ? "Light theme" : "Dark theme"}
      </button>
    </header>
  );
}
