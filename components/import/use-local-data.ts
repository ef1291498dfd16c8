"use client";
import { useSyncExternalStore } from "react";
import type { LocalData } from "@/lib/import/local-data";

/**
 * The one switch between the built-in data (from the API) and a file opened in this browser. Kept as a
 * small store outside React's tree so the dashboard data, the exports and the dialog read the same
 * value without threading it through props; null means the built-in data is shown.
 */
let current: LocalData | null = null;
const listeners = new Set<() => void>();

export function setLocalData(next: LocalData | null): void {
  current = next;
  listeners.forEach((l) => l());
}

/** The current value outside React (for work that finishes later and must not overwrite a newer file). */
export function getLocalData(): LocalData | null {
  return current;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The opened file's data, or null while the built-in data is shown. */
export function useLocalData(): LocalData | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}
