import type { VerificationStatus } from "../../schemas/event";
import { THEMES } from "../theme";
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

/** Draws one event icon into a square context of ICON_SIZE × pixelRatio pixels. */
export function drawEventIcon(ctx: Ctx, spec: EventIconSpec, pixelRatio: number): void {
  const theme = THEMES[spec.theme];
  const colour = theme.actor[spec.actor];
  const style = STATUS_STYLE[spec.status];
  const size = ICON_SIZE * pixelRatio;
  const c = size / 2;
  const line = 2.4 * pixelRatio;
  const r = c - line;
  ctx.clearRect(0, 0, size, size);
  ctx.lineJoin = "round";
  tracePath(ctx, KIND_SHAPE[spec.kind], c, c, r);
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
    ctx.moveTo(c - r * 0.8, c + r * 0.8);
    ctx.lineTo(c + r * 0.8, c - r * 0.8);
    ctx.strokeStyle = colour;
    ctx.lineWidth = line * 0.8;
    ctx.stroke();
  }
}
