"use client";
import { useCallback, useEffect, useState } from "react";
import { parseUrlState, serializeUrlState, type UrlState } from "@/lib/url-state";

export type UrlStateUpdate = Partial<UrlState> | ((s: UrlState) => Partial<UrlState>);

/**
 * Shareable UI state kept in the address bar. `replace` (the default) rewrites the entry — for
 * playback and panning; `push` adds one, so Back returns to the previous selection.
 */
export function useUrlState(initial: UrlState) {
  const [state, setState] = useState(initial);

  useEffect(() => {
    const onPop = () => setState(parseUrlState(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const update = useCallback((change: UrlStateUpdate, how: "replace" | "push" = "replace") => {
    setState((prev) => {
      const next = { ...prev, ...(typeof change === "function" ? change(prev) : change) };
      const qs = serializeUrlState(next);
      const url = `${window.location.pathname}${qs ? `?${qs}` : ""}${window.location.hash}`;
      if (how === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      return next;
    });
  }, []);

  return [state, update] as const;
}
