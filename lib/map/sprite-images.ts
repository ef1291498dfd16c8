import type { ThemeName } from "./theme";
import { ICON_SIZE } from "./icons/draw-event-icon";

/**
 * The images in the basemap's sprite (scripts/basemap/sprite.ts draws them; the layers name them).
 * Sizes are CSS pixels; the 2× sprite has them at twice the resolution.
 */
export const SPRITE_IMAGES = {
  dot: { name: "city-dot", size: 16, radius: 3 },
  capital: { name: "city-capital", size: 20, ringRadius: 4.5, ringWidth: 1.5, dotRadius: 2 },
  hatch: { size: 8, opacity: 0.35 },
  /**
   * A transparent square the size of an event symbol: the event-label layer places it on each event so
   * that city markers give way to the events drawn over them (event icons themselves ignore placement).
   */
  footprint: { name: "event-footprint", size: ICON_SIZE },
} as const;

/** Hatching has to carry its colour (patterns cannot be tinted), so there is one per theme. */
export const hatchImageName = (theme: ThemeName) => `disputed-hatch-${theme}`;
