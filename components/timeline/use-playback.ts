"use client";
import { useEffect, useState } from "react";
import { DEFAULT_SPEED, stepDay, type Speed } from "@/lib/playback";
import { useLatest } from "@/components/map/use-latest";

/**
 * Play/pause over `days`: while playing, advances one day every `speed` seconds, stopping on the
 * last day unless `loop` is on. Pressing play on the last day starts again from the first.
 */
export function usePlayback(days: readonly string[], day: string | undefined, setDay: (d: string | undefined) => void) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(DEFAULT_SPEED);
  const [loop, setLoop] = useState(false);
  const latest = useLatest({ days, day, setDay, loop });

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { days, day, setDay, loop } = latest.current;
      const next = stepDay(days, day, 1, loop);
      if (next === day || (!loop && day === days.at(-1))) setPlaying(false);
      else setDay(next);
    }, speed * 1000);
    return () => window.clearInterval(timer);
  }, [playing, speed, latest]);

  const toggle = () => {
    if (!playing && (day === undefined || day === days.at(-1))) setDay(days[0]);
    setPlaying(!playing);
  };
  return { playing, toggle, pause: () => setPlaying(false), speed, setSpeed, loop, setLoop };
}
