// What the animation dialog needs before an export starts, without the renderer and encoder behind it.

export type VideoFormat = "mp4" | "webm";

/** A constant frame rate that social platforms accept (and a whole number of frames for every offered pace). */
export const VIDEO_FPS = 24;
/** The closing frame (every day of the period) stays this long. */
export const CLOSING_SECONDS = 3;

/** The codec each container gets: H.264 in MP4 (what X and Instagram take), VP9 or else VP8 in WebM. */
export async function pickCodec(format: VideoFormat, width: number, height: number): Promise<"avc" | "vp9" | "vp8" | null> {
  const { canEncodeVideo } = await import("mediabunny");
  const candidates = format === "mp4" ? (["avc"] as const) : (["vp9", "vp8"] as const);
  for (const codec of candidates) if (await canEncodeVideo(codec, { width, height })) return codec;
  return null;
}
