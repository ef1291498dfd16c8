import { expect, test } from "./fixtures";
import { pagePointOf, waitForMapIdle } from "./map-helpers";
import { axeViolations } from "./axe";

const MURIDKE = "2025-05-07-muridke-markaz-taiba";

test("while the events load, the list says nothing rather than that no events match", async ({ page }) => {
  // Records every text the list area shows from the first render on.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __listTexts: string[] }).__listTexts = []);
    new MutationObserver(() => {
      const panel = document.querySelector("aside[aria-label='Events and tools']");
      if (panel) seen.push(panel.textContent ?? "");
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  await expect(page.getByTestId("day-events").locator("li")).toHaveCount(20);
  const texts = await page.evaluate(() => (window as unknown as { __listTexts: string[] }).__listTexts);
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.filter((t) => /No events match|No recorded events/.test(t))).toEqual([]);
});

test("a day without events says so, and only blames the filters when one is set", async ({ page }) => {
  await page.goto("/?day=2025-05-03");
  await waitForMapIdle(page);
  const panel = page.getByRole("tabpanel", { name: /Events/ });
  await expect(panel).toHaveText("No recorded events on this day.");
  await page.goto("/?day=2025-05-03&actor=india");
  await waitForMapIdle(page);
  await expect(panel).toHaveText("No events match the day and filters.");
});

test("a headline over the map says what the day holds, from the data, without stating a contested claim as fact", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const headline = page.getByTestId("headline");
  await expect(headline).toHaveText(/^7 May: India strikes \d+ sites in Pakistan and Pakistan-administered Kashmir/);
  await page.getByRole("button", { name: "Next day" }).click();
  await page.getByRole("button", { name: "Next day" }).click();
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(headline).toHaveText(/^10 May: /);
  await expect(headline).not.toHaveText(/Pakistan strikes/);
  await expect(headline).toHaveText(/attributed to Pakistan, all contested/);
});

test("a headline too long for its bar opens in full with More, by touch or keyboard, and closes with Less", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?day=2025-05-10");
  await waitForMapIdle(page);
  const headline = page.getByTestId("headline");
  const hidden = () => headline.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  expect(await hidden()).toBe(true);
  const more = page.getByRole("button", { name: "More" });
  await more.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Less" })).toHaveAttribute("aria-expanded", "true");
  // The whole text shows, ending with the ceasefire, and the map below has not moved.
  expect(await hidden()).toBe(false);
  await expect(headline).toBeInViewport({ ratio: 1 });
  await expect(headline).toHaveText(/India and Pakistan halt firing/);
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Less" }).click();
  expect(await hidden()).toBe(true);
  // A short headline needs no button.
  await page.goto("/?day=2025-05-14");
  await waitForMapIdle(page);
  await expect(headline).toHaveText("14 May: 1 diplomatic step by a third party");
  await expect(page.getByRole("button", { name: "More" })).toHaveCount(0);
});

test("details give the local time with its zone, and the place once", async ({ page }) => {
  await page.goto("/?day=2025-05-10&event=2025-05-10-jalandhar-kanganiwal-drone-blast");
  const details = page.getByTestId("details");
  await expect(details.getByTestId("local-time")).toHaveText("01:30 IST (UTC+05:30)");
  // Was "Kanganiwal village, Jalandhar, Jalandhar, Punjab (India) (Indian-administered)".
  await expect(details.getByTestId("place")).toHaveText("Kanganiwal village, Jalandhar, Punjab, India");
  await page.goto("/?day=2025-05-07&event=2025-05-07-neelum-jhelum-hydropower-project-claim");
  await expect(details.getByTestId("local-time")).toHaveText("01:15 PKT (UTC+05:00)");
  await expect(details.getByTestId("place")).toContainText("Azad Jammu and Kashmir, Pakistan-administered Kashmir");
});

