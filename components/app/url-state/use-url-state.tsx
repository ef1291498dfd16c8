"use client";
import { createContext, useContext, useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import type { EventFilter } from "@/lib/events/event-facets";
import { FACET_KEYS } from "@/lib/events/event-facets";
import { dayRangeOf, type DayRange } from "@/lib/events/event-rule";
import type { UrlState } from "./url-schema";
import type { UrlStore } from "./url-store";

const UrlStoreContext = createContext<UrlStore | null>(null);

/** Makes the store available below and follows Back/Forward while mounted. */
export function UrlStateProvider({ store, children }: { store: UrlStore; children: ReactNode }) {
  useEffect(() => store.connect(), [store]);
  return <UrlStoreContext.Provider value={store}>{children}</UrlStoreContext.Provider>;
}

export function useUrlStore(): UrlStore {
  const store = useContext(UrlStoreContext);
  if (!store) throw new Error("useUrlStore needs a UrlStateProvider above it");
  return store;
}

/** Equal when every own key holds the same value (arrays compared by reference, as the store keeps them). */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || !a || !b) return false;
  const ka = Object.keys(a) as (keyof T)[];
  return ka.length === Object.keys(b).length && ka.every((k) => Object.is(a[k], b[k]));
}

/**
 * The part of the URL state a component uses: it re-renders only when that part changes, not on every
 * write (a day step does not re-render the filter toggles, a pan re-renders nothing).
 */
export function useUrlSlice<T>(select: (s: UrlState) => T, equal: (a: T, b: T) => boolean = shallowEqual): T {
  const store = useUrlStore();
  const last = useRef<{ value: T } | null>(null);
  const snapshot = () => {
    const next = select(store.get());
    if (last.current && equal(last.current.value, next)) return last.current.value;
    last.current = { value: next };
    return next;
  };
  return useSyncExternalStore(store.subscribe, snapshot, snapshot);
}

/** The filter part of a state, as the domain type `lib/` takes. */
export function eventFilterOf(s: UrlState): EventFilter {
  return Object.fromEntries(FACET_KEYS.map((k) => [k, s[k]]).filter(([, v]) => v)) as EventFilter;
}

/** The days a state shows, as the domain type `lib/` takes. */
export function dayRangeOfState(s: UrlState): DayRange {
  return dayRangeOf(s.day, s.mode === "cumulative");
}

/** The filter part of the state, subscribed to. */
export function useEventFilter(): EventFilter {
  return useUrlSlice(eventFilterOf);
}

/** The days shown, subscribed to. */
export function useDayRange(): DayRange {
  return useUrlSlice(dayRangeOfState);
}
