"use client";
import { useMemo, useState } from "react";
import dynamic from "next/dynamic";
import { bboxOfGeometries, containsPoint, MAX_VIEW_BBOX, type Bbox } from "@/lib/geo/region";
import type { Covered } from "@/lib/map/map-handle";
import { toMapGlobalState } from "@/lib/map/global-state";
import { DENSE_THRESHOLD } from "@/lib/map/layers/events";
import { DEFAULT_POV } from "@/lib/pov/pov";
// Static: the dashboard renders only in the browser already, and the map is what its first screen waits for,
// so maplibre-gl comes in the same round trip as the dashboard's own code.
import StrikeMap from "@/components/map/strike-map";
import type { MapStateSource, Padding } from "@/components/map/strike-map-props";
import { useLatest } from "@/components/map/use-latest";
import { useMapTools } from "@/components/tools/use-map-tools";
import { anchorOf } from "@/lib/events/anchor";
import { useFollowFrame } from "@/components/follow/use-follow";
import { useEventData, useShownView } from "./event-data";
import { dayRangeOfState, eventFilterOf, useUrlSlice, useUrlStore } from "./url-state/use-url-state";
import type { UrlState } from "./url-state/url-schema";
import { useTheme } from "./use-theme";
import { useFirstDraw } from "./use-first-draw";
import { detailsAsSheet } from "./details-layout";
import { ICON_SIZE } from "@/lib/map/icons/draw-event-icon";

// The reading aids over the map (Follow, events outside the view): shown, and loaded, once the map has drawn.
const FollowControls = dynamic(() => import("@/components/follow/follow-controls").then((m) => m.FollowControls), { ssr: false });
// Only where several events share a click point; loaded then.
const EventChooser = dynamic(() => import("@/components/follow/event-chooser").then((m) => m.EventChooser), { ssr: false });

/** The share of the map's height the details sheet covers on a phone (it starts 22 % from the map's top). */
const SHEET_SHARE = 0.78;

/** What the details panel covers of the map: a column on the right on a wide screen, a sheet over its lower part on a phone. */
function coveredBy(detailsOpen: boolean): Covered {
  if (!detailsOpen) return { right: 0, bottom: 0 };
  if (!detailsAsSheet()) return { right: 400, bottom: 0 };
  const height = document.querySelector("[data-testid=map]")?.getBoundingClientRect().height ?? window.innerHeight;
  return { right: 0, bottom: Math.round(height * SHEET_SHARE) };
}

/** The fit places points; a symbol drawn on one reaches half its size beyond it, so the key stays that far off and a little more. */
const KEY_GAP = ICON_SIZE / 2 + 4;

/** The map's key as drawn: the card on a wider map, the strip that opens it below md (a hidden one has no box). */
function shownKeyBox(): DOMRect | undefined {
  for (const id of ["map-key", "phone-key"]) {
    const box = document.querySelector(`[data-testid=${id}]`)?.getBoundingClientRect();
    if (box && box.width > 0) return box;
  }
  return undefined;
}

/**
 * The opening fit's paddings to choose from: clear of the Follow bar along the top, and of the legend in
 * its bottom corner, either by keeping the events above it or beside it (the adapter takes whichever lets
 * the map zoom closer). Measured when the fit is made, since the legend's size depends on the screen.
 */
function openingPaddings(): Padding[] {
  const base = { top: 56, right: 32, bottom: 32, left: 32 };
  const map = document.querySelector("[data-testid=map]")?.getBoundingClientRect();
  const key = shownKeyBox();
  // On a phone the key covers a third of a small map: clearing it would shrink the story past reading, so
  // the events are fitted to the whole map there, as the struck places' names need the room.
  if (!map || !key || map.width < 500) return [base];
  const above = { ...base, bottom: Math.max(base.bottom, map.bottom - key.top + KEY_GAP) };
  const onRight = key.left - map.left > map.right - key.right;
  const beside = onRight ? { ...base, right: Math.max(base.right, map.right - key.left + KEY_GAP) } : { ...base, left: Math.max(base.left, key.right - map.left + KEY_GAP) };
  return [above, beside];
}

/** What the map's style reads from a URL state: the days, the filters, labels and the selection. */
function mapStateOf(s: UrlState, dense: boolean) {
  return toMapGlobalState(eventFilterOf(s), dayRangeOfState(s), { dense, labels: s.labels, selected: s.event });
}

