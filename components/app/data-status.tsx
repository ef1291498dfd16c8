"use client";
import { useSyncExternalStore } from "react";
import { currentBreaches, subscribeBreaches, type ContractBreach } from "@/lib/client/contract-breaches";

const NONE: readonly ContractBreach[] = [];

interface Resource {
  data?: unknown;
  error?: Error;
  isLoading: boolean;
  mutate: () => unknown;
}

/**
 * Loading and error notices over the map; the last good data stays drawn beneath them. An answer that
 * fails the page's own check (a page older or newer than its server) is said too, with a reload.
 */
export function DataStatus({ resources }: { resources: [string, Resource][] }) {
  const breaches = useSyncExternalStore(subscribeBreaches, currentBreaches, () => NONE);
  const failed = resources.filter(([, r]) => r.error);
  const loading = resources.filter(([, r]) => r.isLoading && !r.data);
  if (failed.length === 0 && loading.length === 0 && breaches.length === 0) return null;
  return (
    <div className="absolute top-2 left-1/2 z-10 -translate-x-1/2 space-y-1 text-sm">
      {breaches.map((b) => (
        <div key={b.url} role="alert" data-testid="data-breach" className="flex items-center gap-2 rounded bg-red-700 px-3 py-1.5 text-white shadow">
          <span>
            The server&apos;s answer for {b.url} is not what this page expects ({b.message}); it may have been updated since the page opened.
          </span>
          <button type="button" onClick={() => window.location.reload()} className="rounded bg-white px-2 py-0.5 text-red-800">
            Reload
          </button>
        </div>
      ))}
      {failed.map(([name, r]) => (
        <div key={name} role="alert" data-testid="data-error" className="flex items-center gap-2 rounded bg-red-700 px-3 py-1.5 text-white shadow">
          Could not load {name}: {r.error?.message}
          <button type="button" onClick={() => r.mutate()} className="rounded bg-white px-2 py-0.5 text-red-800">
            Retry
          </button>
        </div>
      ))}
      {failed.length === 0 && loading.length > 0 && (
        <div role="status" className="rounded bg-zinc-800 px-3 py-1.5 text-white shadow">
          Loading {loading.map(([n]) => n).join(" and ")}…
        </div>
      )}
    </div>
  );
}
