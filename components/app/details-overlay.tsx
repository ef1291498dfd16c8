"use client";
import dynamic from "next/dynamic";
import { useEventData } from "./event-data";
import { useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import { useEscape } from "./use-escape";

// Loaded with the first selection (at once when a link names an event), not with the map.
const DetailsPanel = dynamic(() => import("@/components/events/details-panel").then((m) => m.DetailsPanel), { ssr: false });

/** The selected event's details: a bottom sheet on a phone, a column over the map's right edge on a wide screen. */
export function DetailsOverlay({ theme, panelClass }: { theme: "light" | "dark"; panelClass: string }) {
  const store = useUrlStore();
  const id = useUrlSlice((s) => s.event);
  const { index } = useEventData();
  const close = () => store.update({ event: undefined }, "push");
  useEscape(() => id && close());
  const event = id ? index.all.find((e) => e.properties.id === id) : undefined;
  if (!event) return null;
  return (
    <div
      className={`fixed inset-x-0 bottom-0 z-20 max-h-[60dvh] overflow-hidden rounded-t-lg shadow-2xl md:absolute md:inset-x-auto md:top-0 md:right-0 md:bottom-0 md:max-h-none md:w-[400px] md:rounded-none ${panelClass}`}
    >
      <DetailsPanel event={event} theme={theme} onClose={close} />
    </div>
  );
}
