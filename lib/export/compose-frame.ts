import type { EventKind, VerificationStatus } from "../schemas/event";
import type { Actor, Attribution } from "../schemas/parties";
import type { Theme } from "../map/theme";
import { drawEventIcon, ICON_SIZE } from "../map/icons/draw-event-icon";
import { ACTOR_LABEL, ATTRIBUTION_SYMBOL_SHORT, KIND_LABEL, STATUS_LABEL } from "../events/labels";
import { niceScaleBar } from "./scale-bar";

export interface FrameInfo {
  title: string;
  /** "7 May 2025" or "22 April – 7 May 2025". */
  dayLabel: string;
  note: string;
  theme: Theme;
  /** `attributions`: each attribution shown that is not established, with an accused side to draw it with. */
  legend: { statuses: VerificationStatus[]; kinds: EventKind[]; actors: Actor[]; attributions: { attribution: Attribution; actor: Actor }[] };
  metresPerPixel: number;
  /** "Boundaries: …", the point of view the map is drawn in (lib/pov/pov.ts). */
  boundaries: string;
  attribution: string;
  dataVersion: string;
  permalink: string;
}

const PAD = 12;
const HEADER = 58;
const LINE = 16;
const FONT = '"Noto Sans", sans-serif';

type Item = { label: string; draw: (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => void };

function legendItems(info: FrameInfo): Item[] {
  const t = info.theme.name;
  const icon = (kind: EventKind, actor: Actor, status: VerificationStatus, attribution: Attribution = "established") => (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => {
    ctx.save();
    ctx.translate(x, y - 11 * s);
    drawEventIcon(ctx, { theme: t, kind, actor, status, attribution }, (14 / ICON_SIZE) * s);
    ctx.restore();
  };
  const swatch = (colour: string) => (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => {
    ctx.fillStyle = colour;
    ctx.beginPath();
    ctx.arc(x + 7 * s, y - 4 * s, 6 * s, 0, Math.PI * 2);
    ctx.fill();
  };
  return [
    ...info.legend.statuses.map((st) => ({ label: STATUS_LABEL[st], draw: icon("missile_strike", "other", st) })),
    ...info.legend.actors.map((a) => ({ label: ACTOR_LABEL[a], draw: swatch(info.theme.actor[a]) })),
    ...info.legend.attributions.map(({ attribution: at, actor }) => ({
      label: ATTRIBUTION_SYMBOL_SHORT[at],
      draw: icon("missile_strike", actor, "confirmed", at),
    })),
    ...info.legend.kinds.map((k) => ({ label: KIND_LABEL[k], draw: icon(k, "other", "confirmed") })),
  ];
}

/**
 * The publishable image: title and day above the map; below it a legend of what is visible, a scale
 * bar, the attribution, the data version and the permalink. Width is exactly the map's width × scale.
 */
export function composeFrame(map: HTMLCanvasElement, cssWidth: number, cssHeight: number, scale: number, info: FrameInfo): HTMLCanvasElement {
  const measure = document.createElement("canvas").getContext("2d")!;
  measure.font = `12px ${FONT}`;
  const items = legendItems(info);
  const rows: Item[][] = [[]];
  let x = PAD;
  for (const item of items) {
    const w = 22 + measure.measureText(item.label).width + 14;
    if (x + w > cssWidth - PAD && rows.at(-1)!.length > 0) {
      rows.push([]);
      x = PAD;
    }
    rows.at(-1)!.push(item);
    x += w;
  }
  measure.font = `11px ${FONT}`;
  // The boundaries line is long; it wraps rather than being squeezed into the width.
  const notes = [...wrapText(measure, info.boundaries, cssWidth - 2 * PAD), info.attribution, `Data version ${info.dataVersion}`, info.permalink];
  const footer = PAD + rows.length * 20 + 8 + LINE * notes.length + PAD + 6;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(cssWidth * scale);
  canvas.height = Math.round((HEADER + cssHeight + footer) * scale);
  const ctx = canvas.getContext("2d")!;
  ctx.scale(scale, scale);
  const { theme } = info;
  const ink = theme.cityText;
  ctx.fillStyle = theme.name === "dark" ? "#111317" : "#ffffff";
  ctx.fillRect(0, 0, cssWidth, HEADER + cssHeight + footer);
  ctx.fillStyle = ink;
  ctx.font = `bold 18px ${FONT}`;
  ctx.fillText(info.title, PAD, 24, cssWidth - 2 * PAD);
  ctx.font = `13px ${FONT}`;
  ctx.fillText(`${info.dayLabel} · ${info.note}`, PAD, 45, cssWidth - 2 * PAD);
  ctx.drawImage(map, 0, HEADER, cssWidth, cssHeight);

  let y = HEADER + cssHeight + PAD + 12;
  ctx.font = `12px ${FONT}`;
  for (const row of rows) {
    let rx = PAD;
    for (const item of row) {
      item.draw(ctx, rx, y, 1);
      ctx.fillStyle = ink;
      ctx.fillText(item.label, rx + 20, y);
      rx += 22 + ctx.measureText(item.label).width + 14;
    }
    y += 20;
  }
  const bar = niceScaleBar(info.metresPerPixel, 120);
  ctx.strokeStyle = ink;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(PAD, y - 4);
  ctx.lineTo(PAD, y);
  ctx.lineTo(PAD + bar.px, y);
  ctx.lineTo(PAD + bar.px, y - 4);
  ctx.stroke();
  ctx.fillText(bar.label, PAD + bar.px + 6, y + 1);
  ctx.font = `11px ${FONT}`;
  notes.forEach((line, i) => ctx.fillText(line, PAD, y + 8 + LINE * (i + 1), cssWidth - 2 * PAD));
  return canvas;
}

/** Splits text at spaces into lines no wider than `width` in the context's current font. */
export function wrapText(ctx: Pick<CanvasRenderingContext2D, "measureText">, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}
