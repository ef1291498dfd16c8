import { expect, test } from "./fixtures";

const SECTIONS = [
  "What counts as an event",
  "Did it happen as described? Verification",
  "Who carried it out? Attribution",
  "How sources are chosen",
  "Places, precision and coordinates",
  "Dates and time zones",
  "Names for disputed territory",
  "Corrections and changes",
  "Reporting an error",
];

test("the header links to the methodology page, which has its sections, the data version and the corrections log", async ({ page }) => {
  const version = (await page.request.get("/api/events")).headers()["x-data-version"];
  await page.goto("/");
  await page.getByRole("link", { name: "About the data" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How this map is made");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  for (const name of SECTIONS) await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByTestId("data-version")).toContainText(version!);
  await expect(page.getByTestId("last-updated")).toHaveText(/\d{1,2} \w+ \d{4}/);
  const log = page.getByTestId("changelog");
  await expect(log).toContainText("Schema migration");
  // A log entry that names events links to them on the map.
  const eventLink = log.getByRole("link").first();
  if (await eventLink.count()) await expect(eventLink).toHaveAttribute("href", /^\/\?day=\d{4}-\d{2}-\d{2}&event=[a-z0-9-]+$/);
  // Every status is defined, with the symbol the map draws.
  for (const word of ["Confirmed", "Reported", "Claimed", "Disputed", "Denied"]) await expect(page.getByTestId("verification-statuses")).toContainText(word);
  for (const word of ["Established", "Claimed by one side", "Disputed", "Unknown"]) await expect(page.getByTestId("attribution-statuses")).toContainText(word);
  await expect(page.getByText("open an issue in this project's repository")).toBeVisible();
});

test("the methodology page has landmarks, a table of contents that works, and only safe links", async ({ page }) => {
  await page.goto("/about");
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.getByRole("banner")).toHaveCount(1);
  const toc = page.getByRole("navigation", { name: "On this page" });
  await toc.getByRole("link", { name: "Dates and time zones" }).click();
  await expect(page).toHaveURL(/#dates-and-time-zones$/);
  await expect(page.getByRole("heading", { name: "Dates and time zones" })).toBeInViewport();
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|\/(?!\/)|#)/);
  // Heading levels never skip a step (h2 → h4).
  const levels = await page.locator("h1, h2, h3, h4, h5, h6").evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  levels.forEach((l, i) => i > 0 && expect(l - levels[i - 1]!).toBeLessThanOrEqual(1));
});

test("the way back from the methodology page returns to the map as the reader left it", async ({ page }) => {
  await page.goto("/?day=2025-05-10&pov=india&actor=pakistan");
  await expect(page.getByTestId("current-day")).toHaveText("10 May 2025");
  await page.getByRole("link", { name: "About the data" }).click();
  await expect(page).toHaveURL(/\/about\?day=2025-05-10&actor=pakistan&pov=india$/);
  await page.getByRole("link", { name: "← Back to the map" }).click();
  await expect(page).toHaveURL(/\/\?day=2025-05-10&actor=pakistan&pov=india$/);
  await expect(page.getByTestId("current-day")).toHaveText("10 May 2025");
  await expect(page.getByTestId("pov-select")).toHaveValue("india");
});

test("the way back carries only the map's own keys, each checked, whatever the address of the page holds", async ({ page }) => {
  await page.goto('/about?day=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&pov=india&next=https%3A%2F%2Fexample.com&theme=dark');
  await expect(page.getByRole("link", { name: "← Back to the map" })).toHaveAttribute("href", "/?theme=dark&pov=india");
  await page.goto("/about");
  await expect(page.getByRole("link", { name: "← Back to the map" })).toHaveAttribute("href", "/");
});

test("on a phone the methodology page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the embed links to the methodology page", async ({ page }) => {
  await page.goto("/embed?day=2025-05-07");
  const link = page.getByRole("link", { name: "How this map is made" });
  await expect(link).toHaveAttribute("href", "/about");
  const response = await page.request.get("/about");
  expect(response.status()).toBe(200);
});
