"use client";
import { useEffect, useRef, useState } from "react";
import type { Map as MapLibreMap } from "maplibre-gl";
import type { EventFeature } from "@/lib/schemas/event";
import type { Theme } from "@/lib/map/theme";
import type { UrlState } from "@/lib/url-state";
import { serializeUrlState } from "@/lib/url-state";
import { eventsToCsv } from "@/lib/export/csv";
import { exportFileName } from "@/lib/export/file-name";
import { exportRange, frameInfo } from "@/lib/export/frame-info";
import { boundaryFooter, DEFAULT_POV } from "@/lib/pov/pov";
import { metresPerPixel } from "@/lib/export/scale-bar";
import { download, renderSnapshot } from "@/lib/export/snapshot";
import { renderAnimation } from "@/lib/export/animation";
import { EmbedDialog } from "./embed-dialog";

export interface ExportMenuProps {
  map: MapLibreMap | null;
  shown: EventFeature[];
  state: UrlState;
  days: string[];
  theme: Theme;
  dataVersion: string;
}

type Job = { label: string; done?: number; total?: number; abort?: AbortController } | null;

/** Export: framed PNGs at 1×, 2× and 4×, the shown events as GeoJSON or CSV, a WebM of the days, embed code. */
export function ExportMenu({ map, shown, state, days, theme, dataVersion }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [job, setJob] = useState<Job>(null);
  const [error, setError] = useState<string | null>(null);
  const [embed, setEmbed] = useState(false);
  const menu = useRef<HTMLDivElement>(null);
  const range = exportRange(state, days);
  const permalink = () => `${window.location.origin}/?${serializeUrlState(state)}`;
  const info = (forRange = range, events = shown) =>
    frameInfo({
      shown: events,
      theme,
      range: forRange,
      metresPerPixel: map ? metresPerPixel(map.getCenter().lat, map.getZoom()) : 1,
      dataVersion,
      permalink: permalink(),
      pov: state.pov,
    });

  useEffect(() => {
    if (open) menu.current?.querySelector<HTMLElement>("[role=menuitem]")?.focus();
  }, [open]);

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

  const png = (scale: number) =>
    run(`PNG ${scale}×`, async () => {
      if (!map) throw new Error("the map is not ready");
      download(await renderSnapshot(map, scale, info()), exportFileName(range, "png", scale));
    });
  const data = (ext: "geojson" | "csv") =>
    run(ext.toUpperCase(), async () => {
      const body = ext === "csv" ? eventsToCsv(shown) : JSON.stringify({ type: "FeatureCollection", dataVersion, boundaries: boundaryFooter(state.pov ?? DEFAULT_POV), features: shown }, null, 2);
      download(new Blob([body], { type: ext === "csv" ? "text/csv" : "application/geo+json" }), exportFileName(range, ext));
    });
  const animation = () =>
    run("Animation", async (abort) => {
      if (!map) throw new Error("the map is not ready");
      const whole = { from: days[0]!, to: days.at(-1)! };
      const blob = await renderAnimation({
        live: map,
        days,
        // One legend for every frame, so all frames have the same size.
        infoFor: (day) => ({ ...info(whole), dayLabel: info({ from: day, to: day }).dayLabel }),
        onProgress: (done, total) => setJob((j) => j && { ...j, done, total }),
        signal: abort.signal,
      });
      download(blob, exportFileName(whole, "webm"));
    });

  const items: [string, () => void][] = [
    ["PNG 1×", () => png(1)],
    ["PNG 2×", () => png(2)],
    ["PNG 4×", () => png(4)],
    ["GeoJSON", () => data("geojson")],
    ["CSV", () => data("csv")],
    ["Animation (WebM)", animation],
    ["Copy embed code", () => (setOpen(false), setEmbed(true))],
  ];
  return (
    <div className="relative" onKeyDown={(e) => e.key === "Escape" && open && (e.stopPropagation(), setOpen(false))}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={!!job}
        onClick={() => setOpen(!open)}
        className="rounded border border-current/30 px-2 py-1 text-xs"
      >
        Export
      </button>
      {open && (
        <div ref={menu} role="menu" aria-label="Export" className="absolute right-0 z-30 mt-1 w-48 rounded border border-current/20 bg-inherit py-1 shadow-lg">
          {items.map(([label, action]) => (
            <button key={label} type="button" role="menuitem" onClick={action} className="block w-full px-3 py-1.5 text-left text-sm hover:bg-current/10 focus:bg-current/10">
              {label}
            </button>
          ))}
        </div>
      )}
      {job && (
        <div role="status" data-testid="export-progress" className="fixed right-3 bottom-3 z-40 flex items-center gap-2 rounded bg-zinc-800 px-3 py-2 text-sm text-white shadow">
          Exporting {job.label}
          {job.total ? ` — frame ${job.done} of ${job.total}` : "…"}
          {job.abort && (
            <button type="button" onClick={() => job.abort?.abort()} className="rounded bg-white px-2 text-zinc-900">
              Cancel
            </button>
          )}
        </div>
      )}
      {error && (
        <div role="alert" className="fixed right-3 bottom-3 z-40 rounded bg-red-700 px-3 py-2 text-sm text-white" onClick={() => setError(null)}>
          {error}
        </div>
      )}
      {embed && <EmbedDialog query={serializeUrlState(state)} onClose={() => setEmbed(false)} />}
    </div>
  );
}
