import type { EventKind, VerificationStatus } from "../schemas/event";
import type { Actor, Attribution } from "../schemas/parties";
import type { BoundaryKind } from "../schemas/boundary";
import { ACTOR_LABEL, ATTRIBUTION_LABEL, BOUNDARY_LABEL, KIND_LABEL, STATUS_LABEL } from "../events/labels";
import type { FrameLegend } from "./frame-info";
import type { FrameLayout, Rect } from "./frame-layout";

/** What is drawn before a legend label: the map's own symbol, a colour, a line, or nothing. */
export type LegendSymbol =
  | { type: "event"; kind: EventKind; actor: Actor; status: VerificationStatus; attribution?: Attribution; faded?: boolean }
  | { type: "colour"; actor: Actor }
  | { type: "line"; kind: BoundaryKind }
  | { type: "none" };

export interface LegendGroup {
  title: string;
  items: { label: string; symbol: LegendSymbol }[];
}

/** Neutral grey symbols for shape and fill, as the on-screen legend draws them. */
const NEUTRAL: Actor = "other";

/**
 * The frame's legend as groups: shapes, colours and fills of the events this frame draws, the
 * attribution of who acted (from the data model), the boundary lines in view, and the faded earlier days.
 */
export function legendGroups(legend: FrameLegend, names: Readonly<Record<Actor, string>> = ACTOR_LABEL): LegendGroup[] {
  const n = (label: string, count: number) => `${label} (${count})`;
  const groups: LegendGroup[] = [
    {
      title: "What happened (shape)",
      items: legend.kinds.map(({ value, count }) => ({ label: n(KIND_LABEL[value], count), symbol: { type: "event", kind: value, actor: NEUTRAL, status: "confirmed" } })),
    },
    {
      title: "Who acted (colour)",
      // The grey is every actor not established, as the on-screen key says, not only the unknown ones.
      items: legend.actors.map(({ value, count }) => ({ label: n(value === "unknown" ? "Not established" : names[value], count), symbol: { type: "colour", actor: value } })),
    },
    {
      title: "Verification (fill)",
      items: legend.statuses.map(({ value, count }) => ({ label: n(STATUS_LABEL[value], count), symbol: { type: "event", kind: "missile_strike", actor: NEUTRAL, status: value } })),
    },
    {
      title: "Who acted: attribution (badge)",
      // The map's own symbol for each attribution (its badge says how), in the colour of the side most often
      // named for it; the data model's short words fit a legend column where the longer description would not.
      items: legend.attributions.map(({ value, count, actor }) => ({
        label: n(ATTRIBUTION_LABEL[value], count),
        symbol: { type: "event", kind: "missile_strike", actor, status: "confirmed", attribution: value },
      })),
    },
    {
      title: "Lines (de facto)",
      items: legend.lines.map((kind) => ({ label: BOUNDARY_LABEL[kind], symbol: { type: "line", kind } })),
    },
  ];
  if (legend.fadedEarlierDays)
    groups.push({ title: "Days", items: [{ label: "Earlier days (faded)", symbol: { type: "event", kind: "missile_strike", actor: NEUTRAL, status: "confirmed", faded: true } }] });
  return groups.filter((g) => g.items.length > 0);
}

export interface PlacedEntry {
  x: number;
  y: number;
  width: number;
  header: boolean;
  label: string;
  symbol?: LegendSymbol;
}

/** Heights of a header and of an item row, in layout units. */
export const LEGEND_HEADER = 19;
export const LEGEND_ROW = 17;

/**
 * Places the groups down `columns` columns of `rect` (layout units), moving to the next column when one
 * is full and never leaving a header alone at a column's foot. `overflow` counts what did not fit.
 */
export function placeLegend(groups: readonly LegendGroup[], rect: Rect, columns: number): { entries: PlacedEntry[]; overflow: number; height: number } {
  const colWidth = rect.w / columns;
  const entries: PlacedEntry[] = [];
  let col = 0;
  let y = 0;
  let overflow = 0;
  let height = 0;
  const fits = (h: number) => y + h <= rect.h;
  const nextColumn = () => {
    col++;
    y = 0;
  };
  for (const group of groups) {
    if (y > 0 && !fits(LEGEND_HEADER + LEGEND_ROW + 4)) nextColumn();
    if (col >= columns) {
      overflow += group.items.length;
      continue;
    }
    if (y > 0) y += 4;
    entries.push({ x: rect.x + col * colWidth, y: rect.y + y, width: colWidth, header: true, label: group.title });
    y += LEGEND_HEADER;
    for (const item of group.items) {
      if (!fits(LEGEND_ROW)) {
        nextColumn();
        // A group that runs on into the next column says so, so its items never stand unexplained.
        if (col < columns) {
          entries.push({ x: rect.x + col * colWidth, y: rect.y, width: colWidth, header: true, label: `${group.title} (cont.)` });
          y = LEGEND_HEADER;
        }
      }
      if (col >= columns) {
        overflow++;
        continue;
      }
      entries.push({ x: rect.x + col * colWidth, y: rect.y + y, width: colWidth, header: false, label: item.label, symbol: item.symbol });
      y += LEGEND_ROW;
      height = Math.max(height, y);
    }
  }
  return { entries, overflow, height };
}

/** The legend placed in a layout's legend rect, with a second or third column when one is not enough. */
export function placeFrameLegend(groups: readonly LegendGroup[], layout: FrameLayout, top = layout.legend.y): ReturnType<typeof placeLegend> {
  const rect = { ...layout.legend, y: top, h: layout.legend.h - (top - layout.legend.y) };
  let placed = placeLegend(groups, rect, layout.legendColumns);
  for (let columns = layout.legendColumns + 1; placed.overflow > 0 && columns <= layout.legendColumns + 2; columns++)
    placed = placeLegend(groups, rect, columns);
  return placed;
}
