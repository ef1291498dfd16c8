import type { Map as MapLibreMap } from "maplibre-gl";
import { drawEventIcon, ICON_SIZE } from "./icons/draw-event-icon";
import { parseEventIconName } from "./icons/icon-names";

/**
 * Draws an event icon the first time the style asks for it (the missing-image resolver), so only the
 * kind × actor × verification combinations in the data are ever drawn.
 */
export function addMissingEventIcon(map: MapLibreMap, name: string): void {
  const spec = parseEventIconName(name);
  if (!spec || map.hasImage(name)) return;
  const pixelRatio = Math.max(2, Math.ceil(window.devicePixelRatio || 1));
  const size = ICON_SIZE * pixelRatio;
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size;
  // Read back once, on the CPU: a GPU-backed canvas makes getImageData wait for the GPU, tens of
  // milliseconds per icon, on every day step that brings a new kind of event into view.
  const ctx = canvas.getContext("2d", { willReadFrequently: true });
  if (!ctx) return;
  drawEventIcon(ctx, spec, pixelRatio);
  map.addImage(name, ctx.getImageData(0, 0, size, size), { pixelRatio });
}
