"use client";
import { useState, type Dispatch, type SetStateAction } from "react";
import dynamic from "next/dynamic";
import type { MenuKeys } from "@/components/ui/use-menu-keys";
import type { Theme } from "@/lib/map/theme";
import { dayRangeOfState, eventFilterOf, useUrlStore } from "@/components/app/url-state/use-url-state";
import { useEventData } from "@/components/app/event-data";
import { shownEvents } from "@/lib/events/event-index";
import { serializeUrlState } from "@/components/app/url-state/url-schema";
import { useMapHandle } from "@/components/map/map-context";
import { DEFAULT_POV } from "@/lib/pov/pov";
import { exportFileName } from "@/lib/export/file-name";
import { fileRef, localFileLabel, localFileNote } from "@/lib/import/local-data";
import { useLocalData } from "@/components/import/use-local-data";
import { PNG_PRESETS, SCREEN_SCALES } from "@/lib/export/presets";
import { currentFrameDays, spanOf } from "@/lib/export/frame-days";
import type { PngTarget } from "@/lib/export/snapshot";
import { ANIMATION_SIZES } from "@/lib/export/presets";
import type { AnimationChoice } from "./animation-dialog";
import { useExportContext } from "./use-export-context";
import { ExportStatus, type Job } from "./export-status";
import { useDataset } from "@/components/data/use-dataset";

// Loaded when first opened: the menu itself is all a reader who never exports needs.
const EmbedDialog = dynamic(() => import("./embed-dialog").then((m) => m.EmbedDialog), { ssr: false });
const AnimationDialog = dynamic(() => import("./animation-dialog").then((m) => m.AnimationDialog), { ssr: false });

export interface ExportMenuBodyProps {
  days: string[];
  theme: Theme;
  dataVersion: string;
  /** The menu button's state and keys (the button is ExportMenu's, on the page from its first load). */
  keys: MenuKeys;
  job: Job;
  setJob: Dispatch<SetStateAction<Job>>;
}

type Group = { group: string; items: { label: string; action: () => void }[] };

/**
 * The export menu's items and what they do: framed PNGs as on screen and at publishers' sizes, the shown
 * events as GeoJSON or CSV, an MP4 or WebM of the days, embed code; the running export's progress and the
 * dialogs. It reads the URL state and the shown events when an export starts, not by subscribing to them:
 * a day step or a pan does not re-render the menu.
 */
