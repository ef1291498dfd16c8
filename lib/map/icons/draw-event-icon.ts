import type { VerificationStatus } from "../../schemas/event";
import type { Attribution } from "../../schemas/parties";
import { THEMES, type Theme } from "../theme";
import { KIND_SHAPE, shapePoints, type Shape } from "./shapes";
import type { EventIconSpec } from "./icon-names";

/** Logical size of an event icon in CSS pixels. */
export const ICON_SIZE = 22;

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function tracePath(ctx: Ctx, shape: Shape, cx: number, cy: number, r: number) {
  ctx.beginPath();
  const pts = shapePoints(shape);
  if (!pts) {
    ctx.arc(cx, cy, r, 0, Math.PI * 2);
    return;
  }
  pts.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(cx + x * r, cy + y * r) : ctx.lineTo(cx + x * r, cy + y * r)));
  ctx.closePath();
}

/** How a verification status is drawn; the legend uses the same table. */
export const STATUS_STYLE: Record<VerificationStatus, { fill: "solid" | "faint" | "hollow"; dashed: boolean; struck: boolean }> = {
  confirmed: { fill: "solid", dashed: false, struck: false },
  reported: { fill: "faint", dashed: false, struck: false },
  claimed: { fill: "hollow", dashed: false, struck: false },
  disputed: { fill: "hollow", dashed: true, struck: false },
  denied: { fill: "hollow", dashed: true, struck: true },
};

/**
 * How an attribution is drawn. Only an established actor colours the symbol; otherwise the symbol is
 * neutral grey and a badge at its top right names the side: a filled dot in that side's colour when one
 * side names it (claimed), a ring when the accused side denies it (disputed), a grey "?" when nobody
 * credible names anyone (unknown). The badge's presence alone says "not established", in greyscale too.
 */
export const ATTRIBUTION_BADGE: Record<Attribution, "none" | "dot" | "ring" | "unknown"> = {
  established: "none",
  claimed: "dot",
  disputed: "ring",
  unknown: "unknown",
};

/** The colour of the symbol's body: the actor's only when attribution is established. */
export function bodyColour(theme: Theme, spec: Pick<EventIconSpec, "actor" | "attribution">): string {
  return spec.attribution === "established" ? theme.actor[spec.actor] : theme.actor.unknown;
}

/** Badge radius in CSS pixels: large enough to tell a dot from a ring at the map's icon size. */
const BADGE_RADIUS = 5;

function drawBadge(ctx: Ctx, theme: Theme, spec: EventIconSpec, size: number, pixelRatio: number) {
  const badge = ATTRIBUTION_BADGE[spec.attribution];
  if (badge === "none") return;
  const r = BADGE_RADIUS * pixelRatio;
  const x = size - r - 0.9 * pixelRatio;
  const y = r + 0.9 * pixelRatio;
  const accused = theme.actor[spec.actor];
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;
  // A halo of the map's background keeps the badge apart from the symbol under it.
  ctx.beginPath();
  ctx.arc(x, y, r + 1.2 * pixelRatio, 0, Math.PI * 2);
  ctx.fillStyle = theme.textHalo;
  ctx.fill();
  ctx.beginPath();
  if (badge === "ring") {
    ctx.arc(x, y, r - 1.3 * pixelRatio, 0, Math.PI * 2);
    ctx.lineWidth = 2.6 * pixelRatio;
    ctx.strokeStyle = accused;
    ctx.stroke();
    return;
  }
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = badge === "dot" ? accused : theme.actor.unknown;
  ctx.fill();
  if (badge === "unknown") {
    ctx.fillStyle = theme.textHalo;
    ctx.font = `bold ${8 * pixelRatio}px sans-serif`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText("?", x, y + 0.4 * pixelRatio);
  }
}

/** Draws one event icon into a square context of ICON_SIZE × pixelRatio pixels. */
export function drawEventIcon(ctx: Ctx, spec: EventIconSpec, pixelRatio: number): void {
  const theme = THEMES[spec.theme];
  const colour = bodyColour(theme, spec);
  const style = STATUS_STYLE[spec.status];
  const size = ICON_SIZE * pixelRatio;
  const line = 2.4 * pixelRatio;
  // With a badge, the shape shrinks towards the bottom left so the badge at the top right stays clear of it.
  const badged = spec.attribution !== "established";
  const c = size / 2;
  const cx = badged ? c - 1.6 * pixelRatio : c;
  const cy = badged ? c + 1.6 * pixelRatio : c;
  const r = (c - line) * (badged ? 0.84 : 1);
  ctx.clearRect(0, 0, size, size);
  ctx.lineJoin = "round";
  tracePath(ctx, KIND_SHAPE[spec.kind], cx, cy, r);
  ctx.fillStyle = style.fill === "hollow" ? theme.hollowFill : colour;
  ctx.globalAlpha = style.fill === "faint" ? 0.55 : 1;
  ctx.fill();
  ctx.globalAlpha = 1;
  ctx.lineWidth = line;
  ctx.setLineDash(style.dashed ? [3 * pixelRatio, 2 * pixelRatio] : []);
  ctx.strokeStyle = style.fill === "hollow" ? colour : theme.textHalo;
  ctx.stroke();
  if (style.struck) {
    ctx.setLineDash([]);
    ctx.beginPath();
    ctx.moveTo(cx - r * 0.8, cy + r * 0.8);
    ctx.lineTo(cx + r * 0.8, cy - r * 0.8);
    ctx.strokeStyle = colour;
    ctx.lineWidth = line * 0.8;
    ctx.stroke();
  }
  drawBadge(ctx, theme, spec, size, pixelRatio);
}
