/** Writes what a PNG needs for print and for archives: its resolution (pHYs) and its text (iTXt). */

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  const typeAndData = out.subarray(4, 8 + data.length);
  typeAndData.set(new TextEncoder().encode(type), 0);
  typeAndData.set(data, 4);
  view.setUint32(8 + data.length, crc32(typeAndData));
  return out;
}

/** pHYs: pixels per metre on both axes (unit 1 = metre); 300 dpi is 11 811 pixels per metre. */
export function physChunk(dpi: number): Uint8Array {
  const ppm = Math.round(dpi / 0.0254);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1;
  return chunk("pHYs", data);
}

/** iTXt, uncompressed UTF-8: keyword, NUL, flag 0, method 0, empty language and translated keyword, text. */
export function textChunk(keyword: string, text: string): Uint8Array {
  const enc = new TextEncoder();
  const k = enc.encode(keyword);
  const t = enc.encode(text);
  const data = new Uint8Array(k.length + 5 + t.length);
  data.set(k, 0);
  data.set(t, k.length + 5);
  return chunk("iTXt", data);
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
/** Signature (8) + IHDR (4 length + 4 type + 13 data + 4 CRC): new chunks go right after it. */
const AFTER_IHDR = 33;

/** The PNG with `dpi` written into a pHYs chunk and each text as an iTXt chunk, after IHDR. */
export function withPngMetadata(png: Uint8Array, meta: { dpi?: number; text?: Record<string, string> }): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b) || String.fromCharCode(...png.subarray(12, 16)) !== "IHDR")
    throw new Error("not a PNG with IHDR first");
  const extra = [
    ...(meta.dpi ? [physChunk(meta.dpi)] : []),
    ...Object.entries(meta.text ?? {}).map(([k, v]) => textChunk(k, v)),
  ];
  const size = extra.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, AFTER_IHDR), 0);
  let at = AFTER_IHDR;
  for (const c of extra) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(AFTER_IHDR), at);
  return out;
}

/** Reads the chunks back: type, data. For tests and for checking a file before it is offered. */
export function readPngChunks(png: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: { type: string; data: Uint8Array }[] = [];
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    out.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return out;
}
