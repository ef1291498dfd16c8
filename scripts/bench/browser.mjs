// Chromium through Playwright: fresh pages with the in-page probe, and waiting for a map's first idle.
import { chromium } from "@playwright/test";
import { probe } from "./probe.mjs";

export const VIEWPORT = { width: 1280, height: 800 };

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--disable-background-networking"],
    // run.mjs handles signals and closes the browser with everything else; Playwright's own handler
    // would exit the process before the servers and the temp dir are cleaned up.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** A page in a fresh context: empty cache, same viewport as the e2e tests, probe installed. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(probe);
  return context.newPage();
}

/**
 * Waits for the first idle after navigation and returns it in ms since navigation start.
 * With `nudge`, a map loaded for a second without its first idle gets one repaint (see `until`).
 */
export async function firstIdle(page, { timeout = 60_000, nudge = false } = {}) {
  const idle = (nudge) => {
    const b = window.__bench;
    const map = window.__strikeMap ?? window.__map;
    b.loadedPolls = nudge && map?.loaded() ? (b.loadedPolls ?? 0) + 1 : 0;
    if (b.idleAt === undefined && b.loadedPolls === 10) {
      b.nudges++;
      map.triggerRepaint();
    }
    return b.idleAt !== undefined;
  };
  await page.waitForFunction(idle, nudge, { timeout, polling: 100 });
  return page.evaluate(() => window.__bench.idleAt);
}

/** Opens `url` in a fresh context and waits for its map's first idle; `onPage` may listen before navigation. */
export async function openMap(browser, url, { timeout = 60_000, nudge = false, onPage } = {}) {
  const page = await newPage(browser);
  const errors = new Set();
  page.on("pageerror", (e) => errors.add(e.message.slice(0, 200)));
  onPage?.(page);
  page.on("crash", () => errors.add("the page crashed"));
  const close = async () => {
    for (const e of errors) console.log(`  page error on ${url}: ${e}`);
    // A crashed page may have taken its context along; what went wrong is the caller's error.
    await page
      .context()
      .close()
      .catch(() => {});
  };
  try {
    await page.goto(url, { waitUntil: "commit", timeout });
    return { page, idleAt: await firstIdle(page, { timeout, nudge }), close };
  } catch (e) {
    await close();
    throw e;
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length === 0 ? undefined : s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const mean = (xs) => (xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * The CSS size and the camera of our map on `page`, as `w=…&h=…&view=lon,lat,zoom` for the bare page, so
 * both draw the same area.
 */
export const mapView = (page) =>
  page.evaluate(() => {
    const r = document.querySelector("[data-testid=map]").getBoundingClientRect();
    const map = window.__strikeMap;
    const { lng, lat } = map.getCenter();
    return `w=${Math.round(r.width)}&h=${Math.round(r.height)}&view=${lng},${lat},${map.getZoom()}`;
  });
