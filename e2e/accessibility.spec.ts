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
