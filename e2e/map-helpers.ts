import { expect, type Page } from "@playwright/test";

/** Waits until the map has drawn everything it was given (MapLibre's `idle`, mirrored on the container). */
export async function waitForMapIdle(page: Page) {
  await expect(page.getByTestId("map")).toHaveAttribute("data-state", "idle", { timeout: 30_000 });
}

/** Collects console errors and any request that leaves the app's own origin. */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("data:") && !url.startsWith("blob:")) foreign.push(url);
  });
  return { errors, foreign };
}

/** Ids of the events the map has drawn in the current view. */
export function renderedEventIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...new Set(window.__strikeMap!.queryRenderedFeatures({ layers: ["events"] }).map((f) => String(f.properties.id)))].sort(),
  );
}

/** Screen position of a geographic point on the map canvas, relative to the page. */
export async function pagePointOf(page: Page, lon: number, lat: number) {
  const box = (await page.getByTestId("map").boundingBox())!;
  const p = await page.evaluate(([x, y]) => window.__strikeMap!.project([x!, y!]), [lon, lat]);
  return { x: box.x + p.x, y: box.y + p.y };
}
