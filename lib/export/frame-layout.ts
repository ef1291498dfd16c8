/** Where each part of an exported frame goes. Pure arithmetic, so every layout can be tested for fit. */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface FrameLayout {
  /** Output size in device pixels. */
  width: number;
  height: number;
  /** Device pixels per layout unit: text, symbols and the map's own labels scale with it. */
  unit: number;
  /** All rects below are in layout units. */
  map: Rect;
  info: Rect;
  legend: Rect;
  legendColumns: number;
  footer: Rect;
}

export const PAD = 14;
/** Title, day, count, filters and time-zone lines. */
export const INFO_HEIGHT = 126;
/** Credits, boundary note with data version, permalink. */
export const FOOTER_HEIGHT = 54;
const SIDE_PANEL = 320;
const BOTTOM_LEGEND = 200;

/**
 * A fixed-size frame (a preset or a video size). Landscape frames put the facts and legend in a panel
 * beside the map; square and portrait frames put the facts above and the legend below it. The map's
 * rect never depends on the frame's content, so every frame of an animation frames the map identically.
 */
export function fixedLayout(width: number, height: number): FrameLayout {
  const landscape = width / height > 1.25;
  const unit = landscape ? Math.min(width / 1200, height / 675) : width / 1000;
  const W = width / unit;
  const H = height / unit;
  const footer = { x: PAD, y: H - FOOTER_HEIGHT + 6, w: W - 2 * PAD, h: FOOTER_HEIGHT - 12 };
  if (landscape) {
    const mapW = Math.round(W - SIDE_PANEL);
    const body = Math.floor(H - FOOTER_HEIGHT);
    return {
      width,
      height,
      unit,
      map: { x: 0, y: 0, w: mapW, h: body },
      info: { x: mapW + PAD, y: PAD, w: SIDE_PANEL - 2 * PAD, h: INFO_HEIGHT },
      legend: { x: mapW + PAD, y: PAD + INFO_HEIGHT + 8, w: SIDE_PANEL - 2 * PAD, h: body - INFO_HEIGHT - 8 - 2 * PAD },
      legendColumns: 1,
      footer,
    };
  }
  const mapY = INFO_HEIGHT + PAD;
  const legendH = BOTTOM_LEGEND;
  const mapH = Math.floor(H - mapY - legendH - FOOTER_HEIGHT);
  return {
    width,
    height,
    unit,
    map: { x: 0, y: mapY, w: Math.round(W), h: mapH },
    info: { x: PAD, y: PAD, w: W - 2 * PAD, h: INFO_HEIGHT },
    legend: { x: PAD, y: mapY + mapH + PAD, w: W - 2 * PAD, h: legendH - 2 * PAD },
    legendColumns: Math.max(2, Math.floor((W - 2 * PAD) / 240)),
    footer,
  };
}

/**
 * "As on screen": the map pane's own size at `scale`, the facts above it and the legend below it in as
 * many rows as the legend needs (`legendHeight`, from a first placement at `legendColumns`).
 */
export function screenLayout(mapWidth: number, mapHeight: number, scale: number, legendHeight: number): FrameLayout {
  const mapY = INFO_HEIGHT + PAD;
  const legendBlock = legendHeight > 0 ? legendHeight + 2 * PAD : 0;
  const H = mapY + mapHeight + legendBlock + FOOTER_HEIGHT;
  return {
    width: Math.round(mapWidth * scale),
    height: Math.round(H * scale),
    unit: scale,
    map: { x: 0, y: mapY, w: mapWidth, h: mapHeight },
    info: { x: PAD, y: PAD, w: mapWidth - 2 * PAD, h: INFO_HEIGHT },
    legend: { x: PAD, y: mapY + mapHeight + PAD, w: mapWidth - 2 * PAD, h: legendHeight },
    legendColumns: screenLegendColumns(mapWidth),
    footer: { x: PAD, y: H - FOOTER_HEIGHT + 6, w: mapWidth - 2 * PAD, h: FOOTER_HEIGHT - 12 },
  };
}

export function screenLegendColumns(mapWidth: number): number {
  return Math.max(1, Math.floor((mapWidth - 2 * PAD) / 230));
}
