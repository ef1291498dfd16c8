import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { checkLater, currentBreaches, subscribeBreaches } from "./contract-check";
import { firstDrawFetcher, jsonFetcher } from "./fetch-json";

const Schema = z.object({ features: z.array(z.object({ id: z.string() })) });
const load = () => Promise.resolve(Schema);

function answer(body: unknown, status = 200) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

afterEach(() => vi.unstubAllGlobals());

describe("checkLater", () => {
  it("records nothing for a body that passes", async () => {
    await checkLater("/api/ok", { features: [{ id: "a" }] }, load, Promise.resolve());
    expect(currentBreaches().find((b) => b.url === "/api/ok")).toBeUndefined();
  });

  it("waits for the moment it is given, then names the failing field and tells subscribers", async () => {
    let go!: () => void;
    const when = new Promise<void>((r) => (go = r));
    const heard = vi.fn();
    const unsubscribe = subscribeBreaches(heard);
    const checked = checkLater("/api/bad", { features: [{ id: 7 }] }, load, when);
    await Promise.resolve();
    expect(currentBreaches().find((b) => b.url === "/api/bad")).toBeUndefined();
    go();
    await checked;
    unsubscribe();
    expect(heard).toHaveBeenCalledOnce();
    expect(currentBreaches().find((b) => b.url === "/api/bad")?.message).toMatch(/^features\.0\.id: /);
  });
});

describe("fetchers", () => {
  it("firstDrawFetcher hands the body over before any check", async () => {
    answer({ features: [{ id: 1 }] });
    const loader = vi.fn(load);
    expect(await firstDrawFetcher(loader)("/api/later")).toEqual({ features: [{ id: 1 }] });
    expect(loader).not.toHaveBeenCalled();
  });

  it("firstDrawFetcher turns an answer that is not a JSON object into an error", async () => {
    answer("not an object");
    await expect(firstDrawFetcher(load)("/api/text")).rejects.toThrow("the answer was not a JSON object");
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
    await checkLater("/api/large", { features }, load, Promise.resolve());
    expect(currentBreaches().find((b) => b.url === "/api/large")?.message).toMatch(/^features\.4321\.id: /);
  });
});
