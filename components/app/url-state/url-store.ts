import { parseUrlState, serializeUrlState, type UrlState } from "./url-schema";

export type UrlStateChange = Partial<UrlState> | ((s: UrlState) => Partial<UrlState>);

/** The parts of `window` the store uses, so tests can hand it a fake one. */
export interface UrlHost {
  location: { pathname: string; search: string; hash: string };
  history: { readonly state: unknown; pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: "popstate", listener: () => void): void;
  removeEventListener(type: "popstate", listener: () => void): void;
  /** When present, a write due at once waits until just after the next frame (see scheduleReplace). */
  requestAnimationFrame?(callback: () => void): number;
  cancelAnimationFrame?(id: number): void;
}

/** At most one `replaceState` per this many ms: browsers rate-limit history writes, and panning or playing writes often. */
export const URL_WRITE_INTERVAL_MS = 150;

/**
 * How a change reaches the address bar and the page. `replace` (the default, for panning and toggles)
 * rewrites the entry, throttled; `push` adds one at once, so Back returns to the previous selection;
 * `step` (a reader's day step) is a replace whose subscribers hear of it just after the next frame.
 */
export type UrlWrite = "replace" | "push" | "step";

export interface UrlStore {
  get(): UrlState;
  /** Told of every change (a `step` just after the next frame): what React renders from. */
  subscribe(listener: () => void): () => void;
  /** Told of every change at once, inside the click: the map, which draws its next frame from it. */
  watch(listener: () => void): () => void;
  /** Applies a change in memory at once, tells watchers, then subscribers; the address bar follows. */
  update(change: UrlStateChange, how?: UrlWrite): void;
  /** Follows Back and Forward until the returned function is called. */
  connect(): () => void;
}

const same = (a: UrlState, b: UrlState) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof UrlState>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
};

/**
 * Shareable UI state whose source of truth is the address bar: read from it once, written back to it
 * after every change (never inside a React state updater), re-read on Back/Forward.
 */
export function createUrlStore(host: UrlHost, intervalMs = URL_WRITE_INTERVAL_MS, now = () => Date.now()): UrlStore {
  let state = parseUrlState(host.location.search);
  const listeners = new Set<() => void>();
  const watchers = new Set<() => void>();
  /** Cancels the write that is waiting, if any. */
  let pending: (() => void) | undefined;
  /** Cancels the subscribers' notice that is waiting, if any. */
  let pendingNotice: (() => void) | undefined;
  let lastWrite = -Infinity;

  const url = () => {
    const qs = serializeUrlState(state);
    return `${host.location.pathname}${qs ? `?${qs}` : ""}${host.location.hash}`;
  };
  const cancelPending = () => {
    pending?.();
    pending = undefined;
  };
  /**
   * The entry's state, carried over: the framework's router keeps its own data there. Next.js patches
   * history to follow writes made outside it, re-rendering its router for each; a write that carries its
   * data on is taken as its own and costs nothing (the URL store is what reads these parameters).
   */
  const entryState = () => {
    const current = host.history.state;
    return current && typeof current === "object" ? { ...current } : null;
  };
  const write = (how: "replace" | "push") => {
    cancelPending();
    lastWrite = now();
    if (how === "push") host.history.pushState(entryState(), "", url());
    else host.history.replaceState(entryState(), "", url());
  };
  /** Runs `fn` just after the next frame; returns its canceller. Called only where the host has frames. */
  const afterFrame = (fn: () => void): (() => void) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = host.requestAnimationFrame?.(() => (timer = setTimeout(fn)));
    return () => {
      if (frame !== undefined) host.cancelAnimationFrame?.(frame);
      clearTimeout(timer);
    };
  };
  const notify = () => {
    pendingNotice?.();
    pendingNotice = undefined;
    listeners.forEach((l) => l());
  };
  const scheduleReplace = () => {
    if (pending) return; // the pending write will carry this change too
    const wait = lastWrite + intervalMs - now();
    if (wait > 0) {
      const timer = setTimeout(() => write("replace"), wait);
      pending = () => clearTimeout(timer);
    } else if (host.requestAnimationFrame) {
      // A write costs milliseconds (the framework's router follows history too): a day step's click would
      // pay them before the map's next frame. The address bar follows just after that frame instead.
      pending = afterFrame(() => write("replace"));
    } else write("replace");
  };
  const set = (next: UrlState, how: UrlWrite = "replace") => {
    if (same(next, state)) return false;
    state = next;
    watchers.forEach((l) => l());
    // A day step's click draws the map's frame first; React renders the list, counts and timeline
    // just after it. Any other change tells subscribers at once (a checkbox must show its own click).
    if (how !== "step" || !host.requestAnimationFrame) notify();
    else pendingNotice ??= afterFrame(notify);
    return true;
  };

  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    watch(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    update(change, how = "replace") {
      const patch = typeof change === "function" ? change(state) : change;
      if (!set({ ...state, ...patch }, how)) return;
      if (how === "push") write("push");
      else scheduleReplace();
    },
    connect() {
      const onPop = () => {
        cancelPending();
        set(parseUrlState(host.location.search));
      };
      host.addEventListener("popstate", onPop);
      return () => {
        host.removeEventListener("popstate", onPop);
        // A change still waiting for its write is not lost when the app goes away.
        if (pending) write("replace");
      };
    },
  };
}
