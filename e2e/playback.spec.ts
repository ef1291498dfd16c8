import { expect, test, type Page } from "./fixtures";
import { renderedEventIds, waitForMapIdle } from "./map-helpers";

const currentDay = (page: Page) => page.getByTestId("current-day");

async function eventsOn(page: Page, date: string): Promise<string[]> {
  const res = await page.request.get(`/api/events?date=${date}`);
  return (await res.json()).features.map((f: { properties: { id: string } }) => f.properties.id).sort();
}

test("buttons and keys step through the days and keep the day in the URL", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  await expect(currentDay(page)).toHaveText("7 May 2025");
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(currentDay(page)).toHaveText("8 May 2025");
  await expect(page).toHaveURL(/day=2025-05-08/);
  await page.locator("body").press("ArrowLeft");
  await expect(currentDay(page)).toHaveText("7 May 2025");
  await page.locator("body").press("Home");
  await expect(currentDay(page)).toHaveText("22 April 2025");
  await expect(page.getByRole("button", { name: "Previous day" })).toBeDisabled();
  await page.locator("body").press("End");
  await expect(currentDay(page)).toHaveText("20 May 2025");
  await expect(page).toHaveURL(/day=2025-05-20/);
  const last = (await eventsOn(page, "2025-05-20")).length;
  await expect(page.locator("[aria-live=polite]")).toContainText(`20 May 2025: ${last} event${last === 1 ? "" : "s"}`);
});

test("the day slider takes the slider pattern's keys: up and down a day, Page Up and Down a week", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const slider = page.getByRole("slider", { name: "Day" });
  await slider.focus();
  for (const [key, shown] of [
    ["ArrowUp", "8 May 2025"],
    ["PageUp", "15 May 2025"],
    ["PageUp", "20 May 2025"],
    ["ArrowDown", "19 May 2025"],
    ["PageDown", "12 May 2025"],
  ] as const) {
    await page.keyboard.press(key);
    await expect(currentDay(page)).toHaveText(shown);
  }
  await expect(slider).toHaveAttribute("aria-valuetext", /^12 May 2025, /);
  await expect(page).toHaveURL(/day=2025-05-12/);
  await expect(slider).toBeFocused();
});

test("each day shows exactly that day's events, on the map and in the list, and the pixels change", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  const may7 = await eventsOn(page, "2025-05-07");
  expect(await renderedEventIds(page)).toEqual(may7);
  await expect(page.getByTestId("day-events").locator("li")).toHaveCount(may7.length);
  const before = await page.getByTestId("map").screenshot();

  await page.getByRole("button", { name: "Next day" }).click();
  await waitForMapIdle(page);
  const may8 = await eventsOn(page, "2025-05-08");
  expect(await renderedEventIds(page)).toEqual(may8);
  await expect(page.getByTestId("day-events").locator("li")).toHaveCount(may8.length);
  const after = await page.getByTestId("map").screenshot();
  expect(after.equals(before)).toBe(false);
});

test("stepping through days sends no request to the API", async ({ page }) => {
  await page.goto("/?day=2025-05-01");
  await waitForMapIdle(page);
  const api: string[] = [];
  page.on("request", (r) => r.url().includes("/api/") && api.push(r.url()));
  for (let i = 0; i < 8; i++) {
    await page.getByRole("button", { name: "Next day" }).click();
    await waitForMapIdle(page);
  }
  await expect(currentDay(page)).toHaveText("9 May 2025");
  expect(api).toEqual([]);
});

test("Play advances day by day and Pause stops it", async ({ page }) => {
  await page.goto("/?day=2025-05-06");
  await waitForMapIdle(page);
  await page.getByLabel("Speed").selectOption("0.5");
  await page.getByRole("button", { name: "Play" }).click();
  const shownDay = async () => new Date(`${await currentDay(page).textContent()} UTC`).toISOString().slice(0, 10);
  await expect.poll(async () => Date.parse(await shownDay()), { timeout: 10_000 }).toBeGreaterThanOrEqual(Date.parse("2025-05-08"));
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("button", { name: "Play" })).toBeVisible();
  const stopped = await shownDay();
  await page.waitForTimeout(1_500);
  expect(await shownDay()).toBe(stopped);
  await expect(page).toHaveURL(new RegExp(`day=${stopped}`));
});

