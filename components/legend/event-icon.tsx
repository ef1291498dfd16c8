"use client";
import { useEffect, useRef } from "react";
import { drawEventIcon, ICON_SIZE } from "@/lib/map/icons/draw-event-icon";
import type { EventIconSpec } from "@/lib/map/icons/icon-names";

/** The exact symbol the map draws for an event, for the legend, lists and details. */
export function EventIcon({ spec, size = 18, label }: { spec: EventIconSpec; size?: number; label?: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const { theme, kind, actor, status, attribution } = spec;
  useEffect(() => {
    const ratio = (size / ICON_SIZE) * Math.max(2, window.devicePixelRatio || 1);
    const canvas = ref.current!;
    canvas.width = canvas.height = Math.round(ICON_SIZE * ratio);
    const ctx = canvas.getContext("2d");
    if (ctx) drawEventIcon(ctx, { theme, kind, actor, status, attribution }, ratio);
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
