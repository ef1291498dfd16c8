import type { PNG } from "pngjs";

export interface Region {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Mean absolute difference per RGB channel (0–255) over a region, and the share of pixels off by more than 48. */
export function compareRegion(a: PNG, b: PNG, r: Region): { mean: number; outliers: number } {
  let sum = 0;
  let off = 0;
  for (let y = r.y; y < r.y + r.h; y++)
    for (let x = r.x; x < r.x + r.w; x++) {
      const i = (y * a.width + x) * 4;
      const j = (y * b.width + x) * 4;
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        const d = Math.abs(a.data[i + c]! - b.data[j + c]!);
        sum += d;
        worst = Math.max(worst, d);
      }
      if (worst > 48) off++;
    }
  return { mean: sum / (r.w * r.h * 3), outliers: off / (r.w * r.h) };
}

/** Counts pixels close to a colour (each channel within `tolerance`). */
export function countColour(png: PNG, hex: string, r: Region, tolerance = 40): number {
  const [cr, cg, cb] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = r.y; y < r.y + r.h; y++)
    for (let x = r.x; x < r.x + r.w; x++) {
      const i = (y * png.width + x) * 4;
      if (Math.abs(png.data[i]! - cr!) <= tolerance && Math.abs(png.data[i + 1]! - cg!) <= tolerance && Math.abs(png.data[i + 2]! - cb!) <= tolerance) n++;
    }
  return n;
}

/** The largest square of near-black pixels anywhere: a legend icon drawn as a black square shows up here. */
export function largestBlackSquare(png: PNG, r: Region): number {
  const dark = (x: number, y: number) => {
    const i = (y * png.width + x) * 4;
    return png.data[i]! < 16 && png.data[i + 1]! < 16 && png.data[i + 2]! < 16;
  };
  const prev = new Array<number>(r.w + 1).fill(0);
  let best = 0;
  for (let y = r.y; y < r.y + r.h; y++) {
    let diag = 0;
    for (let x = r.x; x < r.x + r.w; x++) {
      const k = x - r.x + 1;
      const up = prev[k]!;
      const value = dark(x, y) ? Math.min(prev[k - 1]!, up, diag) + 1 : 0;
      diag = up;
      prev[k] = value;
      best = Math.max(best, value);
    }
    prev[0] = 0;
  }
  return best;
}