test("cumulative mode shows everything up to the day and is kept in the URL", async ({ page }) => {
  await page.goto("/?day=2025-05-08");
  await waitForMapIdle(page);
  await page.getByRole("checkbox", { name: "Cumulative" }).check();
  await expect(page).toHaveURL(/mode=cumulative/);
  await waitForMapIdle(page);
  // Events outside the view (talks at the UN in New York) are not drawn, so ask for the visible box only.
  const bbox = await page.evaluate(() => window.__strikeMap!.getBounds().toArray().flat().join(","));
  const upTo = (await (await page.request.get(`/api/events?to=2025-05-08&bbox=${bbox}`)).json()).features.length;
  expect((await renderedEventIds(page)).length).toBe(upTo);
  await expect(currentDay(page)).toHaveText("22 April 2025 – 8 May 2025");
});

test("a permalink reproduces the day, mode, filters, selection and view", async ({ page }) => {
  const link = "/?day=2025-05-10&mode=cumulative&event=2025-05-10-nur-khan-air-base-strike&verification=confirmed&view=73.1,33.6,7";
  await page.goto(link);
  await waitForMapIdle(page);
  await expect(currentDay(page)).toHaveText("22 April 2025 – 10 May 2025");
  await expect(page.getByRole("checkbox", { name: "Cumulative" })).toBeChecked();
  await expect(page.getByTestId("details").getByRole("heading", { level: 2 })).toContainText("Nur Khan");
  const view = await page.evaluate(() => {
    const m = window.__strikeMap!;
    return { lon: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() };
  });
  expect(view.lon).toBeCloseTo(73.1, 2);
  expect(view.lat).toBeCloseTo(33.6, 2);
  expect(view.zoom).toBeCloseTo(7, 2);
  await page.getByRole("tab", { name: "Filters" }).click();
  const verification = page.getByTestId("filters").getByRole("group", { name: "Verification" });
  await expect(verification.getByRole("checkbox", { name: /^Claimed/ })).not.toBeChecked();
  await expect(verification.getByRole("checkbox", { name: /^Confirmed/ })).toBeChecked();
});

test("choosing an event in the day's list selects it on the map", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  await page.getByTestId("day-events").getByRole("button", { name: /Muridke/ }).click();
  await expect(page).toHaveURL(/event=2025-05-07-muridke-markaz-taiba/);
  expect(await page.evaluate(() => window.__strikeMap!.getGlobalState().selected)).toBe("2025-05-07-muridke-markaz-taiba");
  await expect(page.getByTestId("day-events").getByRole("button", { name: /Muridke/ })).toHaveAttribute("aria-current", "true");
});

test("Back after choosing an event returns to the day's view in the same page, and Forward chooses it again", async ({ page }) => {
  await page.goto("/?day=2025-05-07");
  await waitForMapIdle(page);
  await page.getByRole("button", { name: "Next day" }).click();
  await expect(page).toHaveURL(/day=2025-05-08/);
  await page.evaluate(() => ((window as unknown as { __samePage: boolean }).__samePage = true));
  await page.getByTestId("day-events").getByRole("button").first().click();
  await expect(page).toHaveURL(/day=2025-05-08&event=/);
  await page.goBack();
  await expect(page).toHaveURL(/\?day=2025-05-08$/);
  await expect(currentDay(page)).toHaveText("8 May 2025");
  expect(await page.evaluate(() => window.__strikeMap!.getGlobalState().selected)).toBe("");
  await page.goForward();
  await expect(page).toHaveURL(/day=2025-05-08&event=/);
  await expect(page.getByTestId("day-events").locator("[aria-current=true]")).toHaveCount(1);
  // Neither move reloaded the page.
  expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
});

test("invalid URL values fall back to defaults, and a notice names each one", async ({ page }) => {
  await page.goto("/?day=2025-19-99&mode=warp&view=oops&actor=nobody");
  await waitForMapIdle(page);
  await expect(currentDay(page)).toHaveText("All days");
  const notice = page.getByTestId("url-notice");
  for (const part of ["day=2025-19-99", "mode=warp", "view=oops", "actor=nobody"]) await expect(notice).toContainText(part);
  // A mistyped actor shows every event, not an empty map.
  expect((await renderedEventIds(page)).length).toBeGreaterThan(40);
  await notice.getByRole("button", { name: /Dismiss/ }).click();
  await expect(notice).toHaveCount(0);
});

