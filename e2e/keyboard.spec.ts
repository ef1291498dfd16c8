import { expect, test } from "./fixtures";
import { waitForMapIdle } from "./map-helpers";

test("the side panel's tabs follow the tabs pattern: one tab stop, arrow keys, Home/End, a labelled panel", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const events = page.getByRole("tab", { name: /Events/ });
  await expect(events).toHaveAttribute("tabindex", "0");
  await expect(page.getByRole("tab", { name: "Filters" })).toHaveAttribute("tabindex", "-1");
  await events.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: "Filters" })).toBeFocused();
  await expect(page.getByRole("tab", { name: "Filters" })).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel", { name: "Filters" })).toContainText("Verification");
  // The arrow moved between tabs only: the day did not change.
  await expect(page.getByTestId("current-day")).toHaveText("7 May 2025");
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Measure" })).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("tab", { name: /Events/ })).toBeFocused();
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("tabpanel", { name: "Measure" })).toBeVisible();
});

test("the export menu follows the menu button pattern: arrows move, Esc closes back to the button", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const button = page.getByRole("button", { name: "Export" });
  await button.focus();
  await page.keyboard.press("ArrowDown");
  const menu = page.getByRole("menu", { name: "Export" });
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem").nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(menu.getByRole("menuitem", { name: "Copy embed code" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(menu.getByRole("menuitem", { name: "Copy embed code" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("menuitem", { name: "Copy embed code" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("menu")).toHaveCount(0);
  await expect(page.getByTestId("current-day")).toHaveText("7 May 2025");
});

test("keyboard focus follows the visual order: header, map, timeline, then the side panel", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const order = ["About the data", "Export", "Legend", "Play", "Events ("];
  const tops: { name: string; x: number; y: number }[] = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return el && box ? { name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(), x: box.x, y: box.y } : null;
    });
    if (focused) tops.push(focused);
  }
  const index = (name: string) => tops.findIndex((t) => t.name.startsWith(name));
  const found = order.map(index);
  expect(found.every((i) => i >= 0), tops.map((t) => t.name).join(" | ")).toBe(true);
  expect([...found].sort((a, b) => a - b)).toEqual(found);
});

test("closing an export dialog or Open data with Esc puts focus back on the button that opened it", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const exportButton = page.getByRole("button", { name: "Export" });
  for (const item of ["Animation (MP4 or WebM)…", "Copy embed code"]) {
    await exportButton.click();
    await page.getByRole("menuitem", { name: item }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await expect(exportButton).toBeFocused();
  }
  // From the keyboard too: ↑ opens the menu on its last item, ↑ again is the animation.
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(page.getByRole("menuitem", { name: "Animation (MP4 or WebM)…" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("dialog", { name: "Export an animation" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(exportButton).toBeFocused();

  const openData = page.getByRole("button", { name: "Open data…" });
  await openData.click();
  await expect(page.getByRole("dialog", { name: "Open data" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(openData).toBeFocused();
});

test("the Export button answers before the map has drawn: the menu opens on its item once its code is in", async ({ page }) => {
  // The events held back: the menu's code loads after the first draw, unless the reader asks first.
  await page.route("**/api/events", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await route.continue();
  });
  await page.goto("/");
  const button = page.getByRole("button", { name: "Export" });
  await button.focus();
  await expect(page.getByTestId("map")).toHaveAttribute("data-state", "loading");
  await page.keyboard.press("ArrowUp");
  const menu = page.getByRole("menu", { name: "Export" });
  await expect(menu.getByRole("menuitem", { name: "Copy embed code" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
});
