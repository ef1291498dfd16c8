import { THEMES } from "../map/theme";
import { drawEventIcon, ICON_SIZE } from "../map/icons/draw-event-icon";
import { BOUNDARY_DASH } from "../map/layers/boundaries";
import type { FrameInfo } from "./frame-info";
import type { FrameLayout } from "./frame-layout";
import { legendGroups, placeFrameLegend, type LegendSymbol, type PlacedEntry } from "./frame-legend";
import { niceScaleBar } from "./scale-bar";

export const FRAME_FONT = '"Noto Sans", sans-serif';

/** The map as rendered for a frame, and the ground distance of one of its CSS pixels (for the scale bar). */
export interface RenderedMap {
  canvas: HTMLCanvasElement;
  metresPerPixel: number;
}

type Ctx = CanvasRenderingContext2D;

const background = (info: FrameInfo) => (info.theme === "dark" ? "#111317" : "#ffffff");

/** Greedy word wrap to `width`; at most `maxLines`, the last one cut with an ellipsis. */
function wrap(ctx: Ctx, text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width <= width || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s+\S*$/, "")} …`;
  return kept;
}

/**
 * Draws a symbol through a scratch canvas: the icon painter clears its own square, which on the frame
 * itself would punch a transparent hole (a black square once encoded as video).
 */
function drawSymbol(ctx: Ctx, symbol: LegendSymbol, x: number, baseline: number, info: FrameInfo, unit: number) {
  const theme = THEMES[info.theme];
  const size = 14;
  const top = baseline - 11;
  if (symbol.type === "event") {
    const ratio = (size / ICON_SIZE) * unit * 2;
    const scratch = document.createElement("canvas");
    scratch.width = scratch.height = Math.ceil(ICON_SIZE * ratio);
    const spec = { theme: info.theme, kind: symbol.kind, actor: symbol.actor, status: symbol.status, attribution: symbol.attribution ?? "established" } as const;
    drawEventIcon(scratch.getContext("2d")!, spec, ratio);
    ctx.save();
    // Cumulative frames draw earlier days at the map's faded opacity (DAY_OPACITY).
    if (symbol.faded) ctx.globalAlpha = 0.35;
    ctx.drawImage(scratch, x, top, size, size);
    ctx.restore();
  } else if (symbol.type === "colour") {
    ctx.fillStyle = info.sideColours[symbol.actor];
    ctx.beginPath();
    ctx.arc(x + size / 2, top + size / 2, 5.5, 0, Math.PI * 2);
    ctx.fill();
  } else if (symbol.type === "line") {
    ctx.save();
    ctx.strokeStyle = theme.boundary[symbol.kind];
    ctx.lineWidth = 2.5;
    // The map's dash pattern is in line widths; the swatch uses the same proportions.
    ctx.setLineDash((BOUNDARY_DASH[symbol.kind] ?? []).map((d) => d * 2.5));
    ctx.beginPath();
    ctx.moveTo(x - 4, top + size / 2);
    ctx.lineTo(x + size + 4, top + size / 2);
    ctx.stroke();
    ctx.restore();
  }
}

function drawLegend(ctx: Ctx, entries: PlacedEntry[], info: FrameInfo, unit: number, ink: string) {
  for (const e of entries) {
    ctx.fillStyle = ink;
    if (e.header) {
      ctx.font = `bold 11.5px ${FRAME_FONT}`;
      ctx.fillText(e.label, e.x, e.y + 14, e.width - 6);
      continue;
    }
    const indent = e.symbol && e.symbol.type !== "none" ? 24 : 8;
    const room = e.width - indent - 6;
    ctx.font = `11.5px ${FRAME_FONT}`;
    // A long label in a narrow column is set smaller rather than squeezed out of shape.
    const natural = ctx.measureText(e.label).width;
    if (natural > room) ctx.font = `${Math.max(8.5, (11.5 * room) / natural).toFixed(2)}px ${FRAME_FONT}`;
    if (e.symbol) drawSymbol(ctx, e.symbol, e.x + 2, e.y + 13, info, unit);
    ctx.fillStyle = ink;
    ctx.fillText(e.label, e.x + indent, e.y + 13, room);
  }
}

function drawScaleBar(ctx: Ctx, layout: FrameLayout, metresPerPixel: number, info: FrameInfo) {
  const bar = niceScaleBar(metresPerPixel, 110);
  const x = layout.map.x + 12;
  const y = layout.map.y + layout.map.h - 14;
  ctx.font = `11px ${FRAME_FONT}`;
  const labelWidth = ctx.measureText(bar.label).width;
  ctx.fillStyle = background(info);
  ctx.globalAlpha = 0.8;
  ctx.fillRect(x - 6, y - 16, bar.px + labelWidth + 20, 22);
  ctx.globalAlpha = 1;
  const ink = THEMES[info.theme].cityText;
  ctx.strokeStyle = ink;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.moveTo(x, y - 5);
  ctx.lineTo(x, y);
  ctx.lineTo(x + bar.px, y);
  ctx.lineTo(x + bar.px, y - 5);
  ctx.stroke();
  ctx.fillStyle = ink;
  ctx.fillText(bar.label, x + bar.px + 6, y + 1);
}

/** Title, day, count, filters and time zone; returns where the block ends (layout units). */
function drawInfo(ctx: Ctx, layout: FrameLayout, info: FrameInfo, ink: string): number {
  const { x, y, w } = layout.info;
  let line = y;
  const text = (t: string, font: string, lineHeight: number, maxLines = 1, colour = ink) => {
    ctx.font = font;
    ctx.fillStyle = colour;
    for (const l of wrap(ctx, t, w, maxLines)) {
      line += lineHeight;
      ctx.fillText(l, x, line, w);
    }
  };
  text(info.title, `bold 13.5px ${FRAME_FONT}`, 16, 2);
  text(info.dayLabel, `bold 24px ${FRAME_FONT}`, 30);
  text(info.countLabel, `bold 14px ${FRAME_FONT}`, 21, 2);
  text(info.filtersLabel, `12.5px ${FRAME_FONT}`, 18, 2);
  text(info.timeZoneNote, `11px ${FRAME_FONT}`, 16, 2, muted(ink));
  return line + 6;
}

const muted = (ink: string) => `${ink}b3`;

/**
 * Paints one publishable frame onto `out` (sized to the layout): the map, the frame's own facts, a
 * legend of what it draws, a scale bar, the credits, the boundary point of view, the data version and
 * the permalink. Everything written comes from `info`, which belongs to this frame alone.
 */
export function composeFrame(out: HTMLCanvasElement, layout: FrameLayout, info: FrameInfo, map: RenderedMap): void {
  const ctx = out.getContext("2d")!;
  const ink = THEMES[info.theme].cityText;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.globalAlpha = 1;
  ctx.fillStyle = background(info);
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.setTransform(layout.unit, 0, 0, layout.unit, 0, 0);
  const m = layout.map;
  ctx.drawImage(map.canvas, m.x, m.y, m.w, m.h);
  drawScaleBar(ctx, layout, map.metresPerPixel, info);
  const infoEnd = drawInfo(ctx, layout, info, ink);
  // Beside the map, the legend follows the facts; above or below it, it has its own rect.
  const sidePanel = layout.legend.x > layout.map.x + layout.map.w - 1;
  const placed = placeFrameLegend(legendGroups(info.legend, info.sideNames), layout, sidePanel ? Math.max(layout.legend.y, infoEnd) : layout.legend.y);
  drawLegend(ctx, placed.entries, info, layout.unit, ink);
  const f = layout.footer;
  ctx.font = `10.5px ${FRAME_FONT}`;
  // A link cannot carry a local file: the permalink line says so rather than promising the same map.
  const link = info.localNote ? `${info.permalink} (opens the built-in data: a link cannot carry the local file)` : info.permalink;
  const footer = [info.credits, `${info.boundaryNote} · Data version ${info.dataVersion}`, link];
  footer.forEach((t, i) => {
    ctx.fillStyle = i === 2 ? ink : muted(ink);
    ctx.fillText(t, f.x, f.y + 12 + i * 14, f.w);
  });
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
