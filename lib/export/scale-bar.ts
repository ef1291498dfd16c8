/** Metres per CSS pixel at a latitude and zoom (MapLibre's 512-pixel tiles, Web Mercator). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** The longest round distance (1, 2 or 5 × 10ⁿ metres) whose bar fits in `maxPx` CSS pixels. */
export function niceScaleBar(mPerPx: number, maxPx: number): { metres: number; px: number; label: string } {
  const max = mPerPx * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((f) => f * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / mPerPx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
