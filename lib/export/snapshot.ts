import type { Map as MapLibreMap } from "maplibre-gl";
import { composeFrame, type FrameInfo } from "./compose-frame";
import { createOffscreenMap } from "./render-map";

/** Renders the live view at `scale`× and frames it for publication; resolves to a PNG. */
export async function renderSnapshot(live: MapLibreMap, scale: number, info: FrameInfo): Promise<Blob> {
  const map = await createOffscreenMap({ live, pixelRatio: scale });
  try {
    const { clientWidth, clientHeight } = live.getContainer();
    const framed = composeFrame(map.getCanvas(), clientWidth, clientHeight, scale, info);
    return await new Promise<Blob>((resolve, reject) =>
      framed.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
    );
  } finally {
    map.remove();
  }
}

/** Offers a file to the reader as a download. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
