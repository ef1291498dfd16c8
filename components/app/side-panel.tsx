"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import { EventList } from "@/components/events/event-list";
import { Tabs } from "@/components/ui/tabs";
import { emptyListText } from "@/lib/events/caption";
import { useShownReady, useShownView } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";

// The other tabs load when first opened: the first view needs the list only.
const DepthList = dynamic(() => import("@/components/events/depth-list").then((m) => m.DepthList), { ssr: false });
const FilterPanel = dynamic(() => import("@/components/filters/filter-panel").then((m) => m.FilterPanel), { ssr: false });
const ToolsPanel = dynamic(() => import("@/components/tools/tools-panel").then((m) => m.ToolsPanel), { ssr: false });

/** More rows than this would freeze the page (100,000 events): the list says so and shows the first ones. */
const LIST_LIMIT = 500;

const TABS = ["events", "filters", "depth", "tools"] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, string> = { events: "Events", filters: "Filters", depth: "Depth", tools: "Measure" };

/** Tabs beside the map: the shown events, the filters, the depth chart and the measuring tools. */
export function SidePanel({ theme }: { theme: "light" | "dark" }) {
  const [tab, setTab] = useState<Tab>("events");
  const store = useUrlStore();
  // The filter and days the events were counted for, so an empty list names the right cause.
  const { shown, filter, range } = useShownView();
  const ready = useShownReady();
  const selected = useUrlSlice((s) => s.event);
  const select = (id: string | null) => store.update({ event: id ?? undefined }, "push");
  return (
    <aside aria-label="Events and tools" className="flex min-h-0 flex-1 flex-col border-current/15 md:w-[340px] md:flex-none md:border-l">
      <Tabs tabs={TABS} selected={tab} onSelect={setTab} ariaLabel="Side panel" label={(t) => (t === "events" && ready ? `Events (${shown.length})` : TAB_LABEL[t])} panelClassName="min-h-0 flex-1 overflow-y-auto p-3">
        {tab === "events" && ready && shown.length > LIST_LIMIT && (
          <p data-testid="list-limit" className="mb-2 text-xs opacity-80">
            Listing the first {LIST_LIMIT.toLocaleString("en-GB")} of {shown.length.toLocaleString("en-GB")} events: choose a day or filter to see the rest.
          </p>
        )}
        {tab === "events" && ready && <EventList events={shown.length > LIST_LIMIT ? shown.slice(0, LIST_LIMIT) : shown} empty={emptyListText(filter, range)} selected={selected} theme={theme} onSelect={select} />}
        {tab === "filters" && <FilterPanel />}
        {tab === "depth" && <DepthList events={shown} selected={selected} onSelect={select} />}
        {tab === "tools" && <ToolsPanel />}
      </Tabs>
    </aside>
  );
}
