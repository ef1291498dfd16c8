"use client";
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

const PlayingContext = createContext<{ playing: boolean; setPlaying: (on: boolean) => void } | null>(null);

/** Whether the timeline is playing: the map follows the days while it is (unless the reader said not to). */
export function PlaybackStateProvider({ children }: { children: ReactNode }) {
  const [playing, setPlaying] = useState(false);
  const value = useMemo(() => ({ playing, setPlaying }), [playing]);
  return <PlayingContext.Provider value={value}>{children}</PlayingContext.Provider>;
}

export function usePlaybackState() {
  const value = useContext(PlayingContext);
  if (!value) throw new Error("usePlaybackState needs a PlaybackStateProvider above it");
  return value;
}
