import { expect, test } from "./fixtures";
import { pagePointOf, waitForMapIdle } from "./map-helpers";

const BHUJ = "2025-05-10-bhuj-air-base-attack-claim";

test("an event outside the view is counted, and Show brings it in", async ({ page }) => {
  await page.goto("/?day=2025-05-10&view=74.5,32.5,6");
  await waitForMapIdle(page);
  const notice = page.getByTestId("outside-view");
  await expect(notice).toContainText(/\d+ events? outside the view/);
  // Bhuj (69.67°E, 23.29°N) lies south of this view.
  const inView = () => page.evaluate(() => window.__strikeMap!.getBounds().contains([69.6702, 23.2878]));
  expect(await inView()).toBe(false);
  await notice.getByRole("button", { name: "Show" }).click();
  await expect.poll(inView).toBe(true);
});

test("choosing an event in the list brings it into view, clear of the details", async ({ page }) => {
  await page.goto("/?day=2025-05-10&view=74.3,33.9,8");
  await waitForMapIdle(page);
  await page.getByTestId("day-events").getByText(/Bhuj/).first().click();
  await expect(page).toHaveURL(new RegExp(`event=${BHUJ}`));
  await expect.poll(async () => {
    const box = (await page.getByTestId("map").boundingBox())!;
    const p = await pagePointOf(page, 69.6702, 23.2878);
    return p.x > box.x && p.x < box.x + box.width - 400 && p.y > box.y && p.y < box.y + box.height;
  }).toBe(true);
});

test("two strikes on one spot can each be opened from a chooser", async ({ page }) => {
  await page.goto("/?day=2025-05-07&view=73.4711,34.37,9");
  await waitForMapIdle(page);
  const at = await pagePointOf(page, 73.4711, 34.37);
  await page.mouse.click(at.x, at.y);
  const chooser = page.getByTestId("event-chooser");
  await expect(chooser.getByRole("button", { name: /Muzaffarabad|Shawai|Bilal/i })).toHaveCount(2);
  await chooser.getByRole("button").filter({ hasText: /Bilal/i }).click();
  await expect(page).toHaveURL(/event=2025-05-07-muzaffarabad-syedna-bilal/);
});

test("Follow fits each day's events when stepping, and is kept in the link", async ({ page }) => {
  await page.goto("/?day=2025-05-09&view=74.3,33.9,9");
  await waitForMapIdle(page);
  await page.getByLabel("Follow").check();
  await expect(page).toHaveURL(/follow=1/);
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page.getByTestId("current-day")).toContainText("10 May");
  await expect.poll(() => page.evaluate(() => window.__strikeMap!.getZoom())).toBeLessThan(8);
});