/** The map fed from the URL state and the data: what it shows, what it rings, where clicks go, where it looks. */
export function ConnectedMap({ styleUrl, embed, panelClass }: { styleUrl?: string; embed: boolean; panelClass: string }) {
  const store = useUrlStore();
  const theme = useTheme();
  const { mapEvents, boundaries, index, dataset, resources } = useEventData();
  const { shown, day: shownDay } = useShownView();
  const { event, showBoundaries, pov } = useUrlSlice((s) => ({ event: s.event, showBoundaries: s.boundaries, pov: s.pov }));
  // The drawing mode follows the shown events (a render behind the URL); the map reads it on each render.
  const dense = useLatest(shown.length > DENSE_THRESHOLD);
  // Not subscribed here: the map takes the days and filters from the store itself (see StrikeMap), so a
  // day step does not render this component before the map has the change.
  const state = useMemo<MapStateSource>(() => ({ get: () => mapStateOf(store.get(), dense.current), subscribe: store.watch }), [store, dense]);
  const selectedEvent = useMemo(() => (event ? index.all.find((e) => e.properties.id === event) : undefined), [event, index]);
  const reveal = useMemo(() => (selectedEvent ? anchorOf(selectedEvent) : null), [selectedEvent]);
  // The shown events trail the URL by a render (see ShownEventsProvider): the frame takes the day they are of.
  const frame = useFollowFrame(shown, shownDay);
  // The whole story in view: every event the map can pan to (talks in New York or Beijing are listed only).
  // Measured only when the map makes its opening fit: once, not for every file or depth added after it.
  const opening = useMemo(() => {
    if (index.all.length === 0) return null;
    let box: Bbox | undefined;
    const measure = () => bboxOfGeometries(index.all.filter((e) => containsPoint(MAX_VIEW_BBOX, anchorOf(e))).map((e) => e.geometry)) ?? dataset.bounds;
    return { box: () => (box ??= measure()), paddings: openingPaddings };
  }, [index, dataset.bounds]);
  const covered = coveredBy(!embed && !!selectedEvent);
  const [view, setView] = useState<Bbox | null>(null);
  const [choice, setChoice] = useState<{ ids: string[]; at: { x: number; y: number } } | null>(null);
  const tools = useMapTools();
  const drawn = useFirstDraw();
  // Read once: the view is the map's own from then on, written back to the URL as it moves.
  const initialView = useMemo(() => store.get().view, [store]);
  const select = (id: string | null) => store.update({ event: id ?? undefined }, "push");
  const chosen = choice ? choice.ids.flatMap((id) => index.all.filter((e) => e.properties.id === id)) : [];
  // The map is made once its events are in (or cannot be), so it starts at the opening view: made before
  // them, it would tile the basemap at a guessed view, then tile it all again at the opening fit.
  const ready = !!initialView || mapEvents !== undefined || resources.some(([, r]) => r.error !== undefined);
  return (
    <>
      {!ready ? (
        <div data-testid="map" data-state="loading" className="absolute inset-0" />
      ) : (
        <StrikeMap
          theme={theme}
          pov={pov ?? DEFAULT_POV}
          styleUrl={styleUrl}
          events={mapEvents}
          boundaries={boundaries}
          state={state}
          showBoundaries={showBoundaries}
          initialView={initialView}
          opening={opening}
          rings={tools.rings}
          measure={tools.measure}
          placing={tools.placing}
          onPlace={tools.place}
          covered={covered}
          reveal={reveal}
          frame={frame}
          onPick={(ids, at) => {
            setChoice(ids.length > 1 ? { ids, at } : null);
            if (ids.length <= 1) select(ids[0] ?? null);
          }}
          onViewChange={(v, bounds) => {
            setView(bounds);
            if (v) store.update({ view: v });
          }}
        />
      )}
      {drawn && <FollowControls shown={shown} view={view} covered={covered} panelClass={panelClass} />}
      {chosen.length > 1 && choice && (
        <EventChooser
          events={chosen}
          at={choice.at}
          panelClass={panelClass}
          onChoose={(id) => {
            setChoice(null);
            select(id);
          }}
          onClose={() => setChoice(null)}
        />
      )}
    </>
  );
}
