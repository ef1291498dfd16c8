/**
 * `strike-map-2025-05-07@2x.png` for a day; a range (cumulative mode or all days) is written
 * `2025-04-22_2025-05-07`. Scale is left out for data files.
 */
export function exportFileName(range: { from: string; to: string }, ext: string, scale?: number): string {
  const days = range.from === range.to ? range.from : `${range.from}_${range.to}`;
  return `strike-map-${days}${scale ? `@${scale}x` : ""}.${ext}`;
}