test("in the embed a click on a symbol opens a compact card linking to the full details", async ({ page }) => {
  await page.goto("/embed?day=2025-05-07&view=74.26,31.81,10");
  await waitForMapIdle(page);
  const geometry = await page.evaluate(
    (id) => window.__strikeMap!.querySourceFeatures("events").find((f) => f.properties.id === id)!.geometry,
    MURIDKE,
  );
  const [lon, lat] = (geometry as GeoJSON.Point).coordinates as [number, number];
  const at = await pagePointOf(page, lon, lat);
  await page.mouse.click(at.x, at.y);
  const card = page.getByTestId("embed-card");
  await expect(card.getByRole("heading", { level: 2 })).toContainText("Muridke");
  await expect(card).toContainText("Confirmed");
  await expect(card.getByRole("link", { name: /Full details/ })).toHaveAttribute("href", new RegExp(`^/\\?.*event=${MURIDKE}`));
  await expect(card.getByRole("link", { name: /Full details/ })).toHaveAttribute("target", "_blank");
  expect(await axeViolations(page)).toEqual([]);
  await card.getByRole("button", { name: "Close" }).click();
  await expect(card).toHaveCount(0);
});

// On a phone the key is a strip, and its card opens above it (see phone-key.spec.ts); on a wide screen, the card.
for (const [width, height] of [[390, 844], [1280, 800]] as const)
test(`at ${width}×${height} nothing overlaps the key: not the attribution, not the controls`, async ({ page }) => {
  await page.setViewportSize({ width, height });
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const phone = width < 768;
  const keyBoxes = [];
  if (phone) {
    keyBoxes.push((await page.getByTestId("phone-key").boundingBox())!);
    await page.getByRole("button", { name: "Key" }).click();
  }
  keyBoxes.push((await page.getByTestId("map-key").boundingBox())!);
  for (const keyBox of keyBoxes) {
    const overlaps = (b: { x: number; y: number; width: number; height: number }) =>
      b.x < keyBox.x + keyBox.width && keyBox.x < b.x + b.width && b.y < keyBox.y + keyBox.height && keyBox.y < b.y + b.height;
    for (const selector of [".maplibregl-ctrl-attrib", ".maplibregl-ctrl-scale", ".maplibregl-ctrl-zoom-in", ...(phone ? ["[data-testid=phone-key]"] : [])]) {
      if (phone && selector === "[data-testid=phone-key]" && keyBox === keyBoxes[0]) continue;
      const box = (await page.locator(selector).boundingBox())!;
      expect(overlaps(box), selector).toBe(false);
    }
  }
  // The boundary select sits inside the card, above the legend, not over it.
  const pov = (await page.getByTestId("pov-select").boundingBox())!;
  const legend = (await page.getByTestId("legend").boundingBox())!;
  expect(pov.y + pov.height).toBeLessThanOrEqual(legend.y);
});

test("a long headline never widens the page: the side panel stays on screen with the details open", async ({ page }) => {
  await page.goto("/?day=2025-05-10&event=2025-05-10-nur-khan-air-base-strike");
  await waitForMapIdle(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  const tab = (await page.getByRole("tab", { name: "Filters" }).boundingBox())!;
  expect(tab.x + tab.width).toBeLessThanOrEqual(1280);
  const axis = (await page.getByTestId("date-axis").boundingBox())!;
  expect(axis.x + axis.width).toBeLessThanOrEqual(1280 - 340);
});

test("on a phone the export menu opens below its button, within the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const button = page.getByRole("button", { name: "Export" });
  await button.click();
  const menu = page.getByRole("menu", { name: "Export" });
  await expect(menu).toBeVisible();
  const [b, m] = [(await button.boundingBox())!, (await menu.boundingBox())!];
  expect(m.y).toBeGreaterThanOrEqual(b.y + b.height);
  expect(m.x).toBeGreaterThanOrEqual(0);
  expect(m.x + m.width).toBeLessThanOrEqual(390);
});
