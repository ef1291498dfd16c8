"use client";
import dynamic from "next/dynamic";
import { useEventData } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useEscape } from "./use-escape";

// Loaded with the first selection (at once when a link names an event), not with the map.
const DetailsPanel = dynamic(() => import("@/components/events/details-panel").then((m) => m.DetailsPanel), { ssr: false });

/** The selected event's details: a sheet over the map's lower part on a phone, a column over its right edge on a wide screen. */
export function DetailsOverlay({ theme, panelClass }: { theme: "light" | "dark"; panelClass: string }) {
  const store = useUrlStore();
  const id = useUrlSlice((s) => s.event);
  const { index } = useEventData();
  const close = () => store.update({ event: undefined }, "push");
  useEscape(() => id && close());
  const event = id ? index.all.find((e) => e.properties.id === id) : undefined;
  if (!event) return null;
  return (
    // Over the map only: on a phone a sheet over the map's lower part, so the play controls below stay in reach.
    <div
      className={`absolute inset-x-0 top-[22%] bottom-0 z-20 overflow-hidden rounded-t-lg shadow-2xl md:inset-x-auto md:top-0 md:right-0 md:w-[400px] md:rounded-none ${panelClass}`}
    >
      <DetailsPanel event={event} theme={theme} onClose={close} />
    </div>
  );
}
