import { composeFrame } from "./compose-frame";
import { fixedLayout, screenLayout, screenLegendColumns, PAD, type FrameLayout } from "./frame-layout";
import { legendGroups, placeLegend, LEGEND_ROW, type LegendGroup } from "./frame-legend";
import { frameBounds, type Camera } from "./fit-camera";
import { createFrameRenderer } from "./offscreen-map";
import { withPngMetadata } from "./png-metadata";
import { exportFileName } from "./file-name";
import type { FrameInfo } from "./frame-info";
import type { SizePreset } from "./presets";
import type { FrameDays } from "./map-source";
import { fontsReady, framedCamera, infoForFrame, type ExportContext } from "./export-context";
import { spanOf } from "./frame-days";

export type PngTarget = { kind: "screen"; scale: number } | { kind: "preset"; preset: SizePreset };

/** The lowest legend height at which the groups fit in the given columns. */
function legendHeightFor(groups: readonly LegendGroup[], width: number, columns: number): number {
  if (groups.length === 0) return 0;
  for (let h = LEGEND_ROW * 2; ; h += LEGEND_ROW) {
    const placed = placeLegend(groups, { x: 0, y: 0, w: width, h }, columns);
    if (placed.overflow === 0) return placed.height;
  }
}

/** The legend in words: "What happened (shape): Missile strike (9); …; Lines (de facto): Line of Control". */
export function legendText(info: FrameInfo): string {
  return `Legend: ${legendGroups(info.legend, info.sideNames).map((g) => `${g.title}: ${g.items.map((i) => i.label).join(", ")}`).join("; ") || "nothing drawn"}`;
}

/** PNG bytes with the resolution (when print needs it) and the frame's own facts as text chunks. */
export async function encodePng(canvas: HTMLCanvasElement, info: FrameInfo, dpi?: number): Promise<Blob> {
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
  );
  const text = {
    Title: `${info.title}: ${info.dayLabel}`,
    Description: [info.countLabel, info.filtersLabel, legendText(info), info.timeZoneNote, info.boundaryNote].join(". "),
    Source: info.permalink,
    Copyright: info.credits,
    Comment: info.localNote ? `${info.localNote}. Data version ${info.dataVersion}` : `Data version ${info.dataVersion}`,
  };
  const bytes = withPngMetadata(new Uint8Array(await blob.arrayBuffer()), { dpi, text });
  return new Blob([bytes.buffer as ArrayBuffer], { type: "image/png" });
}

interface PlannedFrame {
  layout: FrameLayout;
  camera: Camera & { bearing?: number };
  mapWidth: number;
  mapHeight: number;
  cityLabels?: string[];
  info: FrameInfo;
}

async function plan(ctx: ExportContext, days: FrameDays, target: PngTarget): Promise<PlannedFrame> {
  if (target.kind === "screen") {
    const { center, zoom, bearing, width, height } = ctx.source.view;
    const camera = { center, zoom, bearing };
    const info = infoForFrame(ctx, days, frameBounds(camera, width, height), true);
    const columns = screenLegendColumns(width);
    const layout = screenLayout(width, height, target.scale, legendHeightFor(legendGroups(info.legend, info.sideNames), width - 2 * PAD, columns));
    return { layout, camera, mapWidth: width, mapHeight: height, info };
  }
  const layout = fixedLayout(target.preset.width, target.preset.height);
  const { range } = spanOf(days, ctx.allDays);
  const { camera, cityLabels, view } = await framedCamera(ctx, range, layout.map.w, layout.map.h);
  return { layout, camera, mapWidth: layout.map.w, mapHeight: layout.map.h, cityLabels, info: infoForFrame(ctx, days, view, false) };
}

/**
 * One framed PNG of the frame the reader is on: "as on screen" at a scale (the pane's view, rendered
 * afresh at that pixel ratio), or a preset of exactly its pixel size framed on the events shown.
 */
export async function renderPng(ctx: ExportContext, days: FrameDays, target: PngTarget): Promise<{ blob: Blob; fileName: string; info: FrameInfo }> {
  // Marks for the bench: where an export's time goes (performance.getEntriesByType("measure")).
  performance.mark("export:start");
  await fontsReady();
  const p = await plan(ctx, days, target);
  performance.measure("export:plan", "export:start");
  const renderer = await createFrameRenderer({
    style: ctx.source.style,
    camera: p.camera,
    width: p.mapWidth,
    height: p.mapHeight,
    pixelRatio: p.layout.unit,
    state: ctx.source.stateFor(days),
    cityLabels: p.cityLabels,
  });
  try {
    const map = await renderer.render(ctx.source.stateFor(days));
    performance.measure("export:map", "export:start");
    const canvas = document.createElement("canvas");
    canvas.width = p.layout.width;
    canvas.height = p.layout.height;
    composeFrame(canvas, p.layout, p.info, map);
    performance.measure("export:compose", "export:start");
    const dpi = target.kind === "preset" ? target.preset.dpi : undefined;
    const { range } = spanOf(days, ctx.allDays);
    const fileName =
      target.kind === "screen" ? exportFileName(range, "png", target.scale) : exportFileName(range, "png", undefined, target.preset.id);
    const blob = await encodePng(canvas, p.info, dpi);
    performance.measure("export:encoded", "export:start");
    return { blob, fileName, info: p.info };
  } finally {
    renderer.remove();
  }
}

/** Offers a file to the reader as a download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
