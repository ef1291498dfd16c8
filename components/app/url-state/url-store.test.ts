import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUrlStore, type UrlHost } from "./url-store";

function fakeHost(search = "") {
  const writes: [string, string][] = [];
  let onPop: (() => void) | undefined;
  const host: UrlHost = {
    location: { pathname: "/", search, hash: "" },
    history: {
      pushState: (_d, _u, url) => (writes.push(["push", url]), (host.location.search = url.slice(1))),
      replaceState: (_d, _u, url) => (writes.push(["replace", url]), (host.location.search = url.slice(1))),
    },
    addEventListener: (_t, l) => (onPop = l),
    removeEventListener: () => (onPop = undefined),
  };
  const back = (to: string) => ((host.location.search = to), onPop?.());
  return { host, writes, back };
}

describe("the URL store", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("starts from the address bar and changes in memory at once", () => {
    const { host } = fakeHost("?day=2025-05-07");
    const store = createUrlStore(host, 150, () => Date.now());
    expect(store.get().day).toBe("2025-05-07");
    store.update({ day: "2025-05-08" });
    expect(store.get().day).toBe("2025-05-08");
  });

  it("writes the first replace at once and throttles the rest into one trailing write of the latest state", () => {
    const { host, writes } = fakeHost();
    const store = createUrlStore(host, 150, () => Date.now());
    store.update({ day: "2025-05-07" });
    store.update({ day: "2025-05-08" });
    store.update({ day: "2025-05-09" });
    expect(writes).toEqual([["replace", "/?day=2025-05-07"]]);
    vi.advanceTimersByTime(150);
    expect(writes).toEqual([["replace", "/?day=2025-05-07"], ["replace", "/?day=2025-05-09"]]);
  });

  it("in a browser, writes a change due at once just after the next frame, not inside the click", () => {
    const { host, writes } = fakeHost();
    const frames: (() => void)[] = [];
    const store = createUrlStore({ ...host, requestAnimationFrame: (cb) => frames.push(cb), cancelAnimationFrame: () => {} }, 150, () => Date.now());
    store.update({ day: "2025-05-07" });
    expect(writes).toEqual([]);
    frames.shift()!();
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(writes).toEqual([["replace", "/?day=2025-05-07"]]);
  });

  it("pushes a selection at once, carrying any pending change with it", () => {
    const { host, writes } = fakeHost();
    const store = createUrlStore(host, 150, () => Date.now());
    store.update({ day: "2025-05-07" });
    store.update({ day: "2025-05-08" });
    store.update({ event: "a-b" }, "push");
    expect(writes).toEqual([["replace", "/?day=2025-05-07"], ["push", "/?day=2025-05-08&event=a-b"]]);
    vi.advanceTimersByTime(500);
    expect(writes).toHaveLength(2);
  });

  it("tells subscribers only about real changes, and follows Back", () => {
    const { host, back } = fakeHost("?day=2025-05-07");
    const store = createUrlStore(host, 150, () => Date.now());
    const stop = store.connect();
    const seen: (string | undefined)[] = [];
    store.subscribe(() => seen.push(store.get().day));
    store.update({ day: "2025-05-07" });
    store.update({ day: "2025-05-08" });
    back("?day=2025-05-01");
    expect(seen).toEqual(["2025-05-08", "2025-05-01"]);
    stop();
  });
});