test("a day outside the data's days is named in the notice, and the nearest day of the data is shown", async ({ page }) => {
  await page.goto("/?day=2025-06-01");
  await waitForMapIdle(page);
  await expect(currentDay(page)).toHaveText("20 May 2025");
  await expect(page.getByRole("slider", { name: "Day" })).toHaveAttribute("aria-valuetext", /^20 May 2025, /);
  const notice = page.getByTestId("url-notice");
  await expect(notice).toContainText("day=2025-06-01 (the data covers 22 April – 20 May 2025; showing 20 May 2025)");
  await expect(page).toHaveURL(/day=2025-05-20/);
  // The list names that day's events (one, in Beijing, lies outside the map's first view).
  await expect(page.getByTestId("day-events").locator("li")).toHaveCount((await eventsOn(page, "2025-05-20")).length);

  // The embed, with no other chrome, says the same.
  await page.goto("/embed?day=2030-01-01");
  await waitForMapIdle(page);
  await expect(currentDay(page)).toHaveText("20 May 2025");
  await expect(page.getByTestId("url-notice")).toContainText("day=2030-01-01 (the data covers 22 April – 20 May 2025; showing 20 May 2025)");
  await page.goto("/?day=2025-01-01");
  await expect(currentDay(page)).toHaveText("22 April 2025");
  await expect(page.getByTestId("url-notice")).toContainText("showing 22 April 2025");
});

test("a day whose events are all filtered out says so, and the caption counts what filters hide", async ({ page }) => {
  await page.goto("/?day=2025-05-07&actor=pakistan");
  await waitForMapIdle(page);
  const all = (await eventsOn(page, "2025-05-07")).length;
  const shown = (await (await page.request.get("/api/events?date=2025-05-07&actor=pakistan")).json()).features.length;
  await expect(page.getByTestId("day-caption")).toContainText(`${all - shown} event${all - shown === 1 ? "" : "s"} hidden by filters`);
  await page.goto("/?day=2025-05-07&kind=ceasefire");
  await expect(page.getByTestId("day-caption")).toHaveText(`All ${all} events of this day hidden by filters`);
});

test("the timeline is dated: weekly ticks, the key dates marked, and a slider value within its range", async ({ page }) => {
  await page.goto("/");
  await waitForMapIdle(page);
  await expect(page.getByTestId("date-axis")).toContainText("22 Apr");
  await expect(page.getByTestId("date-axis")).toContainText("20 May");
  const keys = page.getByTestId("key-dates");
  await expect(keys).toContainText("22 Apr attack");
  await expect(keys).toContainText("7 May strikes");
  await expect(keys).toContainText("10 May ceasefire");
  const slider = page.getByRole("slider", { name: "Day" });
  const inRange = async () => {
    const [now, min, max] = await Promise.all(["aria-valuenow", "aria-valuemin", "aria-valuemax"].map((a) => slider.getAttribute(a)));
    return Number(now) >= Number(min) && Number(now) <= Number(max);
  };
  expect(await inRange()).toBe(true);
  await page.getByTestId("histogram").locator("[data-date='2025-05-07']").click();
  await expect(currentDay(page)).toHaveText("7 May 2025");
  await expect(slider).toHaveAttribute("aria-valuetext", /7 May 2025, \d+ events, strikes/);
  expect(await inRange()).toBe(true);
  // The key date's mark sits over its own day's column.
  const mark = (await keys.locator("[data-date='2025-05-07'] > span").boundingBox())!;
  const bar = (await page.getByTestId("histogram").locator("[data-date='2025-05-07']").boundingBox())!;
  expect(mark.x).toBeGreaterThanOrEqual(bar.x - 1);
  expect(mark.x).toBeLessThanOrEqual(bar.x + bar.width + 1);
});

test("the controls row keeps its place while playing", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/?day=2025-05-06");
  await waitForMapIdle(page);
  await page.getByLabel("Speed").selectOption("0.5");
  const where = async () => {
    const boxes = await Promise.all(["Previous day", "Next day"].map(async (n) => (await page.getByRole("button", { name: n }).boundingBox())!));
    const histogram = (await page.getByTestId("histogram").boundingBox())!;
    return [...boxes.map((b) => [b.x, b.y]), [histogram.y]];
  };
  const before = await where();
  await page.getByRole("button", { name: "Play" }).click();
  for (let i = 0; i < 4; i++) {
    await page.waitForTimeout(600);
    expect(await where()).toEqual(before);
  }
  await page.getByRole("button", { name: "Pause", exact: true }).click();
});
