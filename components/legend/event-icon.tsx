"use client";
import { useEffect, useRef } from "react";
import { drawEventIcon, ICON_SIZE } from "@/lib/map/icons/draw-event-icon";
import type { EventIconSpec } from "@/lib/map/icons/icon-names";

/**
 * Each symbol drawn once per size: a list of 200 events holds a few dozen distinct symbols, and copying
 * a drawn one costs a fraction of drawing its paths again.
 */
const drawn = new Map<string, HTMLCanvasElement>();

function drawnIcon(spec: EventIconSpec, ratio: number, px: number): HTMLCanvasElement | null {
  const key = `${spec.theme}|${spec.kind}|${spec.actor}|${spec.status}|${spec.attribution}|${px}`;
  let canvas = drawn.get(key);
  if (!canvas) {
    canvas = document.createElement("canvas");
    canvas.width = canvas.height = px;
    const ctx = canvas.getContext("2d");
    if (!ctx) return null;
    drawEventIcon(ctx, spec, ratio);
    drawn.set(key, canvas);
  }
  return canvas;
}

/** The exact symbol the map draws for an event, for the legend, lists and details. */
export function EventIcon({ spec, size = 18, label }: { spec: EventIconSpec; size?: number; label?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { theme, kind, actor, status, attribution } = spec;
  useEffect(() => {
    const ratio = (size / ICON_SIZE) * Math.max(2, window.devicePixelRatio || 1);
    const px = Math.round(ICON_SIZE * ratio);
    const canvas = ref.current!;
    canvas.width = canvas.height = px;
    const icon = drawnIcon({ theme, kind, actor, status, attribution }, ratio, px);
    if (icon) canvas.getContext("2d")?.drawImage(icon, 0, 0);
  }, [theme, kind, actor, status, attribution, size]);
  return (
    <canvas
      ref={ref}
      style={{ width: size, height: size }}
      className="inline-block shrink-0"
      role={label ? "img" : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
