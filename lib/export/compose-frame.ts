import type { EventKind, VerificationStatus } from "../schemas/event";
import type { Actor } from "../schemas/parties";
import type { Theme } from "../map/theme";
import { drawEventIcon, ICON_SIZE } from "../map/icons/draw-event-icon";
import { KIND_LABEL, STATUS_LABEL } from "../events/labels";
import { niceScaleBar } from "./scale-bar";

export interface FrameInfo {
  title: string;
  /** "7 May 2025" or "22 April – 7 May 2025". */
  dayLabel: string;
  note: string;
  theme: Theme;
  legend: { statuses: VerificationStatus[]; kinds: EventKind[]; actors: Actor[] };
  /** The sides' names as the dataset's manifest gives them. */
  actorNames: Readonly<Record<Actor, string>>;
  metresPerPixel: number;
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
  const icon = (kind: EventKind, actor: Actor, status: VerificationStatus) => (ctx: CanvasRenderingContext2D, x: number, y: number, s: number) => {
    ctx.save();
    ctx.translate(x, y - 11 * s);
    drawEventIcon(ctx, { theme: t, kind, actor, status }, (14 / ICON_SIZE) * s);
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
    ...info.legend.actors.map((a) => ({ label: info.actorNames[a], draw: swatch(info.theme.actor[a]) })),
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
  const footer = PAD + rows.length * 20 + 8 + LINE * 3 + PAD + 6;
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
  const text = [info.attribution, `Data version ${info.dataVersion}`, info.permalink];
  text.forEach((line, i) => ctx.fillText(line, PAD, y + 8 + LINE * (i + 1), cssWidth - 2 * PAD));
  return canvas;
}
