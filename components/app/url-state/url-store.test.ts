import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createUrlStore, type UrlHost } from "./url-store";

function fakeHost(search = "") {
  const writes: [string, string][] = [];
  let onPop: (() => void) | undefined;
  const history = {
    state: { router: "tree" } as unknown,
    pushState: (d: unknown, _u: string, url: string) => (writes.push(["push", url]), (history.state = d), (host.location.search = url.slice(1))),
    replaceState: (d: unknown, _u: string, url: string) => (writes.push(["replace", url]), (history.state = d), (host.location.search = url.slice(1))),
  };
  const host: UrlHost = {
    location: { pathname: "/", search, hash: "" },
    history,
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

  it("tells watchers of a day step at once and subscribers just after the next frame, once for several steps", () => {
    const { host } = fakeHost();
    const frames = new Map<number, () => void>();
    let ids = 0;
    const nextFrame = () => {
      const due = [...frames.values()];
      frames.clear();
      due.forEach((f) => f());
      vi.advanceTimersByTime(0);
    };
    const store = createUrlStore(
      { ...host, requestAnimationFrame: (cb) => (frames.set(++ids, cb), ids), cancelAnimationFrame: (id) => frames.delete(id) },
      150,
      () => Date.now(),
    );
    const watched: (string | undefined)[] = [];
    const heard: (string | undefined)[] = [];
    store.watch(() => watched.push(store.get().day));
    store.subscribe(() => heard.push(store.get().day));
    store.update({ day: "2025-05-07" }, "step");
    store.update((s) => ({ day: s.day === "2025-05-07" ? "2025-05-08" : "wrong" }), "step");
    expect(watched).toEqual(["2025-05-07", "2025-05-08"]);
    expect(heard).toEqual([]);
    nextFrame();
    expect(heard).toEqual(["2025-05-08"]);
    // Any other change is heard at once, and carries a step still waiting with it.
    store.update({ day: "2025-05-09" }, "step");
    store.update({ mode: "cumulative" });
    expect(heard).toEqual(["2025-05-08", "2025-05-09"]);
    nextFrame();
    expect(heard).toHaveLength(2);
  });

  it("carries the entry's state (the framework router's data) on to every entry it writes", () => {
    const { host } = fakeHost();
    const store = createUrlStore(host, 150, () => Date.now());
    store.update({ day: "2025-05-07" });
    store.update({ event: "a-b" }, "push");
    expect(host.history.state).toEqual({ router: "tree" });
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