export function ExportMenuBody({ days, theme, dataVersion, keys, job, setJob }: ExportMenuBodyProps) {
  const { open, setOpen, close, menu, onMenuKeyDown } = keys;
  const [error, setError] = useState<string | null>(null);
  const [dialog, setDialog] = useState<"embed" | "animation" | null>(null);
  const store = useUrlStore();
  const { index } = useEventData();
  const context = useExportContext(useMapHandle(), store.get, days, theme.name, dataVersion);
  const dataset = useDataset();
  const local = useLocalData();
  /** The state, frame and date range as they are now, when an export starts. */
  const now = () => {
    const state = store.get();
    const frame = currentFrameDays(state);
    return { state, frame, range: spanOf(frame, days).range };
  };

  const run = async (label: string, work: (abort: AbortController) => Promise<void>) => {
    setOpen(false);
    setError(null);
    const abort = new AbortController();
    setJob({ label, abort });
    try {
      await work(abort);
    } catch (e) {
      if ((e as Error).name !== "AbortError") setError(`${label} failed: ${(e as Error).message}`);
    } finally {
      setJob(null);
    }
  };

  const png = (label: string, target: PngTarget) =>
    run(label, async () => {
      const { frame } = now();
      // The exporters load with the first export, not with the map.
      const { download, renderPng } = await import("@/lib/export/snapshot");
      const { blob, fileName } = await renderPng(context(), frame, target);
      download(blob, fileName);
    });
  const data = (ext: "geojson" | "csv") =>
    run(ext.toUpperCase(), async () => {
      const { state, frame, range } = now();
      // The events shown, by the same rule and index as the list and the map.
      const shown = shownEvents(index, eventFilterOf(state), dayRangeOfState(state));
      const [{ download }, { eventsToCsv }, { eventsToGeoJson }] = await Promise.all([import("@/lib/export/snapshot"), import("@/lib/export/csv"), import("@/lib/export/geojson")]);
      const ctx = context();
      const localNote = ctx.localFile && localFileNote(ctx.localFile);
      const body =
        ext === "csv"
          ? eventsToCsv(shown, { pov: state.pov ?? DEFAULT_POV, localNote })
          : eventsToGeoJson(shown, { dataVersion, boundaries: ctx.boundaryNote, range, mode: frame.mode, filters: ctx.filters, permalink: ctx.permalinkFor(frame, false), localNote });
      download(new Blob([body], { type: ext === "csv" ? "text/csv" : "application/geo+json" }), exportFileName(range, ext));
    });
  const animation = (choice: AnimationChoice) =>
    run(`Animation (${choice.format.toUpperCase()})`, async (abort) => {
      const [{ download }, { renderAnimation }] = await Promise.all([import("@/lib/export/snapshot"), import("@/lib/export/animation")]);
      const { blob, fileName } = await renderAnimation(context(), {
        format: choice.format,
        size: ANIMATION_SIZES.find((s) => s.id === choice.sizeId)!,
        secondsPerDay: choice.secondsPerDay,
        mode: store.get().mode,
        onProgress: (done, total) => setJob((j) => j && { ...j, done, total }),
        signal: abort.signal,
      });
      download(blob, fileName);
    });

  // The menu hands focus back to its button before the dialog opens: a modal dialog returns focus on
  // closing to what had it when it opened, and the menu item that had it is gone by then.
  const openDialog = (which: "embed" | "animation") => (close(true), setDialog(which));

  const groups: Group[] = [
    { group: "Image as on screen", items: SCREEN_SCALES.map((s) => ({ label: `PNG ${s}×`, action: () => png(`PNG ${s}×`, { kind: "screen", scale: s }) })) },
    {
      group: "Image at a set size, framed on the events",
      items: PNG_PRESETS.map((p) => ({ label: `PNG ${p.label}`, action: () => png(`PNG ${p.label}`, { kind: "preset", preset: p }) })),
    },
    {
      group: "Data of the events shown",
      items: [
        { label: "GeoJSON", action: () => data("geojson") },
        { label: "CSV", action: () => data("csv") },
      ],
    },
    {
      group: "Video and sharing",
      items: [
        { label: "Animation (MP4 or WebM)…", action: () => openDialog("animation") },
        { label: "Copy embed code", action: () => openDialog("embed") },
      ],
    },
  ];
  return (
    <>
      {open && (
        // On a phone the menu spans the header's width just below it (the header is its positioned box), clear of its button.
        <div
          ref={menu}
          id="export-menu"
          role="menu"
          aria-label="Export"
          onKeyDown={onMenuKeyDown}
          className={`absolute right-0 z-40 mt-1 max-h-[80dvh] w-72 max-sm:inset-x-3 max-sm:top-full max-sm:w-auto overflow-y-auto rounded border border-current/20 py-1 shadow-lg ${theme.name === "dark" ? "bg-zinc-900" : "bg-white"}`}
        >
          {groups.map(({ group, items }, g) => (
            <div key={group} role="group" aria-labelledby={`export-group-${g}`}>
              <div id={`export-group-${g}`} role="presentation" className="px-3 pt-2 pb-0.5 text-[11px] font-semibold uppercase opacity-75">
                {group}
              </div>
              {items.map((item) => (
                <button key={item.label} type="button" role="menuitem" tabIndex={-1} onClick={item.action} className="block w-full px-3 py-1.5 text-left text-sm hover:bg-current/10 focus:bg-current/10">
                  {item.label}
                </button>
              ))}
            </div>
          ))}
        </div>
      )}
      <ExportStatus job={job} error={error} onDismiss={() => setError(null)} />
      {dialog === "embed" && <EmbedDialog query={serializeUrlState(store.get())} title={dataset.title} localFile={local ? localFileLabel(fileRef(local)) : undefined} onClose={() => setDialog(null)} />}
      {dialog === "animation" && <AnimationDialog days={days.length} cumulative={store.get().mode === "cumulative"} onExport={animation} onClose={() => setDialog(null)} />}
    </>
  );
}
