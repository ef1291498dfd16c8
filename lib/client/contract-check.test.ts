import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { checkBody, describeIssues } from "./contract-check";
import { currentBreaches, startCheck, subscribeBreaches } from "./contract-breaches";
import { firstDrawFetcher, jsonFetcher } from "./fetch-json";
import { firstDraw, markFirstDraw } from "./first-draw";

const Schema = z.object({ features: z.array(z.object({ id: z.string() })) });
const load = () => Promise.resolve(Schema);

function answer(body: unknown, status = 200) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

afterEach(() => vi.unstubAllGlobals());

/** A check of `url` as the page runs one: the latest of its URL when it starts. */
const check = (url: string, body: unknown) => checkBody(url, body, load, startCheck(url));

describe("checkBody", () => {
  it("records nothing for a body that passes", async () => {
    await check("/api/ok", { features: [{ id: "a" }] });
    expect(currentBreaches().find((b) => b.url === "/api/ok")).toBeUndefined();
  });

  it("names the failing field and tells subscribers", async () => {
    const heard = vi.fn();
    const unsubscribe = subscribeBreaches(heard);
    await check("/api/bad", { features: [{ id: 7 }] });
    unsubscribe();
    expect(heard).toHaveBeenCalledOnce();
    expect(currentBreaches().find((b) => b.url === "/api/bad")?.message).toMatch(/^features\.0\.id: /);
  });
});

describe("fetchers", () => {
  it("firstDrawFetcher hands the body over before any check", async () => {
    const body = { features: [{ id: 1, properties: {}, geometry: {} }] };
    answer(body);
    const loader = vi.fn(load);
    expect(await firstDrawFetcher(loader)("/api/later")).toEqual(body);
    expect(loader).not.toHaveBeenCalled();
  });

  it("firstDrawFetcher turns an answer that is not a JSON object, or not drawable features, into an error", async () => {
    answer("not an object");
    await expect(firstDrawFetcher(load)("/api/text")).rejects.toThrow("the answer was not a JSON object");
    answer({ features: [{ id: "a" }] });
    await expect(firstDrawFetcher(load)("/api/shape")).rejects.toThrow("not a collection of features the map can draw");
  });

  it("jsonFetcher parses before it answers", async () => {
    answer({ features: [{ id: 1 }] });
    await expect(jsonFetcher(load)("/api/now")).rejects.toThrow();
  });

  it("an API error reads as its message and issues", async () => {
    answer({ error: "Invalid query", issues: [{ path: "date", message: "must be a date as YYYY-MM-DD" }] }, 400);
    await expect(jsonFetcher(load)("/api/events?date=x")).rejects.toThrow("Invalid query: must be a date as YYYY-MM-DD");
  });
});

describe("a large collection", () => {
  it("is checked in slices, and an issue's path counts from the start of the whole collection", async () => {
    const features = Array.from({ length: 5_000 }, (_, i) => ({ id: i === 4_321 ? 0 : `e${i}` }));
    const parse = vi.spyOn(Schema, "safeParse");
    await check("/api/large", { features });
    // Slices of CHECK_SLICE (2,000) features: the third holds the bad one.
    expect(parse.mock.calls.map(([body]) => (body as { features: unknown[] }).features.length)).toEqual([2_000, 2_000, 1_000]);
    parse.mockRestore();
    expect(currentBreaches().find((b) => b.url === "/api/large")?.message).toMatch(/^features\.4321\.id: /);
  });
});

describe("what a check records", () => {
  it("a check that passes clears an earlier breach of the same URL", async () => {
    await check("/api/again", { features: [{ id: 1 }] });
    expect(currentBreaches().some((b) => b.url === "/api/again")).toBe(true);
    await check("/api/again", { features: [{ id: "a" }] });
    expect(currentBreaches().some((b) => b.url === "/api/again")).toBe(false);
  });

  it("an older check still running does not overwrite a newer one's result", async () => {
    const older = startCheck("/api/race");
    await check("/api/race", { features: [{ id: "a" }] });
    await checkBody("/api/race", { features: [{ id: 1 }] }, load, older);
    expect(currentBreaches().some((b) => b.url === "/api/race")).toBe(false);
  });

  it("names the field inside a union rather than the whole feature", () => {
    const Either = z.object({ features: z.array(z.union([z.object({ imported: z.literal(true), id: z.string() }), z.object({ kind: z.enum(["shelling"]) })])) });
    const parsed = Either.safeParse({ features: [{ kind: "volcano" }] });
    expect(parsed.success).toBe(false);
    expect(describeIssues(parsed.error!)).toMatch(/^features\.0\.kind: /);
  });
});

// Last: the first draw cannot be undone within this file.
describe("after the first draw", () => {
  it("a body handed over before the first draw is checked once the map has drawn, a failure as a notice", async () => {
    const body = { features: [{ id: 7, properties: {}, geometry: {} }] };
    answer(body);
    expect(await firstDrawFetcher(load)("/api/early")).toEqual(body);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(currentBreaches().some((b) => b.url === "/api/early")).toBe(false);
    markFirstDraw();
    await vi.waitFor(() => expect(currentBreaches().find((b) => b.url === "/api/early")?.message).toMatch(/^features\.0\.id: /));
  });

  it("a body is checked before it replaces the data drawn, and one that fails is an error", async () => {
    markFirstDraw();
    await firstDraw;
    answer({ features: [{ id: 7, properties: {}, geometry: {} }] });
    await expect(firstDrawFetcher(load)("/api/retry")).rejects.toThrow(/^the answer is not what this page expects \(features\.0\.id: /);
    answer({ features: [{ id: "a", properties: {}, geometry: {} }] });
    await expect(firstDrawFetcher(load)("/api/retry")).resolves.toEqual({ features: [{ id: "a", properties: {}, geometry: {} }] });
  });
});
