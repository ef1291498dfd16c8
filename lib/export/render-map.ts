import * as maplibregl from "maplibre-gl";
import { addMissingEventIcon } from "../map/event-icons";

export interface MapRenderRequest {
  live: maplibregl.Map;
  /** Scale factor: 2 renders twice as many pixels in each direction, not an upscaled screen grab. */
  pixelRatio: number;
}

/**
 * A hidden copy of the live map (same style, data, global state and view) at another pixel ratio,
 * so exporting never resizes or flickers the map the reader is looking at. Remove it when done.
 */
export async function createOffscreenMap({ live, pixelRatio }: MapRenderRequest): Promise<maplibregl.Map> {
  const source = live.getContainer();
  const container = document.createElement("div");
  Object.assign(container.style, {
    position: "fixed",
    left: "-100000px",
    top: "0",
    width: `${source.clientWidth}px`,
    height: `${source.clientHeight}px`,
  });
  document.body.append(container);
  const map = new maplibregl.Map({
    container,
    style: live.getStyle(),
    globalState: { ...live.getGlobalState(), hovered: "" },
    center: live.getCenter(),
    zoom: live.getZoom(),
    bearing: live.getBearing(),
    pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxCanvasSize: [8192, 8192],
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.setMissingStyleImageResolver((id) => addMissingEventIcon(map, id));
  map.on("remove", () => container.remove());
  await waitForIdle(map);
  return map;
}

/** Resolves when the map has drawn everything it has been given. */
export function waitForIdle(map: maplibregl.Map): Promise<void> {
  return new Promise((resolve) => {
    map.once("idle", () => resolve());
    map.triggerRepaint();
  });
}
