/** A fixed output size that publishers ask for; `dpi` is written into the PNG when print needs it. */
export interface SizePreset {
  id: string;
  label: string;
  width: number;
  height: number;
  dpi?: number;
}

/** PNG sizes: social card, square and portrait feeds, and A4 landscape for print at 300 dpi. */
export const PNG_PRESETS: readonly SizePreset[] = [
  { id: "1200x675", label: "Social card 1200×675", width: 1200, height: 675 },
  { id: "1080x1080", label: "Square 1080×1080", width: 1080, height: 1080 },
  { id: "1080x1350", label: "Portrait 1080×1350", width: 1080, height: 1350 },
  { id: "a4-300dpi", label: "A4 landscape, 300 dpi (3508×2480)", width: 3508, height: 2480, dpi: 300 },
];

/** Video sizes; every dimension is even, as H.264's 4:2:0 chroma needs. */
export const ANIMATION_SIZES: readonly SizePreset[] = [
  { id: "1280x720", label: "1280×720 (HD)", width: 1280, height: 720 },
  { id: "1920x1080", label: "1920×1080 (Full HD)", width: 1920, height: 1080 },
  { id: "1080x1080", label: "1080×1080 (square)", width: 1080, height: 1080 },
];

/** "As on screen" scales: the map pane's size times the scale, rendered afresh, not upscaled. */
export const SCREEN_SCALES = [1, 2, 4] as const;
