"use client";
import { useSyncExternalStore } from "react";
import { drawEventIcon, ICON_SIZE } from "@/lib/map/icons/draw-event-icon";
import type { EventIconSpec } from "@/lib/map/icons/icon-names";

/**
 * Each symbol drawn once per size and kept as an image address: a list of 200 events holds a few dozen
 * distinct symbols, and the browser decodes each address once however many rows show it. A canvas per
 * row cost a backing store and a copy each, about 1 ms a row while a large file's first day rendered.
 */
const drawn = new Map<string, string>();

function iconUrl(spec: EventIconSpec, size: number): string | null {
  const ratio = (size / ICON_SIZE) * Math.max(2, window.devicePixelRatio || 1);
  const px = Math.round(ICON_SIZE * ratio);
  const key = `${spec.theme}|${spec.kind}|${spec.actor}|${spec.status}|${spec.attribution}|${px}`;
  let url = drawn.get(key);
  if (url === undefined) {
    const ctx = scratchContext();
    if (!ctx) return null;
    // Setting the size clears the canvas and resets its state for the next symbol.
    ctx.canvas.width = ctx.canvas.height = px;
    drawEventIcon(ctx, spec, ratio);
    drawn.set(key, (url = ctx.canvas.toDataURL()));
  }
  return url;
}

let scratch: CanvasRenderingContext2D | null | undefined;

/**
 * One canvas for every symbol: a file's kinds, sides and statuses make a hundred distinct symbols, and a
 * context costs more to create than a symbol to draw. On the CPU, as reading back a GPU canvas costs far
 * more than drawing a few dozen pixels.
 */
function scratchContext(): CanvasRenderingContext2D | null {
  if (scratch === undefined) scratch = document.createElement("canvas").getContext("2d", { willReadFrequently: true });
  return scratch;
}

const unchanging = () => () => {};

/** The exact symbol the map draws for an event, for the legend, lists and details. */
export function EventIcon({ spec, size = 18, label }: { spec: EventIconSpec; size?: number; label?: string }) {
  // Drawn in the browser only: the server's page (and its hydration) holds an empty box of the same size.
  const src = useSyncExternalStore(unchanging, () => iconUrl(spec, size), () => null);
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true };
  const box = { width: size, height: size };
  if (!src) return <span style={box} className="inline-block shrink-0" {...a11y} />;
  // eslint-disable-next-line @next/next/no-img-element -- a drawn data: address, nothing for the image optimiser to do
  return <img src={src} alt={label ?? ""} style={box} className="inline-block shrink-0" aria-hidden={label ? undefined : true} />;
}
