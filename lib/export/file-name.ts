/**
 * `strike-map-2025-05-07@2x.png` for a day; a range (cumulative mode or all days) is written
 * `2025-04-22_2025-05-07`. A preset adds its name (`-1200x675`, `-a4-300dpi`); data files carry neither.
 */
export function exportFileName(range: { from: string; to: string }, ext: string, scale?: number, preset?: string): string {
  const days = range.from === range.to ? range.from : `${range.from}_${range.to}`;
  return `strike-map-${days}${preset ? `-${preset}` : ""}${scale ? `@${scale}x` : ""}.${ext}`;
}
