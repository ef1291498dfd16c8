"use client";
import { useState } from "react";
import { measurePath } from "@/lib/geo/measure";
import { DEFAULT_RADII_KM, pathLengthText } from "@/lib/geo/tool-features";
import { useEventData } from "@/components/app/event-data";
import { useUrlSlice, useUrlStore } from "@/components/app/url-state/use-url-state";
import { useToolMode } from "./tool-mode";
import { detailsAsSheet } from "@/components/app/details-layout";

const button = "rounded border border-current/30 px-2 py-1 text-xs hover:bg-current/10 disabled:opacity-40";

/** Range rings around an event or a clicked point, and a path measured click by click; both kept in the URL. */
export function ToolsPanel() {
  const store = useUrlStore();
  const update = store.update;
  const state = useUrlSlice((s) => ({ radii: s.radii, rings: s.rings, measure: s.measure, event: s.event }));
  const { index } = useEventData();
  const selected = state.event ? index.all.find((e) => e.properties.id === state.event) : undefined;
  const { tool, setTool } = useToolMode();
  const [radiiText, setRadiiText] = useState((state.radii ?? DEFAULT_RADII_KM).join(", "));
  const radii = radiiText.split(",").map((r) => Number(r.trim())).filter((r) => r > 0 && r <= 5000).slice(0, 8);
  const measured = measurePath(state.measure ?? []);
  const centreOn = selected?.geometry.type === "Point" ? (selected.geometry.coordinates as [number, number]) : undefined;
  return (
    <div className="space-y-5 text-sm" data-testid="tools">
      <section className="space-y-2">
        <h3 className="font-semibold">Range rings</h3>
        <label className="flex items-center gap-2 text-xs">
          Radii (km)
          <input value={radiiText} onChange={(e) => setRadiiText(e.target.value)} onBlur={() => radii.length && update({ radii })}
            className="w-32 rounded border border-current/30 bg-transparent px-1 py-0.5" />
        </label>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={button} disabled={!centreOn} onClick={() => update({ rings: centreOn, radii })}>
            Around selected event
          </button>
          <button type="button" className={button} aria-pressed={tool === "rings"} onClick={() => (update({ radii }), setTool(tool === "rings" ? "select" : "rings"))}>
            {tool === "rings" ? "Click the map…" : "Place on map"}
          </button>
          <button type="button" className={button} disabled={!state.rings} onClick={() => update({ rings: undefined })}>
            Clear rings
          </button>
        </div>
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold">Measure</h3>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={button}
            aria-pressed={tool === "measure"}
            onClick={() => {
              const start = tool !== "measure";
              setTool(start ? "measure" : "select");
              // On a phone an event's details sheet covers most of the map, where the points and the path's length go.
              if (start && state.event && detailsAsSheet()) update({ event: undefined }, "push");
            }}
          >
            {tool === "measure" ? "Done measuring" : "Measure a path"}
          </button>
          <button type="button" className={button} disabled={!state.measure?.length} onClick={() => update({ measure: state.measure?.slice(0, -1) })}>
            Undo point
          </button>
          <button type="button" className={button} disabled={!state.measure?.length} onClick={() => update({ measure: undefined })}>
            Clear path
          </button>
        </div>
        {tool === "measure" && <p className="text-xs opacity-75">Click the map to add points.</p>}
        <p data-testid="measure-total" aria-live="polite">
          {pathLengthText(measured)}
        </p>
      </section>
    </div>
  );
}
