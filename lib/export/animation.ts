import { composeFrame } from "./compose-frame";
import { fixedLayout } from "./frame-layout";
import { createFrameRenderer } from "./offscreen-map";
import { exportFileName } from "./file-name";
import type { SizePreset } from "./presets";
import type { FrameDays } from "./map-source";
import { fontsReady, framedCamera, infoForFrame, type ExportContext } from "./export-context";
import { CLOSING_SECONDS, VIDEO_FPS, pickCodec, type VideoFormat } from "./video";
import { spanOf } from "./frame-days";

export interface AnimationRequest {
  format: VideoFormat;
  size: SizePreset;
  /** How long each day stays on screen, the last one included. */
  secondsPerDay: number;
  /** Day by day, or everything up to each day with earlier days faded. */
  mode: "day" | "cumulative";
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** The frames of an animation: one per day, then a closing frame with every day. */
export function animationFrames(days: readonly string[], mode: "day" | "cumulative"): FrameDays[] {
  return [...days.map((day): FrameDays => ({ mode, day })), { mode: "all" }];
}

/**
 * Renders every frame from its own state (day, count, legend, filters, permalink), holds each for its
 * duration at a constant frame rate, and muxes the result with Mediabunny. Cancelling through `signal`
 * stops at the next frame and discards the file.
 */
export async function renderAnimation(ctx: ExportContext, req: AnimationRequest): Promise<{ blob: Blob; fileName: string }> {
  const { Output, BufferTarget, Mp4OutputFormat, WebMOutputFormat, CanvasSource, QUALITY_HIGH } = await import("mediabunny");
  const { width, height } = req.size;
  const codec = await pickCodec(req.format, width, height);
  if (!codec) throw new Error(req.format === "mp4" ? "this browser has no H.264 encoder; choose WebM" : "this browser cannot encode VP9 or VP8 video");
  await fontsReady();
  const frames = animationFrames(ctx.allDays, req.mode);
  const layout = fixedLayout(width, height);
  const whole = spanOf({ mode: "all" }, ctx.allDays).range;
  // One camera for the whole animation, framing every event any frame shows.
  const { camera, cityLabels, view } = await framedCamera(ctx, whole, layout.map.w, layout.map.h);
  const renderer = await createFrameRenderer({
    style: ctx.source.style,
    camera,
    width: layout.map.w,
    height: layout.map.h,
    pixelRatio: layout.unit,
    state: ctx.source.stateFor(frames[0]!),
    cityLabels,
  });
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const output = new Output({
    format: req.format === "mp4" ? new Mp4OutputFormat({ fastStart: "in-memory" }) : new WebMOutputFormat(),
    target: new BufferTarget(),
  });
  const video = new CanvasSource(canvas, { codec, bitrate: QUALITY_HIGH, keyFrameInterval: Math.max(req.secondsPerDay, 1), latencyMode: "quality" });
  output.addVideoTrack(video, { frameRate: VIDEO_FPS });
  const about = infoForFrame(ctx, { mode: "all" }, view, false);
  const comment = about.localNote ? `${about.localNote}. ${about.permalink}` : about.permalink;
  output.setMetadataTags({ title: `${about.title}: ${spanLabel(ctx)}`, comment });
  let started = false;
  try {
    await output.start();
    started = true;
    let tick = 0;
    // Where the time goes, for the bench: map rendering, framing, encoding (performance measures).
    const spent = { map: 0, compose: 0, encode: 0 };
    const timed = async <T>(key: keyof typeof spent, work: () => T | Promise<T>): Promise<T> => {
      const t = performance.now();
      const result = await work();
      spent[key] += performance.now() - t;
      return result;
    };
    for (const [i, days] of frames.entries()) {
      if (req.signal?.aborted) throw new DOMException("Export cancelled", "AbortError");
      const map = await timed("map", () => renderer.render(ctx.source.stateFor(days)));
      await timed("compose", () => composeFrame(canvas, layout, infoForFrame(ctx, days, view, false), map));
      const hold = Math.round((days.mode === "all" ? CLOSING_SECONDS : req.secondsPerDay) * VIDEO_FPS);
      // Each frame starts with a key frame, so a player (or a test) lands exactly on a day's first picture.
      await timed("encode", async () => {
        for (let k = 0; k < hold; k++, tick++) await video.add(tick / VIDEO_FPS, 1 / VIDEO_FPS, k === 0 ? { keyFrame: true } : undefined);
      });
      req.onProgress?.(i + 1, frames.length);
    }
    await timed("encode", () => output.finalize());
    for (const [key, duration] of Object.entries(spent)) performance.measure(`export:animation-${key}`, { start: 0, duration });
    const buffer = output.target.buffer;
    if (!buffer) throw new Error("the video could not be written");
    return { blob: new Blob([buffer], { type: output.format.mimeType }), fileName: exportFileName(whole, req.format, undefined, req.size.id) };
  } catch (e) {
    if (started && output.state !== "finalized") await output.cancel().catch(() => undefined);
    throw e;
  } finally {
    renderer.remove();
  }
}

function spanLabel(ctx: ExportContext): string {
  const { range } = spanOf({ mode: "all" }, ctx.allDays);
  return `${range.from} to ${range.to}`;
}
