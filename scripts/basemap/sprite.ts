/**
 * Draws the basemap's sprite: the city markers as signed-distance images (so the style colours them and
 * gives them a halo from the theme) and the hatching of disputed areas in each theme's colour. Drawn in
 * code, pixel by pixel, so the build makes the same bytes every time and no image editor is involved.
 */
import { PNG } from "pngjs";
import { THEMES } from "../../lib/map/theme";
import { SPRITE_IMAGES, hatchImageName } from "../../lib/map/sprite-images";

interface SpriteEntry { width: number; height: number; x: number; y: number; pixelRatio: number; sdf?: boolean }
interface Image { name: string; size: number; sdf: boolean; pixel: (x: number, y: number, scale: number) => [number, number, number, number] }

/** MapLibre reads an SDF icon as text glyphs are read: 191 on the edge, 32 less per pixel outwards. */
const sdfValue = (distance: number) => Math.max(0, Math.min(255, Math.round(255 - 255 * (distance / 8 + 0.25))));

function sdfImage(name: string, size: number, distance: (r: number) => number): Image {
  return {
    name,
    size,
    sdf: true,
    pixel: (x, y, scale) => {
      const c = (size * scale) / 2;
      const r = Math.hypot(x + 0.5 - c, y + 0.5 - c) / scale;
      return [0, 0, 0, sdfValue(distance(r) * scale)];
    },
  };
}

function hex(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) throw new Error(`sprite: ${colour} is not #rrggbb`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Diagonal lines every `size` px, anti-aliased, so the tile repeats without a seam. */
function hatchImage(name: string, size: number, colour: string, opacity: number): Image {
  const [r, g, b] = hex(colour);
  return {
    name,
    size,
    sdf: false,
    pixel: (x, y, scale) => {
      const period = size * scale;
      const along = (x + 0.5 + (y + 0.5)) % period;
      const d = Math.min(along, period - along) / Math.SQRT2;
      const coverage = Math.max(0, Math.min(1, 0.5 * scale + 0.5 - d));
      return [r, g, b, Math.round(255 * opacity * coverage)];
    },
  };
}

function images(): Image[] {
  const { dot, capital, hatch, footprint } = SPRITE_IMAGES;
  return [
    sdfImage(dot.name, dot.size, (r) => r - dot.radius),
    // A ring with a dot in it, the usual sign for a capital: the nearer of the two shapes' edges.
    sdfImage(capital.name, capital.size, (r) => Math.min(Math.abs(r - capital.ringRadius) - capital.ringWidth / 2, r - capital.dotRadius)),
    ...Object.values(THEMES).map((t) => hatchImage(hatchImageName(t.name), hatch.size, t.disputedHatch, hatch.opacity)),
    { name: footprint.name, size: footprint.size, sdf: false, pixel: () => [0, 0, 0, 0] },
  ];
}

/** The sprite's PNG and JSON at a pixel ratio (1 and 2 are what MapLibre asks for). */
export function buildSprite(scale: 1 | 2): { png: Buffer; json: string } {
  const list = images();
  const width = list.reduce((w, i) => w + i.size * scale, 0);
  const height = Math.max(...list.map((i) => i.size * scale));
  const png = new PNG({ width, height });
  png.data.fill(0);
  const index: Record<string, SpriteEntry> = {};
  let left = 0;
  for (const image of list) {
    const side = image.size * scale;
    for (let y = 0; y < side; y++)
      for (let x = 0; x < side; x++) png.data.set(image.pixel(x, y, scale), ((y * width) + left + x) * 4);
    index[image.name] = { width: side, height: side, x: left, y: 0, pixelRatio: scale, ...(image.sdf ? { sdf: true } : {}) };
    left += side;
  }
  return { png: PNG.sync.write(png, { colorType: 6 }), json: `${JSON.stringify(index, null, 1)}\n` };
}
