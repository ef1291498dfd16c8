"use client";
import { useMemo } from "react";
import type { EventFeature } from "@/lib/schemas/event";
import { bboxOfGeometries, type Bbox } from "@/lib/geo/region";
import { useUrlSlice } from "@/components/app/url-state/use-url-state";
import { usePlaybackState } from "@/components/app/playback-state";

/** Whether the map fits each day's events as the reader steps: as the URL says, else while playing only. */
export function useFollowing(): boolean {
  const follow = useUrlSlice((s) => s.follow);
  const { playing } = usePlaybackState();
  return follow ?? playing;
}

/** The box the map fits while following: the shown day's events, once per day (and filter); null when not following. */
export function useFollowFrame(shown: readonly EventFeature[], day: string | undefined): { key: string; box: Bbox } | null {
  const following = useFollowing();
  return useMemo(() => {
    if (!following || !day) return null;
    const todays = shown.filter((e) => e.properties.date === day);
    const box = bboxOfGeometries(todays.map((e) => e.geometry));
    return box ? { key: `${day}:${todays.map((e) => e.properties.id).join(",")}`, box } : null;
  }, [following, day, shown]);
}
