/** Work that can wait for the map does not start before this long, even if the map never draws (no WebGL). */
export const FIRST_DRAW_WAIT_MS = 10_000;

let drawn = false;
let markDrawn: () => void = () => {};
/**
 * Settles once the map has first drawn the page's data, so work the reader does not wait for (loading
 * the code that checks the server's answers, for one) does not compete with the first draw.
 */
export const firstDraw: Promise<void> = new Promise<void>((resolve) => {
  markDrawn = resolve;
  if (typeof window !== "undefined") setTimeout(resolve, FIRST_DRAW_WAIT_MS);
}).then(() => {
  drawn = true;
});

/** Called by the map the first time it is idle with the current events drawn. */
export function markFirstDraw(): void {
  markDrawn();
}

/** Whether the first draw is behind us (or no longer waited for). */
export function pastFirstDraw(): boolean {
  return drawn;
}
