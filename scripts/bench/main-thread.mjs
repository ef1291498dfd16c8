// Main-thread time from a Chromium trace: the renderer's tasks from a mark the page sets before a change
// (`performance.mark`) until the task that draws the map's first frame after it, that frame excluded.
// Counted in thread time (CPU), not wall time: under SwiftShader a task can wait hundreds of ms for the
// GPU process, and on a shared machine a thread can wait for a core; neither is work on the main thread.
const CATEGORIES = ["disabled-by-default-devtools.timeline", "blink.user_timing"];

/** Runs `fn` while Chromium records a trace; resolves to fn's result and the trace events. */
export async function traced(browser, page, fn) {
  await browser.startTracing(page, { categories: CATEGORIES });
  const outcome = await fn().then(
    (result) => ({ result }),
    (error) => ({ error }),
  );
  const trace = JSON.parse((await browser.stopTracing()).toString());
  if (outcome.error) throw outcome.error;
  return { result: outcome.result, events: trace.traceEvents ?? trace };
}

/**
 * Main-thread time (ms) from mark `start` until the task in which mark `frame` was set begins: React's
 * render, commit and effects, the map calls, and anything else that ran before that frame. `cpu` is
 * thread time, `wall` the same span in wall time; undefined when a mark is missing.
 */
export function busyUntilFrame(events, start, frame) {
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes("blink.user_timing"));
  const [s, f] = [mark(start), mark(frame)];
  if (!s || !f) return undefined;
  const tasks = events.filter((e) => e.name === "RunTask" && e.ph === "X" && e.pid === s.pid && e.tid === s.tid);
  const within = (t, m) => t.ts <= m.ts && m.ts <= t.ts + t.dur;
  const frameTask = tasks.find((t) => within(t, f));
  const end = frameTask ? frameTask.ts : f.ts;
  let wall = 0;
  let cpu = 0;
  for (const t of tasks) {
    if (t === frameTask || t.ts + t.dur < s.ts || t.ts >= end) continue;
    wall += Math.min(t.ts + t.dur, end) - Math.max(t.ts, s.ts);
    // The task the change starts in counts from the mark on; thread time is on the same scale as `tts`.
    cpu += within(t, s) && t.tts !== undefined && s.tts !== undefined ? Math.max(0, t.tts + t.tdur - s.tts) : (t.tdur ?? 0);
  }
  return { cpu: cpu / 1000, wall: wall / 1000 };
}
