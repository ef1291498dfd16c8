import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import { PNG } from "pngjs";

// Playwright runs from the project root, where the package is installed.
const MEDIABUNNY = readFileSync(path.resolve("node_modules/mediabunny/dist/bundles/mediabunny.min.mjs"), "utf8");

export interface DecodedVideo {
  container: string;
  codec: string | null;
  width: number;
  height: number;
  duration: number;
  /** Every encoded frame's timestamp and duration, in seconds, in presentation order. */
  packets: { timestamp: number; duration: number; key: boolean }[];
  /** The pictures at the requested timestamps, decoded exactly (not by seeking a <video>). */
  frames: PNG[];
}

/**
 * Decodes a video with Mediabunny inside Chromium (WebCodecs), on a harness page served at the app's
 * origin through routing, so it runs in a secure context without the app's content security policy.
 */
export async function decodeVideo(context: BrowserContext, origin: string, video: Buffer, timestamps: number[]): Promise<DecodedVideo> {
  const page = await context.newPage();
  await page.route(`${origin}/__decode/**`, (route) => {
    const url = route.request().url();
    if (url.endsWith("/mediabunny.mjs")) return route.fulfill({ contentType: "text/javascript", body: MEDIABUNNY });
    return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>decode</title>" });
  });
  await page.goto(`${origin}/__decode/index.html`);
  const result = await page.evaluate(
    async ({ base64, timestamps }) => {
      const mb = await import(`${location.origin}/__decode/mediabunny.mjs`);
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const input = new mb.Input({ source: new mb.BufferSource(bytes), formats: mb.ALL_FORMATS });
      const track = await input.getPrimaryVideoTrack();
      const packets: { timestamp: number; duration: number; key: boolean }[] = [];
      for await (const p of new mb.EncodedPacketSink(track).packets(undefined, undefined, { metadataOnly: true }))
        packets.push({ timestamp: p.timestamp, duration: p.duration, key: p.type === "key" });
      const sink = new mb.VideoSampleSink(track);
      const frames: string[] = [];
      for (const t of timestamps) {
        const sample = await sink.getSample(t);
        const canvas = document.createElement("canvas");
        canvas.width = sample.displayWidth;
        canvas.height = sample.displayHeight;
        sample.draw(canvas.getContext("2d"), 0, 0);
        sample.close();
        frames.push(canvas.toDataURL("image/png").split(",")[1] ?? "");
      }
      return {
        container: (await input.getFormat()).name,
        codec: track.codec,
        width: track.displayWidth,
        height: track.displayHeight,
        duration: await input.computeDuration(),
        packets,
        frames,
      };
    },
    { base64: video.toString("base64"), timestamps },
  );
  await page.close();
  return { ...result, frames: result.frames.map((b: string) => PNG.sync.read(Buffer.from(b, "base64"))) };
}
