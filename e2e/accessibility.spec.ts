import { expect, test } from "./fixtures";
import { axeViolations } from "./axe";
import { waitForMapIdle } from "./map-helpers";

// axe (WCAG 2.2 AA) on every screen a reader reaches: the violations are listed rule by rule when it fails.

test("axe: the home page has no WCAG 2.2 AA violation", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("axe: the home page with an event's details open", async ({ page }) => {
  await page.goto("/?day=2025-05-07&event=2025-05-07-muridke-markaz-taiba");
  await waitForMapIdle(page);
  await expect(page.getByTestId("details")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("axe: the filters tab", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  await page.getByRole("tab", { name: "Filters" }).click();
  await expect(page.getByTestId("filters")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("axe: on a phone, with the details sheet open", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?day=2025-05-07&event=2025-05-07-muridke-markaz-taiba");
  await waitForMapIdle(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("axe: the embed", async ({ page }) => {
  await page.goto("/embed?day=2025-05-07");
  await waitForMapIdle(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("axe: the about page", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("axe: the home page in the dark theme", async ({ page }) => {
  await page.goto("/?theme=dark");
  await waitForMapIdle(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("in the dark theme the map's credits stay readable whatever the map draws beneath them", async ({ page }) => {
  await page.goto("/?theme=dark&day=2025-05-10");
  await waitForMapIdle(page);
  const credits = page.locator(".maplibregl-ctrl-attrib");
  await expect(credits).toContainText("Natural Earth");
  // The text and each link, against the strip laid over pure black and over pure white: the worst a map can show.
  const ratios = await credits.evaluate((strip) => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const [r, g, b, a = 1] = rgba(getComputedStyle(strip).backgroundColor);
    const over = (under: number) => [r!, g!, b!].map((v) => v * a + under * (1 - a));
    return [strip, ...strip.querySelectorAll("a")].flatMap((el) => {
      const text = lum(rgba(getComputedStyle(el).color));
      return [over(0), over(255)].map((bg) => {
        const [hi, lo] = [Math.max(text, lum(bg)), Math.min(text, lum(bg))];
        return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
      });
    });
  });
  for (const ratio of ratios) expect(ratio).toBeGreaterThanOrEqual(4.5);
});
