import type { Map as MapLibreMap } from "maplibre-gl";
import { ArrayBufferTarget, Muxer } from "webm-muxer";
import { composeFrame, type FrameInfo } from "./compose-frame";
import { createOffscreenMap, waitForIdle } from "./render-map";

export interface AnimationRequest {
  live: MapLibreMap;
  days: readonly string[];
  /** The frame's title, legend and attribution for a day. */
  infoFor: (day: string) => FrameInfo;
  secondsPerDay?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** VP8 wants even dimensions: pad the frame by a pixel where needed. */
function evenSized(frame: HTMLCanvasElement): HTMLCanvasElement {
  if (frame.width % 2 === 0 && frame.height % 2 === 0) return frame;
  const out = document.createElement("canvas");
  out.width = frame.width + (frame.width % 2);
  out.height = frame.height + (frame.height % 2);
  out.getContext("2d")!.drawImage(frame, 0, 0);
  return out;
}

/**
 * One frame per day, with the day, legend and attribution drawn into each, encoded in the browser
 * (WebCodecs VP8) and muxed into WebM. Cancelling through `signal` stops after the current frame.
 */
export async function renderAnimation({ live, days, infoFor, secondsPerDay = 1, onProgress, signal }: AnimationRequest): Promise<Blob> {
  if (typeof VideoEncoder === "undefined") throw new Error("This browser cannot encode video (no WebCodecs).");
  const map = await createOffscreenMap({ live, pixelRatio: 1 });
  const { clientWidth, clientHeight } = live.getContainer();
  let muxer: Muxer<ArrayBufferTarget> | undefined;
  let encoder: VideoEncoder | undefined;
  let failure: unknown;
  try {
    for (const [i, day] of days.entries()) {
      if (signal?.aborted) throw new DOMException("Export cancelled", "AbortError");
      map.setGlobalStateProperty("day", day);
      await waitForIdle(map);
      const frame = evenSized(composeFrame(map.getCanvas(), clientWidth, clientHeight, 1, infoFor(day)));
      if (!encoder) {
        const { width, height } = frame;
        const config = { codec: "vp8", width, height, bitrate: 3_000_000, framerate: 1 / secondsPerDay };
        if (!(await VideoEncoder.isConfigSupported(config)).supported) throw new Error("This browser cannot encode VP8 video.");
        const m = new Muxer({ target: new ArrayBufferTarget(), video: { codec: "V_VP8", width, height, frameRate: 1 / secondsPerDay } });
        muxer = m;
        encoder = new VideoEncoder({ output: (chunk, meta) => m.addVideoChunk(chunk, meta), error: (e) => (failure = e) });
        encoder.configure(config);
      }
      const micros = secondsPerDay * 1_000_000;
      const video = new VideoFrame(frame, { timestamp: i * micros, duration: micros });
      encoder.encode(video, { keyFrame: i % 10 === 0 });
      video.close();
      if (failure) throw failure;
      onProgress?.(i + 1, days.length);
    }
    await encoder?.flush();
    if (failure) throw failure;
    muxer?.finalize();
    return new Blob([muxer!.target.buffer], { type: "video/webm" });
  } finally {
    if (encoder && encoder.state !== "closed") encoder.close();
    map.remove();
  }
}
