import { Map as MapLibreMap, type StyleSpecification } from "maplibre-gl";
import { LAYER } from "../map/ids";
import { addMissingEventIcon } from "../map/event-icons";
import { drawEventIcon, ICON_SIZE } from "../map/icons/draw-event-icon";
import { parseEventIconName } from "../map/icons/icon-names";
import type { Camera } from "./fit-camera";
import type { RenderedMap } from "./compose-frame";
import { metresPerPixel } from "./scale-bar";

export interface OffscreenRequest {
  style: StyleSpecification;
  camera: Camera & { bearing?: number };
  /** CSS size of the map; the canvas is `pixelRatio` times larger. */
  width: number;
  height: number;
  pixelRatio: number;
  /** Global state of the first frame. */
  state: Record<string, unknown>;
  /** When given, only these cities keep their labels (the others would be cut at the frame's edge). */
  cityLabels?: readonly string[];
}

export interface FrameRenderer {
  /** Draws the map for a frame's global state and resolves once everything is drawn. */
  render(state: Record<string, unknown>): Promise<RenderedMap>;
  remove(): void;
}

function drawn(map: MapLibreMap): Promise<void> {
  return new Promise((resolve) => {
    map.once("idle", () => resolve());
    map.triggerRepaint();
  });
}

/** Keeps only the cities whose labels fit (a dot without its name says nothing); every other layer is the live style's own. */
function withCityLabels(style: StyleSpecification, names: readonly string[] | undefined): StyleSpecification {
  if (!names) return style;
  return {
    ...style,
    layers: style.layers.map((l) =>
      l.id === LAYER.cities && l.type === "symbol"
        ? { ...l, filter: ["all", ...(l.filter ? [l.filter] : []), ["in", ["get", "name"], ["literal", [...names]]]] as never }
        : l,
    ),
  };
}

/** Event symbols drawn at the export's own pixel ratio, so a 4× PNG gets crisp icons; anything else as on screen. */
function resolveImage(map: MapLibreMap, id: string, pixelRatio: number) {
  const spec = parseEventIconName(id);
  if (!spec || map.hasImage(id)) return addMissingEventIcon(map, id);
  const ratio = Math.max(2, Math.ceil(pixelRatio));
  const size = Math.ceil(ICON_SIZE * ratio);
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  drawEventIcon(ctx, spec, ratio);
  map.addImage(id, ctx.getImageData(0, 0, size, size), { pixelRatio: ratio });
}

/**
 * A hidden map, made from the live style, at the export's size, pixel ratio and camera. It renders frame
 * after frame by changing global state only (no data reload), as playback does.
 */
export async function createFrameRenderer(req: OffscreenRequest): Promise<FrameRenderer> {
  const container = document.createElement("div");
  Object.assign(container.style, { position: "fixed", left: "-100000px", top: "0", width: `${req.width}px`, height: `${req.height}px` });
  document.body.append(container);
  const map = new MapLibreMap({
    container,
    style: withCityLabels(req.style, req.cityLabels),
    globalState: req.state,
    center: req.camera.center,
    zoom: req.camera.zoom,
    bearing: req.camera.bearing ?? 0,
    pixelRatio: req.pixelRatio,
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
    maxCanvasSize: [16384, 16384],
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
  });
  map.setMissingStyleImageResolver((id) => resolveImage(map, id, req.pixelRatio));
  map.on("remove", () => container.remove());
  await drawn(map);
  let current = { ...req.state };
  const result = (): RenderedMap => ({ canvas: map.getCanvas(), metresPerPixel: metresPerPixel(req.camera.center[1], req.camera.zoom) });
  return {
    async render(state) {
      const changed = Object.entries(state).filter(([k, v]) => JSON.stringify(current[k]) !== JSON.stringify(v));
      if (changed.length) {
        for (const [k, v] of changed) map.setGlobalStateProperty(k, v);
        current = { ...current, ...state };
        await drawn(map);
      }
      return result();
    },
    remove: () => map.remove(),
  };
}
